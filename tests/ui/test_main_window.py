"""The main window driven like a user would: import a folder, filter, open an interaction, load the demo."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from qa_studio.storage.database import Database
from qa_studio.ui.interactions.model import ID_ROLE
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.tasks import TaskRunner

IMPORT_DATA = Path(__file__).parents[1] / "data" / "import"


def make_window(qtbot, sqlite_db: Database, settings, runner=None) -> MainWindow:  # noqa: ANN001
    window = MainWindow(sqlite_db, settings, runner or TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    return window


def test_import_a_folder_through_the_dialog_and_see_rows_appear(qtbot, sqlite_db, settings, tmp_path) -> None:  # noqa: ANN001
    folder = tmp_path / "incoming"
    shutil.copytree(IMPORT_DATA / "chats", folder / "chats")
    shutil.copytree(IMPORT_DATA / "audio", folder / "audio")
    window = make_window(qtbot, sqlite_db, settings, TaskRunner())  # the real thread pool
    assert window.interactions.model.rowCount() == 0

    dialog = window.show_import([folder])
    dialog.agent.setCurrentText("陈静")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=30_000)

    report = dialog.last_report
    imported = report.imported_interactions
    assert imported == 13  # 6 conversations from 5 chat files, 7 recordings
    qtbot.waitUntil(lambda: window.interactions.model.rowCount() == imported)
    shown = {
        dialog.results.index(r, 1).data(): dialog.results.index(r, 0).data() for r in range(dialog.results.rowCount())
    }
    assert shown[str(folder / "audio" / "corrupt.wav")] == "Refused"
    assert shown[str(folder / "chats" / "livechat_again.json")] == "Duplicate"
    assert "13" in window.count_label.text()
    assert "imported" in dialog.status.text()


def test_filters_and_search_narrow_the_list(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    window = make_window(qtbot, sqlite_db, settings)
    window.import_service.run([IMPORT_DATA / "chats", IMPORT_DATA / "audio" / "mono.flac"], actor="tester")
    window.refresh()
    model = window.interactions.model
    filters = window.interactions.filters
    assert model.rowCount() == 7
    filters.channel.setCurrentIndex(filters.channel.findData("call"))
    assert model.rowCount() == 1
    filters.channel.setCurrentIndex(0)
    filters.agent.setCurrentIndex(filters.agent.findText("王芳"))
    assert model.rowCount() == 1
    filters.clear()
    # Chinese arrives through an input method, not key presses: insert it as the IME commits it.
    filters.search.setFocus()
    filters.search.insert("电饭煲")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, 3).data() == "王芳"


def test_open_an_interaction_and_correct_a_role(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    window = make_window(qtbot, sqlite_db, settings)
    window.import_service.run([IMPORT_DATA / "chats" / "support_utf16.txt"], actor="tester")
    window.refresh()
    table = window.interactions.table
    index = window.interactions.model.index(0, 0)
    opened = []
    window.interactions.open_requested.connect(opened.append)
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [index.data(ID_ROLE)]

    dialog = window.open_interaction(opened[0])
    qtbot.addWidget(dialog)
    assert "Let me look at your account." in dialog.body.toPlainText()
    combos = dialog.roles_box.findChildren(QComboBox)
    noah = next(c for c in combos if "Noah Wilson" in c.accessibleName())
    noah.setCurrentIndex(noah.findData("agent"))
    dialog.close()
    qtbot.waitUntil(lambda: window.interactions.model.index(0, 3).data() == "Noah Wilson")


def test_demo_data_from_the_menu_fills_every_column(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    window = make_window(qtbot, sqlite_db, settings)
    window.demo_action.trigger()
    model = window.interactions.model
    qtbot.waitUntil(lambda: model.rowCount() > 100, timeout=60_000)
    teams = {model.index(r, 4).data() for r in range(model.rowCount())}
    assert teams == {"After-sales 售后一组", "Cross-border 跨境组"}
    channels = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert channels == {"Chat", "Call", "E-mail"}
    agent_filter = window.interactions.filters.agent
    assert {agent_filter.itemText(i) for i in range(1, agent_filter.count())} >= {"王芳", "Emma Clarke", "张敏"}
    # The demo calls are transcribed in the background by the real model, so their transcripts show content.
    qtbot.waitUntil(lambda: window.transcription.untranscribed_calls() == [], timeout=180_000)


def test_column_layout_is_remembered(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    window = make_window(qtbot, sqlite_db, settings)
    header = window.interactions.table.horizontalHeader()
    header.setSectionHidden(10, True)
    window.close()
    again = make_window(qtbot, sqlite_db, settings)
    assert again.interactions.table.horizontalHeader().isSectionHidden(10)


def test_the_import_dialog_reads_ambiguous_dates_as_the_person_says(qtbot, sqlite_db, settings, tmp_path) -> None:  # noqa: ANN001
    """12/03/24 reads both ways: the report says which reading was assumed, and the person can choose the other."""
    from sqlalchemy import select

    from qa_studio.storage.models import Message

    chat = tmp_path / "WhatsApp Chat with Ann.txt"
    chat.write_text("12/03/24, 10:00 - Ann: my order is late\n12/03/24, 10:05 - Bob: let me check\n", encoding="utf-8")
    window = make_window(qtbot, sqlite_db, settings)
    dialog = window.show_import([chat])
    assert dialog.options().date_order is None  # decided from the file's own dates by default
    dialog.date_order.setCurrentIndex(dialog.date_order.findData("day-first"))
    assert dialog.options().date_order == "day-first"
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=30_000)
    with sqlite_db.session() as session:
        sent = session.scalars(select(Message.sent_at).order_by(Message.seq)).first()
    assert (sent.day, sent.month) == (12, 3)  # 12 March, as chosen


def test_a_column_the_list_cannot_be_ordered_by_keeps_the_arrow_where_the_order_is(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    """The automatic score and flags, the first words and the source are shown, not ordered by: a click on their
    header leaves the rows and the arrow as they are, and an arrow saved on one comes back on Started."""
    from qa_studio.ui.interactions.model import COLUMNS

    window = make_window(qtbot, sqlite_db, settings)
    table, header = window.interactions.table, window.interactions.table.horizontalHeader()
    agent = next(n for n, c in enumerate(COLUMNS) if c.key == "agent")
    table.sortByColumn(agent, Qt.SortOrder.AscendingOrder)
    for key in ("auto_score", "auto_flags", "subject", "source"):
        table.sortByColumn(next(n for n, c in enumerate(COLUMNS) if c.key == key), Qt.SortOrder.DescendingOrder)
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (agent, Qt.SortOrder.AscendingOrder)
    score = next(n for n, c in enumerate(COLUMNS) if c.key == "auto_score")
    header.blockSignals(True)
    header.setSortIndicator(score, Qt.SortOrder.AscendingOrder)  # as a layout saved before this rule
    header.blockSignals(False)
    window.interactions.save_state()
    window.close()
    again = make_window(qtbot, sqlite_db, settings)
    shown = again.interactions.table.horizontalHeader()
    assert (shown.sortIndicatorSection(), shown.sortIndicatorOrder()) == (2, Qt.SortOrder.DescendingOrder)


def test_the_import_dialog_shows_a_refused_files_whole_reason(qtbot, sqlite_db, settings, tmp_path) -> None:  # noqa: ANN001
    """A reason is longer than its cell: when the import ends, the first refused file's outcome, path and whole
    reason show under the table, and choosing another row shows that one's."""
    data = Path(__file__).parents[1] / "data" / "import"
    folder = tmp_path / "a folder with a rather long name for the results table" / "and another one inside it"
    folder.mkdir(parents=True)
    chat = folder / "WhatsApp Chat with Ann.txt"
    chat.write_text("12/03/24, 10:00 - Ann: my order is late\n12/03/24, 10:05 - Bob: let me check\n", encoding="utf-8")
    broken = folder / "corrupt.wav"
    shutil.copy(data / "audio" / "corrupt.wav", broken)
    window = make_window(qtbot, sqlite_db, settings)
    dialog = window.show_import([chat, broken])
    assert not dialog.result_detail.isVisible()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=30_000)
    refused = next(r for r in dialog.last_report.results if r.reason and not r.interaction_ids)
    assert refused.path == str(broken) and len(refused.reason) > 20
    detail = dialog.result_detail
    assert detail.isVisible() and detail.wordWrap()
    assert detail.text() == f"Refused: {broken}\n{refused.reason}"
    table = dialog.results_view
    other = next(n for n in range(dialog.results.rowCount()) if dialog.results.index(n, 1).data() == str(chat))
    where = table.visualRect(dialog.results.index(other, 2)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    # An imported file can carry a warning too: how its ambiguous dates were read.
    assert detail.text() == f"Imported: {chat}\n{dialog.results.index(other, 2).data()}"
    assert "month/day/year" in detail.text()
