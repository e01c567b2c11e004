"""`qa-studio calibration …` end to end, in process: create, blind scoring, who may reveal, results, close."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from qa_studio.cli import main
from qa_studio.services.calibration_sessions import CalibrationService
from qa_studio.services.directory import user_by_name
from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import open_database
from qa_studio.storage.models import User

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
    ImportService(database).run([CHATS])
    with database.session() as session:
        user_by_name(session, "周婷", "lead")
        for name in ("刘洋", "Sarah Lee"):
            user_by_name(session, name, "reviewer")
    database.dispose()
    return url


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", url, "calibration", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_calibration_from_the_command_line(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = open_database(db_url)
    chat = next(r.id for r in InteractionQueries(database).iterate(InteractionFilter(channel="chat")))
    database.dispose()
    create = ["create", "--title", "Week 47", "--scorecard", "chat_standard", "--interactions", str(chat)]
    code, out, _ = run(capsys, db_url, *create, "--reviewers", "刘洋,Sarah Lee", "--as", "周婷", "--json")
    assert code == 0
    session = str(json.loads(out)["session"])
    good, strict = tmp_path / "good.json", tmp_path / "strict.json"
    good.write_text(json.dumps(ANSWERS), encoding="utf-8")
    strict.write_text(json.dumps(ANSWERS | {"clarity": 3}), encoding="utf-8")
    item = ["--interaction", str(chat)]
    assert run(capsys, db_url, "score", session, *item, "--answers", str(good), "--as", "刘洋")[0] == 0
    code, _, err = run(capsys, db_url, "results", session, "--as", "周婷")
    assert code == 2 and "hidden until the lead reveals" in err
    assert run(capsys, db_url, "score", session, "--interaction", str(chat), "--answers", str(strict),
               "--as", "Sarah Lee")[0] == 0  # fmt: skip
    code, out, _ = run(capsys, db_url, "status", session, "--json")
    assert {(line["person"], line["state"]) for line in json.loads(out)} == {("刘洋", "submitted"),
                                                                              ("Sarah Lee", "submitted")}
    code, _, err = run(capsys, db_url, "reveal", session, "--as", "刘洋")
    assert code == 2 and "only a lead" in err
    assert run(capsys, db_url, "reveal", session, "--as", "周婷")[0] == 0
    assert run(capsys, db_url, "consensus", session, "--interaction", str(chat), "--answers", str(good),
               "--as", "周婷")[0] == 0  # fmt: skip
    code, out, _ = run(capsys, db_url, "results", session, "--json")
    results = json.loads(out)
    assert results["benchmark"] == "consensus"
    deviation = {r["reviewer"]: r["mean_signed_deviation"] for r in results["reviewers"]}
    assert deviation["刘洋"] == 0 and deviation["Sarah Lee"] < 0
    assert run(capsys, db_url, "close", session, "--as", "周婷")[0] == 0
    code, out, _ = run(capsys, db_url, "drift", "--json")
    assert set(json.loads(out)) == {"刘洋", "Sarah Lee"}
    code, _, err = run(capsys, db_url, "score", session)
    assert code == 2 and "--interaction" in err


def test_package_and_answers_through_the_command_line(db_url: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    database = open_database(db_url)
    chats = [r.id for r in InteractionQueries(database).iterate(InteractionFilter(channel="chat"))][:2]
    database.dispose()
    ids = ",".join(map(str, chats))
    create = ["create", "--title", "Offline", "--scorecard", "chat_standard", "--interactions", ids]
    session = str(json.loads(run(capsys, db_url, *create, "--reviewers", "刘洋,Sarah Lee", "--as", "周婷", "--json")[1])
                  ["session"])  # fmt: skip
    package = tmp_path / "offline.qacal"
    code, out, _ = run(capsys, db_url, "export-package", session, "--file", str(package), "--as", "周婷", "--json")
    assert code == 0
    key = json.loads(out)["keys"]["刘洋"]
    # An existing file is kept unless --overwrite is given.
    code, _out, err = run(capsys, db_url, "export-package", session, "--file", str(package), "--as", "周婷")
    assert code != 0 and "already exists" in err
    code, out, _ = run(capsys, db_url, "export-package", session, "--file", str(package), "--as", "周婷",
                       "--overwrite")  # fmt: skip
    assert code == 0 and f"刘洋: {key}" in out
    reviewer_url = f"sqlite:///{tmp_path / 'liu.db'}"  # 刘洋's own new QA Studio
    code, _out, err = run(capsys, reviewer_url, "import-package", "--file", str(package), "--as", "刘洋")
    assert code != 0 and "--key" in err
    # With Sarah's key the package is refused before anything is written: not even 刘洋's sign-in.
    sarah = json.loads(run(capsys, db_url, "export-package", session, "--file", str(package), "--as", "周婷",
                           "--overwrite", "--json")[1])["keys"]["Sarah Lee"]  # fmt: skip
    code, _out, err = run(capsys, reviewer_url, "import-package", "--file", str(package), "--as", "刘洋", "--key",
                          sarah)  # fmt: skip
    assert code != 0 and "does not match the key" in err
    reviewer_db = open_database(reviewer_url)
    with reviewer_db.session() as db_session:
        assert db_session.scalar(select(func.count()).select_from(User)) == 0
    reviewer_db.dispose()
    code, out, _ = run(capsys, reviewer_url, "import-package", "--file", str(package), "--as", "刘洋", "--key", key,
                       "--json")  # fmt: skip
    assert code == 0
    local = json.loads(out)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), encoding="utf-8")
    reviewer_db = open_database(reviewer_url)
    items = CalibrationService(reviewer_db).get(local["session"]).interaction_ids
    reviewer_db.dispose()
    for item in items:
        assert run(capsys, reviewer_url, "score", str(local["session"]), "--interaction", str(item),
                   "--answers", str(answers), "--as", "刘洋")[0] == 0  # fmt: skip
    back = tmp_path / "liu-answers.json"
    export = ["export-answers", str(local["session"]), "--file", str(back)]
    assert run(capsys, reviewer_url, *export, "--as", "刘洋")[0] == 0
    code, out, _ = run(capsys, db_url, "import-answers", session, "--file", str(back), "--as", "周婷")
    assert code == 0 and "2 answered interactions imported" in out
    code, out, _ = run(capsys, db_url, "status", session, "--json")
    assert {(line["person"], line["state"]) for line in json.loads(out)} == {("刘洋", "submitted"),
                                                                              ("Sarah Lee", "not started")}
