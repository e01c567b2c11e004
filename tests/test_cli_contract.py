"""The command line's promise: every command and sub-action has its own --help, and bad input of any kind (an
unknown option, a missing argument, a missing file, an unknown id) gives one clear line and a documented exit
status, never a traceback. Run in process for speed; two real processes prove the installed entry point."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qa_studio.cli import build_parser, main
from qa_studio.cli.common import EXIT_CODES, EXIT_OK, EXIT_REFUSED, EXIT_UNEXPECTED, pad, width
from qa_studio.services.imports import ImportService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import open_database

CHATS = Path(__file__).parent / "data" / "import" / "chats"
MISSING = "/nonexistent/qa-studio/missing.file"
# Commands that, run without arguments, do real work this test has no use for.
# Commands that run until stopped or take minutes; `worker` is tried below with --exit-when-idle.
LONG_RUNNING = {("gui",), ("demo",), ("worker",)}


def command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and sub-action, walked from the parser itself, so a new one is covered without listing it."""
    paths = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                paths.append((*prefix, name))
                paths += command_paths(sub, (*prefix, name))
    return paths


PATHS = command_paths(build_parser())


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("contract")
    url = f"sqlite:///{folder / 'cli.db'}"
    database = open_database(url)
    ScorecardService(database).ensure_shipped()
    ImportService(database).run([CHATS / "livechat.json"], actor="tester")
    database.dispose()
    return url


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QA_STUDIO_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("QA_STUDIO_PASSWORD", raising=False)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out, captured.err
    assert code in EXIT_CODES and code != EXIT_UNEXPECTED, (args, code, captured.err)
    return code, captured.out, captured.err


def refused(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """A refusal: status 1 and exactly one line, naming the command."""
    code, _out, err = run(capsys, *args)
    lines = err.strip().splitlines()
    assert code == EXIT_REFUSED and len(lines) == 1 and lines[0].startswith("qa-studio"), (args, code, err)
    return lines[0]


def test_the_walk_finds_the_sub_actions() -> None:
    assert {("calibration", "score"), ("scorecard", "validate"), ("users", "add"), ("report", "team")} <= set(PATHS)
    assert len(PATHS) > 50


@pytest.mark.parametrize("path", PATHS, ids=" ".join)
def test_every_command_has_its_own_help(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *path, "--help")
    assert code == EXIT_OK
    assert out.startswith(f"usage: qa-studio {' '.join(path)}"), out[:200]


@pytest.mark.parametrize("path", PATHS, ids=" ".join)
def test_an_unknown_option_is_one_line(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    line = refused(capsys, *path, "--no-such-option")
    # argparse names a missing argument before an unknown one; either way it points to the right --help.
    assert f"qa-studio {' '.join(path)} --help" in line


@pytest.mark.parametrize("path", [p for p in PATHS if p not in LONG_RUNNING], ids=" ".join)
def test_no_arguments_at_all(path: tuple[str, ...], url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--db", url, *path)
    if code != EXIT_OK:
        assert code == EXIT_REFUSED and len(err.strip().splitlines()) == 1, err


def test_a_worker_with_nothing_to_do_stops_when_told(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, _err = run(capsys, "--db", url, "worker", "--exit-when-idle")
    assert code == EXIT_OK


BAD_INPUT = [
    # unknown ids and names
    ("show", "999999"),
    ("transcript", "999999"),
    ("acknowledge", "999999"),
    ("dispute", "999999", "--criterion", "greeting", "--reason", "no"),
    ("decide", "999999", "--decision", "reject", "--reason", "no"),
    ("calibration", "status", "999999"),
    ("calibration", "results", "999999"),
    ("calibration", "reveal", "999999"),
    ("calibration", "close", "999999"),
    ("calibration", "note", "999999", "--criterion", "greeting", "--text", "x"),
    ("calibration", "create", "--title", "t", "--scorecard", "nope", "--interactions", "1", "--reviewers", "a"),
    ("coaching", "add-action", "999999", "--text", "listen"),
    ("coaching", "set-action", "999999", "--status", "done"),
    ("scorecard", "export", "no_such_scorecard"),
    ("scorecard", "retire", "no_such_scorecard"),
    ("report", "calibration", "--session", "999999", "--out", "/tmp/never-written.xlsx"),
    ("report", "agent", "--agent", "Nobody", "--out", "/tmp/never-written.xlsx"),
    ("users", "set-role", "Nobody", "--role", "lead"),
    ("users", "disable", "Nobody"),
    ("list", "--agent", "Nobody"),
    ("reviewers", "draw", "--reviewer", "Nobody"),
    ("reviewers", "rescore", "999999", MISSING),
    # missing files
    ("import", str(CHATS / "livechat.json"), "--manifest", MISSING),
    ("evaluate", MISSING),
    ("scorecard", "import", MISSING),
    ("calibration", "score", "1", "--interaction", "1", "--answers", MISSING),
    ("calibration", "import-package", "--file", MISSING, "--key", "k"),
    ("calibration", "import-answers", "1", "--file", MISSING),
    # bad values
    ("show", "twelve"),
    ("list", "--from", "2024-13-45"),
    ("list", "--limit", "many"),
    ("list", "--channel", "fax"),
    ("import", str(CHATS / "livechat.json"), "--date", "someday"),
    ("import", str(CHATS / "livechat.json"), "--csv-preset", "nope"),
    ("import", str(CHATS / "livechat.json"), "--pattern", "{nonsense}"),
    ("sample", "--reviewers", "a", "--strata", "call=half"),
    ("calibration", "create", "--title", "t", "--scorecard", "chat_standard", "--interactions", "x,y",
     "--reviewers", "a"),
    ("report", "answers", "--format", "pdf", "--out", "/tmp/never-written.pdf"),
    ("coaching", "add-action", "one", "--text", "listen"),
    ("keywords", "add", "Complaints"),
    ("keywords", "remove", "never made"),
    ("keywords", "counts", "--period", "2026-13"),
    ("reviewers", "report", "--period", "2026-W54"),
    ("reviewers", "draw", "--reviewer", "Nobody", "--count", "0"),
    ("reviewers", "rescore", "one", MISSING),
    ("recurring", "add", "--name", "w", "--kind", "calibration", "--cadence", "weekly", "--reviewers", "a,b"),
    ("recurring", "add", "--name", "w", "--kind", "sampling", "--cadence", "daily", "--reviewers", "a"),
    ("recurring", "pause", "Nothing"),
]  # fmt: skip


@pytest.mark.parametrize("args", BAD_INPUT, ids=" ".join)
def test_bad_input_is_one_line_and_status_1(args: tuple[str, ...], url: str, capsys) -> None:  # noqa: ANN001
    refused(capsys, "--db", url, *args)


def test_importing_a_missing_path_reports_it(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", url, "import", MISSING)
    assert code == EXIT_REFUSED and f"REFUSED    {MISSING}" in out


def test_scorecard_validate_of_a_missing_file_needs_no_database(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "scorecard", "validate", MISSING)
    assert code == EXIT_REFUSED and out.strip() == f"{MISSING}: there is no such file"


def test_a_missing_manifest_is_named_once_in_words(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", url, "import", str(CHATS / "livechat.json"), "--manifest", MISSING)
    assert code == EXIT_REFUSED and "Errno" not in out + err
    assert f"REFUSED    {MISSING} — the manifest {MISSING} does not exist" in out
    assert err.strip() == f"qa-studio import: Import stopped: the manifest {MISSING} does not exist"


def test_an_unusable_database_is_status_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"this is not a database" * 100)
    code, _, err = run(capsys, "--db", f"sqlite:///{damaged}", "list")
    assert code == 2 and len(err.strip().splitlines()) >= 1


def test_a_chat_has_no_transcript_and_the_hint_says_so(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    chat = json.loads(run(capsys, "--db", url, "list", "--json")[1])[0]
    line = refused(capsys, "--db", url, "transcript", str(chat["id"]))
    assert "not a call" in line and f"qa-studio show {chat['id']}" in line and "transcribe" not in line


def test_success_says_what_was_written(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "chat.yaml"
    code, said, _ = run(capsys, "--db", url, "scorecard", "export", "chat_standard", "--out", str(out))
    assert code == EXIT_OK and str(out) in said and out.read_text(encoding="utf-8").startswith("key: chat_standard")
    line = refused(capsys, "--db", url, "scorecard", "export", "chat_standard", "--out", str(out))
    assert "already exists" in line


def test_drift_right_after_a_reveal(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A reviewer who scored nothing has no deviation yet: drift shows a dash instead of failing."""
    chat = json.loads(run(capsys, "--db", url, "list", "--json")[1])[0]["id"]
    me = json.loads(run(capsys, "--db", url, "users", "list", "--json")[1])[0]["name"]
    run(capsys, "--db", url, "users", "add", "刘洋", "--role", "reviewer")
    create = ["calibration", "create", "--title", "Week 1", "--scorecard", "chat_standard", "--interactions", str(chat)]
    code, out, err = run(capsys, "--db", url, *create, "--reviewers", f"{me},刘洋", "--json")
    assert code == EXIT_OK, err
    session = str(json.loads(out)["session"])
    # Chinese and Latin names line up: the role column starts at the same terminal column on every row.
    rows = run(capsys, "--db", url, "users", "list")[1].splitlines()
    starts = {width(row[: row.index(role)]) for row in rows for role in ("admin", "reviewer") if f" {role} " in row}
    assert len(rows) >= 2 and len(starts) == 1, rows
    assert run(capsys, "--db", url, "calibration", "reveal", session)[0] == EXIT_OK
    code, out, _ = run(capsys, "--db", url, "calibration", "drift")
    assert code == EXIT_OK and out.strip()
    code, out, _ = run(capsys, "--db", url, "calibration", "--json", "drift")
    assert code == EXIT_OK and isinstance(json.loads(out), dict)


def test_chinese_names_are_aligned_by_display_width() -> None:
    assert width("王芳") == 4 and width("Emma") == 4 and width("After-sales 售后一组") == 20
    rows = [pad(name, 12) + "|" for name in ("王芳", "Emma Clarke", "欧阳娜娜")]
    assert len({width(row) for row in rows}) == 1
    assert pad("7", 4, right=True) == "   7"


def entry_point(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QA_STUDIO_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "qa_studio", *args], capture_output=True, text=True, env=env,
                          timeout=120)  # fmt: skip


def test_the_entry_point_prints_a_sub_actions_own_help_and_no_traceback(tmp_path: Path) -> None:
    helped = entry_point("calibration", "score", "--help", home=tmp_path)
    assert helped.returncode == 0 and helped.stdout.startswith("usage: qa-studio calibration score")
    assert "--answers" in helped.stdout and "export-package" not in helped.stdout
    missing = entry_point("--db", f"sqlite:///{tmp_path / 'x.db'}", "scorecard", "import", MISSING, home=tmp_path)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr and MISSING in missing.stderr
    usage = entry_point("import", home=tmp_path)
    assert usage.returncode == 1 and "Traceback" not in usage.stderr and "--help" in usage.stderr


def test_a_fault_is_one_line_and_status_3_with_the_details_in_the_log(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from qa_studio.cli import interactions

    def broken(_db: object, _args: object) -> int:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(interactions, "_cmd_list", broken)
    assert main(["--db", url, "list"]) == EXIT_UNEXPECTED
    err = capsys.readouterr().err
    log = tmp_path / "home" / "logs" / "cli.log"
    assert err.count("\n") == 1 and "ZeroDivisionError" in err and str(log) in err and "Traceback" not in err
    assert "Traceback (most recent call last)" in log.read_text(encoding="utf-8")


def test_the_command_line_speaks_the_environments_language(url: str, capsys, monkeypatch, qapp) -> None:  # noqa: ANN001
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    try:
        helped = run(capsys, "calibration", "score", "--help")[1]
        assert helped.startswith("用法：qa-studio calibration score") and "盲评" in helped
        assert "显示此帮助信息并退出" in helped
        line = refused(capsys, "calibration", "score", "1")
        assert "缺少必需的参数：--interaction, --answers" in line and "参见 qa-studio calibration score --help" in line
        assert refused(capsys, "--db", url, "show", "999999") == "qa-studio show: 没有 ID 为 999999 的互动"
        stopped = run(capsys, "--db", url, "import", str(CHATS / "livechat.json"), "--manifest", MISSING)[2]
        assert stopped.strip() == f"qa-studio import: 导入已停止：清单 {MISSING} 不存在"
    finally:
        monkeypatch.setenv("LC_ALL", "C")
        main(["--version"])  # back to English for the tests that follow
        capsys.readouterr()


def test_a_reader_that_stops_early_is_no_error(monkeypatch: pytest.MonkeyPatch, url: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """`qa-studio list | head`: the closed pipe ends the command quietly with status 0."""
    from qa_studio.cli import app

    def closed(_args: object) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(app, "_run", closed)
    monkeypatch.setattr(app, "_silence_stdout", lambda: None)  # pytest's own capture stays as it is
    code, out, err = run(capsys, "--db", url, "list")
    assert (code, err) == (EXIT_OK, "")
