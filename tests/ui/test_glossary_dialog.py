"""The glossary dialog, driven as a person would: a lead adds and removes terms; a reviewer sees them, greyed."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from qa_studio.services.directory import user_by_name
from qa_studio.services.glossary import GlossaryService
from qa_studio.storage.database import Database
from qa_studio.ui.settings.glossary import GlossaryDialog


def test_a_lead_adds_and_removes_terms(qtbot, sqlite_db: Database) -> None:  # noqa: ANN001
    with sqlite_db.session() as session:
        user_by_name(session, "周婷", "lead")
    dialog = GlossaryDialog(GlossaryService(sqlite_db), "周婷", True)
    qtbot.addWidget(dialog)
    for term in ("退款", "工单号", "  "):
        dialog.term.setText(term)  # Chinese comes from an input method, not key by key
        qtbot.keyClick(dialog.term, Qt.Key.Key_Return)
    assert dialog.model.stringList() == ["退款", "工单号"]
    assert "empty" in dialog.problem.text() and dialog.term.text() == "  "  # refused, what was typed is kept
    dialog.view.selectionModel().select(dialog.model.index(0), QItemSelectionModel.SelectionFlag.Select)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.model.stringList() == ["工单号"] and dialog.problem.text() == ""
    assert GlossaryService(sqlite_db).terms() == ("工单号",)


def test_a_reviewer_reads_the_list_and_cannot_change_it(qtbot, sqlite_db: Database) -> None:  # noqa: ANN001
    with sqlite_db.session() as session:
        user_by_name(session, "周婷", "lead")
    GlossaryService(sqlite_db).add(["退款"], actor="周婷")
    dialog = GlossaryDialog(GlossaryService(sqlite_db), "刘洋", False)
    qtbot.addWidget(dialog)
    assert dialog.model.stringList() == ["退款"]
    assert not dialog.add_button.isEnabled() and not dialog.remove_button.isEnabled()
    assert "leads and administrators" in dialog.problem.text()
