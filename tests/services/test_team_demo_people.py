"""A team database that started as a demo: the demo is loaded before team mode (on a team database it is refused
before anything is written), and the demo's people, who have no logins, are given their own by an administrator,
keeping their history. Each person connects with their own login; the server decides."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from qa_studio.cli import main
from qa_studio.cli.common import EXIT_OK, EXIT_REFUSED
from qa_studio.services.demo import DemoRefused, load_demo
from qa_studio.services.identity import IdentityService
from qa_studio.services.team import TeamService
from qa_studio.services.users import UserError, UserService
from qa_studio.storage.database import Database, open_database
from tests.conftest import throwaway_team_database

pytestmark = pytest.mark.postgres
PASSWORD = "long enough password"
COUNTED = ("interactions", "evaluations", "users", "agents", "import_batches", "calibration_sessions")


@dataclass
class DemoTeam:
    url: str
    prefix: str

    def login(self, who: str) -> str:
        return f"{self.prefix}u_{who}"

    def connect(self, login: str) -> Database:
        return Database(self.url.replace("postgres@", f"{login}@", 1))


def _rows(db: Database, sql: str, **params: object) -> list:
    with db.engine.connect() as connection:
        return list(connection.execute(text(sql), params))


def _counts(db: Database) -> dict[str, int]:
    return {table: _rows(db, f"SELECT count(*) FROM {table}")[0][0] for table in COUNTED}


def _refused(db: Database, sql: str, **params: object) -> bool:
    try:
        with db.engine.begin() as connection:
            return connection.execute(text(sql), params).rowcount == 0
    except Exception:  # noqa: BLE001 - any refusal by the server will do
        return True


@pytest.fixture(scope="module")
def demo_team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoTeam]:
    """The README's way: the demo loaded by the owner, then team mode turned on with the demo's administrator."""
    with throwaway_team_database("demo") as (url, prefix):
        owner = open_database(url)
        team = DemoTeam(url, prefix)
        try:
            load_demo(owner, tmp_path_factory.mktemp("demo") / "demo", actor="admin")
            TeamService(owner).enable(prefix, "admin", team.login("admin"), None)
            yield team
        finally:
            owner.dispose()


@pytest.fixture
def empty_team(tmp_path: Path) -> Iterator[DemoTeam]:
    with throwaway_team_database("nodemo") as (url, prefix):
        owner = open_database(url)
        team = DemoTeam(url, prefix)
        TeamService(owner).enable(prefix, "周婷", team.login("lead"), None)
        owner.dispose()
        yield team


def test_the_demo_is_refused_on_a_team_database_before_anything_is_written(
    empty_team: DemoTeam, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    owner = open_database(empty_team.url)
    lead = empty_team.connect(empty_team.login("lead"))
    before = _counts(owner)
    folder = tmp_path / "demo"
    with pytest.raises(DemoRefused):
        load_demo(lead, folder, actor="周婷")
    # The lead (an administrator) and the server's owner, who is nobody in QA Studio, are told the same in one line.
    for url in (empty_team.url.replace("postgres@", f"{empty_team.login('lead')}@", 1), empty_team.url):
        assert main(["--db", url, "demo", "--no-transcribe", "--folder", str(folder)]) == EXIT_REFUSED
        err = capsys.readouterr().err
        assert "team database" in err and "before team mode is turned on" in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1
    assert _counts(owner) == before and before["interactions"] == 0
    assert not folder.exists()  # not even the demo's files
    for db in (owner, lead):
        db.dispose()


def test_load_demo_data_in_the_window_shows_the_refusal(
    empty_team: DemoTeam, qtbot, settings, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from qa_studio.ui.main_window import MainWindow
    from qa_studio.ui.tasks import TaskRunner

    lead = open_database(empty_team.url.replace("postgres@", f"{empty_team.login('lead')}@", 1))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    window = MainWindow(lead, settings, TaskRunner(synchronous=True), user=IdentityService(lead).current())
    qtbot.addWidget(window)
    window.load_demo()
    assert len(shown) == 1 and "before team mode is turned on" in shown[0] and "Traceback" not in shown[0]
    assert window.demo_action.isEnabled()
    assert _rows(lead, "SELECT count(*) FROM interactions")[0][0] == 0
    window.close()
    lead.dispose()


def test_an_administrator_gives_a_demo_reviewer_their_own_login_and_history(demo_team: DemoTeam) -> None:
    owner, admin = open_database(demo_team.url), demo_team.connect(demo_team.login("admin"))
    theirs = _rows(owner, "SELECT e.id FROM evaluations e JOIN users u ON u.id = e.reviewer_id WHERE u.name = '刘洋' "
                          "AND e.calibration_session_id IS NULL ORDER BY e.id")  # fmt: skip
    assert theirs  # the demo's 刘洋 has scored chats before the database became a team database
    with pytest.raises(UserError, match="needs a database login"):
        UserService(admin).add("刘洋", "reviewer", "admin")  # a login must be named
    added = UserService(admin).add("刘洋", "reviewer", "admin", login=demo_team.login("liu"), password=PASSWORD)
    assert (added.name, added.role, added.login) == ("刘洋", "reviewer", demo_team.login("liu"))
    liu = demo_team.connect(demo_team.login("liu"))
    me = IdentityService(liu).current(login="someone-else")
    assert (me.name, me.role.value, me.login) == ("刘洋", "reviewer", demo_team.login("liu"))
    assert _rows(liu, "SELECT id FROM evaluations WHERE reviewer_id = (SELECT qa_uid()) "
                      "AND calibration_session_id IS NULL ORDER BY id") == theirs  # fmt: skip
    # A person with a login keeps it: adding them again is refused, as before.
    with pytest.raises(UserError, match="already a user"):
        UserService(admin).add("刘洋", "reviewer", "admin", login=demo_team.login("liu2"))
    UserService(admin).reset_password("刘洋", "another long password", "admin")
    for db in (owner, admin, liu):
        db.dispose()


def test_the_command_line_gives_a_login_and_then_resets_its_password(
    demo_team: DemoTeam, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = demo_team.url.replace("postgres@", f"{demo_team.login('admin')}@", 1)
    monkeypatch.setenv("QA_STUDIO_NEW_PASSWORD", PASSWORD)
    assert main(["--db", url, "users", "add", "Mark Hughes", "--role", "lead", "--login",
                 demo_team.login("mark")]) == EXIT_OK  # fmt: skip
    assert demo_team.login("mark") in capsys.readouterr().out
    assert main(["--db", url, "users", "reset-password", "Mark Hughes"]) == EXIT_OK
    mark = demo_team.connect(demo_team.login("mark"))
    me = IdentityService(mark).current()
    assert (me.name, me.role.value) == ("Mark Hughes", "lead")  # the role given, in the server's groups too
    assert _rows(mark, "SELECT qa_in_group('lead'), qa_in_group('trainer')")[0] == (True, False)
    mark.dispose()


def test_only_an_administrator_gives_a_login_and_the_server_says_so(demo_team: DemoTeam) -> None:
    admin = demo_team.connect(demo_team.login("admin"))
    UserService(admin).add("Sarah Lee", "reviewer", "admin", login=demo_team.login("sarah"), password=PASSWORD)
    sarah = demo_team.connect(demo_team.login("sarah"))
    with pytest.raises(UserError):
        UserService(sarah).add("赵磊", "admin", "Sarah Lee", login=demo_team.login("zhao"))
    # Past the app, straight to the server: neither the user row nor a login role can be made by a reviewer.
    assert _refused(sarah, "UPDATE users SET login = :login WHERE name = '赵磊'", login=demo_team.login("zhao"))
    assert _refused(sarah, "SELECT qa_manage_login('create', :login, 'admin', NULL)", login=demo_team.login("zhao"))
    assert _rows(admin, "SELECT login FROM users WHERE name = '赵磊'") == [(None,)]
    assert _rows(admin, "SELECT 1 FROM pg_roles WHERE rolname = :login", login=demo_team.login("zhao")) == []
    for db in (admin, sarah):
        db.dispose()


def test_the_users_dialog_gives_a_person_without_a_login_their_own(demo_team: DemoTeam, qtbot, settings) -> None:  # noqa: ANN001
    from qa_studio.ui.main_window import MainWindow
    from qa_studio.ui.tasks import TaskRunner

    admin = open_database(demo_team.url.replace("postgres@", f"{demo_team.login('admin')}@", 1))
    window = MainWindow(admin, settings, TaskRunner(synchronous=True), user=IdentityService(admin).current())
    qtbot.addWidget(window)
    dialog = window.show_users()
    assert dialog.login_button.isVisible()
    dialog.select("admin")
    assert not dialog.login_button.isEnabled()  # has one already
    dialog.select("赵磊")
    assert dialog.login_button.isEnabled()
    assert dialog.give_login(login=demo_team.login("zhao"), password=PASSWORD)
    dialog.select("赵磊")
    assert dialog.selected().login == demo_team.login("zhao") and not dialog.login_button.isEnabled()
    zhao = demo_team.connect(demo_team.login("zhao"))
    assert IdentityService(zhao).current().name == "赵磊"
    window.close()
    for db in (admin, zhao):
        db.dispose()
