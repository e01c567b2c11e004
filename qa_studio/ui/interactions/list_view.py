"""The interaction list: filter bar over a table view, column state kept between sessions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QSplitter, QTableView, QVBoxLayout, QWidget

from qa_studio.services.interactions import InteractionQueries
from qa_studio.settings import INTERACTION_HEADER, Settings
from qa_studio.ui.interactions.filter_bar import FilterBar
from qa_studio.ui.interactions.hits import HighlightDelegate, SearchHits
from qa_studio.ui.interactions.model import COLUMNS, ID_ROLE, InteractionTableModel, translated
from qa_studio.ui.tasks import TaskRunner

SUBJECT = next(n for n, c in enumerate(COLUMNS) if c.key == "subject")


class InteractionList(QWidget):
    open_requested = Signal(int)
    open_at_requested = Signal(int, str, int)  # at a search hit: interaction, kind, position
    count_changed = Signal(int)

    def __init__(
        self,
        queries: InteractionQueries,
        settings: Settings,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        """`runner`: where pages of the list are read (off the GUI thread); None reads them in place."""
        super().__init__(parent)
        self._queries = queries
        self._settings = settings
        self.filters = FilterBar(self)
        self.model = InteractionTableModel(queries, self, runner)
        self.table = QTableView(self)
        self.table.setObjectName("interactionTable")
        self.table.setAccessibleName(self.tr("Interactions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Uniform row heights let the view skip measuring rows it has not fetched yet.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for number, column in enumerate(COLUMNS):
            header.resizeSection(number, column.width)
        self.table.setSortingEnabled(True)
        self._sorted = (2, Qt.SortOrder.DescendingOrder)  # newest first; kept as the order the rows are in
        self.table.sortByColumn(*self._sorted)
        saved = settings.get(INTERACTION_HEADER)
        if saved is not None and not saved.isEmpty():
            header.restoreState(saved)
        # A click on a column the list cannot be ordered by (automatic score and flags, first words, source) leaves
        # the order as it is, and so does the header's arrow: it stays on the column the rows are ordered by.
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self._sort_indicator_changed(header.sortIndicatorSection(), header.sortIndicatorOrder())

        # While searching: hits highlighted in the list and listed for the current row, each opening where it is.
        self.hits = SearchHits(self.table, self.model, queries, runner, self)
        self.table.setItemDelegateForColumn(SUBJECT, HighlightDelegate(lambda: self.hits.query, self.table))
        self.hits.open_at.connect(self.open_at_requested)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.hits)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(splitter)

        self.filters.filter_changed.connect(self._apply_filter)
        # A double-click emits `activated` too (as does Enter): connecting doubleClicked as well opened two windows.
        self.table.activated.connect(self._open)
        self.model.modelReset.connect(lambda: self.count_changed.emit(self.model.rowCount()))

    def refresh(self) -> None:
        """Reload choices and rows from the database (after an import, or when told something changed)."""
        self.filters.set_choices(self._queries.agents(), self._queries.teams())
        self.model.set_filter(self.filters.current())

    def _apply_filter(self, flt: object) -> None:
        self.model.set_filter(flt)  # type: ignore[arg-type]

    def _open(self, index: QModelIndex) -> None:
        interaction_id = index.data(ID_ROLE)
        if interaction_id is None:
            return
        if (hit := self.hits.first(int(interaction_id))) is not None:  # searching: open where it was said
            self.open_at_requested.emit(hit.interaction_id, hit.kind, hit.position)
        else:
            self.open_requested.emit(int(interaction_id))

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(i.data(ID_ROLE)) for i in rows if i.data(ID_ROLE) is not None]

    def _header_menu(self, position: object) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for number, column in enumerate(COLUMNS):
            action = menu.addAction(translated(column.header))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.setEnabled(column.hideable)
            action.toggled.connect(lambda on, n=number: header.setSectionHidden(n, not on))
        menu.exec(header.mapToGlobal(position))  # type: ignore[arg-type]

    def _sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        if 0 <= section < len(COLUMNS) and COLUMNS[section].sort is not None:
            self._sorted = (section, order)
            return
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(True)
        header.setSortIndicator(*self._sorted)
        header.blockSignals(blocked)

    def save_state(self) -> None:
        self._settings.set(INTERACTION_HEADER, self.table.horizontalHeader().saveState())
