"""Every control a keyboard can reach is named for screen readers: by its own text, a label that points to it,
or an accessible name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)

from qa_studio.services.imports import ImportService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.tasks import TaskRunner
from tests.people import signed_in

DATA = Path(__file__).parents[1] / "data"
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QDateTimeEdit, QSlider, QPlainTextEdit, QTextEdit)


def unnamed_controls(root: QWidget) -> list[str]:
    labelled = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if not widget.isVisibleTo(root) or widget in labelled or widget.accessibleName():
            continue
        if isinstance(widget, QAbstractButton) and widget.text().strip():
            continue
        if isinstance(widget, QLineEdit | QPlainTextEdit) and widget.placeholderText():
            continue  # read out by screen readers when empty; still, a name is better
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box or an editable combo box
        missing.append(f"{type(widget).__name__}#{widget.objectName()} in {type(parent).__name__}")
    return missing


def test_main_screens_name_every_control(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    ScorecardService(sqlite_db).ensure_shipped()
    files = [DATA / "import" / "chats" / "livechat.json", DATA / "audio" / "stereo_call.opus"]
    report = ImportService(sqlite_db).run(files, actor="tester")
    chat, call = (r.interaction_ids[0] for r in report.results)
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=signed_in(sqlite_db, "刘洋"))
    qtbot.addWidget(window)
    window.show()
    screens = [window]
    chat_dialog = window.open_interaction(chat)
    chat_dialog.open_scoring()
    screens += [chat_dialog, window.open_interaction(call), window.show_import(), window.show_sample_dialog()]
    library = window.show_scorecards()
    library.select_key("phone_call_standard")
    editor = library.edit()
    editor.select(1, 1)
    calibration = window.show_calibration()
    screens += [library, editor, calibration, calibration.new_session()]
    screens += [window.show_settings(), window.show_users(), window.sign_in()]
    from qa_studio.ui.settings.first_run import FirstRunWizard

    wizard = FirstRunWizard(settings, TaskRunner(synchronous=True), window)
    screens.append(wizard)
    for screen in screens[1:]:
        qtbot.addWidget(screen)
    problems = {type(s).__name__: unnamed_controls(s) for s in screens}
    assert not any(problems.values()), problems
