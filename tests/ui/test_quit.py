"""File → Quit ends the app cleanly, every time: exit code 0 and no fatal error, during the session or at its end.

PySide6 6.12.0 drops a reference to what a Python slot returns (None, False) when a signal declared in Python is
emitted from Python, so sessions ended in "Fatal Python error: bool_dealloc" (or none_dealloc); pyproject.toml
excludes that release. Each run goes through the real start (app.py), opens an interaction for scoring, changes its
answers many times, and quits from the menu, in its own process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from qa_studio.services.imports import ImportService

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"
SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from qa_studio.ui.app import run_gui
from qa_studio.ui.main_window import MainWindow

def use_then_quit():
    window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
    if window is None:
        QTimer.singleShot(50, use_then_quit)
        return
    dialog = window.open_interaction(int(sys.argv[2]))
    panel = dialog.open_scoring()
    for _ in range(100):  # change answers as a reviewer does: every change runs Python slots
        for widget in panel.widgets.values():
            widget.changed.emit()
        window.bus.notify_interactions_changed()
    dialog.close()
    QTimer.singleShot(200, window.quit_action.trigger)

QTimer.singleShot(50, use_then_quit)
sys.exit(run_gui(sys.argv[1]))
"""


@pytest.mark.parametrize("run", range(3))
def test_quit_from_the_menu_ends_cleanly(sqlite_db, tmp_path, run) -> None:  # noqa: ANN001
    chat = ImportService(sqlite_db).run([CHATS / "livechat.json"], actor="tester").results[0].interaction_ids[0]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "HOME": str(tmp_path), "QA_STUDIO_HOME": str(tmp_path / "data")}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(sqlite_db.engine.url), str(chat)],
        env=env, capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[2],
    )  # fmt: skip
    assert "Fatal Python error" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 0, done.stderr[-2000:]
