"""`qa-studio calibration …` end to end, in process: create, blind scoring, who may reveal, results, close."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from qa_studio.cli import main
from qa_studio.services.calibration_sessions import CalibrationService
from qa_studio.services.identity import IdentityService
from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.scorecards import ScorecardService
from qa_studio.services.users import UserService
from qa_studio.storage.database import open_database
from qa_studio.storage.models import User

PASSWORD = "calibration week"

CHATS = Path(__file__).parent / "data" / "import" / "chats"
ANSWERS = {
    "first_response": "yes", "greeting": "yes", "verification": "na", "need_analysed": 4, "accuracy": "accurate",
    "relevance": 4, "clarity": 5, "empathy": "yes", "forbidden": [], "no_long_wait": "yes",
    "confirm_satisfaction": "yes", "closing_script": "yes", "proactive": "na",
}  # fmt: skip


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cal.db'}"
    database = open_database(url)
    ScorecardService(database).ensure_shipped()
    ImportService(database).run([CHATS], actor="tester")
    users = UserService(database)
    admin = IdentityService(database).current(login="admin")
    users.reset_password(admin.name, PASSWORD, admin.name)
    users.add("周婷", "lead", admin.name, password=PASSWORD)
    for name in ("刘洋", "Sarah Lee"):
        users.add(name, "reviewer", admin.name, password=PASSWORD)
    database.dispose()
    return url


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    """Everyone here has a password on this shared computer; the command line proves who runs it with it."""
    monkeypatch.setenv("QA_STUDIO_PASSWORD", PASSWORD)


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str, user: str = "周婷") -> tuple[int, str, str]:
    code = main(["--db", url, "--user", user, "calibration", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_calibration_from_the_command_line(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = open_database(db_url)
    chat = next(r.id for r in InteractionQueries(database).iterate(InteractionFilter(channel="chat")))
    database.dispose()
    create = ["create", "--title", "Week 47", "--scorecard", "chat_standard", "--interactions", str(chat)]
    code, out, _ = run(capsys, db_url, *create, "--reviewers", "刘洋,Sarah Lee", "--json", user="周婷")
    assert code == 0
    session = str(json.loads(out)["session"])
    good, strict = tmp_path / "good.json", tmp_path / "strict.json"
    good.write_text(json.dumps(ANSWERS), encoding="utf-8")
    strict.write_text(json.dumps(ANSWERS | {"clarity": 3}), encoding="utf-8")
    item = ["--interaction", str(chat)]
    assert run(capsys, db_url, "score", session, *item, "--answers", str(good), user="刘洋")[0] == 0
    code, _, err = run(capsys, db_url, "results", session, user="周婷")
    assert code == 1 and "hidden until the lead reveals" in err
    assert run(capsys, db_url, "score", session, "--interaction", str(chat), "--answers", str(strict),
        user="Sarah Lee")[0] == 0  # fmt: skip
    code, out, _ = run(capsys, db_url, "status", session, "--json")
    assert {(line["person"], line["state"]) for line in json.loads(out)} == {("刘洋", "submitted"),
                                                                              ("Sarah Lee", "submitted")}
    code, _, err = run(capsys, db_url, "reveal", session, user="刘洋")
    assert code == 1 and "only a lead" in err
    assert run(capsys, db_url, "reveal", session, user="周婷")[0] == 0
    assert run(capsys, db_url, "consensus", session, "--interaction", str(chat), "--answers", str(good),
        user="周婷")[0] == 0  # fmt: skip
    code, out, _ = run(capsys, db_url, "results", session, "--json")
    results = json.loads(out)
    assert results["benchmark"] == "consensus"
    deviation = {r["reviewer"]: r["mean_signed_deviation"] for r in results["reviewers"]}
    assert deviation["刘洋"] == 0 and deviation["Sarah Lee"] < 0
    assert run(capsys, db_url, "close", session, user="周婷")[0] == 0
    code, out, _ = run(capsys, db_url, "drift", "--json")
    assert set(json.loads(out)) == {"刘洋", "Sarah Lee"}
    code, _, err = run(capsys, db_url, "score", session)
    assert code == 1 and "--interaction" in err


def test_package_and_answers_through_the_command_line(db_url: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    database = open_database(db_url)
    chats = [r.id for r in InteractionQueries(database).iterate(InteractionFilter(channel="chat"))][:2]
    database.dispose()
    ids = ",".join(map(str, chats))
    create = ["create", "--title", "Offline", "--scorecard", "chat_standard", "--interactions", ids]
    session = str(json.loads(run(capsys, db_url, *create, "--reviewers", "刘洋,Sarah Lee", "--json", user="周婷")[1])
                  ["session"])  # fmt: skip
    package = tmp_path / "offline.qacal"
    code, out, _ = run(capsys, db_url, "export-package", session, "--file", str(package), "--json", user="周婷")
    assert code == 0
    key = json.loads(out)["keys"]["刘洋"]
    # An existing file is kept unless --overwrite is given.
    code, _out, err = run(capsys, db_url, "export-package", session, "--file", str(package), user="周婷")
    assert code != 0 and "already exists" in err
    code, out, _ = run(capsys, db_url, "export-package", session, "--file", str(package), "--overwrite",
                       user="周婷")  # fmt: skip
    assert code == 0 and f"刘洋: {key}" in out
    reviewer_url = f"sqlite:///{tmp_path / 'liu.db'}"  # 刘洋's own new QA Studio
    code, _out, err = run(capsys, reviewer_url, "import-package", "--file", str(package), user="刘洋")
    assert code != 0 and "--key" in err
    # With Sarah's key the package is refused before anything is written: no lead, agent or session arrives.
    sarah = json.loads(run(capsys, db_url, "export-package", session, "--file", str(package), "--overwrite",
                           "--json", user="周婷")[1])["keys"]["Sarah Lee"]  # fmt: skip
    code, _out, err = run(capsys, reviewer_url, "import-package", "--file", str(package), "--key", sarah,
                          user="刘洋")  # fmt: skip
    assert code != 0 and "does not match the key" in err
    reviewer_db = open_database(reviewer_url)
    with reviewer_db.session() as db_session:
        # 刘洋's own QA Studio knows 刘洋 (the account he works under) and nobody the package names.
        assert list(db_session.scalars(select(User.name))) == ["刘洋"]
    reviewer_db.dispose()
    code, out, _ = run(capsys, reviewer_url, "import-package", "--file", str(package), "--key", key, "--json",
                       user="刘洋")  # fmt: skip
    assert code == 0
    local = json.loads(out)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), encoding="utf-8")
    reviewer_db = open_database(reviewer_url)
    items = CalibrationService(reviewer_db).get(local["session"]).interaction_ids
    reviewer_db.dispose()
    for item in items:
        assert run(capsys, reviewer_url, "score", str(local["session"]), "--interaction", str(item),
                   "--answers", str(answers), user="刘洋")[0] == 0  # fmt: skip
    back = tmp_path / "liu-answers.json"
    export = ["export-answers", str(local["session"]), "--file", str(back)]
    assert run(capsys, reviewer_url, *export, user="刘洋")[0] == 0
    code, out, _ = run(capsys, db_url, "import-answers", session, "--file", str(back), user="周婷")
    assert code == 0 and "2 answered interactions imported" in out
    code, out, _ = run(capsys, db_url, "status", session, "--json")
    assert {(line["person"], line["state"]) for line in json.loads(out)} == {("刘洋", "submitted"),
                                                                              ("Sarah Lee", "not started")}
