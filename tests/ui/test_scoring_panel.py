"""Scoring a chat end to end through the panel with the keyboard only, then submitting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.imports import ImportService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.scoring.criterion_widget import CriterionWidget
from qa_studio.ui.scoring.panel import ScoringPanel
from qa_studio.ui.tasks import TaskRunner
from tests.people import signed_in

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"
# What the reviewer types on each criterion: a letter for yes/no/N/A, a digit for scales and choices.
KEYS = {
    "first_response": "y", "greeting": "y", "verification": "a", "need_analysed": 4, "accuracy": 1,
    "relevance": 4, "clarity": 5, "empathy": "a", "no_long_wait": "y", "confirm_satisfaction": "y",
    "closing_script": "y", "proactive": "a",
}  # fmt: skip


def test_score_a_chat_by_keyboard_and_submit(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    ScorecardService(sqlite_db).ensure_shipped()
    chat = ImportService(sqlite_db).run([CHATS / "livechat.json"], actor="tester").results[0].interaction_ids[0]
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=signed_in(sqlite_db, "刘洋"))
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_interaction(chat)
    qtbot.addWidget(dialog)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    panel = dialog.scoring
    assert isinstance(panel, ScoringPanel)
    suggestion = panel.widgets["first_response"].suggestion
    assert (
        suggestion.value == "no" and "first reply after 47 s" in panel.widgets["first_response"].suggestion_label.text()
    )

    panel.widgets["first_response"].first_input().setFocus()
    visited = []
    for _ in range(len(panel.widgets)):
        focused = QApplication.focusWidget()
        widget = next(w for w in panel.widgets.values() if w.isAncestorOf(focused))
        key = widget.criterion.key
        visited.append(key)
        action = KEYS.get(key)
        if isinstance(action, str):
            qtbot.keyClick(focused, {"y": Qt.Key.Key_Y, "n": Qt.Key.Key_N, "a": Qt.Key.Key_A}[action])
        elif isinstance(action, int):  # the value on a scale, the option's number in a list
            assert isinstance(focused, CriterionWidget)
            qtbot.keyClick(focused, getattr(Qt.Key, f"Key_{action}"))
        if key == "closing_script":
            break
        qtbot.keyClick(focused, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert "escalation" not in visited  # a conditional criterion that does not apply is skipped
    assert isinstance(QApplication.focusWidget(), CriterionWidget)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert panel.read_only, panel.status.text()
    evaluation = EvaluationService(sqlite_db).get(panel.evaluation_id)
    assert evaluation.state == "submitted" and evaluation.reviewer == "刘洋"
    assert evaluation.answers["need_analysed"].value == 4.0 and evaluation.answers["accuracy"].value == "accurate"
    assert evaluation.suggestions["first_response"].accepted is False  # the reviewer overrode "no" with "yes"
    assert evaluation.suggestions["greeting"].accepted is True
    assert evaluation.passed
    qtbot.waitUntil(lambda: window.interactions.model.index(0, 7).data() == "Evaluated")


def test_draft_is_autosaved_and_reopened(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    ScorecardService(sqlite_db).ensure_shipped()
    chat = ImportService(sqlite_db).run([CHATS / "livechat.json"], actor="tester").results[0].interaction_ids[0]
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    dialog = window.open_interaction(chat)
    qtbot.addWidget(dialog)
    panel = dialog.open_scoring()
    panel.widgets["greeting"].accept_suggestion()
    panel.comment.setText("Greeting fine.")
    panel.comment.textEdited.emit("Greeting fine.")
    qtbot.waitUntil(lambda: panel.status.text() == "Draft saved.", timeout=3000)
    dialog.close()
    again = window.open_interaction(chat)
    qtbot.addWidget(again)
    reopened = again.open_scoring()
    assert reopened.evaluation_id == panel.evaluation_id
    assert reopened.widgets["greeting"].answer().value == "yes" and reopened.comment.text() == "Greeting fine."
    assert not again.body.textCursor().hasSelection()
    reopened.widgets["greeting"].evidence_clicked.emit("message:1")  # jumps to the proving message
    assert "Hello Olivia, I'm Emma." in again.body.textCursor().selectedText()  # and marks it, though in view
    assert "Order 55812" not in again.body.textCursor().selectedText()


def test_conditional_criteria_follow_the_queue_and_the_complaint_tier(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    from qa_studio.importers.metadata import InteractionMetadata
    from qa_studio.services.imports import ImportOptions

    ScorecardService(sqlite_db).ensure_shipped()
    options = ImportOptions(defaults=InteractionMetadata(queue="Complaints"))
    chat = ImportService(sqlite_db).run([CHATS / "livechat.json"], options,
        actor="tester").results[0].interaction_ids[0]
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_interaction(chat)
    qtbot.addWidget(dialog)
    panel = dialog.open_scoring()
    tier = panel.widgets["complaint_tier"]
    shown = {key: lambda k=key: panel.widgets[k].isVisibleTo(panel) for key in ("resolved_on_the_spot", "escalation")}
    assert tier.isVisibleTo(panel)  # the interaction is in the Complaints queue
    assert not shown["resolved_on_the_spot"]() and not shown["escalation"]()
    combo = tier.first_input()
    combo.setCurrentIndex(combo.findData("tier_1"))
    assert shown["resolved_on_the_spot"]() and not shown["escalation"]()
    combo.setCurrentIndex(combo.findData("tier_3"))
    assert not shown["resolved_on_the_spot"]() and shown["escalation"]()


def test_comment_on_a_chat_moment_reaches_the_report(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    """Click a message, press Ctrl+M in a criterion's comment: "[mm:ss]" goes in, is saved, and the agent's report
    shows that message beside the comment."""
    from PySide6.QtGui import QTextCursor

    from qa_studio.services.reporting import ReportingService

    ScorecardService(sqlite_db).ensure_shipped()
    chat = ImportService(sqlite_db).run([CHATS / "livechat.json"], actor="tester").results[0].interaction_ids[0]
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=signed_in(sqlite_db, "刘洋"))
    qtbot.addWidget(window)
    dialog = window.open_interaction(chat)
    qtbot.addWidget(dialog)
    panel = dialog.open_scoring()
    assert dialog.moment_button.isEnabled()
    found = dialog.body.document().find("It arrives tomorrow")
    cursor = dialog.body.textCursor()
    cursor.setPosition(found.selectionStart(), QTextCursor.MoveMode.MoveAnchor)
    dialog.body.setTextCursor(cursor)
    assert dialog.current_moment() == 185_000  # 10:03:05, three minutes five after the first message
    field = panel.widgets["closing_script"].comment
    field.setText("No closing.")
    field.setCursorPosition(0)
    assert dialog.comment_on_moment(field) == "[03:05]"
    assert field.text() == "[03:05] No closing."
    qtbot.waitUntil(lambda: panel.status.text() == "Draft saved.", timeout=3000)
    saved = EvaluationService(sqlite_db).get(panel.evaluation_id)
    assert saved.answers["closing_script"].comment == "[03:05] No closing."
    # Earlier messages give earlier moments.
    cursor.setPosition(dialog.body.document().find("Order 55812").selectionStart())
    dialog.body.setTextCursor(cursor)
    assert dialog.current_moment() == 90_000
    service = ReportingService(sqlite_db)
    excerpt = service.excerpt(chat, 185_000)
    assert excerpt == "Emma Clarke: It arrives tomorrow. Anything else?"
