"""An editable table over a list of small dicts (options, bands, root causes), columns described as data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Field:
    header: str  # marked with QT_TRANSLATE_NOOP("ScorecardEditor", …)
    path: tuple[str, ...]  # ("label", "en") edits row["label"]["en"]
    kind: type = str  # str, float or bool


def _get(row: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = row
    for part in path:
        value = (value or {}).get(part)
    return value


def _set(row: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    target = row
    for part in path[:-1]:
        target = target.setdefault(part, {})
    target[path[-1]] = value


class RowsModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, fields: tuple[Field, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self.fields = fields
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Edits go straight into `rows` (the scorecard being edited), not into a copy."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ScorecardEditor", self.fields[section].header)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.fields[index.column()].kind is bool:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = self.fields[index.column()]
        value = _get(self.rows[index.row()], field.path)
        if field.kind is bool:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if field.kind is float and isinstance(value, int | float):
                return float(value) if role == Qt.ItemDataRole.EditRole else f"{value:g}"
            return "" if value is None else str(value)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        field = self.fields[index.column()]
        row = self.rows[index.row()]
        if field.kind is bool and role == Qt.ItemDataRole.CheckStateRole:
            _set(row, field.path, Qt.CheckState(value) == Qt.CheckState.Checked)
        elif role == Qt.ItemDataRole.EditRole:
            if field.kind is float:
                try:
                    number = float(value)
                except (TypeError, ValueError):
                    return False
                _set(row, field.path, int(number) if number.is_integer() else number)
            else:
                _set(row, field.path, str(value).strip())
        else:
            return False
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def append(self, row: dict[str, Any]) -> None:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()
        self.edited.emit()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.edited.emit()


class RowsEditor(QWidget):
    """The table with Add and Remove buttons."""

    def __init__(
        self, fields: tuple[Field, ...], new_row: Callable[[list[dict[str, Any]]], dict[str, Any]], name: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.model = RowsModel(fields, self)
        self._new_row = new_row
        self.table = QTableView(self)
        self.table.setObjectName(name)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.add_button = QPushButton(QCoreApplication.translate("ScorecardEditor", "Add"), self)
        self.add_button.clicked.connect(lambda: self.model.append(self._new_row(self.model.rows)))
        self.remove_button = QPushButton(QCoreApplication.translate("ScorecardEditor", "Remove"), self)
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _remove(self) -> None:
        rows = self.table.selectionModel().selectedRows() or self.table.selectionModel().selectedIndexes()
        if rows:
            self.model.remove(rows[0].row())
