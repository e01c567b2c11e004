"""Evaluations → Recurring work…: every sampling plan and calibration session that comes back each week or month,
what it draws, the last period made and whether one is due; leads and administrators pause and resume them (set up
from the sampling and calibration dialogs' "Repeat" choice)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_studio.services.evaluations import EvaluationError
from qa_studio.services.recurrence import Cadence, RecurrenceService, WorkInfo, WorkKind, last_complete_period
from qa_studio.storage.database import StorageError
from qa_studio.ui.geometry import preferred_size


class RecurringWorkDialog(QDialog):
    COLUMNS = 6

    def __init__(self, service: RecurrenceService, actor: str, may_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recurringWorkDialog")
        self.setWindowTitle(self.tr("Recurring work"))
        self.service, self.actor = service, actor
        self.works: list[WorkInfo] = []
        about = QLabel(self.tr(
            "Samples and calibration sessions made again for each past week or month, when the first person starts "
            "QA Studio after the period ends. A paused one makes nothing until it is resumed. New ones are set up "
            "with \"Repeat\" when drawing a sample or creating a calibration session."), self)  # fmt: skip
        about.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("recurringWorkTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Repeats"),
                                              self.tr("Each time"), self.tr("Last made"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.pause_button = QPushButton(self.tr("&Pause"), self)
        self.pause_button.setObjectName("recurringPause")
        self.resume_button = QPushButton(self.tr("&Resume"), self)
        self.resume_button.setObjectName("recurringResume")
        self.pause_button.clicked.connect(lambda: self._set_active(False))
        self.resume_button.clicked.connect(lambda: self._set_active(True))
        self.may_edit = may_edit
        self.problem = QLabel("" if may_edit else self.tr("Only leads and administrators pause and resume recurring "
                                                           "work."), self)  # fmt: skip
        self.problem.setObjectName("recurringProblem")
        self.problem.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.pause_button)
        row.addWidget(self.resume_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(preferred_size(self, 920, 380))
        self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        self.works = self.service.works()
        today = self.service.today()
        self.table.setRowCount(len(self.works))
        for row, work in enumerate(self.works):
            due = last_complete_period(work.cadence, today)
            if not work.active:
                status = self.tr("Paused")
            elif work.last_period == due:
                status = self.tr("Made for {period}").format(period=due)
            else:
                status = self.tr("Due for {period}").format(period=due)
            cells = (work.name, self._kind(work.kind), self._cadence(work.cadence), self._each_time(work),
                     work.last_period or self.tr("not yet"), status)  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, work.name)
                self.table.setItem(row, column, item)
            if chosen == work.name:
                self.table.selectRow(row)
        self._fit_columns()
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Every column but the rule as wide as its longest text, measured with the fonts that draw it (Chinese
        glyphs come from a fallback font that the items' own size hints undercount)."""
        metrics = self.table.fontMetrics()
        for column in (c for c in range(self.COLUMNS) if c != 3):
            texts = [self.table.horizontalHeaderItem(column).text()]
            texts += [self.table.item(row, column).text() for row in range(self.table.rowCount())]
            self.table.setColumnWidth(column, max(metrics.horizontalAdvance(t) for t in texts) + 24)

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def _kind(self, kind: WorkKind) -> str:
        return self.tr("Sample") if kind is WorkKind.SAMPLING else self.tr("Calibration session")

    def _cadence(self, cadence: Cadence) -> str:
        return self.tr("Weekly") if cadence is Cadence.WEEKLY else self.tr("Monthly")

    def _each_time(self, work: WorkInfo) -> str:
        settings, reviewers = work.settings, "、".join(work.settings.get("reviewers", []))
        if work.kind is WorkKind.SAMPLING:
            if settings.get("percent"):
                size = self.tr("{percent} % of interactions").format(percent=settings["percent"])
            else:
                size = self.tr("{count} per agent").format(count=settings.get("per_agent") or 10)
            return self.tr("{size} → {reviewers}").format(size=size, reviewers=reviewers)
        return self.tr("{count} interactions on {scorecard} → {reviewers}").format(
            count=settings.get("items", 3), scorecard=settings.get("scorecard"), reviewers=reviewers)  # fmt: skip

    def _update_buttons(self) -> None:
        name = self.selected()
        work = next((w for w in self.works if w.name == name), None)
        self.pause_button.setEnabled(self.may_edit and work is not None and work.active)
        self.resume_button.setEnabled(self.may_edit and work is not None and not work.active)

    def _set_active(self, active: bool) -> None:
        name = self.selected()
        if name is None:
            return
        try:
            self.service.set_active(name, active, self.actor)
        except (EvaluationError, StorageError) as exc:
            self.problem.setText(str(exc))
            return
        self.problem.clear()
        self.refresh()
