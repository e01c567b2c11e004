"""Per-file import verdicts as a table model: imported, duplicate, or refused and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from qa_studio.domain import ImportOutcome, ImportResult
from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.ui.theme import Tone, brush

CONTEXT = "ImportResults"
ONE_INTERACTION = QT_TRANSLATE_NOOP("ImportResults", "1 interaction")
INTERACTIONS = QT_TRANSLATE_NOOP("ImportResults", "{count} interactions")
HEADERS = (
    QT_TRANSLATE_NOOP("ImportResults", "Result"),
    QT_TRANSLATE_NOOP("ImportResults", "File"),
    QT_TRANSLATE_NOOP("ImportResults", "Details"),
)
OUTCOME_LABELS = {
    ImportOutcome.IMPORTED: QT_TRANSLATE_NOOP("ImportResults", "Imported"),
    ImportOutcome.DUPLICATE: QT_TRANSLATE_NOOP("ImportResults", "Duplicate"),
    ImportOutcome.REFUSED: QT_TRANSLATE_NOOP("ImportResults", "Refused"),
}
OUTCOME_TONES = {
    ImportOutcome.IMPORTED: Tone.SUCCESS,
    ImportOutcome.DUPLICATE: Tone.WARNING,
    ImportOutcome.REFUSED: Tone.DANGER,
}


class ImportResultsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._results: list[ImportResult] = []

    def set_results(self, results: list[ImportResult]) -> None:
        self.beginResetModel()
        self._results = list(results)
        self.endResetModel()

    def results(self) -> list[ImportResult]:
        return list(self._results)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._results)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self._results[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return QCoreApplication.translate(CONTEXT, OUTCOME_LABELS[result.outcome])
            if index.column() == 1:
                return result.path
            if result.interaction_ids and not result.reason:
                count = len(result.interaction_ids)
                if count == 1:
                    return QCoreApplication.translate(CONTEXT, ONE_INTERACTION)
                return QCoreApplication.translate(CONTEXT, INTERACTIONS).format(count=count)
            return result.reason
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return brush(OUTCOME_TONES[result.outcome])
        if role == Qt.ItemDataRole.UserRole:
            return result.outcome.value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        return None
