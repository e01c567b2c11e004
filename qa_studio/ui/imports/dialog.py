"""The import dialog: choose files and folders, say what the files do not, import in the background."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qa_studio.domain import ImportOutcome
from qa_studio.importers.chat_csv import CSV_PRESETS, CsvMapping
from qa_studio.importers.metadata import FileNamePattern, InteractionMetadata
from qa_studio.services.imports import ImportAborted, ImportOptions, ImportReport, ImportService, collect_files
from qa_studio.settings import IMPORT_COPY_MEDIA, IMPORT_LAST_FOLDER, IMPORT_NAME_PATTERN
from qa_studio.ui.context import AppContext
from qa_studio.ui.geometry import preferred_size
from qa_studio.ui.imports.csv_mapping_dialog import CsvMappingDialog
from qa_studio.ui.imports.results_model import ImportResultsModel
from qa_studio.ui.tasks import Task
from qa_studio.ui.theme import Tone, colour

AUTO_MAPPING = "__auto__"
CUSTOM_MAPPING = "__custom__"


class ImportDialog(QDialog):
    """Runs one import at a time; `imported` fires after each batch so the list refreshes."""

    imported = Signal(object)

    def __init__(
        self,
        service: ImportService,
        context: AppContext,
        agents: list[str],
        teams: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import recordings, chats and e-mails"))
        self.resize(preferred_size(self, 820, 680))
        self._service = service
        self._context = context
        self._runner = context.runner
        self._settings = context.settings
        self._task: Task | None = None
        self._custom_mapping: CsvMapping | None = None
        self.last_report: ImportReport | None = None

        self.paths = QListWidget(self)
        self.paths.setObjectName("importPaths")
        self.paths.setAccessibleName(self.tr("Files and folders to import"))
        self.paths.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add_files = QPushButton(self.tr("Add files…"), self)
        add_folder = QPushButton(self.tr("Add folder…"), self)
        remove = QPushButton(self.tr("Remove"), self)
        add_files.clicked.connect(self._add_files)
        add_folder.clicked.connect(self._add_folder)
        remove.clicked.connect(lambda: [self.paths.takeItem(self.paths.row(i)) for i in self.paths.selectedItems()])
        path_buttons = QHBoxLayout()
        for button in (add_files, add_folder, remove):
            path_buttons.addWidget(button)
        path_buttons.addStretch(1)

        metadata = QGroupBox(self.tr("For files that do not say it themselves"), self)
        form = QFormLayout(metadata)
        self.agent = self._editable_combo(agents, self.tr("Agent"))
        self.team = self._editable_combo(teams, self.tr("Team"))
        self.queue = QLineEdit(self)
        self.customer = QLineEdit(self)
        self.use_date = QCheckBox(self.tr("Set a start time"), self)
        self.started_at = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.started_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.started_at.setCalendarPopup(True)
        self.started_at.setEnabled(False)
        self.started_at.setAccessibleName(self.tr("Start date and time"))
        self.use_date.toggled.connect(self.started_at.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.use_date)
        date_row.addWidget(self.started_at, 1)
        form.addRow(self.tr("Agent"), self.agent)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Queue"), self.queue)
        form.addRow(self.tr("Customer reference"), self.customer)
        form.addRow(self.tr("Start"), date_row)

        sources = QGroupBox(self.tr("Per-file details and formats"), self)
        sources_form = QFormLayout(sources)
        self.manifest = QLineEdit(self)
        self.manifest.setPlaceholderText(self.tr("CSV with columns file, agent, team, queue, date, customer…"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._choose_manifest)
        manifest_row = QHBoxLayout()
        manifest_row.addWidget(self.manifest, 1)
        manifest_row.addWidget(browse)
        self.pattern = QLineEdit(context.settings.get(IMPORT_NAME_PATTERN), self)
        self.pattern.setObjectName("namePattern")
        self.pattern.setPlaceholderText("{agent}_{date:%Y%m%d-%H%M%S}_{customer}")
        self.pattern_preview = QLabel(self)
        self.pattern_preview.setWordWrap(True)
        self.pattern.textChanged.connect(self._preview_pattern)
        self.mapping = QComboBox(self)
        self.mapping.setObjectName("csvMapping")
        self.mapping.addItem(self.tr("Detect automatically"), AUTO_MAPPING)
        for name in sorted(CSV_PRESETS):
            self.mapping.addItem(self.tr("Preset: {name}").format(name=name), name)
        self.mapping.addItem(self.tr("Custom columns…"), CUSTOM_MAPPING)
        self.mapping.activated.connect(self._mapping_chosen)
        # Dates such as 03/12: decided per file from all its dates unless the person says which reading is right.
        self.date_order = QComboBox(self)
        self.date_order.setObjectName("dateOrder")
        self.date_order.addItem(self.tr("Decide from each file's dates"), None)
        self.date_order.addItem(self.tr("Day first (31/12/2026)"), "day-first")
        self.date_order.addItem(self.tr("Month first (12/31/2026)"), "month-first")
        self.copy_media = QCheckBox(self.tr("Copy recordings into QA Studio's media library"), self)
        self.copy_media.setChecked(context.settings.get(IMPORT_COPY_MEDIA))
        sources_form.addRow(self.tr("Manifest"), manifest_row)
        sources_form.addRow(self.tr("File-name pattern"), self.pattern)
        sources_form.addRow("", self.pattern_preview)
        sources_form.addRow(self.tr("CSV chat columns"), self.mapping)
        sources_form.addRow(self.tr("Dates like 03/12"), self.date_order)
        sources_form.addRow("", self.copy_media)

        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.results = ImportResultsModel(self)
        self.results_view = QTableView(self)
        self.results_view.setObjectName("importResults")
        self.results_view.setModel(self.results)
        self.results_view.verticalHeader().setVisible(False)
        self.results_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.results_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # A file's folder matters less than its name; a reason is read whole below the table.
        self.results_view.setWordWrap(False)
        self.results_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.result_detail = QLabel(self)
        self.result_detail.setObjectName("importResultDetail")
        self.result_detail.setWordWrap(True)
        self.result_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_detail.setVisible(False)
        self.results_view.selectionModel().currentRowChanged.connect(self._show_result)

        self.start_button = QPushButton(self.tr("Import"), self)
        self.start_button.setObjectName("startImport")
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.setEnabled(False)
        close = QPushButton(self.tr("Close"), self)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.start_button, self.cancel_button, close):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.paths, 1)
        layout.addLayout(path_buttons)
        layout.addWidget(metadata)
        layout.addWidget(sources)
        layout.addWidget(self.progress)
        layout.addWidget(self.results_view, 2)
        layout.addWidget(self.result_detail)
        layout.addLayout(buttons)

    def _editable_combo(self, items: list[str], name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setAccessibleName(name)
        combo.addItem("")
        combo.addItems(items)
        return combo

    def add_paths(self, paths: list[Path]) -> None:
        existing = {self.paths.item(i).text() for i in range(self.paths.count())}
        for path in paths:
            if str(path) not in existing:
                self.paths.addItem(str(path))
        self._preview_pattern()

    def _start_folder(self) -> str:
        return self._settings.get(IMPORT_LAST_FOLDER) or str(Path.home())

    def _add_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose recordings, chat logs or e-mails"),
            self._start_folder(),
            self.tr(
                "Supported files (*.wav *.mp3 *.m4a *.aac *.flac *.ogg *.opus *.csv *.json *.txt *.eml *.mbox);;"
                "All files (*)"
            ),
        )
        if files:
            self._settings.set(IMPORT_LAST_FOLDER, str(Path(files[0]).parent))
            self.add_paths([Path(f) for f in files])

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder to import"), self._start_folder())
        if folder:
            self._settings.set(IMPORT_LAST_FOLDER, folder)
            self.add_paths([Path(folder)])

    def _choose_manifest(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a manifest"), self._start_folder(), self.tr("CSV files (*.csv)")
        )
        if path:
            self.manifest.setText(path)

    def _selected_paths(self) -> list[Path]:
        return [Path(self.paths.item(i).text()) for i in range(self.paths.count())]

    def _preview_pattern(self) -> None:
        text = self.pattern.text().strip()
        if not text:
            self.pattern_preview.clear()
            return
        try:
            pattern = FileNamePattern(text)
        except ValueError as exc:
            self.pattern_preview.setText(f"<span style='color:{colour(Tone.DANGER)}'>{exc}</span>")
            return
        sample = next(iter(collect_files(self._selected_paths()[:1])), None)
        if sample is None:
            self.pattern_preview.setText(self.tr("Add a file to preview what the pattern reads."))
            return
        found = pattern.match(sample)
        if found is None:
            self.pattern_preview.setText(self.tr("{name} does not match the pattern").format(name=sample.name))
        else:
            shown = ", ".join(f"{key}={value}" for key, value in asdict(found).items() if value)
            self.pattern_preview.setText(self.tr("{name} → {values}").format(name=sample.name, values=shown))

    def _mapping_chosen(self, index: int) -> None:
        if self.mapping.itemData(index) != CUSTOM_MAPPING:
            return
        csv_files = [p for p in collect_files(self._selected_paths()) if p.suffix.lower() == ".csv"]
        if not csv_files:
            QMessageBox.information(self, self.tr("Custom columns"), self.tr("Add a CSV chat log first."))
            self.mapping.setCurrentIndex(0)
            return
        dialog = CsvMappingDialog(csv_files[0], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._custom_mapping = dialog.mapping()
        else:
            self.mapping.setCurrentIndex(0)

    def options(self) -> ImportOptions:
        choice = self.mapping.currentData()
        if choice == CUSTOM_MAPPING:
            csv_mapping = self._custom_mapping
        elif choice == AUTO_MAPPING:
            csv_mapping = None
        else:
            csv_mapping = CSV_PRESETS[choice]
        started = None
        if self.use_date.isChecked():
            started = self.started_at.dateTime().toPython()
            assert isinstance(started, datetime)
        return ImportOptions(
            defaults=InteractionMetadata(
                agent=self.agent.currentText().strip() or None,
                team=self.team.currentText().strip() or None,
                queue=self.queue.text().strip() or None,
                customer_ref=self.customer.text().strip() or None,
                started_at=started,
            ),
            manifest=Path(self.manifest.text().strip()) if self.manifest.text().strip() else None,
            name_pattern=self.pattern.text().strip() or None,
            csv_mapping=csv_mapping,
            copy_media=self.copy_media.isChecked(),
            date_order=self.date_order.currentData(),
        )

    def start(self) -> None:
        paths = self._selected_paths()
        if not paths:
            QMessageBox.information(self, self.tr("Nothing to import"), self.tr("Add files or folders first."))
            return
        try:
            options = self.options()
            if options.name_pattern:
                FileNamePattern(options.name_pattern)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("File-name pattern"), str(exc))
            return
        self._settings.set(IMPORT_NAME_PATTERN, self.pattern.text().strip())
        self._settings.set(IMPORT_COPY_MEDIA, self.copy_media.isChecked())
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Importing…"))
        task = Task(self._run, paths, options, self._context.actor)
        self._task = task
        self._runner.start(task, self._finished, self._failed, self._progress, long=True)

    def _run(self, paths: list[Path], options: ImportOptions, actor: str) -> ImportReport:
        task = self._task
        assert task is not None
        try:
            return self._service.run(paths, options, task.report, task.cancel_event, actor=actor)
        except ImportAborted as aborted:
            return aborted.report

    def _progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if label:
            self.status.setText(
                self.tr("Importing {done} of {total}: {name}").format(done=done + 1, total=total, name=Path(label).name)
            )

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Cancelling after the current file…"))

    def _finished(self, report: ImportReport) -> None:
        self._task = None
        self.last_report = report
        self.results.set_results(report.results)
        # The first refused file is the one to read about (else the first file); its reason shows whole.
        refused = [n for n, r in enumerate(report.results) if r.outcome is ImportOutcome.REFUSED]
        if report.results:
            self.results_view.setCurrentIndex(self.results.index(refused[0] if refused else 0, 0))
        else:
            self._show_result(QModelIndex())
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)
        summary = self.tr("{imported} imported, {duplicates} duplicates, {refused} refused").format(
            imported=report.count(ImportOutcome.IMPORTED),
            duplicates=report.count(ImportOutcome.DUPLICATE),
            refused=report.count(ImportOutcome.REFUSED),
        )
        if report.cancelled:
            summary = self.tr("Cancelled: {summary}").format(summary=summary)
        if report.error:
            summary = self.tr("Stopped: {error}").format(error=report.error)
            QMessageBox.critical(self, self.tr("Import stopped"), report.error)
        self.status.setText(summary)
        self.imported.emit(report)

    def _show_result(self, current: QModelIndex) -> None:
        """The chosen file's outcome, path and reason in full, wrapped: a table cell cuts a long reason off."""
        if not current.isValid():
            self.result_detail.setVisible(False)
            return
        row = current.row()
        outcome, path, detail = (self.results.index(row, column).data() for column in range(3))
        self.result_detail.setText(self.tr("{outcome}: {path}\n{detail}").format(outcome=outcome, path=path,
                                                                                  detail=detail))  # fmt: skip
        self.result_detail.setVisible(True)

    def _failed(self, error: Exception) -> None:
        self._task = None
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)
        self.status.setText(self.tr("Import failed"))
        QMessageBox.critical(self, self.tr("Import failed"), str(error))

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        if self._task is not None:
            self._task.cancel()
        super().closeEvent(event)  # type: ignore[arg-type]
