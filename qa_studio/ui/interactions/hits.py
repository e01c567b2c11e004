"""Search hits in the interaction list: where the search text was said or written, looked up off the GUI thread for
the rows in view, shown highlighted in the list's "Subject / first words" column and in a panel of the current
row's hits; clicking a hit (or opening a row) opens the interaction at that message or moment."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.services.interactions import InteractionQueries
from qa_studio.services.search import Hit, SearchService
from qa_studio.transcribe.masks import localise_masks
from qa_studio.ui.interactions.model import ID_ROLE, InteractionTableModel
from qa_studio.ui.tasks import Task, TaskRunner
from qa_studio.ui.theme import Tone, colour

ModelIndex = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 10
PER_INTERACTION = 5  # hits kept per interaction, in the order of the conversation
MOST_IN_VIEW = 100  # rows looked up at once: a screenful, even on a tall monitor
LIST_LEAD = 12  # characters shown before a hit in the list's column
CONTEXT = "SearchHits"
KIND_LABELS = {
    "message": QT_TRANSLATE_NOOP("SearchHits", "Message {number}"),
    "segment": QT_TRANSLATE_NOOP("SearchHits", "Call at {time}"),
    "comment": QT_TRANSLATE_NOOP("SearchHits", "Comment"),
}


def clock(ms: int) -> str:
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


def where_label(hit: Hit) -> str:
    template = QApplication.translate(CONTEXT, KIND_LABELS.get(hit.kind, hit.kind))
    if hit.kind == "message":
        return template.format(number=hit.position + 1)
    if hit.kind == "segment":
        return template.format(time=clock(hit.position))
    return template + (f" [{clock(hit.position)}]" if hit.position >= 0 else "")


def highlighted(text: str, query: str) -> str:
    """`text` as HTML with every occurrence of `query` (ignoring case) marked."""
    if not query:
        return html.escape(text)
    parts = re.split(f"({re.escape(query)})", text, flags=re.IGNORECASE)
    marked = f"background:{colour(Tone.CURRENT_BACKGROUND)};color:#000000;font-weight:bold"
    return "".join(f'<span style="{marked}">{html.escape(p)}</span>' if n % 2 else html.escape(p)
                   for n, p in enumerate(parts))  # fmt: skip


def _near(excerpt: str, query: str, before: int = LIST_LEAD) -> str:
    """The excerpt from a few characters before the hit, so a narrow column still shows the words found."""
    at = excerpt.casefold().find(query.casefold())
    if at <= before + 1:
        return excerpt
    return "…" + excerpt[at - before:].lstrip()


class HighlightDelegate(QStyledItemDelegate):
    """Paints a cell's text with the search text marked, where it holds it; other cells as usual."""

    def __init__(self, query: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = query  # a callable giving the current search text

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        query = self._query()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not query or query.casefold() not in text.casefold():
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        document = QTextDocument()
        document.setDefaultFont(item.font)
        document.setDocumentMargin(2)
        document.setHtml(f'<span style="white-space:pre">{highlighted(" ".join(text.split()), query)}</span>')
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, item.palette.color(role))
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        painter.save()
        painter.translate(area.left(), area.top() + max(0, (area.height() - document.size().height()) / 2))
        painter.setClipRect(QRectF(0, 0, area.width(), area.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()


class HitsModel(QAbstractTableModel):
    """The current interaction's hits: where (message, moment, comment) and the words around each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return where_label(hit) if index.column() == 0 else hit.excerpt
        if role == HIT_ROLE:
            return hit
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Where"), self.tr("What was found"))[section]
        return None


class SearchHits(QWidget):
    """The hits panel under the list, and the lookups behind the list's highlighted excerpts."""

    open_at = Signal(int, str, int)  # interaction id, kind (message | segment | comment), position

    def __init__(self, table: QTableView, model: InteractionTableModel, queries: InteractionQueries,
                 runner: TaskRunner | None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("searchHits")
        self._table, self._model, self._queries, self._runner = table, model, queries, runner
        self.found: dict[int, list[Hit]] = {}
        self._pending: set[int] = set()
        self._generation = 0
        self.query = ""
        self.title = QLabel(self)
        self.hits = HitsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("searchHitsView")
        self.view.setAccessibleName(self.tr("Where the search text was found"))
        self.view.setModel(self.hits)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setItemDelegateForColumn(1, HighlightDelegate(lambda: self.query, self.view))
        self.view.setToolTip(self.tr("Click a hit to open the interaction there"))
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        self.setVisible(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.look_up_rows_in_view)
        model.modelReset.connect(self._new_search)
        model.dataChanged.connect(lambda *_: self._timer.start())
        table.verticalScrollBar().valueChanged.connect(lambda _value: self._timer.start())
        table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_current(current))

    def first(self, interaction_id: int) -> Hit | None:
        hits = self.found.get(interaction_id)
        return hits[0] if hits else None

    def _new_search(self) -> None:
        self._generation += 1
        self.found, self._pending = {}, set()
        self.query = self._model.current_filter.text.strip()
        self.hits.set_hits([])
        self.setVisible(bool(self.query))
        self.title.setText(self.tr("Choose an interaction to see where “{text}” was found.").format(text=self.query))
        if self.query:
            self._timer.start()

    def _rows_in_view(self) -> list[int]:
        count = self._model.rowCount()
        if not count:
            return []
        top = max(0, self._table.rowAt(0))
        bottom = self._table.rowAt(self._table.viewport().height() - 1)
        bottom = count - 1 if bottom < 0 else bottom
        return list(range(top, min(bottom, top + MOST_IN_VIEW - 1) + 1))

    def look_up_rows_in_view(self, extra: list[int] | None = None) -> None:
        """Where the text was said in the rows on screen (and `extra` interactions) not looked up yet."""
        if not self.query:
            return
        ids = [self._model.index(row, 0).data(ID_ROLE) for row in self._rows_in_view()]
        wanted = [i for i in [*ids, *(extra or [])] if i is not None and i not in self.found and i not in self._pending]
        if not wanted:
            return
        self._pending.update(wanted)
        generation = self._generation
        search = SearchService(self._queries.database, self._queries.masked)  # as the person signed in now may read
        if self._runner is None:
            self._arrived(generation, wanted, search.hits(self.query, wanted, PER_INTERACTION))
        else:
            self._runner.start(Task(search.hits, self.query, wanted, PER_INTERACTION),
                               lambda found, g=generation, w=wanted: self._arrived(g, w, found))  # fmt: skip

    def _arrived(self, generation: int, wanted: list[int], found: dict[int, list[Hit]]) -> None:
        if generation != self._generation:
            return
        if self._queries.masked:  # the masks in the interface's language
            found = {i: [Hit(h.interaction_id, h.kind, h.position, localise_masks(h.excerpt)) for h in hits]
                     for i, hits in found.items()}  # fmt: skip
        for interaction_id in wanted:
            self._pending.discard(interaction_id)
            self.found[interaction_id] = found.get(interaction_id, [])
        self._model.show_found({i: _near(hits[0].excerpt, self.query) for i, hits in found.items() if hits})
        self._show_current(self._table.currentIndex())

    def _show_current(self, current: ModelIndex) -> None:
        interaction_id = current.data(ID_ROLE) if current.isValid() else None
        if not self.query or interaction_id is None:
            return
        if interaction_id not in self.found:
            self.look_up_rows_in_view([interaction_id])
            return
        hits = self.found[interaction_id]
        self.hits.set_hits(hits)
        self.title.setText(self.tr("Interaction {id}: where “{text}” was found — click to open it there").format(
            id=interaction_id, text=self.query) if hits else self.tr(
            "Interaction {id} matches “{text}” in its details, not in what was said.").format(
            id=interaction_id, text=self.query))  # fmt: skip

    def _clicked(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.open_at.emit(hit.interaction_id, hit.kind, hit.position)

    def sizeHint(self) -> QSize:
        return QSize(400, 150)
