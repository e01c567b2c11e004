"""The settings dialog. Stored through the settings registry; the database password goes to the keyring."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from qa_studio import secrets
from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.paths import default_database_url
from qa_studio.settings import (
    DATABASE_URL,
    LANGUAGE,
    NO_KEPT_PASSWORD,
    REPORT_FOLDER,
    REPORT_FORMATS,
    REPORT_LANGUAGE,
    REPORT_ORGANISATION,
    TRANSCRIBE_AGENT_CHANNEL,
    TRANSCRIBE_BEAM,
    TRANSCRIBE_LANGUAGE,
    TRANSCRIBE_MODEL,
    TRANSCRIBE_PARALLEL_JOBS,
    TRANSCRIBE_THREADS,
    TRANSCRIBE_VAD,
    TRANSCRIPT_REDACT,
    USER_NAME,
    Settings,
)
from qa_studio.storage.database import StorageError
from qa_studio.transcribe.engine import MAX_BEAM
from qa_studio.transcribe.models import bundled_models
from qa_studio.ui.geometry import preferred_size
from qa_studio.ui.settings.connection import postgres_url, test_connection
from qa_studio.ui.tasks import Task, TaskRunner
from qa_studio.ui.theme import Tone, text_style

LANGUAGES = (("", QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")), ("en", "English"), ("zh_CN", "简体中文"))


class SettingsDialog(QDialog):
    saved = Signal(bool)  # whether a restart is needed (database or language changed)

    def __init__(self, settings: Settings, runner: TaskRunner, people: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(preferred_size(self, 640, 520))
        self.settings, self.runner = settings, runner
        self.tabs = QTabWidget(self)

        # You ------------------------------------------------------------------------------------------------------
        self.user = QComboBox(self)
        self.user.setEditable(True)
        self.user.addItems(people)
        self.user.setCurrentText(settings.get(USER_NAME))
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(self.tr(name) if code == "" else name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        you = QWidget(self)
        you_form = QFormLayout(you)
        you_form.addRow(self.tr("Your &name:"), self.user)
        you_form.addRow(self.tr("Interface &language:"), self.language)
        you_form.addRow("", QLabel(self.tr("A new language shows after QA Studio restarts."), self))
        self.tabs.addTab(you, self.tr("You"))

        # Database ---------------------------------------------------------------------------------------------
        self.local = QRadioButton(self.tr("&This computer (a file in your data folder)"), self)
        self.server = QRadioButton(self.tr("The team's &PostgreSQL server"), self)
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.host, self.database_name, self.db_user = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self.tr("Test &connection"), self)
        self.test_button.clicked.connect(self.test)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        where = self.tr("The password is kept in this computer's keyring, never in the settings file.")
        if not secrets.keyring_available():
            where = self.tr(
                "No keyring is available on this computer: the password is kept only until QA Studio closes, and "
                "you will be asked again next time. It is never written to a file."
            )
        self.password_note = QLabel(where, self)
        self.password_note.setWordWrap(True)
        database = QWidget(self)
        form = QFormLayout(database)
        form.addRow(self.local)
        form.addRow(self.server)
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database_name)
        form.addRow(self.tr("&User:"), self.db_user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.password_note)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        form.addRow(test_row)
        form.addRow("", QLabel(self.tr("A new database is used after QA Studio restarts."), self))
        self.tabs.addTab(database, self.tr("Database"))
        self._load_database()
        self.local.toggled.connect(self._server_fields)
        self._server_fields()

        # Transcription ------------------------------------------------------------------------------------------
        self.model = QComboBox(self)
        self.model.addItem(self.tr("Default (multilingual base)"), "")
        for info in bundled_models():
            self.model.addItem(f"{info.label} — {info.size_mb} MB, {info.languages}", info.key)
        self.model.setCurrentIndex(max(0, self.model.findData(settings.get(TRANSCRIBE_MODEL))))
        self.transcribe_language = QComboBox(self)
        for code, name in (("", self.tr("Detect")), ("en", self.tr("English")), ("zh", self.tr("Mandarin Chinese"))):
            self.transcribe_language.addItem(name, code)
        self.transcribe_language.setCurrentIndex(max(0, self.transcribe_language.findData(
            settings.get(TRANSCRIBE_LANGUAGE))))  # fmt: skip
        self.vad = QCheckBox(self.tr("Skip &silence (voice activity detection)"), self)
        self.vad.setChecked(settings.get(TRANSCRIBE_VAD))
        self.channel = QComboBox(self)
        self.channel.addItem(self.tr("Left (channel 1)"), 0)
        self.channel.addItem(self.tr("Right (channel 2)"), 1)
        self.channel.setCurrentIndex(max(0, self.channel.findData(settings.get(TRANSCRIBE_AGENT_CHANNEL))))
        self.beam = QSpinBox(self)
        self.beam.setRange(1, MAX_BEAM)
        self.beam.setValue(settings.get(TRANSCRIBE_BEAM))
        self.parallel_jobs = QSpinBox(self)
        self.parallel_jobs.setObjectName("parallelJobs")
        self.parallel_jobs.setRange(0, 64)
        self.parallel_jobs.setSpecialValueText(self.tr("Automatic (one per core)"))
        self.parallel_jobs.setValue(settings.get(TRANSCRIBE_PARALLEL_JOBS))
        self.threads = QSpinBox(self)
        self.threads.setObjectName("threadsPerJob")
        self.threads.setRange(0, 64)
        self.threads.setSpecialValueText(self.tr("Automatic (cores shared between them)"))
        self.threads.setValue(settings.get(TRANSCRIBE_THREADS))
        transcription = QWidget(self)
        t_form = QFormLayout(transcription)
        t_form.addRow(self.tr("&Model:"), self.model)
        t_form.addRow(self.tr("&Language:"), self.transcribe_language)
        t_form.addRow("", self.vad)
        t_form.addRow(self.tr("&Agent's side of stereo calls:"), self.channel)
        t_form.addRow(self.tr("&Beam size:"), self.beam)
        t_form.addRow(self.tr("Transcriptions at &once:"), self.parallel_jobs)
        t_form.addRow(self.tr("&Threads per transcription:"), self.threads)
        self.tabs.addTab(transcription, self.tr("Transcription"))

        # Privacy ----------------------------------------------------------------------------------------------
        self.redact = QCheckBox(self.tr("&Mask card, phone and ID numbers and e-mail addresses in transcripts"), self)
        self.redact.setChecked(settings.get(TRANSCRIPT_REDACT))
        privacy = QWidget(self)
        p_layout = QVBoxLayout(privacy)
        p_layout.addWidget(self.redact)
        p_layout.addWidget(QLabel(self.tr("Masking is best effort: it finds the usual number shapes, not every "
                                          "possible way of saying them."), self))  # fmt: skip
        p_layout.addStretch(1)
        self.tabs.addTab(privacy, self.tr("Privacy"))

        # Reports ----------------------------------------------------------------------------------------------
        self.report_folder = QLineEdit(settings.get(REPORT_FOLDER), self)
        self.report_folder.setObjectName("reportFolder")
        self.report_folder.setPlaceholderText(self.tr("Your home folder"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse_reports)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.report_folder, 1)
        folder_row.addWidget(browse)
        self.report_language = QComboBox(self)
        self.report_language.setObjectName("reportLanguage")
        self.report_language.addItem(self.tr("As the interface"), "")
        self.report_language.addItem("English", "en")
        self.report_language.addItem("简体中文", "zh")
        self.report_language.setCurrentIndex(max(self.report_language.findData(settings.get(REPORT_LANGUAGE)), 0))
        self.organisation = QLineEdit(settings.get(REPORT_ORGANISATION), self)
        self.organisation.setObjectName("reportOrganisation")
        self.organisation.setPlaceholderText(self.tr("Shown in the header of PDF reports"))
        formats = settings.get(REPORT_FORMATS).split(",")
        self.report_pdf = QCheckBox(self.tr("&PDF"), self)
        self.report_pdf.setChecked("pdf" in formats)
        self.report_xlsx = QCheckBox(self.tr("E&xcel"), self)
        self.report_xlsx.setChecked("xlsx" in formats)
        format_row = QHBoxLayout()
        format_row.addWidget(self.report_pdf)
        format_row.addWidget(self.report_xlsx)
        format_row.addStretch(1)
        reports = QWidget(self)
        r_form = QFormLayout(reports)
        r_form.addRow(self.tr("Export &folder:"), folder_row)
        r_form.addRow(self.tr("Scorecard &labels in reports:"), self.report_language)
        r_form.addRow(self.tr("&Organisation:"), self.organisation)
        r_form.addRow(self.tr("Batch export formats:"), format_row)
        self.tabs.addTab(reports, self.tr("Reports"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _browse_reports(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export reports into"), self.report_folder.text())
        if chosen:
            self.report_folder.setText(chosen)

    def _load_database(self) -> None:
        url = self.settings.get(DATABASE_URL)
        parsed = make_url(url) if url else None
        if parsed is None or parsed.get_backend_name() == "sqlite":
            self.local.setChecked(True)
            self.local.setToolTip(url or default_database_url())
            return
        self.server.setChecked(True)
        self.host.setText(parsed.host or "")
        self.port.setValue(parsed.port or 5432)
        self.database_name.setText(parsed.database or "")
        self.db_user.setText(parsed.username or "")
        self.password.setText(secrets.password_for(url) or "")

    def _server_fields(self) -> None:
        for widget in (self.host, self.port, self.database_name, self.db_user, self.password):
            widget.setEnabled(self.server.isChecked())

    def chosen_url(self, with_password: bool = False) -> str:
        """The database URL as entered; "" means this computer's file."""
        if self.local.isChecked():
            return ""
        password = self.password.text() if with_password else None
        return postgres_url(self.host.text().strip(), self.port.value(), self.database_name.text().strip(),
                            self.db_user.text().strip(), password)  # fmt: skip

    def test(self) -> Task:
        url = self.chosen_url(with_password=True) or default_database_url()
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Connecting…"))
        return self.runner.start(Task(test_connection, url), self._tested, self._test_failed)

    def _tested(self, version: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet(text_style(Tone.SUCCESS))
        self.test_result.setText(self.tr("Connected: {server}").format(server=version))

    def _test_failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet(text_style(Tone.DANGER))
        reason = str(error) if isinstance(error, StorageError) else repr(error)
        self.test_result.setText(reason)

    def save(self) -> None:
        url = self.chosen_url()
        restart = url != self.settings.get(DATABASE_URL) or self.language.currentData() != self.settings.get(LANGUAGE)
        if url and self.password.text():
            secrets.store_password(url, self.password.text())
        self.settings.set(DATABASE_URL, secrets.without_password(url))
        self.settings.set(NO_KEPT_PASSWORD, "")  # the keyring is asked again at the next start
        self.settings.set(USER_NAME, self.user.currentText().strip())
        self.settings.set(LANGUAGE, self.language.currentData())
        self.settings.set(TRANSCRIBE_MODEL, self.model.currentData())
        self.settings.set(TRANSCRIBE_LANGUAGE, self.transcribe_language.currentData())
        self.settings.set(TRANSCRIBE_VAD, self.vad.isChecked())
        self.settings.set(TRANSCRIBE_AGENT_CHANNEL, self.channel.currentData())
        self.settings.set(TRANSCRIBE_BEAM, self.beam.value())
        self.settings.set(TRANSCRIBE_PARALLEL_JOBS, self.parallel_jobs.value())
        self.settings.set(TRANSCRIBE_THREADS, self.threads.value())
        self.settings.set(TRANSCRIPT_REDACT, self.redact.isChecked())
        self.settings.set(REPORT_FOLDER, self.report_folder.text().strip())
        self.settings.set(REPORT_LANGUAGE, self.report_language.currentData())
        self.settings.set(REPORT_ORGANISATION, self.organisation.text().strip())
        chosen = [f for f, box in (("pdf", self.report_pdf), ("xlsx", self.report_xlsx)) if box.isChecked()]
        self.settings.set(REPORT_FORMATS, ",".join(chosen) or "pdf")
        self.settings.sync()
        self.saved.emit(restart)
        self.accept()
