"""Small things in dialogs that got in the way: focus, clipped or missing values, what a dialog says it works on."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from qa_studio.services.coaching import CoachingService
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.imports import ImportService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.services.transcription import JobView
from qa_studio.ui.evaluations.answer_dialog import AnswerDialog, Purpose
from qa_studio.ui.evaluations.criteria_model import KEY_ROLE
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.reports.coaching_dialog import CoachingDialog
from qa_studio.ui.tasks import TaskRunner
from qa_studio.ui.transcripts.jobs import JobsModel
from tests.chat_answers import ALL_MET
from tests.people import signed_in

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"


def test_a_disputed_na_answer_shows_its_dispute_and_deciding_starts_at_the_decision(
    qtbot,
    sqlite_db,
    settings,  # noqa: ANN001
) -> None:
    ScorecardService(sqlite_db).ensure_shipped()
    chat = ImportService(sqlite_db).run([CHATS / "livechat.json"], actor="tester").results[0].interaction_ids[0]
    service = EvaluationService(sqlite_db)
    evaluation = service.start(chat, "赵磊")
    service.save_draft(evaluation, ALL_MET)
    service.submit(evaluation, "赵磊")
    lead = signed_in(sqlite_db, "周婷", "lead")
    service.dispute(evaluation, "escalation", "It was escalated.", "yes", "周婷")  # a criterion that did not apply
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=lead)
    qtbot.addWidget(window)
    review = window.open_evaluation(evaluation)
    qtbot.addWidget(review)
    model = review.criteria
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(KEY_ROLE) == "escalation")
    assert model.index(row, 2).data() == "does not apply" and model.index(row, 5).data() == "open"

    criterion = review.scorecard.criterion("verification")
    decide = AnswerDialog(Purpose.DECIDE, criterion, review.scorecard.root_causes, "en", None, "", "Why", review)
    qtbot.addWidget(decide)
    decide.show()
    qtbot.waitExposed(decide)
    assert not decide.person.isVisible()  # no empty "Raised by" box over the agent's reason
    assert decide.focusWidget() is decide.decisions["accept"]


def test_the_coaching_dialog_names_the_ticked_rows_and_a_new_action_is_typed_into(qtbot, sqlite_db) -> None:  # noqa: ANN001
    rows = {31: "interaction 12 (2026-11-17 15:00)", 40: "interaction 15 (2026-11-18 09:30)"}
    dialog = CoachingDialog(CoachingService(sqlite_db), "Chen Jing", [31, 40], "周婷", "en", None, descriptions=rows)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "interaction 12 (2026-11-17 15:00); interaction 15" in labels and "31" not in labels

    add = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Add action item")
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Space)
    assert dialog.action_table.rowCount() == 1
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and dialog.action_table.isAncestorOf(editor)  # typing goes into the new row
    qtbot.keyClicks(editor, "Call back within a day")
    assert editor.text() == "Call back within a day" and dialog.action_table.rowCount() == 1  # no empty rows


def test_a_started_job_shows_running_before_its_first_progress(qapp) -> None:  # noqa: ANN001
    model = JobsModel()
    job = JobView(7, 3, "queued", "bundled:base", None, 0, None, datetime(2026, 12, 1), None, None)
    model.set_jobs([job])
    assert model.index(0, 3).data() == "Queued"
    model.update_progress(7, 0, 0)  # the worker claimed it and is loading the model
    assert model.index(0, 3).data() == "Running"
    model.update_progress(7, 5_000, 20_000)
    assert model.index(0, 3).data() == "Running" and model.index(0, 5).data() == "25 %"
