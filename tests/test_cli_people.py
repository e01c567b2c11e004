"""People and workflow steps from the command line, each as the person the command proves: users, acknowledge,
dispute, decide, coaching, and the audit log's seal checked with `audit verify`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from qa_studio.cli import main
from qa_studio.services.imports import ImportService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import open_database

CHATS = Path(__file__).parent / "data" / "import" / "chats"
ANSWERS = {
    "first_response": "yes", "greeting": "yes", "verification": "na", "need_analysed": 4, "accuracy": "minor",
    "relevance": 4, "clarity": 5, "empathy": "yes", "forbidden": [], "no_long_wait": "yes",
    "confirm_satisfaction": "yes", "closing_script": "yes", "proactive": "na",
}  # fmt: skip
PASSWORDS = {"root-admin": "the owner's password", "周婷": "zhou's password", "刘洋": "liu's password",
             "Emma Clarke": "emma's password"}  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'people.db'}"
    database = open_database(url)
    ScorecardService(database).ensure_shipped()
    ImportService(database).run([CHATS / "livechat.json"], actor="tester")
    database.dispose()
    return url


def qa(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, url: str, *args: str,
       user: str | None = None, new_password: str | None = None) -> tuple[int, str, str]:  # fmt: skip
    if user is not None:
        monkeypatch.setenv("QA_STUDIO_PASSWORD", PASSWORDS[user])
    if new_password is not None:
        monkeypatch.setenv("QA_STUDIO_NEW_PASSWORD", new_password)
    code = main(["--db", url, *(["--user", user] if user else []), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_people_and_every_workflow_step_headless(db: str, tmp_path: Path, capsys, monkeypatch) -> None:  # noqa: ANN001
    run = lambda *args, **kw: qa(capsys, monkeypatch, db, *args, **kw)  # noqa: E731
    # The first account on a database is its administrator; it names itself and sets its own password first.
    assert run("users", "list", user=None)[0] == 0
    assert run("users", "add", "周婷", "--role", "lead", "--password", new_password=PASSWORDS["周婷"])[2] \
        .count("set your own password first") == 1  # fmt: skip
    code, out, _ = run("users", "list", "--json")
    me = json.loads(out)[0]["name"]
    assert me and json.loads(out)[0]["role"] == "admin"
    assert run("users", "reset-password", me, new_password=PASSWORDS["root-admin"])[0] == 0
    PASSWORDS[me] = PASSWORDS["root-admin"]
    code, _, err = run("users", "list")
    assert code == 1 and "--user" in err  # passwords exist now: nobody is anybody without one
    for name, role, extra in (("周婷", "lead", []), ("刘洋", "reviewer", []),
                              ("Emma Clarke", "agent", ["--agent", "Emma Clarke"])):  # fmt: skip
        code, out, err = run("users", "add", name, "--role", role, "--password", *extra, user=me,
                             new_password=PASSWORDS[name])  # fmt: skip
        assert code == 0, err
    code, _, err = run("users", "set-role", "刘洋", "--role", "admin", user="刘洋")
    assert code == 1 and "only an administrator" in err
    monkeypatch.setenv("QA_STUDIO_PASSWORD", "guess")
    assert main(["--db", db, "--user", "周婷", "users", "list"]) == 1
    assert "wrong" in capsys.readouterr().err

    # 刘洋 scores an evaluation; only Emma acknowledges and disputes it; only the lead decides.
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps([{"interaction_id": 1, "answers": ANSWERS}]), encoding="utf-8")
    code, out, err = run("evaluate", str(answers), "--json", user="刘洋")
    assert code == 0, err
    evaluation = json.loads(out)[0]["evaluation_id"]
    code, _, err = run("acknowledge", str(evaluation), user="刘洋")
    assert code == 1 and "only the agent" in err
    assert run("acknowledge", str(evaluation), user="Emma Clarke")[0] == 0
    code, out, err = run("dispute", str(evaluation), "--criterion", "accuracy", "--reason", "Policy changed.",
                         "--proposed", "accurate", user="Emma Clarke")  # fmt: skip
    assert code == 0, err
    dispute = out.split()[1]  # "dispute N raised; …"
    code, _, err = run("decide", dispute, "--decision", "accept", "--reason", "Confirmed.", user="刘洋")
    assert code == 1 and "may not decide disputes" in err
    code, out, err = run("decide", dispute, "--decision", "accept", "--reason", "Confirmed.", user="周婷")
    assert code == 0, err
    code, out, _ = run("audit", "--entity", "evaluation", "--id", str(evaluation), "--json", user="周婷")
    assert [(r["action"], r["actor"]) for r in json.loads(out)] == [
        ("evaluation_started", "刘洋"), ("evaluation_submitted", "刘洋"), ("evaluation_acknowledged", "Emma Clarke"),
        ("dispute_raised", "Emma Clarke"), ("dispute_resolved", "周婷"),
    ]  # fmt: skip
    # An agent sees only their own: no other agent's coaching.
    code, _, err = run("coaching", "list", "王芳", user="Emma Clarke")
    assert code == 1 and "only their own" in err
    assert run("coaching", "list", "Emma Clarke", user="Emma Clarke")[0] == 0
    # --as is gone: nobody becomes someone else by typing a name.
    assert main(["--db", db, "calibration", "list", "--as", "周婷"]) == 1
    assert "unrecognized arguments: --as" in capsys.readouterr().err

    # The seal: intact, then one entry changed behind QA Studio's back.
    code, out, _ = run("audit", "verify", user="周婷")
    assert code == 0 and " 0 " in out
    with sqlite3.connect(db.removeprefix("sqlite:///")) as connection:
        connection.execute("UPDATE audit_log SET actor = 'someone else' WHERE action = 'dispute_resolved'")
        changed = connection.execute("SELECT id FROM audit_log WHERE actor = 'someone else'").fetchone()[0]
    code, out, _ = run("audit", "verify", "--json", user="周婷")
    assert code == 1 and json.loads(out)["problems"] == [{"id": changed, "problem": "changed"}]

    # A disabled account signs in no more.
    assert run("users", "disable", "刘洋", user=me)[0] == 0
    code, _, err = run("users", "list", user="刘洋")
    assert code == 1 and "disabled" in err
