"""Help → User guide and Help → Keyboard shortcuts: read in the app, and the sheet names the real shortcuts."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from qa_studio.ui.help.window import SHORTCUTS, HelpWindow
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.tasks import TaskRunner


def test_the_guide_and_the_shortcuts_open_from_the_help_menu(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    actions = {a.objectName(): a for a in window.help_menu.actions()}
    actions["userGuideAction"].trigger()
    help_window = window.findChild(HelpWindow)
    assert help_window is not None and help_window.isVisible()
    assert help_window.tabs.currentIndex() == HelpWindow.GUIDE
    assert "QA Studio user guide" in help_window.guide.toPlainText()
    assert "Keyboard" in help_window.guide.toPlainText()

    actions["shortcutsAction"].trigger()
    assert window.findChildren(HelpWindow) == [help_window]  # the same window, on the other page
    assert help_window.tabs.currentIndex() == HelpWindow.SHORTCUTS
    sheet = help_window.shortcuts.toPlainText()
    assert "Ctrl+E" in sheet and "Y / N / A" in sheet

    listed = {keys for _group, rows in SHORTCUTS for keys, _what in rows}
    for action in window.findChildren(QAction):
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        if shortcut and action.objectName() in ("importAction", "transcribeAction", "calibrationAction",
                                                "reportsAction", "userGuideAction", "shortcutsAction"):  # fmt: skip
            assert shortcut in listed, f"{action.text()} ({shortcut}) is missing from the shortcut sheet"
