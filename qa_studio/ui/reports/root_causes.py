"""The root-cause tab of the team and agent pages: the Pareto of root causes of failed answers, and the criteria
one agent failed at least N times in the period (N set here by the lead)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_studio.reports.figures import percent_text
from qa_studio.services.root_causes import RootCauseReport
from qa_studio.ui.reports.coaching_dialog import label_in
from qa_studio.ui.theme import Tone, brush

MAX_THRESHOLD = 99


def _table(name: str, headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(value: object, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if value is None else str(value))
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class RootCausePanel(QWidget):
    """`with_agent`: the team page lists repeated failures per agent; an agent's page needs no agent column."""

    threshold_changed = Signal(int)

    def __init__(self, name: str, with_agent: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.with_agent = with_agent
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.pareto = _table(f"{name}Pareto", [self.tr("Root cause"), self.tr("Failures"), self.tr("Share"),
                                               self.tr("Cumulative")], self)  # fmt: skip
        self.pareto.setAccessibleName(self.tr("Root causes of failed answers, most frequent first"))
        headers = [self.tr("Criterion"), self.tr("Failures"), self.tr("Root causes")]
        self.repeated = _table(f"{name}Repeated", [self.tr("Agent"), *headers] if with_agent else headers, self)
        self.repeated.setAccessibleName(self.tr("Criteria failed repeatedly by one agent"))
        self.threshold = QSpinBox(self)
        self.threshold.setObjectName(f"{name}Threshold")
        self.threshold.setRange(1, MAX_THRESHOLD)
        self.threshold.setAccessibleName(self.tr("Failures of one criterion that flag it as repeated"))
        self.threshold.editingFinished.connect(lambda: self.threshold_changed.emit(self.threshold.value()))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Flag a criterion one agent failed at &least"), self, buddy=self.threshold))
        row.addWidget(self.threshold)
        row.addWidget(QLabel(self.tr("times in the period"), self))
        row.addStretch(1)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Root causes (Pareto)</b>"), self))
        left.addWidget(self.pareto)
        right.addWidget(QLabel(self.tr("<b>Repeated failures</b>"), self))
        right.addWidget(self.repeated)
        tables = QHBoxLayout()
        tables.addLayout(left, 1)
        tables.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(tables, 1)
        layout.addLayout(row)

    def show_report(self, report: RootCauseReport | None, language: str) -> None:
        self.pareto.setRowCount(0)
        self.repeated.setRowCount(0)
        if report is None:
            self.summary.setText("")
            return
        self.threshold.blockSignals(True)
        self.threshold.setValue(report.threshold)
        self.threshold.blockSignals(False)
        self.summary.setText(self.tr("{failed} failed answers in the period, {with_cause} with a root cause.").format(
            failed=report.failed_answers, with_cause=report.with_cause))  # fmt: skip
        self.pareto.setRowCount(len(report.pareto))
        for row, cause in enumerate(report.pareto):
            label = label_in(cause.label, language) if cause.key else self.tr("(no root cause recorded)")
            cells = (_cell(label), _cell(cause.count, True), _cell(percent_text(cause.share), True),
                     _cell(percent_text(cause.cumulative), True))  # fmt: skip
            for column, item in enumerate(cells):
                self.pareto.setItem(row, column, item)
        self.repeated.setRowCount(len(report.repeated))
        for row, flag in enumerate(report.repeated):
            causes = ", ".join(f"{label_in(report.cause_labels.get(key, {'en': key}), language)} × {count}"
                               for key, count in flag.causes.items())  # fmt: skip
            cells = [_cell(label_in(flag.label, language)), _cell(flag.failures, True), _cell(causes)]
            cells[1].setForeground(brush(Tone.DANGER))
            cells[0].setToolTip(self.tr("Evaluations: {ids}").format(ids=", ".join(map(str, flag.evaluation_ids))))
            for column, item in enumerate([_cell(flag.agent), *cells] if self.with_agent else cells):
                self.repeated.setItem(row, column, item)
        self.pareto.resizeColumnsToContents()
        self.repeated.resizeColumnsToContents()
