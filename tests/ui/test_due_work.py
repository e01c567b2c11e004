"""On a fixed clock: the app's start makes the recurring sampling that is due, and the window title and My work's tabs
count what is due and overdue for the signed-in lead."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from qa_studio import clock
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.imports import ImportService
from qa_studio.services.recurrence import Cadence, RecurrenceService, WorkKind
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.models import Evaluation, Interaction
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.tasks import TaskRunner
from tests.chat_answers import ALL_MET
from tests.people import add_people, signed_in

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"
SUBMITTED = datetime(2026, 12, 2, 9, 0)  # Wednesday of 2026-W49
OPENED = datetime(2026, 12, 10, 9, 0)  # Thursday of 2026-W50: the acknowledgements are eight days old


def test_the_start_makes_due_work_and_the_title_counts_what_is_overdue(qtbot, sqlite_db, settings,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(clock, "utcnow", lambda: SUBMITTED)
    ScorecardService(sqlite_db).ensure_shipped()
    ImportService(sqlite_db).run([CHATS], actor="owner")
    add_people(sqlite_db, 周婷="lead", 刘洋="reviewer")
    with sqlite_db.session() as session:
        chats = session.scalars(select(Interaction).where(Interaction.channel == "chat")).all()
        for n, interaction in enumerate(chats):
            interaction.started_at = SUBMITTED + timedelta(hours=n)
        ids = [c.id for c in chats]
    evaluations = EvaluationService(sqlite_db)
    for interaction_id in ids[:2]:
        evaluation = evaluations.start(interaction_id, "刘洋")
        evaluations.save_draft(evaluation, ALL_MET)
        evaluations.submit(evaluation, "刘洋")
    with sqlite_db.session() as session:  # services stamp times with the clock they imported: set them here
        for evaluation in session.scalars(select(Evaluation)):
            evaluation.submitted_at = SUBMITTED
    recurrence = RecurrenceService(sqlite_db)
    recurrence.add("Weekly chats", WorkKind.SAMPLING, Cadence.WEEKLY, {"reviewers": ["刘洋"], "per_agent": 1}, "周婷")

    monkeypatch.setattr(clock, "utcnow", lambda: OPENED)
    assert [d.period for d in recurrence.due()] == ["2026-W49"]
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=signed_in(sqlite_db, "周婷"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: recurrence.due() == [], timeout=5000)  # made once the list was on screen
    assert recurrence.works()[0].last_period == "2026-W49"
    qtbot.waitUntil(lambda: "overdue" in window.windowTitle(), timeout=5000)
    assert window.windowTitle() == "QA Studio — 周婷 · 2 due, 2 overdue"
    qtbot.waitUntil(lambda: window.work_panel.tabs.tabText(1) == "To acknowledge (2, 2 overdue)", timeout=5000)
    assert "Made the recurring work due: Weekly chats (2026-W49)" in window.statusBar().currentMessage()



def test_a_lead_makes_a_sample_recur_from_the_sample_dialog(qtbot, sqlite_db, settings,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    ImportService(sqlite_db).run([CHATS], actor="owner")
    add_people(sqlite_db, 周婷="lead", 刘洋="reviewer")
    reviewer = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=signed_in(sqlite_db, "刘洋"))
    qtbot.addWidget(reviewer)
    assert reviewer.show_sample_dialog().repeat.isHidden()  # reviewers draw samples, leads set up recurring ones

    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=signed_in(sqlite_db, "周婷"))
    qtbot.addWidget(window)
    dialog = window.show_sample_dialog()
    qtbot.addWidget(dialog)
    dialog.by_percent.setChecked(True)
    dialog.percent.setValue(50)
    dialog.minimum.setValue(1)
    dialog.new_reviewer.setText("刘洋")
    dialog.new_reviewer.returnPressed.emit()
    dialog.plan_name.setText("Weekly half")
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("weekly"))
    dialog.assign_button.click()
    assert not warnings and "It recurs" in dialog.summary.text(), warnings
    (work,) = RecurrenceService(sqlite_db).works()
    assert (work.name, work.cadence, work.settings["percent"], work.settings["minimum"]) == ("Weekly half",
                                                                                              Cadence.WEEKLY, 50, 1)
    monkeypatch.setattr(clock, "utcnow", lambda: OPENED)
    (made,) = RecurrenceService(sqlite_db).create_due("周婷")  # next week: the week before's sample
    assert made.period == "2026-W49"
    dialog.assign_button.click()  # the same name again: refused before anything is assigned
    assert warnings and "already recurring work called Weekly half" in warnings[0]


def test_a_lead_makes_a_calibration_recur_from_its_dialog(qtbot, sqlite_db, settings,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    ScorecardService(sqlite_db).ensure_shipped()
    ImportService(sqlite_db).run([CHATS], actor="owner")
    add_people(sqlite_db, 周婷="lead", 刘洋="reviewer", 赵磊="reviewer")
    with sqlite_db.session() as session:  # every chat in November
        chats = session.scalars(select(Interaction).where(Interaction.channel == "chat")).all()
        for n, interaction in enumerate(chats):
            interaction.started_at = datetime(2026, 11, 3) + timedelta(hours=n)
        ids = [c.id for c in chats]
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=signed_in(sqlite_db, "周婷"))
    qtbot.addWidget(window)
    dialog = window.show_calibration().new_session()
    qtbot.addWidget(dialog)
    dialog.title.setText("Monthly chats")
    dialog.scorecard.setCurrentIndex(next(i for i in range(dialog.scorecard.count())
                                          if "Chat" in dialog.scorecard.itemText(i)))  # fmt: skip
    for chat in ids[:2]:
        dialog.picks.pick(chat)
    dialog.tolerance.setValue(3)
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("monthly"))
    assert dialog.create(), dialog.problem.text()
    (work,) = RecurrenceService(sqlite_db).works()
    assert (work.kind, work.cadence, work.settings["items"], work.settings["tolerance"]) == (
        WorkKind.CALIBRATION, Cadence.MONTHLY, 2, 3.0)
    monkeypatch.setattr(clock, "utcnow", lambda: datetime(2026, 12, 1, 8, 0))
    (made,) = RecurrenceService(sqlite_db).create_due("周婷")  # December's start: November's session
    titles = [s.title for s in window.show_calibration().service.sessions()]
    assert made.period == "2026-11" and "Monthly chats 2026-11" in titles
