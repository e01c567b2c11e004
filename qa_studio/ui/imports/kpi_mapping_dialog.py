"""Bringing CSAT and resolution in from a survey export: the person chooses which column holds the interaction's
external id or the customer reference, the score (and its scale), the resolved flag and the survey's day, sees the
first rows, imports, and reads a line per refused row (unknown id, score out of range, a line in another encoding)
while the good rows are kept. Reading and importing run off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qa_studio.services.kpi_reasons import reason
from qa_studio.services.kpis import DEFAULT_CSAT_SCALE, KpiError, KpiImport, KpiMapping, KpiPreview, KpiService
from qa_studio.ui.geometry import preferred_size
from qa_studio.ui.tasks import Task, TaskRunner


def _message(error: Exception) -> str:
    return reason(error.code, dict(error.params)) if isinstance(error, KpiError) else str(error)


class KpiMappingDialog(QDialog):
    imported = Signal(object)  # the KpiImport, once the rows are in

    def __init__(self, service: KpiService, runner: TaskRunner, path: Path, actor: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("kpiMappingDialog")
        self.setWindowTitle(self.tr("CSAT and resolution from {name}").format(name=path.name))
        self.resize(preferred_size(self, 760, 560))
        self.service, self.runner, self.path, self.actor = service, runner, path, actor
        self.result: KpiImport | None = None
        self.key = self._combo("kpiKeyColumn")
        self.key_kind = QComboBox(self)
        self.key_kind.setObjectName("kpiKeyKind")
        self.key_kind.addItem(self.tr("the interaction's external id (ticket, conversation)"), False)
        self.key_kind.addItem(self.tr("the customer reference"), True)
        self.csat = self._combo("kpiScoreColumn", optional=True)
        self.scale = QSpinBox(self)
        self.scale.setObjectName("kpiScale")
        self.scale.setRange(2, 100)
        self.scale.setValue(DEFAULT_CSAT_SCALE)
        self.scale.setPrefix(self.tr("1 to "))
        self.resolved = self._combo("kpiResolvedColumn", optional=True)
        self.day = self._combo("kpiDayColumn", optional=True)
        form = QFormLayout()
        form.addRow(self.tr("&Key column"), self.key)
        form.addRow(self.tr("The key &is"), self.key_kind)
        form.addRow(self.tr("&Score column"), self.csat)
        form.addRow(self.tr("Score s&cale"), self.scale)
        form.addRow(self.tr("&Resolved column (yes / no)"), self.resolved)
        form.addRow(self.tr("Survey &day column (narrows a customer reference to that day)"), self.day)
        self.preview = QStandardItemModel(0, 0, self)
        table = QTableView(self)
        table.setObjectName("kpiPreview")
        table.setModel(self.preview)
        table.setAccessibleName(self.tr("Preview of the first rows"))
        self.status = QLabel(self)
        self.status.setObjectName("kpiStatus")
        self.status.setWordWrap(True)
        self.report = QStandardItemModel(0, 3, self)
        self.report.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Key"), self.tr("Why it was refused")])
        self.report_view = QTableView(self)
        self.report_view.setObjectName("kpiRefusedRows")
        self.report_view.setModel(self.report)
        self.report_view.setAccessibleName(self.tr("Rows refused, with the reason"))
        self.report_view.horizontalHeader().setStretchLastSection(True)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("kpiImportButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(buttons)
        self.status.setText(self.tr("Reading {name}…").format(name=path.name))
        self.runner.start(Task(service.preview, path), self._show_preview, self._failed)

    def _combo(self, name: str, optional: bool = False) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setProperty("optional", optional)
        return combo

    def _show_preview(self, preview: KpiPreview) -> None:
        for combo, chosen in ((self.key, preview.guess.key), (self.csat, preview.guess.csat),
                              (self.resolved, preview.guess.resolved), (self.day, preview.guess.day)):  # fmt: skip
            combo.clear()
            if combo.property("optional"):
                combo.addItem(self.tr("(none)"), None)
            for index, name in enumerate(preview.header):
                combo.addItem(name or self.tr("column {n}").format(n=index + 1), index)
            if chosen is not None:
                combo.setCurrentIndex(combo.findData(chosen))
        self.key_kind.setCurrentIndex(self.key_kind.findData(preview.guess.by_customer))
        self.preview.clear()
        self.preview.setHorizontalHeaderLabels(preview.header)
        for row in preview.rows:
            self.preview.appendRow([QStandardItem(cell) for cell in row[: len(preview.header)]])
        self.status.setText(self.tr("{name}: {encoding}. Choose the columns, then Import.").format(
            name=self.path.name, encoding=preview.encoding))  # fmt: skip
        self.import_button.setEnabled(bool(preview.header))

    def mapping(self) -> KpiMapping:
        return KpiMapping(self.key.currentData(), bool(self.key_kind.currentData()), self.csat.currentData(),
                          self.resolved.currentData(), self.day.currentData())  # fmt: skip

    def run_import(self) -> None:
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Importing…"))
        self.runner.start(Task(self.service.import_csv, self.path, self.actor, self.scale.value(), self.mapping()),
                          self._show_result, self._failed, long=True)  # fmt: skip

    def _show_result(self, result: KpiImport) -> None:
        self.result = result
        self.report.removeRows(0, self.report.rowCount())
        for row in result.refused:
            self.report.appendRow([QStandardItem(str(row.line)), QStandardItem(row.key),
                                   QStandardItem(reason(row.code, row.params))])  # fmt: skip
        self.report_view.resizeColumnsToContents()
        self.status.setText(self.tr("{kept} rows kept, {refused} refused ({encoding}).").format(
            kept=result.kept, refused=len(result.refused), encoding=result.encoding))  # fmt: skip
        self.import_button.setEnabled(True)
        self.imported.emit(result)

    def _failed(self, error: Exception) -> None:
        self.status.setText(self.tr("Nothing was imported: {reason}").format(reason=_message(error)))
        self.import_button.setEnabled(self.key.count() > 0)
