"""Drawing a sample: the plan, a preview where every item shows the rule that picked it and every agent who
falls short is named, then assignment to reviewers."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qa_studio.permissions import may_run_calibration
from qa_studio.sampling import AssignmentMethod, SamplingPlan, Stratum
from qa_studio.services.recurrence import Cadence, RecurrenceService, WorkKind, sampling_settings
from qa_studio.services.sampling import SampleRun, SamplingService
from qa_studio.ui.context import AppContext
from qa_studio.ui.geometry import preferred_size
from qa_studio.ui.queue.models import PreviewLine, preview_model
from qa_studio.ui.tasks import Task

CHANNELS = ("call", "chat", "email")


class SampleDialog(QDialog):
    assigned = Signal(object)  # the SampleRun that was stored

    def __init__(self, service: SamplingService, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleDialog")
        self.setWindowTitle(self.tr("Draw a sample"))
        self.resize(preferred_size(self, 900, 780))
        self.service = service
        self.context = context
        self.runner = context.runner
        self.last_run: SampleRun | None = None

        self.by_count = QRadioButton(self.tr("&Number per agent:"), self)
        self.by_count.setChecked(True)
        self.per_agent = QSpinBox(self)
        self.per_agent.setRange(1, 10_000)
        self.per_agent.setValue(10)
        self.per_agent.setAccessibleName(self.tr("Number per agent"))
        self.by_percent = QRadioButton(self.tr("&Percentage:"), self)
        self.percent = QDoubleSpinBox(self)
        self.percent.setRange(0.1, 100)
        self.percent.setValue(5)
        self.percent.setSuffix(" %")
        self.percent.setAccessibleName(self.tr("Percentage of each agent's interactions"))
        self.minimum = QSpinBox(self)
        self.minimum.setRange(0, 10_000)
        self.minimum.setPrefix(self.tr("at least "))
        self.minimum.setAccessibleName(self.tr("At least this many per agent"))
        size = QHBoxLayout()
        for widget in (self.by_count, self.per_agent, self.by_percent, self.percent, self.minimum):
            size.addWidget(widget)
        size.addStretch(1)

        self.shares: dict[str, QSpinBox] = {}
        strata = QHBoxLayout()
        names = {"call": self.tr("calls"), "chat": self.tr("chats"), "email": self.tr("e-mails")}
        for channel in CHANNELS:
            spin = QSpinBox(self)
            spin.setRange(0, 100)
            spin.setSuffix(" % " + names[channel])
            spin.setAccessibleName(self.tr("Share of {channel}").format(channel=names[channel]))
            self.shares[channel] = spin
            strata.addWidget(spin)
        strata.addWidget(QLabel(self.tr("(all 0: any channel; a short stratum falls back to the others)"), self))
        strata.addStretch(1)

        self.limit_dates = QCheckBox(self.tr("Only &between"), self)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(1 - today.day()), self)
        self.date_to = QDateEdit(today, self)
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to.setAccessibleName(self.tr("To date"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        dates = QHBoxLayout()
        dates.addWidget(self.limit_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        self.min_duration = QSpinBox(self)
        self.min_duration.setRange(0, 36_000)
        self.min_duration.setSuffix(self.tr(" s (calls shorter are skipped)"))
        self.min_duration.setMaximumWidth(260)
        self.include_evaluated = QCheckBox(self.tr("Include interactions already &evaluated"), self)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 2_000_000_000)
        self.seed.setValue(1)
        self.seed.setToolTip(self.tr("The same plan and seed always give the same sample"))
        self.seed.setMaximumWidth(160)

        self.reviewers = QListWidget(self)
        self.reviewers.setObjectName("sampleReviewers")
        self.reviewers.setMaximumHeight(96)
        for name, role in service.reviewers():
            # Reviewers are ticked; leads and administrators are offered but score only when ticked.
            self._add_reviewer(name, checked=role == "reviewer")
        self.new_reviewer = QLineEdit(self)
        self.new_reviewer.setPlaceholderText(self.tr("Add a reviewer by name and press Enter"))
        self.new_reviewer.returnPressed.connect(self._add_typed_reviewer)
        self.method = QComboBox(self)
        self.method.addItem(self.tr("Round robin"), AssignmentMethod.ROUND_ROBIN)
        self.method.addItem(self.tr("By current load"), AssignmentMethod.LOAD)
        self.cap = QSpinBox(self)
        self.cap.setRange(0, 10_000)
        self.cap.setSpecialValueText(self.tr("no cap"))
        self.cap.setMaximumWidth(160)
        self.plan_name = QLineEdit(self.tr("monthly sample"), self)
        self.period = QLineEdit(today.toString("yyyy-MM"), self)
        self.repeat = QComboBox(self)
        self.repeat.setObjectName("sampleRepeat")
        self.repeat.addItem(self.tr("Once"), None)
        self.repeat.addItem(self.tr("Every week (the week before)"), "weekly")
        self.repeat.addItem(self.tr("Every month (the month before)"), "monthly")
        self.repeat.setMaximumWidth(360)
        self.method.setMaximumWidth(260)
        self.plan_name.setMaximumWidth(360)
        self.period.setMaximumWidth(160)

        form = QFormLayout()
        form.addRow(self.tr("Sample size:"), size)
        form.addRow(self.tr("Channel shares:"), strata)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow(self.tr("Minimum duration:"), self.min_duration)
        form.addRow("", self.include_evaluated)
        form.addRow(self.tr("&Seed:"), self.seed)
        form.addRow(self.tr("Re&viewers:"), self.reviewers)
        form.addRow("", self.new_reviewer)
        form.addRow(self.tr("Assign:"), self.method)
        form.addRow(self.tr("Most open items per reviewer:"), self.cap)
        form.addRow(self.tr("Plan &name:"), self.plan_name)
        form.addRow(self.tr("Period:"), self.period)
        if may_run_calibration(context.user.role.value):  # recurring work is set up by leads and administrators
            form.addRow(self.tr("&Repeat:"), self.repeat)
        else:
            self.repeat.hide()

        self.preview = preview_model(self)
        self.table = QTableView(self)
        self.table.setObjectName("samplePreview")
        self.table.setModel(self.preview)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, definition in enumerate(self.preview.columns):
            self.table.setColumnWidth(column, definition.width)
        self.summary = QLabel(self)
        self.summary.setObjectName("sampleSummary")
        self.summary.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.preview_button.clicked.connect(lambda: self.run(save=False))
        self.assign_button = QPushButton(self.tr("&Assign to reviewers"), self)
        self.assign_button.setObjectName("assignSample")
        self.assign_button.clicked.connect(lambda: self.run(save=True))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.preview_button, self.assign_button, close):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

    def _add_reviewer(self, name: str, checked: bool = True) -> None:
        item = QListWidgetItem(name, self.reviewers)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _add_typed_reviewer(self) -> None:
        name = self.new_reviewer.text().strip()
        if name and not self.reviewers.findItems(name, Qt.MatchFlag.MatchExactly):
            self._add_reviewer(name)
        self.new_reviewer.clear()

    def chosen_reviewers(self) -> list[str]:
        items = (self.reviewers.item(i) for i in range(self.reviewers.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def plan(self) -> SamplingPlan:
        """The plan as entered; raises ValueError with the user's words when it does not add up."""
        strata = tuple(
            Stratum(channel, spin.value() / 100, (channel,)) for channel, spin in self.shares.items() if spin.value()
        )
        dates = self.limit_dates.isChecked()
        return SamplingPlan(
            per_agent=self.per_agent.value() if self.by_count.isChecked() else None,
            percent=self.percent.value() if self.by_percent.isChecked() else None,
            minimum=self.minimum.value() if self.by_percent.isChecked() else 0,
            strata=strata,
            date_from=datetime.combine(self.date_from.date().toPython(), time.min) if dates else None,
            date_to=datetime.combine(self.date_to.date().toPython(), time.max) if dates else None,
            min_duration_ms=self.min_duration.value() * 1000 or None,
            only_unevaluated=not self.include_evaluated.isChecked(),
            seed=self.seed.value(),
        )

    def run(self, save: bool) -> Task | None:
        try:
            plan = self.plan()
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("The plan does not add up"), str(exc))
            return None
        reviewers = self.chosen_reviewers()
        if not reviewers:
            QMessageBox.warning(self, self.tr("No reviewer"), self.tr("Tick at least one reviewer."))
            return None
        caps = {name: self.cap.value() for name in reviewers} if self.cap.value() else None
        method = self.method.currentData()
        self.preview_button.setEnabled(False)
        self.assign_button.setEnabled(False)
        self.summary.setText(self.tr("Drawing the sample…"))
        name, cadence = self.plan_name.text().strip() or "sample", self.repeat.currentData() if save else None

        def draw() -> SampleRun:
            if cadence is not None:  # first, so a name already taken stops it before anything is assigned
                RecurrenceService(self.service.database).add(
                    name, WorkKind.SAMPLING, Cadence(cadence),
                    sampling_settings(plan, reviewers, str(method), self.cap.value() or None), self.context.actor)
            return self.service.draw(plan, reviewers, name, self.period.text().strip() or None, method, caps,
                                     save=save, actor=self.context.actor)  # fmt: skip

        task = Task(draw)
        return self.runner.start(task, lambda run: self._show(run, save), self._failed)

    def _show(self, run: SampleRun, saved: bool) -> None:
        self.last_run = run
        self.preview_button.setEnabled(True)
        self.assign_button.setEnabled(True)
        reviewer_of = {a.interaction_id: run.reviewer_names[a.reviewer_id] for a in run.assignment.assignments}
        self.preview.set_rows(
            [PreviewLine(i, run.agent_names[i.agent_id], reviewer_of.get(i.interaction_id)) for i in run.sample.items]
        )
        lines = [
            self.tr("{count} interactions sampled for {agents} agents.").format(
                count=len(run.sample.items), agents=len(run.sample.wanted)
            )
        ]
        for agent_id, (asked, found) in run.sample.risk_short.items():
            lines.append(self.tr("⚠ {agent}: {found} of {asked} met the risk rule; the rest were drawn at random.")
                         .format(agent=run.agent_names[agent_id], found=found, asked=asked))  # fmt: skip
        for shortfall in run.sample.shortfalls:
            lines.append(
                self.tr("⚠ {agent}: only {available} of {wanted} — {reason}").format(
                    agent=run.agent_names[shortfall.agent_id], available=shortfall.available,
                    wanted=shortfall.wanted, reason=shortfall.reason,
                )  # fmt: skip
            )
        if run.assignment.unassigned:
            lines.append(
                self.tr("{count} left unassigned: every reviewer is at the cap.").format(
                    count=len(run.assignment.unassigned)
                )
            )
        if saved:
            lines.append(self.tr("{count} assigned to reviewers' queues.").format(count=run.stored))
            if self.repeat.currentData() is not None:
                lines.append(self.tr("It recurs: each new period's sample is drawn when it is due."))
            self.assigned.emit(run)
        else:
            lines.append(self.tr("Preview only: nothing assigned yet."))
        self.summary.setText("\n".join(lines))

    def _failed(self, error: Exception) -> None:
        self.preview_button.setEnabled(True)
        self.assign_button.setEnabled(True)
        self.summary.setText("")
        QMessageBox.warning(self, self.tr("Sample not drawn"), str(error))
