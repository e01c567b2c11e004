"""After submit: acknowledge, dispute a criterion, decide it as a lead, change an answer with a reason — through
the real review dialog — and see the original beside the re-score and every step in the history."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from qa_studio.scoring.engine import Answer
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.identity import IdentityService
from qa_studio.services.imports import ImportService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.services.users import UserService
from qa_studio.ui.evaluations.answer_dialog import AnswerDialog
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.tasks import TaskRunner
from tests.people import signed_in

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"
PASSWORD = "a long enough password"
ANSWERS = {
    "first_response": Answer("no", root_cause="workload"), "greeting": Answer("yes"),
    "verification": Answer(not_applicable=True), "need_analysed": Answer(4), "accuracy": Answer("minor"),
    "relevance": Answer(4), "clarity": Answer(5), "empathy": Answer("yes"), "forbidden": Answer([]),
    "no_long_wait": Answer("yes"), "confirm_satisfaction": Answer("yes"), "closing_script": Answer("yes"),
    "proactive": Answer(not_applicable=True),
}  # fmt: skip


@pytest.fixture
def submitted(sqlite_db):  # noqa: ANN001, ANN201
    ScorecardService(sqlite_db).ensure_shipped()
    chat = ImportService(sqlite_db).run([CHATS / "livechat.json"], actor="tester").results[0].interaction_ids[0]
    service = EvaluationService(sqlite_db)
    evaluation = service.start(chat, "赵磊")
    service.save_draft(evaluation, ANSWERS, "Solid chat, one inaccuracy.")
    service.submit(evaluation, "赵磊")
    # A PC shared by the agent and the lead: each has a password.
    admin = IdentityService(sqlite_db).current(login="it-admin")
    users = UserService(sqlite_db)
    users.reset_password(admin.name, PASSWORD, admin.name)
    users.add("周婷", "lead", admin.name, password=PASSWORD)
    users.add("Emma Clarke", "agent", admin.name, password=PASSWORD, agent="Emma Clarke")
    return evaluation


def _answering(monkeypatch: pytest.MonkeyPatch, fill) -> list[AnswerDialog]:  # noqa: ANN001
    """Replace the modal exec() with filling in the real dialog's widgets, then pressing OK."""
    seen: list[AnswerDialog] = []

    def exec_(dialog: AnswerDialog) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AnswerDialog, "exec", exec_)
    return seen


def test_acknowledge_dispute_decide_edit_and_history(qtbot, sqlite_db, settings, submitted, monkeypatch, tmp_path,  # noqa: ANN001
                                                     capsys):  # noqa: ANN001
    """Two people in turn in one window: the agent signs in, reads, acknowledges and disputes; the lead signs in
    after her, decides and changes an answer. Every step names the person who took it."""
    identity = IdentityService(sqlite_db)
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=identity.sign_in("Emma Clarke",
                                                                                                  PASSWORD))
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.my_results  # an agent's home is My results
    assert not window.calibration_action.isVisible() and not window.import_action.isVisible()
    assert window.my_results.page.evaluations.rowCount() == 1

    window.my_results.page.evaluations.setCurrentCell(0, 1)
    opened = []
    window.my_results.evaluation_requested.connect(lambda evaluation_id: opened.append(evaluation_id))
    window.my_results.open_button.click()
    assert opened == [submitted]
    dialog = window.open_evaluation(submitted)
    qtbot.addWidget(dialog)
    first_score = dialog.view.score
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert dialog.acknowledge_button.isEnabled() and not dialog.edit_button.isEnabled()
    assert dialog.acknowledge()
    assert dialog.view.state == "acknowledged" and not dialog.acknowledge_button.isEnabled()

    dialog.select_criterion("accuracy")
    assert dialog.dispute_button.isEnabled() and not dialog.decide_button.isEnabled()

    def propose(d: AnswerDialog) -> None:
        assert d.person.text() == "Emma Clarke"  # the signed-in agent
        assert not d.buttons.button(d.buttons.StandardButton.Ok).isEnabled()  # no reason yet
        combo = d.answer_widget.first_input()
        combo.setCurrentIndex(combo.findData("accurate"))
        d.reason.setPlainText("The policy changed that week.")

    _answering(monkeypatch, propose)
    assert dialog.raise_dispute()
    assert dialog.view.state == "disputed"
    assert not dialog.decide_button.isEnabled()  # an agent never decides

    # The lead takes over the same window: a wrong password changes nothing, the right one makes her the actor.
    switch = window.sign_in()
    qtbot.addWidget(switch)
    switch.name.setText("周婷")
    switch.password.setText("not her password")
    assert not switch.sign_in() and "wrong" in switch.problem.text() and window.context.actor == "Emma Clarke"
    switch.password.setText(PASSWORD)
    assert switch.sign_in()
    assert window.context.actor == "周婷" and window.pages.currentWidget() is window.interactions
    assert "周婷" in window.user_label.text() and window.calibration_action.isVisible()
    qtbot.waitUntil(lambda: window.work_panel.disputed.rowCount() == 1)
    dialog.select_criterion("accuracy")
    assert dialog.decide_button.isEnabled() and not dialog.acknowledge_button.isEnabled()

    def decide(d: AnswerDialog) -> None:
        assert "The policy changed that week." in d.findChild(type(dialog.summary)).text()
        d.decisions["accept"].setChecked(True)
        d.reason.setPlainText("Confirmed with the product team.")

    _answering(monkeypatch, decide)
    assert dialog.decide_dispute()
    assert dialog.view.state == "resolved" and dialog.view.score > first_score
    row = next(r for r in range(dialog.criteria.rowCount()) if dialog.criteria.line(r).key == "accuracy")
    line = dialog.criteria.line(row)
    assert line.dispute == "accepted" and line.original and line.original != line.points  # original kept beside
    assert f"as first submitted: {first_score}" in dialog.summary.text()

    dialog.select_criterion("clarity")

    def lower(d: AnswerDialog) -> None:
        d.answer_widget.first_input().setValue(3)
        d.reason.setPlainText("Re-listened: two unclear answers.")

    _answering(monkeypatch, lower)
    assert dialog.edit_answer()
    actions = [line.action for line in dialog.history.lines]
    assert actions == [
        "evaluation_started", "evaluation_submitted", "evaluation_acknowledged", "dispute_raised",
        "dispute_resolved", "evaluation_edited",
    ]  # fmt: skip
    assert "clarity: 5" in dialog.history.data(dialog.history.index(5, 3))  # old → new, readable
    exported = dialog.export_history(tmp_path / "history.csv")
    rows = list(csv.reader(exported.open(encoding="utf-8-sig")))
    assert len(rows) == 7 and rows[6][1] == "周婷" and "Re-listened" in rows[6][3]
    assert [(line.action, line.actor) for line in dialog.history.lines][1:5] == [
        ("evaluation_submitted", "赵磊"), ("evaluation_acknowledged", "Emma Clarke"),
        ("dispute_raised", "Emma Clarke"), ("dispute_resolved", "周婷"),
    ]  # fmt: skip
    # The command line reads the same names from the audit log.
    from qa_studio.cli import main

    monkeypatch.setenv("QA_STUDIO_PASSWORD", PASSWORD)
    capsys.readouterr()
    assert main(["--db", str(sqlite_db.url), "--user", "周婷", "audit", "--entity", "evaluation",
                 "--id", str(submitted), "--json"]) == 0  # fmt: skip
    logged = [(row["action"], row["actor"]) for row in json.loads(capsys.readouterr().out)]
    assert ("evaluation_acknowledged", "Emma Clarke") in logged and ("dispute_resolved", "周婷") in logged


def test_a_reviewer_cannot_decide_and_sees_why(qtbot, sqlite_db, settings, submitted, monkeypatch) -> None:  # noqa: ANN001
    EvaluationService(sqlite_db).dispute(submitted, "accuracy", "Policy changed.", "accurate", "Emma Clarke")
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=signed_in(sqlite_db, "赵磊"))
    qtbot.addWidget(window)
    dialog = window.open_evaluation(submitted)
    qtbot.addWidget(dialog)
    dialog.select_criterion("accuracy")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))

    def reject(d: AnswerDialog) -> None:
        d.decisions["reject"].setChecked(True)
        d.reason.setPlainText("No.")

    _answering(monkeypatch, reject)
    assert not dialog.decide_dispute()
    assert warnings and "may not decide disputes" in warnings[0]
    assert dialog.view.state == "disputed"


def test_submitted_panel_offers_the_review_instead_of_a_blank_form(qtbot, sqlite_db, settings, submitted) -> None:  # noqa: ANN001
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=signed_in(sqlite_db, "赵磊"))
    qtbot.addWidget(window)
    interaction = EvaluationService(sqlite_db).get(submitted).interaction_id
    dialog = window.open_interaction(interaction)
    qtbot.addWidget(dialog)
    panel = dialog.open_scoring()
    assert panel.evaluation_id == submitted and panel.read_only
    assert panel.review_button.isVisibleTo(panel) and not panel.submit_button.isVisibleTo(panel)
    opened = []
    window.open_evaluation = lambda evaluation_id: opened.append(evaluation_id)  # type: ignore[method-assign]
    panel.review_requested.disconnect()
    panel.review_requested.connect(window.open_evaluation)
    panel.review_button.click()
    assert opened == [submitted]
    assert QDialog  # the review dialog itself is driven in the tests above
