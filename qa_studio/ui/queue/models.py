"""Small read-only table models whose columns are described as data."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.sampling import SampledItem
from qa_studio.services.evaluations import EvaluationRow
from qa_studio.services.sampling import QueueItem

ModelIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT = "WorkColumns"
T = TypeVar("T")

CHANNELS = {
    "call": QT_TRANSLATE_NOOP("WorkColumns", "Call"),
    "chat": QT_TRANSLATE_NOOP("WorkColumns", "Chat"),
    "email": QT_TRANSLATE_NOOP("WorkColumns", "E-mail"),
    "social": QT_TRANSLATE_NOOP("WorkColumns", "Social"),
}
STATES = {
    "submitted": QT_TRANSLATE_NOOP("WorkColumns", "to acknowledge"),
    "acknowledged": QT_TRANSLATE_NOOP("WorkColumns", "acknowledged"),
    "disputed": QT_TRANSLATE_NOOP("WorkColumns", "disputed"),
    "resolved": QT_TRANSLATE_NOOP("WorkColumns", "resolved"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


EVALUATED = QT_TRANSLATE_NOOP("WorkColumns", "evaluated")
TO_DO = QT_TRANSLATE_NOOP("WorkColumns", "to do")
AGENT = QT_TRANSLATE_NOOP("WorkColumns", "Agent")
REVIEWER = QT_TRANSLATE_NOOP("WorkColumns", "Reviewer")
UNASSIGNED = QT_TRANSLATE_NOOP("WorkColumns", "unassigned")


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], str]
    width: int = 120


class RowsModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], row_id: Callable[[T], int], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._row_id = row_id
        self.rows: list[T] = []

    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(self.columns[section].header)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()].text(row)
        if role == ID_ROLE:
            return self._row_id(row)
        return None


def queue_model(parent: Any = None) -> RowsModel[QueueItem]:
    return RowsModel(
        (
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Interaction"), lambda r: str(r.interaction_id), 90),
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Channel"), lambda r: _t(CHANNELS.get(r.channel, r.channel)), 80),
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Agent"), lambda r: r.agent or "", 130),
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Picked by"), lambda r: r.rule, 320),
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Plan"), lambda r: r.plan, 140),
            Column(
                QT_TRANSLATE_NOOP("WorkColumns", "Status"),
                lambda r: _t(EVALUATED) if r.evaluated else _t(TO_DO),
                90,
            ),
        ),
        lambda r: r.interaction_id,
        parent,
    )


def evaluation_model(parent: Any = None) -> RowsModel[EvaluationRow]:
    return RowsModel(
        (
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Evaluation"), lambda r: str(r.id), 80),
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Interaction"), lambda r: str(r.interaction_id), 90),
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Channel"), lambda r: _t(CHANNELS.get(r.channel, r.channel)), 80),
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Agent"), lambda r: r.agent or "", 130),
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Reviewer"), lambda r: r.reviewer, 110),
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Score"), lambda r: "" if r.score is None else str(r.score), 70),
            Column(QT_TRANSLATE_NOOP("WorkColumns", "State"), lambda r: _t(STATES.get(r.state, r.state)), 110),
            Column(
                QT_TRANSLATE_NOOP("WorkColumns", "Open disputes"),
                lambda r: str(r.open_disputes) if r.open_disputes else "",
                100,
            ),
            Column(
                QT_TRANSLATE_NOOP("WorkColumns", "Submitted"),
                lambda r: r.submitted_at.strftime("%Y-%m-%d %H:%M") if r.submitted_at else "",
                130,
            ),
        ),
        lambda r: r.id,
        parent,
    )


@dataclass(frozen=True, slots=True)
class QuotaLine:
    kind: str  # "agent" or "reviewer"
    name: str
    done: int
    total: int


def quota_model(parent: Any = None) -> RowsModel[QuotaLine]:
    return RowsModel(
        (
            Column(
                QT_TRANSLATE_NOOP("WorkColumns", "For"),
                lambda r: _t(AGENT) if r.kind == "agent" else _t(REVIEWER),
                90,
            ),
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Name"), lambda r: r.name, 150),
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Evaluated"), lambda r: f"{r.done} / {r.total}", 90),
            Column(
                QT_TRANSLATE_NOOP("WorkColumns", "Progress"),
                lambda r: f"{100 * r.done // r.total} %" if r.total else "—",
                90,
            ),
        ),
        lambda r: 0,
        parent,
    )


@dataclass(frozen=True, slots=True)
class PreviewLine:
    item: SampledItem
    agent: str
    reviewer: str | None


def preview_model(parent: Any = None) -> RowsModel[PreviewLine]:
    return RowsModel(
        (
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Interaction"), lambda r: str(r.item.interaction_id), 90),
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Agent"), lambda r: r.agent, 130),
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Reviewer"), lambda r: r.reviewer or _t(UNASSIGNED), 110),
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Picked by"), lambda r: r.item.rule, 360),
        ),
        lambda r: r.item.interaction_id,
        parent,
    )


def calibration_model(parent: Any = None) -> RowsModel[Any]:
    """Open calibration sessions the reviewer takes part in (SessionSummary rows)."""
    return RowsModel(
        (
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Calibration session"), lambda r: r.title, 360),
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Scorecard"), lambda r: f"{r.scorecard_key} v{r.scorecard_version}",
                   180),  # fmt: skip
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Interactions"), lambda r: str(len(r.interaction_ids)), 100),
            Column(QT_TRANSLATE_NOOP("WorkColumns", "Lead"), lambda r: r.created_by, 120),
        ),
        lambda r: r.id,
        parent,
    )
