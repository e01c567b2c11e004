"""The quick `qa-studio list` (cli/quick_list.py: no ORM, no Qt) writes byte for byte what the full command writes:
text, JSON, chosen fields, filters, in English and Chinese, for someone who may see clear text and for someone who
sees it masked, on SQLite and on a team database where each person connects with their own login. Whatever it cannot
do the same way (--search, a name to resolve) it leaves to the full command, having written nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from qa_studio.cli import quick_list
from qa_studio.services.users import UserService
from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, Interaction, Message, User
from tests.services.test_team_database import Team, team  # noqa: F401 - the fixture

ARGUMENTS = (
    ("list",),
    ("list", "--json"),
    ("list", "--json", "--fields", "id,agent,subject,started_at,auto_score"),
    ("list", "--channel", "chat", "--limit", "7"),
    ("list", "--json", "--from", "2025-01-01", "--to", "2025-01-01", "--status", "new"),
)
ENGLISH = {"LANG": "C.UTF-8"}
CHINESE = {"LANG": "zh_CN.UTF-8"}


def _environment(config: Path, extra: dict[str, str]) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    return {**env, "XDG_CONFIG_HOME": str(config), "QT_QPA_PLATFORM": "offscreen", **extra}


def _full(url: str, args: tuple[str, ...], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "qa_studio", "--db", url, *args], capture_output=True, text=True,
                          timeout=300, env={**env, quick_list.FULL_CLI_ENV_VAR: "1"})  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done


def _quick(url: str, args: tuple[str, ...], env: dict[str, str], monkeypatch: pytest.MonkeyPatch,
           capsys: pytest.CaptureFixture[str]) -> tuple[int | None, str]:  # fmt: skip
    """The quick path in this process, under the same environment as the full command had."""
    with monkeypatch.context() as patch:
        for key in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", quick_list.FULL_CLI_ENV_VAR):
            patch.delenv(key, raising=False)
        for key, value in env.items():
            patch.setenv(key, value)
        capsys.readouterr()
        status = quick_list.run(["--db", url, *args])
        return status, capsys.readouterr().out


def _same(url: str, args: tuple[str, ...], env: dict[str, str], monkeypatch: pytest.MonkeyPatch,
          capsys: pytest.CaptureFixture[str]) -> str:  # fmt: skip
    full = _full(url, args, env).stdout  # also saves the query for this kind of filter, as a first run does
    status, quick = _quick(url, args, env, monkeypatch, capsys)
    assert status == 0, f"the quick path declined {args}: {quick_list.declined}"
    assert quick.encode() == full.encode(), args
    return quick


Same = Callable[[str, tuple[str, ...], dict[str, str]], str]
Quick = Callable[[str, tuple[str, ...], dict[str, str]], tuple[int | None, str]]


@pytest.fixture
def same(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Same:
    return lambda url, args, env: _same(url, args, env, monkeypatch, capsys)


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Quick:
    return lambda url, args, env: _quick(url, args, env, monkeypatch, capsys)


@pytest.fixture
def listed(database: Database) -> str:
    """Chats and e-mails, some without a time, subjects with a card number (masked for reviewers), Chinese names."""
    with database.engine.begin() as connection:
        connection.execute(insert(Agent), [{"name": "王芳"}, {"name": "Emma"}])
        start = datetime(2024, 12, 31, 22)
        card = "退款 card 4111 1111 1111 1111"
        connection.execute(insert(Interaction), [
            {"channel": "chat" if n % 2 else "email", "started_at": None if n % 50 == 0 else start + timedelta(
                minutes=7 * n), "agent_id": 1 + n % 2, "subject": card if n % 3 == 0 else None,
             "subject_masked": "退款 card [card]" if n % 3 == 0 else None, "duration_ms": 1000 * n,
             "status": ("new", "evaluated")[n % 2], "source_path": f"/chats/{n}.json", "source_format": "json",
             "source_key": f"k{n}", "role_rules": [], "message_count": 1} for n in range(1, 301)])  # fmt: skip
        connection.execute(insert(Message), [
            {"interaction_id": n, "seq": 0, "author": "c", "role": "customer", "text": f"你好 {n} call 13812345678",
             "text_masked": f"你好 {n} call [phone]"} for n in range(1, 301)])  # fmt: skip
    url = database.url.render_as_string(hide_password=False)
    database.dispose()  # the file closed cleanly and sealed, as after the app
    return url


def test_the_quick_list_writes_what_the_full_command_writes(listed: str, tmp_path: Path, same: Same) -> None:
    admin = _environment(tmp_path, {**ENGLISH, "LOGNAME": "first"})  # the first person: an administrator
    for args in ARGUMENTS:
        same(listed, args, admin)
    assert "[card]" not in same(listed, ("list", "--json"), admin)
    chinese = _environment(tmp_path, {**CHINESE, "LOGNAME": "first"})
    text = same(listed, ("list",), chinese)
    assert text.rstrip().endswith("300 条互动")


def test_a_reviewer_gets_the_same_masked_rows_in_either_language(listed: str, tmp_path: Path, same: Same) -> None:
    _full(listed, ("list", "--limit", "1"), _environment(tmp_path, {**ENGLISH, "LOGNAME": "first"}))
    reviewer = _environment(tmp_path, {**ENGLISH, "LOGNAME": "second"})  # recognised next: a reviewer
    english = same(listed, ("list", "--json"), reviewer)
    assert "[card]" in english and "4111" not in english
    for args in (("list", "--json", "--fields", "id,subject"), ("list", "--channel", "email")):
        same(listed, args, reviewer)
    chinese = same(listed, ("list", "--json"), _environment(tmp_path, {**CHINESE, "LOGNAME": "second"}))
    assert "[银行卡号]" in chinese and "[card]" not in chinese


def test_the_language_chosen_in_settings_is_read_as_qt_reads_it(listed: str, tmp_path: Path, same: Same) -> None:
    folder = tmp_path / "QA Studio"
    folder.mkdir()
    (folder / "QA Studio.conf").write_text("[ui]\nlanguage=zh_CN\nmain_window\\geometry=@ByteArray(\\x1)\n")
    text = same(listed, ("list", "--limit", "3"), _environment(tmp_path, {**ENGLISH, "LOGNAME": "first"}))
    assert text.rstrip().endswith("3 条互动")


def test_what_it_cannot_do_the_same_way_is_left_to_the_full_command(listed: str, tmp_path: Path, same: Same,
                                                                    quick: Quick) -> None:
    env = _environment(tmp_path, {**ENGLISH, "LOGNAME": "first"})
    same(listed, ("list",), env)  # the person known, the plain query saved
    for args in (("list", "--search", "refund"), ("list", "--agent", "Emma"), ("list", "--limit", "-1"),
                 ("list", "--fields", "nonsense"), ("list", "--lim", "3"), ("list", "--channel", "fax")):  # fmt: skip
        status, written = quick(listed, args, env)
        assert status is None and written == "", args
    # A filter not seen before has no saved query yet: the full command runs (and saves it).
    status, written = quick(listed, ("list", "--status", "evaluated", "--channel", "email"), env)
    assert status is None and written == ""
    # A person not yet recognised on the database is signed in (and written down) by the full command.
    status, written = quick(listed, ("list",), {**env, "LOGNAME": "newcomer"})
    assert status is None and written == ""


def test_an_agent_lists_only_their_own_interactions_the_quick_way_too(listed: str, tmp_path: Path, same: Same) -> None:
    _full(listed, ("list", "--limit", "1"), _environment(tmp_path, {**ENGLISH, "LOGNAME": "first"}))
    database = Database(listed)
    with database.session() as session:
        agent = session.scalar(select(Agent).where(Agent.name == "王芳"))
        assert agent is not None
        session.add(User(name="王芳", role="agent", agent_id=agent.id, login="wangfang"))
    database.dispose()
    own = same(listed, ("list", "--json", "--fields", "id,agent"), _environment(tmp_path, {**ENGLISH,
                "LOGNAME": "wangfang"}))  # fmt: skip
    assert "Emma" not in own and "王芳" in own


@pytest.mark.postgres
def test_on_a_team_database_each_login_gets_the_same_rows_both_ways(team: Team, tmp_path: Path, same: Same) -> None:  # noqa: F811
    if "lead" not in team.logins:  # a lead, who may unmask, beside the reviewer, who may not
        team.logins["lead"] = f"{team.prefix}u_lead9"
        admin = team.connect("周婷")
        UserService(admin).add("Lead Li", "lead", "周婷", login=team.logins["lead"], password="long enough password")
        admin.dispose()
    for person in ("刘洋", "lead", team.agents[0]):
        url = team.url.replace("postgres@", f"{team.logins[person]}@", 1)
        for args, language in ((("list",), ENGLISH), (("list", "--json"), CHINESE),
                               (("list", "--json", "--channel", "chat", "--limit", "4"), ENGLISH)):  # fmt: skip
            same(url, args, _environment(tmp_path, language))
