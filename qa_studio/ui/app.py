"""Starting the desktop app: Qt application, translations, database (migrated before any window), first run."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from qa_studio import __version__
from qa_studio.i18n import install_translators
from qa_studio.services.interactions import InteractionQueries
from qa_studio.services.scorecards import ScorecardService
from qa_studio.settings import APPLICATION, DATABASE_URL, FIRST_RUN_DONE, LANGUAGE, ORGANISATION, Settings
from qa_studio.storage.database import Database, StorageError, open_database
from qa_studio.ui.main_window import MainWindow


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
    install_translators(app, settings.get(LANGUAGE) or None)
    try:
        database = open_database(db_url or settings.get(DATABASE_URL) or None)
        ScorecardService(database).ensure_shipped()
    except StorageError as exc:
        QMessageBox.critical(None, app.translate("App", "QA Studio cannot open its database"), str(exc))
        return 2
    window = MainWindow(database, settings)
    window.show()
    offer_demo(window, settings, database)
    code = app.exec()
    window.runner.wait(10_000)
    database.dispose()
    return code
