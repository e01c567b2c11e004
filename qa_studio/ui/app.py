"""Starting the desktop app: Qt application, translations, database (migrated before any window), first run."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.engine import make_url

from qa_studio import __version__, secrets
from qa_studio.i18n import install_translators
from qa_studio.services.identity import CurrentUser, IdentityService, SignInError
from qa_studio.services.interactions import InteractionQueries
from qa_studio.services.scorecards import ScorecardService
from qa_studio.settings import (
    APPLICATION,
    DATABASE_URL,
    FIRST_RUN_DONE,
    LANGUAGE,
    NO_KEPT_PASSWORD,
    ORGANISATION,
    USER_NAME,
    Settings,
)
from qa_studio.startup import resume_collection
from qa_studio.storage.database import Database, StorageError, open_database
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.settings.first_run import FirstRunWizard, needs_first_run
from qa_studio.ui.settings.users import SwitchUserDialog
from qa_studio.ui.tasks import TaskRunner


def offer_demo(window: MainWindow, settings: Settings, database: Database) -> None:
    """On the first run against an empty database, offer the demo so every screen has something to show."""
    if settings.get(FIRST_RUN_DONE):
        return
    settings.set(FIRST_RUN_DONE, True)
    if InteractionQueries(database).total() > 0 or IdentityService(database).is_team_database():
        return  # the demo is for a database of one's own (see services/demo.py)
    window.offer_demo()


def sign_in(database: Database, settings: Settings) -> CurrentUser | None:
    """Who is at the keyboard: the database login or this computer's account, without a question; on a PC shared
    with local accounts, their name and password (None when they cancel)."""
    identity = IdentityService(database)
    if identity.needs_password():
        resume_collection()  # waiting on the person now, not on the start
        dialog = SwitchUserDialog(identity)
        if dialog.exec() != SwitchUserDialog.DialogCode.Accepted:
            return None
        return dialog.signed_in
    # The name an older QA Studio had typed on this computer is taken over once, with its history.
    return identity.current(claim_name=settings.get(USER_NAME) or None)


def open_with_kept_password(url: str | None, settings: Settings) -> Database:
    """The database, with the password the keyring keeps for it when its URL has none. Once the keyring had none for
    this database it is not asked at each start (it takes a tenth of a second); should the server then refuse the
    connection, the keyring is asked after all, so a password kept some other way is still found."""
    # The day's integrity check runs once the window is on screen (MainWindow._check_database).
    if not url:
        return open_database(None, daily_check="later")
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" or parsed.password:  # nothing for the keyring to add
        return open_database(url, daily_check="later")
    # The settings file keeps only a digest of the database: a URL given with --db was never written there.
    account = hashlib.sha256(secrets.without_password(url).encode("utf-8")).hexdigest()
    if settings.get(NO_KEPT_PASSWORD) == account:
        try:
            return open_database(url, daily_check="later")
        except StorageError as refused:
            settings.set(NO_KEPT_PASSWORD, "")
            full = secrets.with_password(url)
            if full == url:
                raise refused from None  # the keyring has nothing either: the server's own reason, not a second try
            return open_database(full, daily_check="later")
    full = secrets.with_password(url)
    if full == url:
        settings.set(NO_KEPT_PASSWORD, account)
    return open_database(full, daily_check="later")


def run_gui(db_url: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    if app.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        # Fusion draws the system's dark palette on every platform; the app's own colours follow (ui/theme.py).
        app.setStyle("Fusion")
    settings = Settings()
    translators = install_translators(app, settings.get(LANGUAGE) or None)
    load_demo_now = False
    if needs_first_run(settings) and db_url is None:
        resume_collection()  # waiting on the person now, not on the start
        wizard = FirstRunWizard(settings, TaskRunner())
        if wizard.exec() != FirstRunWizard.DialogCode.Accepted:
            return 0
        load_demo_now = wizard.wants_demo()
        if wizard.database is not None:
            wizard.database.dispose()
        for translator in translators:  # the language chosen in the wizard, from the first window on
            app.removeTranslator(translator)
        install_translators(app, settings.get(LANGUAGE) or None)
    try:
        url = db_url or settings.get(DATABASE_URL) or None
        database = open_with_kept_password(url, settings)
        user = sign_in(database, settings)
        if user is None:
            return 0
        if user.role.value in ("lead", "admin") or not IdentityService(database).is_team_database():
            ScorecardService(database).ensure_shipped()
    except StorageError as exc:
        QMessageBox.critical(None, app.translate("App", "QA Studio cannot open its database"), str(exc))
        return 2
    except SignInError as exc:
        QMessageBox.critical(None, app.translate("App", "QA Studio cannot sign you in"), str(exc))
        return 2
    windows = Windows(settings)
    window = windows.open(database, user)
    # The collector resumes once the first screen is painted, and at the latest after a few seconds (a window that
    # opens minimised is not painted).
    window.after_first_paint(lambda: resume_collection(freeze=True))
    QTimer.singleShot(5_000, lambda: resume_collection(freeze=True))
    if load_demo_now:
        window.load_demo()
    else:
        offer_demo(window, settings, database)
    code = app.exec()
    windows.close_all()
    return code


class Windows:
    """The main window, and its successor when another person signs in on a team database: their own connection
    gets a window of its own, so that nothing opened by the previous person keeps acting on the previous login."""

    def __init__(self, settings: Settings, runner_factory: Callable[[], TaskRunner] = TaskRunner) -> None:
        self.settings = settings
        self.runner_factory = runner_factory
        self.current: MainWindow | None = None
        self._retired: list[tuple[MainWindow, Database]] = []

    def open(self, database: Database, user: CurrentUser) -> MainWindow:
        window = MainWindow(database, self.settings, self.runner_factory(), user=user)
        window.reconnected.connect(lambda db, person: self.take_over(window, db, person))
        window.show()
        self.current = window
        return window

    def take_over(self, old: MainWindow, database: Database, user: CurrentUser) -> MainWindow:
        window = self.open(database, user)
        self._retired.append((old, old.database))
        old.close()  # its tool windows are its children and close with it
        old.runner.wait(10_000)
        return window

    def close_all(self) -> None:
        for window, database in self._retired:
            window.runner.wait(10_000)
            database.dispose()
        if self.current is not None:
            self.current.runner.wait(10_000)
            self.current.database.dispose()
