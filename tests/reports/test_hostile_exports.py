"""Exports are data, never code: an agent, a customer's messages, comments, coaching notes, a calibration title and
notes, all starting with = + - @ or a tab/CR (tests/data/hostile/exports/), go into every workbook and CSV export;
openpyxl then reads every cell back and finds no formula, each such text a string cell with Excel's quote prefix,
and the numbers still numbers. On SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qa_studio.cli import main
from qa_studio.reports.cells import FORMULA_STARTS, csv_field, formula_like
from qa_studio.reports.xlsx import agent_workbook, answers_workbook, calibration_workbook, team_workbook
from qa_studio.scoring.engine import Answer
from qa_studio.services.calibration_sessions import CalibrationService
from qa_studio.services.coaching import CoachingService
from qa_studio.services.directory import user_by_name
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.imports import ImportService
from qa_studio.services.reporting import ReportingService, parse_period
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, Team

HOSTILE = Path(__file__).parents[1] / "data" / "hostile" / "exports"
TEXTS: list[str] = json.loads((HOSTILE / "hostile_texts.json").read_text(encoding="utf-8"))
AGENT = json.loads((HOSTILE / "hostile_chat.json").read_text(encoding="utf-8"))["agent"]
TEAM, REVIEWER, LEAD = "+Team", "@Reviewer", "-Lead"
ANSWERS = {
    "first_response": Answer("no", root_cause="workload", comment=TEXTS[1]), "greeting": Answer("yes"),
    "verification": Answer(not_applicable=True), "need_analysed": Answer(4), "accuracy": Answer("accurate"),
    "relevance": Answer(4), "clarity": Answer(5), "empathy": Answer("no", comment=TEXTS[4]), "forbidden": Answer([]),
    "no_long_wait": Answer("yes"), "confirm_satisfaction": Answer("yes"), "closing_script": Answer("yes"),
    "proactive": Answer(not_applicable=True),
}  # fmt: skip


@pytest.fixture
def hostile(database: Database) -> tuple[Database, int, int]:
    """A chat from the hostile corpus, scored and coached with hostile comments, and a revealed calibration session
    with a hostile title and note: (database, evaluation id, calibration session id)."""
    ScorecardService(database).ensure_shipped()
    report = ImportService(database).run([HOSTILE / "hostile_chat.json"], actor="tester")
    chat = report.results[0].interaction_ids[0]
    with database.session() as session:
        team = Team(name=TEAM)
        session.add(team)
        session.flush()
        agent = session.query(Agent).filter(Agent.name == AGENT).one()  # the importer took the name as it was
        agent.team_id = team.id
        user_by_name(session, REVIEWER, "reviewer")
        user_by_name(session, "刘洋", "reviewer")
        user_by_name(session, LEAD, "lead")
        user_by_name(session, "=Coach", "trainer")
    evaluations = EvaluationService(database)
    evaluation = evaluations.start(chat, REVIEWER)
    evaluations.save_draft(evaluation, ANSWERS, TEXTS[0])
    evaluations.submit(evaluation, REVIEWER)
    CoachingService(database).create(AGENT, "=Coach", [evaluation], ["first_response"], TEXTS[2], date(2026, 11, 20),
                                     [(TEXTS[3], date(2026, 11, 27)), (TEXTS[8], None)])  # fmt: skip
    calibrations = CalibrationService(database)
    version = ScorecardService(database).latest_version_id("chat_standard")
    session_id = calibrations.create(TEXTS[1], version, [chat], [REVIEWER, "刘洋"], LEAD)
    calibrations.score(session_id, chat, ANSWERS, REVIEWER, TEXTS[5])
    calibrations.score(session_id, chat, {**ANSWERS, "clarity": Answer(2)}, "刘洋", TEXTS[6])
    calibrations.reveal(session_id, LEAD)
    calibrations.set_note(session_id, "clarity", TEXTS[9], LEAD)
    return database, evaluation, session_id


def cells(path: Path) -> list:
    book = load_workbook(path)
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None]


def assert_data_only(path: Path) -> list[str]:
    """No formula anywhere; every text that could start one is a string cell with the quote prefix. Returns the
    texts, for the caller to check the hostile ones are really there."""
    found = cells(path)
    assert found, path
    for cell in found:
        assert cell.data_type != "f", f"{path.name} {cell.coordinate}: {cell.value!r} is a formula"
        if formula_like(cell.value):
            assert cell.data_type == "s" and cell.quotePrefix, f"{path.name} {cell.coordinate}: {cell.value!r}"
    return [cell.value for cell in found if isinstance(cell.value, str)]


def test_every_workbook_holds_hostile_text_as_text(hostile, tmp_path: Path) -> None:  # noqa: ANN001
    database, _evaluation, session_id = hostile
    service = ReportingService(database)
    period = parse_period(None)
    agent = agent_workbook(service.agent(AGENT, period), tmp_path / "agent.xlsx")
    team = team_workbook(service.team(TEAM, period), tmp_path / "team.xlsx")
    answers_workbook(service.answers(period, None), tmp_path / "answers.xlsx")
    calibration = calibration_workbook(CalibrationService(database).results(session_id, resamples=10),
                                       tmp_path / "calibration.xlsx")  # fmt: skip
    texts = {name: assert_data_only(path) for name, path in (
        ("agent", agent), ("team", team), ("answers", tmp_path / "answers.xlsx"), ("calibration", calibration))}
    # The hostile texts really went in (so the checks above looked at them), unchanged.
    assert {AGENT, TEXTS[0], TEXTS[2], TEXTS[3]} <= set(texts["agent"])
    assert "=1+1\ufffd bell" in texts["agent"]  # a control character a workbook cannot hold is replaced, not fatal
    assert {AGENT, REVIEWER} <= set(texts["team"])
    assert {AGENT, REVIEWER} <= set(texts["answers"])
    assert {TEXTS[9], REVIEWER} <= set(texts["calibration"])
    assert any(TEXTS[1] in text for text in texts["calibration"])
    # Numbers stay numbers: the evaluation's score and the ids.
    evaluations = load_workbook(agent)["Evaluations"]
    assert isinstance(evaluations["A2"].value, int) and isinstance(evaluations["G2"].value, int | float)
    assert evaluations["G2"].data_type == "n"


def test_history_and_audit_csv_escape_formulas(hostile, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    from qa_studio.ui.evaluations.history import write_history_csv

    database, evaluation, _session = hostile
    EvaluationService(database).edit_after_submit(evaluation, {"clarity": Answer(3)}, TEXTS[7], REVIEWER)
    path = tmp_path / "history.csv"
    write_history_csv(EvaluationService(database).history(evaluation), path)
    history = list(csv.reader(path.open(encoding="utf-8-sig", newline="")))
    assert main(["--db", database.url.render_as_string(hide_password=False), "audit", "--csv"]) == 0
    audit = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    for rows in (history, audit):
        assert len(rows) > 2
        fields = [field for row in rows for field in row]
        assert not [field for field in fields if field.startswith(FORMULA_STARTS)]
    assert any(field == "'" + REVIEWER for row in history for field in row)
    assert any(field == "'" + LEAD for row in audit for field in row)


def test_the_escaping_rule() -> None:
    assert [csv_field(value) for value in ("=1", "+1", "-1", "@a", "\t=1", "\r=1", "a=1", "", 5, -5, None)] == [
        "'=1", "'+1", "'-1", "'@a", "'\t=1", "'\r=1", "a=1", "", 5, -5, None]  # fmt: skip
