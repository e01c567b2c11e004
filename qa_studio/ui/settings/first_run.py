"""The first-run wizard: interface language, database (this computer, or the team's PostgreSQL server, tested
before going on), transcription model, who you are (the first person on a database becomes its administrator),
and the demo data offer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from qa_studio import secrets
from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.paths import default_database_url
from qa_studio.services.identity import CurrentUser, IdentityService, SignInError
from qa_studio.services.interactions import InteractionQueries
from qa_studio.services.users import UserService
from qa_studio.settings import (
    DATABASE_URL,
    FIRST_RUN_DONE,
    LANGUAGE,
    NO_KEPT_PASSWORD,
    TRANSCRIBE_MODEL,
    USER_NAME,
    Settings,
)
from qa_studio.storage.database import Database, StorageError, open_database
from qa_studio.transcribe.models import bundled_models, check_local_model
from qa_studio.ui.settings.connection import postgres_url, test_connection
from qa_studio.ui.tasks import Task, TaskRunner
from qa_studio.ui.theme import Tone, text_style

LANGUAGES = (("", QT_TRANSLATE_NOOP("FirstRunWizard", "Follow the system")), ("en", "English"), ("zh_CN", "简体中文"))


def needs_first_run(settings: Settings) -> bool:
    return not settings.get(FIRST_RUN_DONE)


class LanguagePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to QA Studio"))
        self.setSubTitle(self.tr("Everything stays on this computer or your team's own database."))
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(QCoreApplication.translate("FirstRunWizard", name) if not code else name, code)
        form = QFormLayout(self)
        form.addRow(self.tr("Interface &language:"), self.language)


class DatabasePage(QWizardPage):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where to keep the data"))
        self.runner = runner
        self.tested_url: str | None = None
        self.local = QRadioButton(self.tr("&This computer"), self)
        self.local.setChecked(True)
        self.server = QRadioButton(self.tr("The team's &PostgreSQL server"), self)
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.host, self.name, self.user = QLineEdit("127.0.0.1", self), QLineEdit(self), QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self.tr("Test &connection"), self)
        self.test_button.clicked.connect(self.test)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.local)
        form.addRow("", QLabel(self.tr("A file in your data folder: {path}").format(
            path=default_database_url().removeprefix("sqlite:///")), self))  # fmt: skip
        form.addRow(self.server)
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.name)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.result, 1)
        form.addRow(row)
        for widget in (self.host, self.name, self.user, self.password):
            widget.textEdited.connect(self._edited)
        self.port.valueChanged.connect(self._edited)
        self.local.toggled.connect(self._edited)
        self._edited()

    def url(self, with_password: bool = False) -> str:
        if self.local.isChecked():
            return ""
        return postgres_url(self.host.text().strip(), self.port.value(), self.name.text().strip(),
                            self.user.text().strip(), self.password.text() if with_password else None)  # fmt: skip

    def _edited(self) -> None:
        self.tested_url = None
        for widget in (self.host, self.port, self.name, self.user, self.password, self.test_button):
            widget.setEnabled(self.server.isChecked())
        self.result.setText("" if self.local.isChecked() else self.tr("Test the connection to go on."))
        self.result.setStyleSheet("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.local.isChecked() or self.tested_url == self.url(with_password=True)

    def test(self) -> Task:
        url = self.url(with_password=True)
        self.result.setText(self.tr("Connecting…"))
        return self.runner.start(Task(test_connection, url), lambda version: self._ok(url, version), self._failed)

    def _ok(self, url: str, version: str) -> None:
        self.tested_url = url
        self.result.setStyleSheet(text_style(Tone.SUCCESS))
        self.result.setText(self.tr("Connected: {server}").format(server=version))
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.tested_url = None
        self.result.setStyleSheet(text_style(Tone.DANGER))
        self.result.setText(str(error))
        self.completeChanged.emit()


class ModelPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Transcription model"))
        self.setSubTitle(self.tr("Calls are transcribed on this computer; nothing is uploaded."))
        self.model = QComboBox(self)
        for info in bundled_models():
            languages = self.tr("English only") if info.languages == "en" else self.tr("many languages, Mandarin too")
            self.model.addItem(f"{info.label} — {info.size_mb} MB, {languages}", info.key)
        self.folder_button = QPushButton(self.tr("Use a model &folder…"), self)
        self.folder_button.clicked.connect(lambda: self.choose_folder())
        self.problem = QLabel(self)
        self.problem.setStyleSheet(text_style(Tone.DANGER))
        layout = QVBoxLayout(self)
        layout.addWidget(self.model)
        layout.addWidget(self.folder_button)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def choose_folder(self, folder: Path | None = None) -> bool:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a Whisper (CTranslate2) model folder"))
            if not chosen:
                return False
            folder = Path(chosen)
        problems = check_local_model(folder)
        if problems:
            self.problem.setText("; ".join(problems))
            return False
        self.problem.setText("")
        self.model.addItem(str(folder), f"local:{folder.resolve()}")
        self.model.setCurrentIndex(self.model.count() - 1)
        return True


class IdentityPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Who are you?"))
        self.owner = wizard
        self.name = QLineEdit(self)
        self.name.textEdited.connect(self.completeChanged)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(text_style(Tone.DANGER))
        self.offer_demo = False
        self.demo = QCheckBox(self.tr("Load &demo data (two teams, six agents, chats, e-mails and calls) to explore"),
                              self)  # fmt: skip
        form = QFormLayout(self)
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow("", self.about)
        form.addRow("", self.demo)
        form.addRow("", self.problem)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        try:
            database = self.owner.open_chosen_database()
            users = UserService(database)
            first = not users.has_admin()
            empty = InteractionQueries(database).total() == 0
        except StorageError as exc:
            self.problem.setText(str(exc))
            return
        self.about.setText(
            self.tr("You are the first person on this database: you will be its administrator.") if first
            else self.tr("Choose the name the others know you by; an administrator sets your role.")
        )  # fmt: skip
        self.offer_demo = empty
        self.demo.setVisible(empty)
        self.demo.setChecked(empty)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.name.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        try:
            identity = IdentityService(self.owner.open_chosen_database())
            self.owner.user = identity.current(claim_name=self.name.text().strip())
        except (SignInError, StorageError) as exc:
            self.problem.setText(str(exc))
            return False
        return True


class FirstRunWizard(QWizard):
    def __init__(self, settings: Settings, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Set up QA Studio"))
        self.settings, self.runner = settings, runner
        self.database: Database | None = None
        self._database_url: str | None = None
        self.user: CurrentUser | None = None
        self.language_page = LanguagePage(self)
        self.database_page = DatabasePage(runner, self)
        self.model_page = ModelPage(self)
        self.identity_page = IdentityPage(self)
        for page in (self.language_page, self.database_page, self.model_page, self.identity_page):
            self.addPage(page)

    def open_chosen_database(self) -> Database:
        """The database chosen on the second page, opened (and migrated) once."""
        url = self.database_page.url(with_password=True) or default_database_url()
        if self.database is None or self._database_url != url:
            if self.database is not None:
                self.database.dispose()
            self.database, self._database_url = open_database(url), url
        return self.database

    def done(self, result: int) -> None:
        """QWizard validates the last page in done(); the choices are saved only once that passed."""
        super().done(result)
        if result != QWizard.DialogCode.Accepted or self.result() != QWizard.DialogCode.Accepted or self.user is None:
            return
        url = self.database_page.url()
        if url and self.database_page.password.text():
            secrets.store_password(url, self.database_page.password.text())
        self.settings.set(DATABASE_URL, secrets.without_password(url))
        self.settings.set(NO_KEPT_PASSWORD, "")  # the keyring is asked again at the next start
        self.settings.set(LANGUAGE, self.language_page.language.currentData())
        self.settings.set(TRANSCRIBE_MODEL, self.model_page.model.currentData())
        self.settings.set(USER_NAME, self.user.name)
        self.settings.set(FIRST_RUN_DONE, True)
        self.settings.sync()

    def wants_demo(self) -> bool:
        return self.identity_page.offer_demo and self.identity_page.demo.isChecked()
