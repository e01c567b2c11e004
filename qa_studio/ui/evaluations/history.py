"""An evaluation's history (its audit entries) as a table, and as CSV for export."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.reports.cells import csv_row
from qa_studio.services.evaluations import HistoryLine

ModelIndex = QModelIndex | QPersistentModelIndex
CONTEXT = "EvaluationHistory"
HEADERS = (
    QT_TRANSLATE_NOOP("EvaluationHistory", "When (UTC)"),
    QT_TRANSLATE_NOOP("EvaluationHistory", "Who"),
    QT_TRANSLATE_NOOP("EvaluationHistory", "What"),
    QT_TRANSLATE_NOOP("EvaluationHistory", "Details"),
)
ACTIONS = {
    "evaluation_started": QT_TRANSLATE_NOOP("EvaluationHistory", "started"),
    "evaluation_submitted": QT_TRANSLATE_NOOP("EvaluationHistory", "submitted"),
    "evaluation_edited": QT_TRANSLATE_NOOP("EvaluationHistory", "changed after submit"),
    "evaluation_acknowledged": QT_TRANSLATE_NOOP("EvaluationHistory", "acknowledged by the agent"),
    "dispute_raised": QT_TRANSLATE_NOOP("EvaluationHistory", "dispute raised"),
    "dispute_resolved": QT_TRANSLATE_NOOP("EvaluationHistory", "dispute decided"),
    "answer_changed": QT_TRANSLATE_NOOP("EvaluationHistory", "answer changed"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def details_text(line: HistoryLine) -> str:
    """The detail of an entry in one readable line: reason first, then changes as old → new."""
    detail = dict(line.detail)
    parts = []
    if reason := detail.pop("reason", None):
        parts.append(f"“{reason}”")
    for change in detail.pop("changes", []) or []:
        parts.append(f"{change.get('criterion')}: {_value(change.get('old'))} → {_value(change.get('new'))}")
    score = detail.pop("score", None)
    score_word = _t(QT_TRANSLATE_NOOP("EvaluationHistory", "score"))
    if isinstance(score, dict):
        parts.append(score_word + f": {_value(score.get('old'))} → {_value(score.get('new'))}")
    elif score is not None:
        parts.append(score_word + f": {score}")
    parts.extend(f"{key}: {_value(value)}" for key, value in detail.items())
    return "; ".join(parts)


def action_text(line: HistoryLine) -> str:
    return _t(ACTIONS[line.action]) if line.action in ACTIONS else line.action.replace("_", " ")


def write_history_csv(lines: list[HistoryLine], path: Path) -> None:
    """UTF-8 with BOM so Excel opens Chinese names and comments correctly; text that could start a formula is
    escaped (see qa_studio.reports.cells)."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(csv_row([_t(h) for h in HEADERS] + ["action", "detail_json"]))
        for line in lines:
            writer.writerow(csv_row([
                line.at.strftime("%Y-%m-%d %H:%M:%S"), line.actor, action_text(line), details_text(line),
                line.action, json.dumps(line.detail, ensure_ascii=False),
            ]))  # fmt: skip


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[HistoryLine] = []

    def set_lines(self, lines: list[HistoryLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        line = self.lines[index.row()]
        return (line.at.strftime("%Y-%m-%d %H:%M"), line.actor, action_text(line), details_text(line))[index.column()]
