"""Setting up a calibration session: title, scorecard, the interactions to score, reviewers, an optional expert
whose answers are the benchmark, and the tolerance in points."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.services.calibration_sessions import CalibrationService
from qa_studio.services.evaluations import EvaluationError
from qa_studio.services.interactions import InteractionFilter, InteractionQueries, InteractionRow
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import StorageError
from qa_studio.ui.geometry import preferred_size
from qa_studio.ui.theme import Tone, text_style

ModelIndex = QModelIndex | QPersistentModelIndex
PICK_HEADERS = (
    QT_TRANSLATE_NOOP("NewCalibrationSession", "Interaction"),
    QT_TRANSLATE_NOOP("NewCalibrationSession", "Started"),
    QT_TRANSLATE_NOOP("NewCalibrationSession", "Agent"),
    QT_TRANSLATE_NOOP("NewCalibrationSession", "Queue"),
    QT_TRANSLATE_NOOP("NewCalibrationSession", "Subject / first words"),
)
RECENT = 300


class PickModel(QAbstractTableModel):
    """Recent interactions of one channel, each with a tick box."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[InteractionRow] = []
        self.picked: set[int] = set()

    def set_rows(self, rows: list[InteractionRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.picked &= {row.id for row in rows}
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(PICK_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("NewCalibrationSession", PICK_HEADERS[section])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if row.id in self.picked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            started = row.started_at.strftime("%Y-%m-%d %H:%M") if row.started_at else ""
            return (str(row.id), started, row.agent or "", row.queue or "", row.subject or "")[index.column()]
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        row_id = self.rows[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.picked.add(row_id)
        else:
            self.picked.discard(row_id)
        self.dataChanged.emit(index, index)
        return True

    def pick(self, interaction_id: int, on: bool = True) -> None:
        for number, row in enumerate(self.rows):
            if row.id == interaction_id:
                state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                self.setData(self.index(number, 0), state.value, Qt.ItemDataRole.CheckStateRole)


class NewSessionDialog(QDialog):
    def __init__(
        self,
        service: CalibrationService,
        scorecards: ScorecardService,
        queries: InteractionQueries,
        people: list[tuple[str, str]],
        actor: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newCalibrationSession")
        self.setWindowTitle(self.tr("New calibration session"))
        self.resize(preferred_size(self, 900, 700))
        self.service, self.queries, self.actor = service, queries, actor
        self.created_id: int | None = None
        self.title = QLineEdit(self)
        self.scorecard = QComboBox(self)
        for card in scorecards.list(include_retired=False):
            self.scorecard.addItem(f"{card.name} (v{card.latest_version})",
                                   (card.latest_version_id, card.channel, card.key))  # fmt: skip
        self.scorecard.currentIndexChanged.connect(self._load_interactions)
        self.picks = PickModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("calibrationItems")
        self.table.setAccessibleName(self.tr("Interactions to calibrate on"))
        self.table.setModel(self.picks)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((90, 130, 130, 110)):
            self.table.setColumnWidth(column, width)
        self.reviewers = QListWidget(self)
        self.reviewers.setObjectName("calibrationReviewers")
        self.reviewers.setMaximumHeight(110)
        self.expert = QComboBox(self)
        self.expert.addItem(self.tr("No expert: the consensus becomes the benchmark"), None)
        for name, role in people:
            item = QListWidgetItem(name, self.reviewers)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if role == "reviewer" else Qt.CheckState.Unchecked)
            self.expert.addItem(name, name)
        self.tolerance = QDoubleSpinBox(self)
        self.tolerance.setRange(0, 50)
        self.tolerance.setValue(5)
        self.tolerance.setSuffix(self.tr(" points"))
        # Only a lead or an administrator creates sessions, so whoever sees this may make it recur.
        self.repeat = QComboBox(self)
        self.repeat.setObjectName("calibrationRepeat")
        self.repeat.addItem(self.tr("Once"), None)
        self.repeat.addItem(self.tr("Every month, on the month before"), "monthly")
        self.repeat.addItem(self.tr("Every week, on the week before"), "weekly")
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(text_style(Tone.DANGER))
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Scorecard:"), self.scorecard)
        form.addRow(self.tr("Interactions:"), self.table)
        form.addRow(self.tr("Re&viewers:"), self.reviewers)
        form.addRow(self.tr("&Expert:"), self.expert)
        form.addRow(self.tr("&Tolerance:"), self.tolerance)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create session"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._load_interactions()

    def _load_interactions(self) -> None:
        data = self.scorecard.currentData()
        channel = data[1] if data else None
        try:
            rows = self.queries.page(InteractionFilter(channel=channel), 0, RECENT)
        except StorageError as exc:
            self.problem.setText(str(exc))
            return
        self.picks.set_rows(rows)

    def chosen_reviewers(self) -> list[str]:
        items = (self.reviewers.item(i) for i in range(self.reviewers.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def create(self) -> bool:
        data = self.scorecard.currentData()
        if data is None:
            self.problem.setText(self.tr("There is no active scorecard to calibrate on."))
            return False
        try:
            if (cadence := self.repeat.currentData()) is not None and self.title.text().strip() and self.picks.picked:
                # Each new period's session takes as many interactions of that period, picked at random.
                from qa_studio.services.recurrence import Cadence, RecurrenceService, WorkKind

                RecurrenceService(self.service.database).add(
                    self.title.text(), WorkKind.CALIBRATION, Cadence(cadence),
                    {"scorecard": data[2], "reviewers": self.chosen_reviewers(), "items": len(self.picks.picked),
                     "expert": self.expert.currentData(), "tolerance": self.tolerance.value()}, self.actor)  # fmt: skip
            self.created_id = self.service.create(
                self.title.text(), data[0], sorted(self.picks.picked), self.chosen_reviewers(), self.actor,
                self.expert.currentData(), self.tolerance.value(),
            )  # fmt: skip
        except (EvaluationError, StorageError) as exc:
            self.problem.setText(str(exc))
            return False
        self.accept()
        return True
