"""One translation system for GUI and CLI: Qt's translate() with .ts sources and compiled .qm files.

Qt is loaded by the first translation, not by importing this module: the services import it, and the app loads them
before Qt (see qa_studio/ui/__init__.py)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from qa_studio import errors
from qa_studio.catalogue import I18N_DIR, compiled_folder

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

SUPPORTED_LANGUAGES = ("en", "zh_CN")


_core: type[QCoreApplication] | None = None  # QCoreApplication, once the first translation has loaded Qt


def _qt() -> type[QCoreApplication]:
    global _core
    from PySide6.QtCore import QCoreApplication

    _core = QCoreApplication
    return _core


def tr(text: str) -> str:
    """Translate a user-visible string outside a QObject (CLI output); lupdate files these under the empty context."""
    return (_core or _qt()).translate("", text)


def translate(context: str, text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP(context, text) where it is shown."""
    return (_core or _qt()).translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's own name, recognised by lupdate
    """Mark a string in a constant for translation; translated where it is shown, with the same context."""
    return text


errors.install_translator(translate)  # errors raised without Qt read in the user's language wherever shown


def _lrelease() -> Path | None:
    """Qt's translation compiler, shipped inside the PySide6 wheel."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/bin/lrelease", "Qt/libexec/lrelease"):
        if (folder / name).is_file():
            return folder / name
    return None


def compiled_translations(target: Path | None = None) -> Path:
    """A folder with a `.qm` for every `.ts` source, compiled when missing or older than its source.

    The sources live in the package; the compiled files go to the user's cache (the package folder may be
    read-only). Falls back to the package folder when the compiler is missing, so shipped `.qm` files still load.
    """
    from qa_studio.paths import data_dir

    sources = sorted(I18N_DIR.glob("*.ts"))
    if target is None:
        # One folder per content of the sources: two versions of QA Studio on one computer never load each other's
        # translations, whichever was compiled last.
        target = compiled_folder(data_dir())
    compiler = _lrelease()
    if compiler is None:
        return I18N_DIR
    target.mkdir(parents=True, exist_ok=True)
    for source in sources:
        compiled = target / source.with_suffix(".qm").name
        if compiled.exists() and compiled.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run(
            [str(compiler), "-silent", str(source), "-qm", str(compiled)],
            check=False, capture_output=True, timeout=60,
        )  # fmt: skip
    return target


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load QA Studio's and Qt's own translations for `language` (default: the system's)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    locale = QLocale(language) if language else QLocale.system()
    installed: list[QTranslator] = []
    own = QTranslator(app)
    if locale.language() != QLocale.Language.English and own.load(
        locale, "qa_studio", "_", str(compiled_translations())
    ):
        app.installTranslator(own)
        installed.append(own)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


_outside_gui: list[object] = []  # the core application and translators the command line made, kept alive


def configured_language() -> str | None:
    """The language chosen in Settings, else the one the environment names (LC_ALL, LC_MESSAGES, LANG)."""
    from qa_studio.settings import LANGUAGE, Settings

    if chosen := Settings().get(LANGUAGE):
        return chosen
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(variable):
            return None if value in ("C", "POSIX") else value.split(".")[0].split("@")[0]
    return None


def use_language_outside_gui(language: str | None) -> None:
    """Translations for the command line. English needs no Qt application at all, so none is made for it (a
    core application made here would stand in the way of a GUI one later in the same process)."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    app = QCoreApplication.instance()
    for old in _outside_gui:
        if app is not None and isinstance(old, QTranslator):
            app.removeTranslator(old)
    _outside_gui.clear()
    locale = QLocale(language) if language else QLocale.system()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return
    if app is None:
        app = QCoreApplication([])
        _outside_gui.append(app)
    _outside_gui.extend(install_translators(app, language))
