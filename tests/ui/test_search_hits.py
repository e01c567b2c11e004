"""Search hits in the interaction list, driven as a reviewer would: the words found are highlighted in the list, the
current row's hits are listed, and a click opens the chat at its message or the call at its moment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from qa_studio.services.imports import ImportService
from qa_studio.ui.interactions.hits import HighlightDelegate
from qa_studio.ui.interactions.list_view import SUBJECT
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.tasks import TaskRunner
from qa_studio.ui.theme import Tone, colour
from tests.people import signed_in
from tests.services.test_search import transcribed_call, write_chat
from tests.ui.helpers import SilentPlayer


class SeekingPlayer(SilentPlayer):
    """Remembers where it was asked to go."""

    def __init__(self) -> None:
        super().__init__()
        self.seeks: list[int] = []

    def seek(self, position_ms: int) -> None:
        self.seeks.append(position_ms)


def _window(qtbot, database, settings) -> MainWindow:  # noqa: ANN001
    from tests.people import add_people

    add_people(database, 刘洋="reviewer")
    window = MainWindow(database, settings, TaskRunner(synchronous=True), user=signed_in(database, "刘洋"),
                        player_factory=SeekingPlayer)  # fmt: skip
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _search(qtbot, window: MainWindow, text: str) -> None:  # noqa: ANN001
    listing = window.interactions
    with qtbot.waitSignal(listing.model.modelReset):
        listing.filters.search.setText(text)  # as typed (an input method for Chinese)
    qtbot.waitUntil(lambda: bool(listing.model.found))


def _clicked(qtbot, view, row: int) -> None:  # noqa: ANN001
    where = view.visualRect(view.model().index(row, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_a_chat_hit_is_highlighted_and_opens_at_its_message(qtbot, sqlite_db, settings, tmp_path) -> None:  # noqa: ANN001
    long = "我要投诉你们的" + "好" * 80 + "蓝牙耳机质量问题"  # the words found lie far into the message
    write_chat(tmp_path / "chats", "complaint", ["你好", "您好，请问有什么可以帮您？", long, "非常抱歉，我马上处理。"])
    write_chat(tmp_path / "chats", "delivery", ["我的电饭煲什么时候到？", "明天送达。"])
    ImportService(sqlite_db).run([tmp_path / "chats"], actor="tester")
    window = _window(qtbot, sqlite_db, settings)
    listing = window.interactions
    _search(qtbot, window, "蓝牙耳机")
    table = listing.table
    assert listing.model.rowCount() == 1
    shown = listing.model.index(0, SUBJECT).data()
    assert shown.startswith("…") and "蓝牙耳机" in shown[:20]  # the words found, not the chat's first words
    assert isinstance(table.itemDelegateForColumn(SUBJECT), HighlightDelegate)
    marked = QColor(colour(Tone.CURRENT_BACKGROUND)).rgb()
    image = table.viewport().grab().toImage()
    assert any(image.pixel(x, y) == marked for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))
    table.selectRow(0)
    panel = listing.hits
    assert panel.isVisible() and panel.hits.rowCount() == 1
    assert panel.hits.index(0, 0).data() == "Message 3"
    _clicked(qtbot, panel.view, 0)
    dialog = window._already_open(("interaction", listing.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)))
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "蓝牙耳机" in dialog.body.textCursor().selectedText()
    assert "你好" not in dialog.body.textCursor().selectedText()


def test_a_call_hit_opens_the_player_and_transcript_at_its_moment(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    call = transcribed_call(sqlite_db)
    window = _window(qtbot, sqlite_db, settings)
    listing = window.interactions
    _search(qtbot, window, "duplicate charge")
    assert listing.model.found == {call: "I see a duplicate charge on my card."}
    # Opening the row itself goes to the first hit too.
    table = listing.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(listing.model.index(0, 0)).center())  # fmt: skip
    assert listing.hits.hits.index(0, 0).data() == "Call at 00:04"
    _clicked(qtbot, listing.hits.view, 0)
    dialog = window._already_open(("interaction", call))
    assert dialog is not None
    qtbot.addWidget(dialog)
    view = dialog.transcript
    assert view.player.seeks[-1] == 4_000
    assert view.table.selectionModel().selectedRows()[0].row() == 1
    # A new search forgets the old hits.
    _search(qtbot, window, "退款进度")
    assert listing.hits.hits.rowCount() == 0 and listing.model.found == {call: "我帮您查一下退款进度。"}


def test_a_comment_about_a_moment_opens_the_chat_at_that_message(qtbot, sqlite_db, settings, tmp_path) -> None:  # noqa: ANN001
    from qa_studio.services.evaluations import EvaluationService
    from qa_studio.services.scorecards import ScorecardService
    from tests.chat_answers import ALL_MET

    write_chat(tmp_path / "chats", "rude", ["你好", "干嘛？", "我要退货", "自己去看说明书。"])  # one a second
    ImportService(sqlite_db).run([tmp_path / "chats"], actor="tester")
    window = _window(qtbot, sqlite_db, settings)
    (chat,) = [window.interactions.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)]
    ScorecardService(sqlite_db).ensure_shipped()
    evaluations = EvaluationService(sqlite_db)
    evaluation = evaluations.start(chat, "刘洋", ScorecardService(sqlite_db).latest_version_id("chat_standard"))
    evaluations.save_draft(evaluation, ALL_MET, comment="[00:03] 语气生硬，没有帮忙")
    evaluations.submit(evaluation, "刘洋")
    listing = window.interactions
    _search(qtbot, window, "语气生硬")
    listing.table.selectRow(0)
    assert listing.hits.hits.index(0, 0).data() == "Comment [00:03]"
    _clicked(qtbot, listing.hits.view, 0)
    dialog = window._already_open(("interaction", chat))
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "自己去看说明书" in dialog.body.textCursor().selectedText()
