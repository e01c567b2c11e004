"""The interaction list reads its pages on the thread pool: the GUI thread never waits on the database."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from sqlalchemy import insert

from qa_studio.services.interactions import InteractionQueries
from qa_studio.services.transcription import TranscriptionService
from qa_studio.storage.database import Database
from qa_studio.storage.models import Interaction
from qa_studio.ui.interactions.list_view import InteractionList
from qa_studio.ui.interactions.model import ID_ROLE
from qa_studio.ui.tasks import TaskRunner


class WatchedQueries(InteractionQueries):
    """Records which thread read each page, and can hold a page back until the test lets it go."""

    def __init__(self, database: Database) -> None:
        super().__init__(database)
        self.threads: list[threading.Thread] = []
        self.release = threading.Event()
        self.release.set()

    def page(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        self.threads.append(threading.current_thread())
        self.release.wait(10)
        return super().page(*args, **kwargs)


def _fill(database: Database, count: int) -> None:
    with database.engine.begin() as connection:
        connection.execute(insert(Interaction), [
            {"channel": "chat", "status": "new", "source_path": f"/c/{n}.json", "source_format": "json",
             "source_key": f"k{n}", "role_rules": [], "message_count": 0} for n in range(count)])  # fmt: skip


def test_pages_are_read_off_the_gui_thread_and_shown_when_they_arrive(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    _fill(sqlite_db, 450)
    queries = WatchedQueries(sqlite_db)
    widget = InteractionList(queries, settings, runner=TaskRunner())
    qtbot.addWidget(widget)
    queries.release.clear()
    widget.refresh()
    model = widget.model
    assert model.rowCount() == 450
    deep = model.index(449, 0)
    assert deep.data(ID_ROLE) is None  # not read yet, and the GUI thread did not wait for it
    assert model.loading
    queries.release.set()
    qtbot.waitUntil(lambda: model.index(449, 0).data(ID_ROLE) is not None, timeout=10_000)
    assert model.index(449, 0).data(ID_ROLE) == 1  # newest first: the last row is the oldest
    assert queries.threads and threading.main_thread() not in queries.threads


def test_a_page_read_for_an_old_order_is_dropped(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    _fill(sqlite_db, 30)
    queries = WatchedQueries(sqlite_db)
    widget = InteractionList(queries, settings, runner=TaskRunner())
    qtbot.addWidget(widget)
    widget.refresh()
    queries.release.clear()
    model = widget.model
    assert model.index(0, 0).data(ID_ROLE) is None  # newest first asked for, held back
    model.sort(0, Qt.SortOrder.AscendingOrder)  # the order changes while that page is on its way
    queries.release.set()
    # Had the old page been kept, row 0 would stay interaction 30.
    qtbot.waitUntil(lambda: model.index(0, 0).data(ID_ROLE) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert model.index(0, 0).data(ID_ROLE) == 1


class HeldTranscription(TranscriptionService):
    """Transcription jobs that run as long as the test holds them: two are waiting, and each worker's run lasts until
    `release` is set, as a batch of long calls would."""

    def __init__(self, database: Database) -> None:
        super().__init__(database)
        self.release = threading.Event()
        self.started = 0

    def outstanding(self) -> int:
        return 2 - self.started

    def next_queued(self) -> int | None:
        return 1 if self.started < 2 else None

    def run_pending(self, on_progress=None, stop=None, actor=None) -> list:  # noqa: ANN001
        self.started += 1
        self.release.wait(20)
        return []


def test_the_list_fills_while_transcription_holds_as_many_threads_as_there_are_cores(
    qtbot, sqlite_db, settings  # noqa: ANN001
) -> None:
    from PySide6.QtCore import QThreadPool

    from qa_studio.ui.context import AppContext
    from qa_studio.ui.transcripts.jobs import TranscriptionQueue
    from tests.people import signed_in

    _fill(sqlite_db, 120)
    shared = QThreadPool.globalInstance()
    cores = shared.maxThreadCount()
    shared.setMaxThreadCount(2)  # a 2-core laptop
    service = HeldTranscription(sqlite_db)
    runner = TaskRunner()
    context = AppContext(sqlite_db, settings, signed_in(sqlite_db, "Mei"), runner)
    queue = TranscriptionQueue(service, runner, context, workers=2, threads=1)
    try:
        queue.start()
        qtbot.waitUntil(lambda: service.started == 2, timeout=10_000)  # both jobs running, for as long as they take
        widget = InteractionList(InteractionQueries(sqlite_db), settings, runner=runner)
        qtbot.addWidget(widget)
        widget.refresh()
        qtbot.waitUntil(lambda: widget.model.index(119, 0).data(ID_ROLE) is not None, timeout=10_000)
        assert service.release.is_set() is False  # the rows came while both jobs were still running
    finally:
        service.release.set()
        queue.shutdown()
        runner.wait(20_000)
        shared.setMaxThreadCount(cores)
