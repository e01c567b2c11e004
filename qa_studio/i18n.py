"""One translation system for GUI and CLI: Qt's translate() with .ts sources and compiled .qm files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).with_name("translations")
SUPPORTED_LANGUAGES = ("en", "zh_CN")


def tr(text: str) -> str:
    """Translate a user-visible string outside a QObject (CLI output); lupdate files these under the empty context."""
    return QCoreApplication.translate("", text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's own name, recognised by lupdate
    """Mark a string in a constant for translation; translated where it is shown, with the same context."""
    return text


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load QA Studio's and Qt's own translations for `language` (default: the system's)."""
    locale = QLocale(language) if language else QLocale.system()
    installed: list[QTranslator] = []
    own = QTranslator(app)
    if own.load(locale, "qa_studio", "_", str(I18N_DIR)):
        app.installTranslator(own)
        installed.append(own)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
