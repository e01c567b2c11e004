"""One window per item: a double-click opens one window, and opening an item that is open raises its window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from qa_studio.services.imports import ImportService
from qa_studio.ui.interactions.detail_dialog import InteractionDialog
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.tasks import TaskRunner
from tests.people import signed_in
from tests.ui.helpers import double_click

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"


def open_item_windows() -> list[InteractionDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, InteractionDialog) and w.isVisible()]


def test_a_double_click_opens_one_window_and_again_raises_it(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    ImportService(sqlite_db).run([CHATS / "livechat.json"], actor="tester")
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=signed_in(sqlite_db, "刘洋"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    table = window.interactions.table
    assert not open_item_windows()

    double_click(table, table.model().index(0, 1))
    opened = open_item_windows()
    assert len(opened) == 1
    for dialog in opened:
        qtbot.addWidget(dialog)

    window.activateWindow()
    double_click(table, table.model().index(0, 1))
    assert open_item_windows() == opened  # the same window, not a second one
    assert window.open_interaction(opened[0]._interaction_id) is opened[0]

    opened[0].close()
    again = window.open_interaction(opened[0]._interaction_id)
    qtbot.addWidget(again)
    assert again is not opened[0] and open_item_windows() == [again]  # closed windows are not brought back
