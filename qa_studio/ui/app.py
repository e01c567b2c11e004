"""Starting the desktop app: Qt application, translations, database (migrated before any window), first run."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from qa_studio import __version__
from qa_studio.i18n import install_translators
from qa_studio.secrets import with_password
from qa_studio.services import audit
from qa_studio.services.interactions import InteractionQueries
from qa_studio.services.scorecards import ScorecardService
from qa_studio.services.users import UserService
from qa_studio.settings import APPLICATION, DATABASE_URL, FIRST_RUN_DONE, LANGUAGE, ORGANISATION, USER_NAME, Settings
from qa_studio.storage.database import Database, StorageError, open_database
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.settings.first_run import FirstRunWizard, needs_first_run
from qa_studio.ui.settings.users import SignInDialog
from qa_studio.ui.tasks import TaskRunner


def offer_demo(window: MainWindow, settings: Settings, database: Database) -> None:
    """On the first run against an empty database, offer the demo so every screen has something to show."""
    if settings.get(FIRST_RUN_DONE):
        return
    settings.set(FIRST_RUN_DONE, True)
    if InteractionQueries(database).total() > 0:
        return
    window.offer_demo()


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
        database = open_database(with_password(url) if url else None)
        ScorecardService(database).ensure_shipped()
    except StorageError as exc:
        QMessageBox.critical(None, app.translate("App", "QA Studio cannot open its database"), str(exc))
        return 2
    if not settings.get(USER_NAME):
        # Who is using this copy: the first person on a database becomes its administrator.
        dialog = SignInDialog(UserService(database), audit.current_actor())
        if dialog.exec() == SignInDialog.DialogCode.Accepted and dialog.signed_in is not None:
            settings.set(USER_NAME, dialog.signed_in.name)
    window = MainWindow(database, settings)
    window.show()
    if load_demo_now:
        window.load_demo()
    else:
        offer_demo(window, settings, database)
    code = app.exec()
    window.runner.wait(10_000)
    database.dispose()
    return code
