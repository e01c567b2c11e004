"""The reviewer page on the demo data, driven as a lead would: the figures as the service computes them, a sample
drawn, re-scored blind in the dialog (the reviewer's score hidden until submitted), the workbook written; a
reviewer never gets the page."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QMessageBox
from sqlalchemy import select

from qa_studio.reports.figures import score_text
from qa_studio.services.grader_qa import GraderQAService
from qa_studio.storage.models import Evaluation, RescoreSample, User
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.reports.rescore_dialog import RescoreDialog
from qa_studio.ui.reports.reviewer_page import ReviewerPage
from qa_studio.ui.tasks import TaskRunner
from tests.people import signed_in


def _window(qtbot, demo_db, settings, name: str) -> MainWindow:  # noqa: ANN001
    window = MainWindow(demo_db, settings, TaskRunner(synchronous=True), user=signed_in(demo_db, name))
    qtbot.addWidget(window)
    return window


def _answer_everything(dialog: RescoreDialog) -> None:
    """The first choice for every criterion (a checklist left empty), a root cause wherever one is offered."""
    for answer, cause in dialog.inputs:
        if isinstance(answer.widget, QComboBox):
            answer.widget.setCurrentIndex(1)
        if cause is not None:
            cause.setCurrentIndex(1)


def test_a_lead_reads_the_figures_draws_and_rescores_blind(qtbot, demo_db, settings, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    window = _window(qtbot, demo_db, settings, "周婷")
    assert window.reviewer_page_action.isVisible()
    window.reviewer_page_action.trigger()
    page = window.findChild(ReviewerPage)
    qtbot.addWidget(page)
    expected = GraderQAService(demo_db).report(None, None, "all time")
    table = page.findChild(object, "reviewerTable")
    model = table.model()
    assert model.rowCount() == len(expected.lines) == 3
    zhao = next(line for line in expected.lines if line.reviewer == "赵磊")
    row = [model.rows[r].reviewer for r in range(model.rowCount())].index("赵磊")
    assert model.index(row, 5).data() == str(zhao.rescores.rescored)
    assert model.index(row, 7).data().startswith("+")  # the demo's lenient reviewer, against the lead
    volume = page.volume
    weeks = {volume.rows[r][0]: volume.rows[r][1] for r in range(volume.rowCount())}
    assert list(weeks) == sorted(expected.weeks, reverse=True)  # newest week first
    zhao_column = [c.header for c in volume.columns].index("赵磊")
    assert sum(int(volume.index(r, zhao_column).data()) for r in range(volume.rowCount())) == zhao.figures.evaluations

    # Draw two more of 刘洋's and re-score one blind.
    page.tabs.setCurrentIndex(1)
    page.draw_reviewer.setCurrentText("刘洋")
    page.draw_count.setValue(2)
    before = len(page.samples.rows)
    qtbot.mouseClick(page.findChild(object, "drawRescores"), Qt.MouseButton.LeftButton)
    assert len(page.samples.rows) == before + 2
    assert page.tabs.tabText(1) != page.tr("Re-scores")  # the count of what is to do
    fresh = max(page.samples.rows, key=lambda s: s.id)
    row = page.samples.rows.index(fresh)
    assert page.samples.index(row, 6).data() == "hidden until re-scored"
    # Elsewhere in the app the original stays out of the lead's sight until the re-score is in.
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: QMessageBox.StandardButton.Ok)
    assert window.open_evaluation(fresh.evaluation_id) is None
    page.sample_view.selectRow(row)
    qtbot.mouseClick(page.rescore_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(RescoreDialog)
    assert dialog is not None and dialog.isVisible()
    with demo_db.session() as session:
        original = session.get(Evaluation, fresh.evaluation_id).score
    texts = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert score_text(original) not in texts  # nothing of the reviewer's scoring is on screen
    _answer_everything(dialog)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == ""
    assert "reviewer" in dialog.result.text() and not dialog.submit_button.isEnabled()
    done = next(s for s in page.samples.rows if s.id == fresh.id)
    assert window.open_evaluation(fresh.evaluation_id) is not None  # now it opens
    assert done.done and page.samples.index(page.samples.rows.index(done), 6).data() != "hidden until re-scored"

    target = tmp_path / "reviewers.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    book = load_workbook(target)
    assert book.sheetnames == ["Reviewers", "Volume by week", "Re-scores"]
    names = {book["Reviewers"].cell(row=r, column=1).value for r in range(4, 7)}
    assert names == {"刘洋", "Sarah Lee", "赵磊"}
    assert book["Volume by week"]._charts  # a native chart of the weekly volume


def test_my_work_keeps_an_original_out_of_the_rescorers_sight(qtbot, demo_db, settings) -> None:  # noqa: ANN001
    window = _window(qtbot, demo_db, settings, "周婷")
    window.work_panel.refresh()
    waiting = window.work_panel.to_acknowledge.rows[0]  # an evaluation waiting for the agent, listed for the lead
    with demo_db.session() as session:
        original = session.get(Evaluation, waiting.id)
        lead = session.scalar(select(User.id).where(User.name == "周婷"))
        session.add(RescoreSample(evaluation_id=original.id, interaction_id=original.interaction_id,
                                  scorecard_version_id=original.scorecard_version_id, reviewer_id=original.reviewer_id,
                                  rescorer_id=lead, drawn_by="周婷"))  # fmt: skip
    window.work_panel.refresh()
    assert waiting.id not in {row.id for row in window.work_panel.to_acknowledge.rows}
    other = _window(qtbot, demo_db, settings, "Mark Hughes")  # anyone else still sees it
    other.work_panel.refresh()
    assert waiting.id in {row.id for row in other.work_panel.to_acknowledge.rows}


def test_reviewers_do_not_get_the_page(qtbot, demo_db, settings) -> None:  # noqa: ANN001
    window = _window(qtbot, demo_db, settings, "刘洋")
    assert not window.reviewer_page_action.isVisible()
