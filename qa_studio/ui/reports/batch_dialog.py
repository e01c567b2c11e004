"""Batch export for a team (or every agent) and a period: PDF and/or Excel, one file per agent plus the team report
and a PDF pack with a cover and contents, into a folder or a zip; in the background with progress and cancel."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qa_studio.reports.batch import BatchRequest, BatchResult, Cancelled, existing_files, export_batch
from qa_studio.reports.xlsx import period_label
from qa_studio.services.reporting import Period, ReportError, ReportingService
from qa_studio.ui.geometry import preferred_size
from qa_studio.ui.tasks import Task, TaskRunner


class BatchExportDialog(QDialog):
    def __init__(self, service: ReportingService, runner: TaskRunner, period: Period, team: str | None,
                 language: str, folder: Path, parent: QWidget | None = None, organisation: str = "",
                 formats: tuple[str, ...] = ("pdf",)) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("batchExportDialog")
        self.setWindowTitle(self.tr("Batch export"))
        self.resize(preferred_size(self, 560, 300))
        self.service, self.runner, self.period, self.language = service, runner, period, language
        self.organisation = organisation
        self.result: BatchResult | None = None
        self._task: Task | None = None
        self.team = QComboBox(self)
        self.team.setObjectName("batchTeam")
        self.team.addItem(self.tr("Every agent"), None)
        for name in service.team_names():
            self.team.addItem(name, name)
        if team is not None:
            self.team.setCurrentIndex(max(self.team.findData(team), 0))
        self.pdf = QCheckBox(self.tr("&PDF (with a pack: cover, contents, team summary, every agent)"), self)
        self.pdf.setChecked("pdf" in formats)
        self.xlsx = QCheckBox(self.tr("&Excel workbooks"), self)
        self.xlsx.setChecked("xlsx" in formats)
        self.zip = QCheckBox(self.tr("Into one &zip file"), self)
        self.out = QLineEdit(str(folder), self)
        self.out.setObjectName("batchOut")
        self.out.setAccessibleName(self.tr("Where to save"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.out, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Team"), self.team)
        form.addRow(self.tr("Period"), QLabel(period_label(period.label), self))
        form.addRow(self.tr("Formats"), self.pdf)
        form.addRow("", self.xlsx)
        form.addRow(self.tr("&Folder"), where)
        form.addRow("", self.zip)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("batchProgress")
        self.progress.setVisible(False)
        self.status = QLabel("", self)
        self.status.setObjectName("batchStatus")
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("E&xport"), self)
        self.export_button.setObjectName("batchExportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("&Cancel export"), self)
        self.cancel_button.setObjectName("batchCancelButton")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton(self.tr("&Open folder"), self)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_folder)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export into"), self.out.text())
        if chosen:
            self.out.setText(chosen)

    def request(self) -> BatchRequest:
        formats = tuple(f for f, box in (("pdf", self.pdf), ("xlsx", self.xlsx)) if box.isChecked())
        team = self.team.currentData()
        folder = Path(self.out.text().strip()).expanduser()
        everyone = self.tr("All agents")
        name = f"{team or everyone} {self.period.label}"
        out = folder / f"{name}.zip" if self.zip.isChecked() else folder / name
        return BatchRequest(out, self.period, team=team, formats=formats, language=self.language,
                            organisation=self.organisation)  # fmt: skip

    def start(self) -> None:
        if not self.out.text().strip():
            QMessageBox.warning(self, self.tr("Nowhere to export"), self.tr("Choose a folder."))
            return
        request = self.request()
        existing = existing_files(request, self.service.agent_names(request.team), request.team)
        if existing:
            shown = "\n".join(path.name for path in existing[:10]) + ("\n…" if len(existing) > 10 else "")
            answer = QMessageBox.question(
                self, self.tr("Replace files?"),
                self.tr("{count} of the files already exist in {folder}:\n{names}\n\nReplace them?").format(
                    count=len(existing), folder=existing[0].parent, names=shown),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
            request = replace(request, overwrite=True)
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Exporting…"))
        task = Task(self._run, request)
        self._task = task
        self.runner.start(task, self._finished, self._failed, self._progress, long=True)

    def _run(self, request: BatchRequest) -> BatchResult:
        task = self._task
        assert task is not None
        return export_batch(self.service, request, task.report, task.cancel_event)

    def _progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("{done} of {total}: {what}").format(done=done, total=total, what=label))

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Cancelling after the current file…"))

    def _finished(self, result: BatchResult) -> None:
        self._task = None
        self.result = result
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.open_button.setEnabled(True)
        self.progress.setValue(self.progress.maximum())
        self.status.setText(self.tr("{count} files written to {where}").format(count=len(result.files),
                                                                                where=result.out))  # fmt: skip

    def _failed(self, error: Exception) -> None:
        self._task = None
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Cancelled; no files were left behind."))
            return
        reason = getattr(error, "strerror", None) or str(error)
        if isinstance(error, ReportError):
            reason = str(error)
        self.status.setText(self.tr("Export failed: {reason}").format(reason=reason))
        QMessageBox.warning(self, self.tr("Export failed"), reason)

    def open_folder(self) -> None:
        if self.result is not None:
            target = self.result.out if self.result.out.is_dir() else self.result.out.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
