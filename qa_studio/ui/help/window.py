"""The Help window: the keyboard shortcuts on one sheet, and the user guide read here, without a browser or network."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from qa_studio.ui.geometry import preferred_size

CONTEXT = "Shortcuts"
# (keys, what they do), in the order a reviewer meets them. Keys are Qt's portable names; Ctrl is Cmd on macOS.
SHORTCUTS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"), (
        ("Ctrl+I", QT_TRANSLATE_NOOP("Shortcuts", "Import files and folders")),
        ("Ctrl+T", QT_TRANSLATE_NOOP("Shortcuts", "Transcribe the selected calls")),
        ("Ctrl+K", QT_TRANSLATE_NOOP("Shortcuts", "Calibration")),
        ("Ctrl+Shift+R", QT_TRANSLATE_NOOP("Shortcuts", "Reports and coaching")),
        ("F1", QT_TRANSLATE_NOOP("Shortcuts", "This user guide")),
        ("Ctrl+/", QT_TRANSLATE_NOOP("Shortcuts", "These shortcuts")),
        ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Open the chosen interaction or work item")),
    )),
    (QT_TRANSLATE_NOOP("Shortcuts", "Scoring"), (
        ("Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "Start scoring; go to the first criterion still to answer")),
        ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts", "Next / previous criterion")),
        ("Ctrl+Down / Ctrl+Up", QT_TRANSLATE_NOOP("Shortcuts", "Next / previous criterion")),
        ("Y / N / A", QT_TRANSLATE_NOOP("Shortcuts", "Answer yes / no / not applicable")),
        ("1 … 9", QT_TRANSLATE_NOOP("Shortcuts", "The value on a scale; the option with that number in a list; "
                                             "tick or untick that deduction")),
        ("S", QT_TRANSLATE_NOOP("Shortcuts", "Accept the suggested answer")),
        ("R", QT_TRANSLATE_NOOP("Shortcuts", "Choose the root cause (arrow keys), Esc to go back")),
        ("C", QT_TRANSLATE_NOOP("Shortcuts", "Write a comment on the criterion, Esc to go back")),
        ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Type a text or date answer, Esc to go back")),
        ("Ctrl+M", QT_TRANSLATE_NOOP("Shortcuts", "Put the current moment of the call or chat into the comment")),
        ("Ctrl+Enter", QT_TRANSLATE_NOOP("Shortcuts", "Submit")),
    )),
    (QT_TRANSLATE_NOOP("Shortcuts", "Listening to a call"), (
        ("Ctrl+Space", QT_TRANSLATE_NOOP("Shortcuts", "Play or pause")),
        ("Alt+Left / Alt+Right", QT_TRANSLATE_NOOP("Shortcuts", "Back / forward 5 seconds")),
    )),
)  # fmt: skip


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def shortcuts_html() -> str:
    parts = []
    for group, rows in SHORTCUTS:
        cells = "".join(
            f"<tr><td style='padding-right:16px'><b>{html.escape(keys)}</b></td><td>{html.escape(_t(what))}</td></tr>"
            for keys, what in rows
        )
        parts.append(f"<h3>{html.escape(_t(group))}</h3><table cellpadding='3'>{cells}</table>")
    return "".join(parts)


def guide_path() -> Path | None:
    """The user guide beside the program: docs/ of the source tree or of an installed copy that ships it."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[2] / "docs" / "user-guide.md", here.parents[3] / "docs" / "user-guide.md"):
        if candidate.is_file():
            return candidate
    return None


class HelpWindow(QDialog):
    GUIDE, SHORTCUTS = 0, 1

    def __init__(self, parent: QWidget | None = None, page: int = 0) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("QA Studio help"))
        self.resize(preferred_size(self, 900, 760))
        self.tabs = QTabWidget(self)
        self.guide = QTextBrowser(self)
        self.guide.setObjectName("userGuide")
        self.guide.setOpenExternalLinks(False)
        path = guide_path()
        if path is not None:
            self.guide.setSearchPaths([str(path.parent)])
            self.guide.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.guide.setPlainText(self.tr("The user guide (docs/user-guide.md) is not installed on this computer."))
        self.shortcuts = QTextBrowser(self)
        self.shortcuts.setObjectName("shortcutSheet")
        self.shortcuts.setHtml(shortcuts_html())
        self.tabs.addTab(self.guide, self.tr("&User guide"))
        self.tabs.addTab(self.shortcuts, self.tr("&Keyboard shortcuts"))
        self.tabs.setCurrentIndex(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
