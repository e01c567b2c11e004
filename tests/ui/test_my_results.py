"""My results, as an agent sees it: only their own evaluations, the comments with the moment each is about and what
was said then, their figures beside the team's, and their own PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from qa_studio.scoring.engine import Answer
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.identity import IdentityService
from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.scorecards import ScorecardService
from qa_studio.services.users import UserService
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.tasks import TaskRunner
from tests.chat_answers import SLOW_FIRST_REPLY

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"
ANSWERS = SLOW_FIRST_REPLY


@pytest.fixture
def agent_window(qtbot, sqlite_db, settings):  # noqa: ANN001, ANN201
    ScorecardService(sqlite_db).ensure_shipped()
    ImportService(sqlite_db).run([CHATS], actor="tester")
    rows = list(InteractionQueries(sqlite_db).iterate(InteractionFilter(channel="chat")))
    mine = next(r for r in rows if r.agent == "Emma Clarke")
    other = next(r for r in rows if r.agent and r.agent != "Emma Clarke")
    service = EvaluationService(sqlite_db)
    for row, comment in ((mine, "[00:10] Greet before you check the order."), (other, "Someone else's chat.")):
        evaluation = service.start(row.id, "赵磊")
        service.save_draft(evaluation, {**ANSWERS, "first_response": Answer("no", root_cause="workload",
                                                                             comment=comment)})  # fmt: skip
        service.submit(evaluation, "赵磊")
    admin = IdentityService(sqlite_db).current(login="it-admin")
    UserService(sqlite_db).add("Emma Clarke", "agent", admin.name, agent="Emma Clarke", login="emma")
    user = IdentityService(sqlite_db).current(login="emma")
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=user)
    qtbot.addWidget(window)
    return window


def test_an_agent_sees_only_their_own_results_with_moments(agent_window) -> None:  # noqa: ANN001
    page = agent_window.my_results
    assert agent_window.pages.currentWidget() is page
    assert page.page.evaluations.rowCount() == 1  # the other agent's evaluation is not there
    texts = [page.comments.item(0, column).text() for column in range(5)]
    assert texts[2] == "00:10" and "Greet before you check the order." in texts[3]
    assert "Someone else" not in " ".join(texts)
    figures = page.page.figures.values
    assert "Sampled (quota)" not in figures  # the QA team's sampling is not the agent's business
    assert not agent_window.reports_action.isVisible() and not agent_window.work_dock.isVisible()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_an_agent_saves_their_own_pdf(agent_window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    saved = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: saved.append(args[2]))
    path = agent_window.my_results.export_pdf(tmp_path / "mine.pdf")
    assert saved and str(path) in saved[0]
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Emma Clarke" in text and "Greet before you check the order." in text
    assert "Someone else's chat." not in text


def test_an_agent_scores_their_own_chat_and_compares_with_the_reviewer(agent_window, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    page = agent_window.my_results
    page.self_button.click()
    dialog = agent_window.findChild(QWidget, "selfEvaluationDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert dialog.interaction.count() == 1  # only Emma's own chat is offered
    dialog.submit()
    assert "Answer every criterion" in dialog.problem.text()  # nothing answered yet: refused, nothing stored
    # Answer the way the reviewer did, but for the first reply.
    for entry in dialog.inputs:
        wanted = ANSWERS.get(entry.criterion.key)
        if entry.criterion.key == "first_response":
            wanted = Answer("yes")
        if wanted is None:
            continue
        box = entry.widget
        value = "na" if wanted.not_applicable else wanted.value
        if isinstance(box, QComboBox):
            box.setCurrentIndex(box.findData(value))
            assert box.currentIndex() > 0, entry.criterion.key
    assert dialog.submit(), dialog.problem.text()
    assert dialog.pages.currentWidget() is dialog.comparison
    table = dialog.comparison
    marked = [table.item(row, 0).text() for row in range(table.rowCount())
              if table.item(row, 0).background().style() != Qt.BrushStyle.NoBrush]  # fmt: skip
    assert marked == ["First reply within 30 seconds"] and "1 criteria answered differently" in dialog.summary.text()
    first = next(row for row in range(table.rowCount()) if table.item(row, 0).text() == marked[0])
    assert (table.item(first, 1).text(), table.item(first, 2).text()) == ("Yes", "No")
    assert dialog.interaction.currentText().endswith("scored by you")
    # Still one evaluation in her results: her own scoring never counts.
    page.reload()
    assert page.page.evaluations.rowCount() == 1


def test_a_saved_layout_does_not_show_an_agent_the_staff_docks(qtbot, agent_window, settings) -> None:  # noqa: ANN001
    """The window layout saved by a reviewer on this PC (docks shown) is restored for the agent without them."""
    from qa_studio.settings import WINDOW_STATE

    staff = MainWindow(agent_window.database, settings, TaskRunner(synchronous=True),
                       user=IdentityService(agent_window.database).current(login="it-admin"))  # fmt: skip
    qtbot.addWidget(staff)
    staff.work_dock.show()
    settings.set(WINDOW_STATE, staff.saveState())
    window = MainWindow(agent_window.database, settings, TaskRunner(synchronous=True), user=agent_window.context.user)
    qtbot.addWidget(window)
    window.show()
    assert not window.work_dock.isVisible() and not window.jobs_dock.isVisible()
