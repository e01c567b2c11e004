"""The reviewer's work in one place: my queue, evaluations to acknowledge, open disputes, quota progress."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qa_studio.i18n import translate
from qa_studio.services.calibration_sessions import CalibrationService, SessionSummary
from qa_studio.services.due import KIND_LABELS, DueKind, DueSummary
from qa_studio.services.evaluations import EvaluationRow, EvaluationService
from qa_studio.services.sampling import QueueItem, QuotaProgress, SamplingService
from qa_studio.ui.context import AppContext
from qa_studio.ui.queue.models import (
    ID_ROLE,
    QuotaLine,
    RowsModel,
    calibration_model,
    evaluation_model,
    queue_model,
    quota_model,
)
from qa_studio.ui.tasks import Task


@dataclass(frozen=True, slots=True)
class WorkSnapshot:
    queue: list[QueueItem]
    to_acknowledge: list[EvaluationRow]
    disputed: list[EvaluationRow]
    progress: QuotaProgress
    calibrations: list[SessionSummary]


def _table(model: RowsModel, name: str, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    for column, definition in enumerate(model.columns):
        table.setColumnWidth(column, definition.width)
    return table


class WorkPanel(QWidget):
    open_interaction = Signal(int)
    open_evaluation = Signal(int)
    open_calibration = Signal(int)
    sample_requested = Signal()

    def __init__(
        self,
        sampling: SamplingService,
        evaluations: EvaluationService,
        context: AppContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workPanel")
        self.sampling = sampling
        self.evaluations = evaluations
        self.context = context
        self.runner = context.runner

        self.queue = queue_model(self)
        self.to_acknowledge = evaluation_model(self)
        self.disputed = evaluation_model(self)
        self.quota = quota_model(self)
        self.calibrations = calibration_model(self)
        self.queue_table = _table(self.queue, "queueTable", self)
        self.acknowledge_table = _table(self.to_acknowledge, "acknowledgeTable", self)
        self.dispute_table = _table(self.disputed, "disputeTable", self)
        self.quota_table = _table(self.quota, "quotaTable", self)
        self.calibration_table = _table(self.calibrations, "calibrationQueueTable", self)
        # A double-click emits `activated` (as Enter does); doubleClicked as well would open each item twice.
        self.calibration_table.activated.connect(lambda index: self._activate(index, self.open_calibration))
        self.queue_table.activated.connect(lambda index: self._activate(index, self.open_interaction))
        for table in (self.acknowledge_table, self.dispute_table):
            table.activated.connect(lambda index: self._activate(index, self.open_evaluation))

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.queue_table, self.tr("My queue"))
        self.tabs.addTab(self.acknowledge_table, self.tr("To acknowledge"))
        self.tabs.addTab(self.dispute_table, self.tr("Disputes"))
        self.tabs.addTab(self.quota_table, self.tr("Quota progress"))
        self.tabs.addTab(self.calibration_table, self.tr("Calibration"))

        self.heading = QLabel(self)
        self.due_label = QLabel(self)
        self.due_label.setObjectName("dueLabel")
        self.due_summary: DueSummary | None = None
        self.snapshot: WorkSnapshot | None = None
        self.show_done = QCheckBox(self.tr("Show &done"), self)
        self.show_done.toggled.connect(self.refresh)
        self.sample_button = QPushButton(self.tr("Draw a &sample…"), self)
        self.sample_button.clicked.connect(self.sample_requested)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_done)
        top.addWidget(self.sample_button)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.due_label)
        layout.addWidget(self.tabs, 1)

    @staticmethod
    def _activate(index: QModelIndex, signal: Signal) -> None:
        if index.isValid():
            signal.emit(index.data(ID_ROLE))

    @property
    def reviewer(self) -> str:
        """Whose work this is: always the signed-in person."""
        return self.context.actor

    def _snapshot(self, reviewer: str, include_done: bool) -> WorkSnapshot:
        from qa_studio.services.grader_qa import GraderQAService

        blind = GraderQAService(self.sampling.database).blind_for(reviewer)  # being re-scored by this person
        return WorkSnapshot(
            self.sampling.queue(reviewer, include_done),
            [row for row in self.evaluations.listing(("submitted",)) if row.id not in blind],
            [row for row in self.evaluations.listing(("disputed",)) if row.id not in blind],
            self.sampling.progress(),
            [s for s in CalibrationService(self.sampling.database).sessions(reviewer)
             if s.state == "open" and reviewer in (*s.reviewers, s.expert, s.created_by)],  # and the lead running it
        )  # fmt: skip

    def refresh(self) -> Task:
        """Reload every tab off the GUI thread."""
        return self.runner.start(
            Task(self._snapshot, self.reviewer, self.show_done.isChecked()), self._show, self._failed
        )

    def show_due(self, summary: DueSummary) -> None:
        """Due and overdue counts on the tabs, and a line for what has no tab here (coaching, re-scores, recurring
        work)."""
        self.due_summary = summary
        parts = [self.tr("{what}: {due} ({overdue} overdue)").format(
                     what=translate("Due", KIND_LABELS[kind]), due=summary.due(kind), overdue=summary.overdue(kind))
                 for kind in (DueKind.COACHING, DueKind.RESCORE, DueKind.RECURRING) if summary.due(kind)]  # fmt: skip
        self.due_label.setText(self.tr("Due: {items}").format(items=" · ".join(parts)) if parts else "")
        self.due_label.setVisible(bool(parts))
        self._tab_counts()

    def _count_text(self, count: int, kind: DueKind) -> str:
        overdue = self.due_summary.overdue(kind) if self.due_summary is not None else 0
        return self.tr("{count}, {overdue} overdue").format(count=count, overdue=overdue) if overdue else str(count)

    def _tab_counts(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        todo = sum(1 for item in snapshot.queue if not item.evaluated)
        self.tabs.setTabText(0, self.tr("My queue ({count})").format(count=todo))
        self.tabs.setTabText(1, self.tr("To acknowledge ({count})").format(
            count=self._count_text(len(snapshot.to_acknowledge), DueKind.ACKNOWLEDGE)))  # fmt: skip
        self.tabs.setTabText(2, self.tr("Disputes ({count})").format(
            count=self._count_text(len(snapshot.disputed), DueKind.DISPUTE)))  # fmt: skip
        self.tabs.setTabText(4, self.tr("Calibration ({count})").format(
            count=self._count_text(len(snapshot.calibrations), DueKind.CALIBRATION)))  # fmt: skip

    def _show(self, snapshot: WorkSnapshot) -> None:
        self.snapshot = snapshot
        self.queue.set_rows(snapshot.queue)
        self.to_acknowledge.set_rows(snapshot.to_acknowledge)
        self.disputed.set_rows(snapshot.disputed)
        lines = [QuotaLine("agent", name, done, total) for name, (done, total) in sorted(
            snapshot.progress.per_agent.items(), key=lambda kv: kv[0] or "")]  # fmt: skip
        lines += [QuotaLine("reviewer", name, done, total) for name, (done, total) in sorted(
            snapshot.progress.per_reviewer.items())]  # fmt: skip
        self.quota.set_rows(lines)
        self.calibrations.set_rows(snapshot.calibrations)
        todo = sum(1 for item in snapshot.queue if not item.evaluated)
        self.heading.setText(
            self.tr("{reviewer}: {todo} to evaluate · {ack} to acknowledge · {disputes} disputed").format(
                reviewer=self.reviewer, todo=todo, ack=len(snapshot.to_acknowledge), disputes=len(snapshot.disputed)
            )
        )
        self._tab_counts()

    def _failed(self, error: Exception) -> None:
        self.heading.setText(self.tr("Could not load the queue: {reason}").format(reason=error))
