"""`qa-studio reviewers`, `recurring`, `due` and `worker` from the command line: a lead draws a re-score sample, sees
it blind, re-scores it from a file and writes the reviewer workbook; recurring work is made once by `due`, and a
worker's start makes what has become due."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.identity import IdentityService
from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.scorecards import ScorecardService
from qa_studio.services.users import UserService
from qa_studio.storage.database import open_database
from tests.chat_answers import ALL_MET
from tests.test_cli import IMPORT_DATA, qa

PASSWORD = "long enough password"


def test_reviewer_qa_and_recurring_work_from_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QA_STUDIO_PASSWORD", PASSWORD)  # the command line proves who runs it with it
    db, home = f"sqlite:///{tmp_path / 'cli.db'}", tmp_path / "home"
    database = open_database(db)
    ScorecardService(database).ensure_shipped()
    ImportService(database).run([IMPORT_DATA / "chats"], actor="tester")
    users, admin = UserService(database), IdentityService(database).current(login="admin")
    users.reset_password(admin.name, PASSWORD, admin.name)
    for name, role in (("周婷", "lead"), ("刘洋", "reviewer")):
        users.add(name, role, admin.name, password=PASSWORD)
    evaluations = EvaluationService(database)
    for row in list(InteractionQueries(database).iterate(InteractionFilter(channel="chat")))[:2]:
        evaluation = evaluations.start(row.id, "刘洋")
        evaluations.save_draft(evaluation, ALL_MET)
        evaluations.submit(evaluation, "刘洋")
    database.dispose()

    drawn = qa("--user", "周婷", "reviewers", "draw", "--reviewer", "刘洋", "--count", "1", "--json", db=db, home=home)
    assert drawn.returncode == 0, drawn.stderr
    (sample,) = json.loads(drawn.stdout)["drawn"]
    (line,) = json.loads(qa("--user", "周婷", "reviewers", "samples", "--json", db=db, home=home).stdout)
    assert (line["id"], line["done"], line["original_score"]) == (sample, False, None)  # blind
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({key: {"value": a.value, "na": a.not_applicable} for key, a in ALL_MET.items()}))
    rescored = qa("--user", "周婷", "reviewers", "rescore", str(sample), str(answers), db=db, home=home)
    assert rescored.returncode == 0 and f"re-score {sample} submitted" in rescored.stdout, rescored.stderr
    (line,) = json.loads(qa("--user", "周婷", "reviewers", "samples", "--json", db=db, home=home).stdout)
    assert line["done"] and line["original_score"] == line["rescore_score"]
    again = qa("--user", "周婷", "reviewers", "rescore", str(sample), str(answers), db=db, home=home)
    assert again.returncode == 1 and "already submitted" in again.stderr
    book = tmp_path / "reviewers.xlsx"
    report = qa("--user", "周婷", "reviewers", "report", "--xlsx", str(book), "--json", db=db, home=home)
    (reviewer,) = json.loads(report.stdout)["reviewers"]
    assert (reviewer["reviewer"], reviewer["rescored"], reviewer["same_share"]) == ("刘洋", 1, 1.0)
    assert load_workbook(book)["Reviewers"].cell(row=4, column=1).value == "刘洋"

    added = qa("--user", "周婷", "recurring", "add", "--name", "Weekly", "--kind", "sampling", "--cadence", "weekly",
               "--reviewers", "刘洋", "--per-agent", "1", db=db, home=home)  # fmt: skip
    assert added.returncode == 0, added.stderr
    first = qa("--user", "周婷", "due", db=db, home=home)
    assert first.returncode == 0 and first.stdout.startswith("made Weekly for "), first.stdout
    second = qa("--user", "周婷", "due", db=db, home=home)
    assert "made" not in second.stdout and "evaluations to acknowledge: 2 due" in second.stdout
    qa("--user", "周婷", "recurring", "add", "--name", "Monthly", "--kind", "sampling", "--cadence", "monthly",
       "--reviewers", "刘洋", db=db, home=home)  # fmt: skip
    worker = qa("--user", "刘洋", "worker", "--exit-when-idle", db=db, home=home)
    assert worker.returncode == 0 and "made Monthly for " in worker.stdout, worker.stdout + worker.stderr
    listed = qa("--user", "周婷", "recurring", "list", "--json", db=db, home=home)
    assert {w["name"]: bool(w["last_period"]) for w in json.loads(listed.stdout)} == {"Monthly": True, "Weekly": True}
