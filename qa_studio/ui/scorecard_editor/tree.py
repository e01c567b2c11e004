"""Sections and their criteria as a two-level tree over the scorecard being edited."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from qa_studio.scoring.editing import ScorecardDocument

ModelIndex = QModelIndex | QPersistentModelIndex
SECTION = 0  # internal id of a section row; a criterion row's internal id is its section's number + 1


class ScorecardTreeModel(QAbstractItemModel):
    def __init__(self, document: ScorecardDocument, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.language = language

    def reload(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    @staticmethod
    def position(index: ModelIndex) -> tuple[int, int | None]:
        """(section, criterion or None) of a row."""
        if index.internalId() == SECTION:
            return index.row(), None
        return index.internalId() - 1, index.row()

    def index_of(self, section: int, criterion: int | None = None) -> QModelIndex:
        if criterion is None:
            return self.index(section, 0)
        return self.index(criterion, 0, self.index(section, 0))

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, SECTION)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == SECTION:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, SECTION)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        if not parent.isValid():
            return len(self.document.sections)
        if parent.internalId() == SECTION:
            return len(self.document.criteria(parent.row()))
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("ScorecardTree", "Section / criterion"),
                QCoreApplication.translate("ScorecardTree", "Weight / points"),
            )[section]
        return None

    def _label(self, item: dict[str, Any]) -> str:
        label = item.get("label") or {}
        first, second = ("zh", "en") if self.language.startswith("zh") else ("en", "zh")
        return label.get(first) or label.get(second) or item.get("key", "")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        section, criterion = self.position(index)
        item = self.document.sections[section] if criterion is None else self.document.criteria(section)[criterion]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return self._label(item)
            if criterion is None:
                return QCoreApplication.translate("ScorecardTree", "bonus ≤ {weight}").format(
                    weight=item.get("weight", 1)
                ) if item.get("bonus") else str(item.get("weight", 1))  # fmt: skip
            if "points" in item:
                return str(item["points"])
            options = item.get("options") or []
            return " / ".join(str(o.get("points")) for o in options if "points" in o)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.get("key", "")
        if role == Qt.ItemDataRole.FontRole and criterion is None:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None
