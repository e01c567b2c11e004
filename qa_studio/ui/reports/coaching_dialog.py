"""A new coaching session for an agent, from the evaluations chosen on the agent page: the criteria to focus on
(those failed in them come pre-ticked), notes, when it is held, and action items with due dates."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_studio.reports.labels import coaching_state
from qa_studio.services.coaching import RECORD_STATES, CoachingError, CoachingService, CoachingView
from qa_studio.storage.database import StorageError
from qa_studio.ui.geometry import preferred_size


def label_in(text: dict[str, str], language: str) -> str:
    first, second = ("zh", "en") if language.startswith("zh") else ("en", "zh")
    return text.get(first) or text.get(second) or ""


class CoachingDialog(QDialog):
    def __init__(self, service: CoachingService, agent: str, evaluation_ids: list[int], actor: str,
                 language: str = "en", parent: QWidget | None = None,
                 repeated: dict[str, dict[str, str]] | None = None,
                 descriptions: dict[int, str] | None = None) -> None:  # fmt: skip
        """`repeated`: criteria the agent failed repeatedly in the period (key → labels): suggested first.
        `descriptions`: each evaluation as the list it was ticked in shows it (its interaction and time), so the
        dialog names the same rows the person ticked rather than internal evaluation numbers."""
        super().__init__(parent)
        self.setObjectName("coachingDialog")
        self.setWindowTitle(self.tr("New coaching session — {agent}").format(agent=agent))
        self.resize(preferred_size(self, 640, 640))
        self.service, self.agent, self.evaluation_ids, self.actor = service, agent, evaluation_ids, actor
        self.created: CoachingView | None = None
        form = QFormLayout()
        described = descriptions or {}
        chosen = "; ".join(described.get(i, str(i)) for i in evaluation_ids) or self.tr("none (a general session)")
        form.addRow(self.tr("Evaluations"), QLabel(chosen, self))
        self.held_on = QDateEdit(QDate.currentDate(), self)
        self.held_on.setObjectName("coachingHeldOn")
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("&Held on"), self.held_on)
        self.status = QComboBox(self)
        self.status.setObjectName("coachingStatus")
        for state in RECORD_STATES:
            self.status.addItem(coaching_state(state), state)
        form.addRow(self.tr("&Status"), self.status)
        self.focus = QListWidget(self)
        self.focus.setObjectName("coachingFocus")
        self.focus.setAccessibleName(self.tr("Focus criteria"))
        repeated = repeated or {}
        # Repeated failures come first: a pattern over the period says more than one evaluation's misses.
        suggested = [*repeated, *(k for k in service.suggested_focus(evaluation_ids) if k not in repeated)]
        # A repeated failure's label is its own scorecard's wording; it wins over the chosen evaluations' reading.
        labels = {**service.criterion_labels(evaluation_ids), **repeated}
        for key in sorted(labels, key=lambda k: k not in repeated):
            text = label_in(labels[key], language)
            item = QListWidgetItem(self.tr("{criterion} (failed repeatedly)").format(criterion=text)
                                   if key in repeated else text, self.focus)  # fmt: skip
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in suggested[:3] else Qt.CheckState.Unchecked)
        form.addRow(self.tr("&Focus criteria\n(failed ones ticked)"), self.focus)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("coachingNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("What was discussed and agreed"))
        form.addRow(self.tr("&Notes"), self.notes)
        self.action_table = QTableWidget(0, 2, self)
        self.action_table.setObjectName("coachingActions")
        self.action_table.setAccessibleName(self.tr("Action items"))
        self.action_table.setHorizontalHeaderLabels([self.tr("Action item"), self.tr("Due")])
        self.action_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.action_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("&Add action item"), self)
        add.clicked.connect(lambda: self.add_action(edit=True))
        remove = QPushButton(self.tr("&Remove"), self)
        remove.clicked.connect(lambda: self.action_table.removeRow(self.action_table.currentRow()))
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Action items"), self))
        layout.addWidget(self.action_table)
        layout.addLayout(buttons_row)
        layout.addWidget(box)

    def add_action(self, description: str = "", due_on: date | None = None, edit: bool = False) -> None:
        """`edit`: the new row's text is opened for typing, so the keyboard leaves the button (where a space would
        add another empty row)."""
        row = self.action_table.rowCount()
        self.action_table.insertRow(row)
        self.action_table.setItem(row, 0, QTableWidgetItem(description))
        due = QDateEdit(QDate(due_on or date.today() + timedelta(days=14)), self.action_table)
        due.setCalendarPopup(True)
        due.setDisplayFormat("yyyy-MM-dd")
        self.action_table.setCellWidget(row, 1, due)
        self.action_table.setCurrentCell(row, 0)
        if edit:
            self.action_table.setFocus()
            self.action_table.editItem(self.action_table.item(row, 0))

    def focus_keys(self) -> list[str]:
        return [self.focus.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.focus.count())
                if self.focus.item(n).checkState() == Qt.CheckState.Checked]  # fmt: skip

    def save(self) -> None:
        actions = []
        for row in range(self.action_table.rowCount()):
            text = self.action_table.item(row, 0).text().strip() if self.action_table.item(row, 0) else ""
            if text:
                actions.append((text, self.action_table.cellWidget(row, 1).date().toPython()))
        try:
            self.created = self.service.create(
                self.agent, self.actor, self.evaluation_ids, self.focus_keys(), self.notes.toPlainText(),
                self.held_on.date().toPython(), actions, self.status.currentData(),
            )  # fmt: skip
        except (CoachingError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Coaching session not saved"), str(exc))
            return
        self.accept()
