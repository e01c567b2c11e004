"""A table model over the interaction list that fetches pages from the database as rows come into view."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from qa_studio.domain import CHANNEL_LABELS
from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.services.interactions import InteractionFilter, InteractionQueries, InteractionRow, SortKey
from qa_studio.ui.tasks import Task, TaskRunner
from qa_studio.ui.theme import Tone, brush

ModelIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
CONTEXT = "InteractionColumns"


def _duration(ms: int | None) -> str:
    if ms is None:
        return ""
    seconds = ms // 1000
    return (
        f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        if seconds >= 3600
        else (f"{seconds // 60}:{seconds % 60:02d}")
    )


STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("InteractionColumns", "New"),
    "transcribed": QT_TRANSLATE_NOOP("InteractionColumns", "Transcribed"),
    "evaluated": QT_TRANSLATE_NOOP("InteractionColumns", "Evaluated"),
}
# AutoQA's flags (qa_studio.scoring.autoqa.Flag), as the list shows them.
FLAG_LABELS = {
    "fatal_suspected": QT_TRANSLATE_NOOP("InteractionColumns", "Fatal suspected"),
    "forbidden_phrase": QT_TRANSLATE_NOOP("InteractionColumns", "Forbidden phrase"),
    "slow_first_reply": QT_TRANSLATE_NOOP("InteractionColumns", "First reply over standard"),
    "long_silence": QT_TRANSLATE_NOOP("InteractionColumns", "Long silence"),
    "missed_identity_check": QT_TRANSLATE_NOOP("InteractionColumns", "Missed identity check"),
}
STATUS_TONES = {"new": Tone.ACCENT, "transcribed": Tone.SPECIAL, "evaluated": Tone.SUCCESS}


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True, slots=True)
class Column:
    """One column, described as data: the view builds headers, widths and sorting from these."""

    key: str
    header: str
    width: int
    sort: SortKey | None
    text: Callable[[InteractionRow], str]
    hideable: bool = True
    align_right: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("id", QT_TRANSLATE_NOOP("InteractionColumns", "ID"), 64, SortKey.ID, lambda r: str(r.id), False, True),
    Column(
        "channel",
        QT_TRANSLATE_NOOP("InteractionColumns", "Channel"),
        80,
        SortKey.CHANNEL,
        lambda r: translated(CHANNEL_LABELS.get(r.channel, r.channel)),
    ),
    Column(
        "started",
        QT_TRANSLATE_NOOP("InteractionColumns", "Started"),
        140,
        SortKey.STARTED,
        lambda r: r.started_at.strftime("%Y-%m-%d %H:%M") if r.started_at else "",
    ),
    Column("agent", QT_TRANSLATE_NOOP("InteractionColumns", "Agent"), 130, SortKey.AGENT, lambda r: r.agent or ""),
    Column("team", QT_TRANSLATE_NOOP("InteractionColumns", "Team"), 150, SortKey.TEAM, lambda r: r.team or ""),
    Column("queue", QT_TRANSLATE_NOOP("InteractionColumns", "Queue"), 100, SortKey.QUEUE, lambda r: r.queue or ""),
    Column(
        "duration",
        QT_TRANSLATE_NOOP("InteractionColumns", "Duration"),
        72,
        SortKey.DURATION,
        lambda r: _duration(r.duration_ms),
        True,
        True,
    ),
    Column(
        "status",
        QT_TRANSLATE_NOOP("InteractionColumns", "Status"),
        96,
        SortKey.STATUS,
        lambda r: translated(STATUS_LABELS.get(r.status, r.status)),
    ),
    Column(
        "customer",
        QT_TRANSLATE_NOOP("InteractionColumns", "Customer"),
        120,
        SortKey.CUSTOMER,
        lambda r: r.customer_ref or "",
    ),
    Column(
        "subject",
        QT_TRANSLATE_NOOP("InteractionColumns", "Subject / first words"),
        220,
        None,
        lambda r: r.subject or "",
    ),
    Column("source", QT_TRANSLATE_NOOP("InteractionColumns", "Source file"), 260, None, lambda r: r.source),
    Column(
        "auto_score",
        QT_TRANSLATE_NOOP("InteractionColumns", "Auto score"),
        80,
        None,
        lambda r: f"{r.auto_score:.0f}" if r.auto_score is not None else "",
        True,
        True,
    ),
    Column(
        "auto_flags",
        QT_TRANSLATE_NOOP("InteractionColumns", "Auto flags"),
        220,
        None,
        lambda r: ", ".join(translated(FLAG_LABELS.get(flag, flag)) for flag in r.auto_flags),
    ),
)


class InteractionTableModel(QAbstractTableModel):
    """rowCount is the filtered total; rows are fetched a page at a time and a few pages are kept.

    With a `runner`, a page not yet fetched is read on the thread pool and its rows show when it arrives (blank
    until then), so scrolling through a million interactions never waits on the database; without one (tests,
    benchmarks), in place."""

    PAGE_SIZE = 200
    CACHED_PAGES = 16
    load_failed = Signal(object)

    def __init__(self, queries: InteractionQueries, parent: Any = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._queries = queries
        self._runner = runner
        self._pending: set[int] = set()
        # Raised by each reload, so a page read for an older filter or order is dropped when it arrives; 0 until the
        # first reload, before which nothing is read (setting up the view's order only notes it).
        self._generation = 0
        self._filter = InteractionFilter()
        self._sort = SortKey.STARTED
        self._descending = True
        self._count = 0
        self._prepare_after_page: int | None = None  # the generation whose position marks wait for its first page
        self._pages: OrderedDict[int, list[InteractionRow]] = OrderedDict()
        self.found: dict[int, str] = {}  # while searching: the words around the first hit of each row looked up

    @property
    def current_filter(self) -> InteractionFilter:
        return self._filter

    def set_filter(self, flt: InteractionFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._pending.clear()
        self._generation += 1
        self.found = {}
        self._count = self._queries.count(self._filter)
        self.endResetModel()
        if self._runner is not None and self._count > self.PAGE_SIZE:
            # Position marks for the whole list, found in the background so later jumps anywhere are quick, once
            # the rows in view have been read, so that the two reads never share the pool and the interpreter.
            self._prepare_after_page = self._generation
        if self._generation == 1:  # the first load
            self.row_at(0)  # asked for now, read on the pool while the window is built, not once it is painted

    def _start_marking(self) -> None:
        """Find the position marks of the list as it is now ordered and filtered, on the thread pool, if they are
        still to be found (after a reload, once its first page is read)."""
        if self._prepare_after_page == self._generation and self._runner is not None:
            self._prepare_after_page = None
            self._runner.start(Task(self._queries.prepare, self._filter, self._sort, self._descending))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, row: int) -> InteractionRow | None:
        if not 0 <= row < self._count:
            return None
        page_number = row // self.PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            arguments = (self._filter, page_number * self.PAGE_SIZE, self.PAGE_SIZE, self._sort, self._descending)
            if self._runner is None:
                self._keep(page_number, self._queries.page(*arguments))
            elif page_number not in self._pending:
                self._pending.add(page_number)
                generation = self._generation
                self._runner.start(
                    Task(self._queries.page, *arguments),
                    lambda rows, g=generation, n=page_number: self._page_arrived(g, n, rows),
                    lambda error, g=generation, n=page_number: self._page_failed(g, n, error),
                )
            page = self._pages.get(page_number)  # a synchronous runner has it already
            if page is None:
                return None
        else:
            self._pages.move_to_end(page_number)
        offset = row - page_number * self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _keep(self, page_number: int, rows: list[InteractionRow]) -> None:
        self._pages[page_number] = rows
        while len(self._pages) > self.CACHED_PAGES:
            self._pages.popitem(last=False)

    def _page_arrived(self, generation: int, page_number: int, rows: list[InteractionRow]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page_number)
        self._keep(page_number, rows)
        first = page_number * self.PAGE_SIZE
        last = min(first + self.PAGE_SIZE, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self._start_marking()

    def _page_failed(self, generation: int, page_number: int, error: Exception) -> None:
        if generation == self._generation:
            self._pending.discard(page_number)
            self.load_failed.emit(error)

    def show_found(self, excerpts: dict[int, str]) -> None:
        """Show these rows' search hits in place of their first words (ui/interactions/hits.py looks them up)."""
        self.found.update(excerpts)
        if excerpts and self._count:
            column = next(n for n, c in enumerate(COLUMNS) if c.key == "subject")
            self.dataChanged.emit(self.index(0, column), self.index(self._count - 1, column))

    @property
    def loading(self) -> bool:
        """Pages asked for and not yet arrived."""
        return bool(self._pending)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column.key == "subject" and row.id in self.found:
                return self.found[row.id]
            return column.text(row)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "status":
            return brush(STATUS_TONES.get(row.status, Tone.MUTED))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated(COLUMNS[section].header)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].sort
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._generation:  # loaded once: from then on a new order reads again
            self.reload()
