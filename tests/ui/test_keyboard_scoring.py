"""Scoring a call from Ctrl+E to submit with the keyboard only, through every kind of criterion."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from qa_studio.importers.metadata import InteractionMetadata
from qa_studio.scoring.model import CriterionType
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.imports import ImportOptions, ImportService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.scoring.criterion_widget import CriterionWidget
from qa_studio.ui.scoring.panel import ScoringPanel
from qa_studio.ui.tasks import TaskRunner
from tests.people import signed_in
from tests.ui.helpers import SilentPlayer

AUDIO = Path(__file__).parents[1] / "data" / "audio"
K = Qt.Key
# What the reviewer presses on each criterion of the phone scorecard, after landing on it.
KEYS: dict[str, list[K | str]] = {
    "answered_quickly": [K.Key_A],  # yes / no / N/A
    "greeting": [K.Key_Y],
    "verification": [K.Key_Y],
    "diagnosis": [K.Key_4],  # a 1–5 scale
    "accuracy": [K.Key_1],  # a choice list, by number
    "solution": [K.Key_5],
    "hold_etiquette": [K.Key_N],
    "complaint_tier": [K.Key_3],  # a select list: tier 2, which asks for an escalation and a call-back date
    "escalation": [K.Key_N, K.Key_R, K.Key_Down, K.Key_Escape],  # failed: root cause by keyboard
    "callback_promised": [K.Key_Return, K.Key_Up, K.Key_Escape],  # a date
    "clarity": [K.Key_5],
    "attitude": [K.Key_4],
    "empathy": [K.Key_Y],
    "listening": [K.Key_Y],
    "forbidden": [K.Key_2],  # deductions: tick the second one
    "confirm_satisfaction": [K.Key_Y],
    "summarised": [K.Key_Y],
    "closing_script": [K.Key_Y],
    "case_notes": [K.Key_Return, "Call-back booked", K.Key_Escape],  # free text
    "first_contact_resolution": [K.Key_A],
}


def test_score_a_call_from_ctrl_e_to_submit_by_keyboard(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    ScorecardService(sqlite_db).ensure_shipped()
    options = ImportOptions(defaults=InteractionMetadata(queue="Complaints"))
    call = ImportService(sqlite_db).run([AUDIO / "stereo_call.opus"], options, actor="tester")
    call_id = call.results[0].interaction_ids[0]
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=signed_in(sqlite_db, "刘洋"),
                        player_factory=SilentPlayer)  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_interaction(call_id)
    qtbot.addWidget(dialog)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)

    qtbot.keyClick(dialog, K.Key_E, Qt.KeyboardModifier.ControlModifier)
    panel = dialog.scoring
    assert isinstance(panel, ScoringPanel)
    assert "so far" not in panel.score_label.text()  # no score promised before the first answer
    assert panel.score_label.text().endswith("to answer</b>")
    first = QApplication.focusWidget()
    assert first is panel.widgets["answered_quickly"] and first.property("current") and first.property("missing")

    types, visited = set(), []
    for step in range(len(KEYS)):
        focused = QApplication.focusWidget()
        assert isinstance(focused, CriterionWidget), f"after {visited}, the keyboard is in {focused!r}"
        key = focused.criterion.key
        visited.append(key)
        types.add(focused.criterion.type)
        for press in KEYS[key]:
            target = QApplication.focusWidget()
            if isinstance(press, str):
                qtbot.keyClicks(target, press)
            else:
                qtbot.keyClick(target, press)
        assert QApplication.focusWidget() is focused  # Esc brought the keyboard back to the criterion
        assert not focused.property("missing"), key
        if step < len(KEYS) - 1:  # Tab and Ctrl+Down both move on
            move = (
                (K.Key_Tab, Qt.KeyboardModifier.NoModifier)
                if step % 2
                else (K.Key_Down, Qt.KeyboardModifier.ControlModifier)
            )
            qtbot.keyClick(focused, *move)
    assert visited == list(KEYS)
    assert types == set(CriterionType)
    qtbot.keyClick(QApplication.focusWidget(), K.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert panel.read_only, panel.status.text()
    evaluation = EvaluationService(sqlite_db).get(panel.evaluation_id)
    answers = evaluation.answers
    assert answers["answered_quickly"].not_applicable and answers["greeting"].value == "yes"
    assert answers["diagnosis"].value == 4.0 and answers["accuracy"].value == "accurate"
    assert answers["complaint_tier"].value == "tier_2" and answers["escalation"].root_cause
    assert answers["forbidden"].value == ["interrupting"]
    assert answers["case_notes"].value == "Call-back booked"
