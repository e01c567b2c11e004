"""A read-only table of one evaluation's criteria: answer, points, failure kind, the original, the dispute."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.reports.labels import answer_text, plain_number
from qa_studio.scoring.model import FailKind, Scorecard
from qa_studio.services.evaluations import EvaluationView
from qa_studio.ui.theme import Tone, brush

ModelIndex = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT = "EvaluationColumns"
HEADERS = (
    QT_TRANSLATE_NOOP("EvaluationColumns", "Section"),
    QT_TRANSLATE_NOOP("EvaluationColumns", "Criterion"),
    QT_TRANSLATE_NOOP("EvaluationColumns", "Answer"),
    QT_TRANSLATE_NOOP("EvaluationColumns", "Points"),
    QT_TRANSLATE_NOOP("EvaluationColumns", "Failure"),
    QT_TRANSLATE_NOOP("EvaluationColumns", "Dispute"),
    QT_TRANSLATE_NOOP("EvaluationColumns", "As first submitted"),
    QT_TRANSLATE_NOOP("EvaluationColumns", "Comment"),
)
DISPUTE_STATES = {
    "open": QT_TRANSLATE_NOOP("EvaluationColumns", "open"),
    "accepted": QT_TRANSLATE_NOOP("EvaluationColumns", "accepted"),
    "partly accepted": QT_TRANSLATE_NOOP("EvaluationColumns", "partly accepted"),
    "rejected": QT_TRANSLATE_NOOP("EvaluationColumns", "rejected"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True, slots=True)
class CriterionLine:
    key: str
    section: str
    label: str
    answer: str
    points: str
    failure: str
    original: str
    comment: str
    dispute: str
    applicable: bool
    changed: bool
    fail_kind: FailKind | None


def _points(entry: dict[str, Any] | None) -> str:
    if not entry or not entry.get("applicable", True) or Decimal(entry["possible"]) == 0:
        return ""
    return f"{plain_number(entry['earned'])} / {plain_number(entry['possible'])}"


def build_lines(scorecard: Scorecard, view: EvaluationView, language: str) -> list[CriterionLine]:
    now = (view.result or {}).get("criteria", {})
    first = (view.original_result or {}).get("criteria", {})
    disputes: dict[str, str] = {}
    for dispute in view.disputes:
        disputes[dispute["criterion"]] = _t(DISPUTE_STATES.get(dispute["state"], dispute["state"]))
    lines = []
    for section in scorecard.sections:
        for criterion in section.criteria:
            entry = now.get(criterion.key)
            failed = bool(entry and entry.get("failed"))
            failure = ""
            if failed and criterion.fail == FailKind.FATAL:
                failure = _t(QT_TRANSLATE_NOOP("EvaluationColumns", "Fatal — fails the evaluation"))
            elif failed and criterion.fail == FailKind.SECTION_CRITICAL:
                failure = _t(QT_TRANSLATE_NOOP("EvaluationColumns", "Section-critical — fails its section"))
            elif failed:
                failure = _t(QT_TRANSLATE_NOOP("EvaluationColumns", "Not met"))
            points, original = _points(entry), _points(first.get(criterion.key))
            answer = view.answers.get(criterion.key)
            lines.append(
                CriterionLine(
                    criterion.key,
                    section.label.get(language),
                    criterion.label.get(language),
                    answer_text(criterion, answer, language),
                    points,
                    failure,
                    original if original != points else "",
                    (answer.comment or "") if answer else "",
                    disputes.get(criterion.key, ""),
                    bool(entry is None or entry.get("applicable", True)),
                    original != points and bool(first),
                    criterion.fail if failed else None,
                )
            )
    return lines


class CriteriaModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[CriterionLine] = []

    def set_lines(self, lines: list[CriterionLine]) -> None:
        self.beginResetModel()
        self._lines = lines
        self.endResetModel()

    def line(self, row: int) -> CriterionLine:
        return self._lines[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (line.section, line.label, line.answer, line.points, line.failure, line.dispute, line.original,
                      line.comment)  # fmt: skip
            # A criterion that does not apply still shows its dispute and comment: a dispute may be about exactly that.
            return values[index.column()] if line.applicable or index.column() in (0, 1, 5, 7) else (
                _t(QT_TRANSLATE_NOOP("EvaluationColumns", "does not apply")) if index.column() == 2 else ""
            )
        if role == KEY_ROLE:
            return line.key
        if role == Qt.ItemDataRole.ForegroundRole:
            if not line.applicable:
                return brush(Tone.MUTED)
            if index.column() == 4 and line.fail_kind == FailKind.FATAL:
                return brush(Tone.DANGER)
            if index.column() == 4 and line.fail_kind == FailKind.SECTION_CRITICAL:
                return brush(Tone.WARNING)
        if role == Qt.ItemDataRole.BackgroundRole:
            if index.column() == 5 and line.dispute == _t(DISPUTE_STATES["open"]):
                return brush(Tone.NOTICE_BACKGROUND)
            if index.column() in (3, 6) and line.changed:
                return brush(Tone.CHANGED_BACKGROUND)
        return None
