"""The team's glossary for transcription: everyone sees the words every call is decoded with; leads and administrators
add and remove them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qa_studio.services.glossary import MAX_TERMS, GlossaryError, GlossaryService
from qa_studio.storage.database import StorageError


class GlossaryDialog(QDialog):
    def __init__(self, service: GlossaryService, actor: str, may_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryDialog")
        self.setWindowTitle(self.tr("Transcription glossary"))
        self.service, self.actor = service, actor
        about = QLabel(self.tr(
            "Product names and service words (退款, 工单号…) that every call is transcribed with in mind, on every "
            "computer of the team. Short terms, at most {limit}; a new list is used for the calls transcribed from "
            "now on.").format(limit=MAX_TERMS), self)  # fmt: skip
        about.setWordWrap(True)
        self.model = QStringListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("glossaryTerms")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.term = QLineEdit(self)
        self.term.setObjectName("glossaryNewTerm")
        self.term.setPlaceholderText(self.tr("New term, e.g. 工单号"))
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setObjectName("glossaryAdd")
        self.remove_button = QPushButton(self.tr("&Remove selected"), self)
        self.remove_button.setObjectName("glossaryRemove")
        self.add_button.clicked.connect(self.add)
        self.term.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        for widget in (self.term, self.add_button, self.remove_button):
            widget.setEnabled(may_edit)  # the database refuses anyone else too; this only says so before trying
        self.problem = QLabel("" if may_edit else self.tr("Only leads and administrators change the glossary."), self)
        self.problem.setObjectName("glossaryProblem")
        self.problem.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.term, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.setStringList(list(self.service.terms()))

    def add(self) -> None:
        text = self.term.text()
        if self._apply(lambda: self.service.add([text], actor=self.actor)):
            self.term.clear()

    def remove(self) -> None:
        chosen = [index.data() for index in self.view.selectionModel().selectedIndexes()]
        if chosen:
            self._apply(lambda: self.service.remove(chosen, actor=self.actor))

    def _apply(self, change: Callable[[], object]) -> bool:
        """One change; a refusal is shown in the dialog and the list stays as the database has it."""
        try:
            change()
        except (GlossaryError, StorageError) as exc:
            self.problem.setText(str(exc))
            return False
        self.problem.clear()
        self.refresh()
        return True
