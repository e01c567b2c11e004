"""Table models of the calibration window: sessions, the status board, the reveal grid and the statistics."""

from __future__ import annotations

import math
import textwrap
from collections import Counter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.reports.figures import interval_text, number_text, percent_text
from qa_studio.reports.labels import answer_text, stored_answer
from qa_studio.scoring.calibration_stats import CriterionAnswer
from qa_studio.scoring.model import Scorecard
from qa_studio.services.calibration_sessions import BoardLine, SessionResults, SessionSummary
from qa_studio.ui.theme import Tone, brush

ModelIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT = "CalibrationColumns"
TITLE_WIDTH = 24  # characters of a session title per line of a drift column's header


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


STATES = {
    "open": QT_TRANSLATE_NOOP("CalibrationColumns", "scoring"),
    "revealed": QT_TRANSLATE_NOOP("CalibrationColumns", "revealed"),
    "closed": QT_TRANSLATE_NOOP("CalibrationColumns", "closed"),
    "not started": QT_TRANSLATE_NOOP("CalibrationColumns", "not started"),
    "draft": QT_TRANSLATE_NOOP("CalibrationColumns", "in progress"),
    "submitted": QT_TRANSLATE_NOOP("CalibrationColumns", "finished"),
}


def number(value: float, digits: int = 2) -> str:
    return number_text(value, digits)


def percent(value: float) -> str:
    return percent_text(value)


class _Table(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.column_headers())

    def column_headers(self) -> tuple[str, ...]:
        return tuple(_t(h) for h in self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.column_headers()[section]
        return None


def _title_lines(title: str, width: int = TITLE_WIDTH, lines: int = 3) -> str:
    """A session's title on up to `lines` lines of `width` characters, so each session's column stays narrow enough
    for the window to fit a laptop's screen; what does not fit ends in "…" (the header's tooltip has it whole)."""
    wrapped = textwrap.wrap(title, width) or [""]
    if len(wrapped) > lines:
        wrapped = [*wrapped[: lines - 1], wrapped[lines - 1][: width - 1] + "…"]
    return "\n".join(wrapped)


class SessionsModel(_Table):
    headers = (
        QT_TRANSLATE_NOOP("CalibrationColumns", "Session"),
        QT_TRANSLATE_NOOP("CalibrationColumns", "State"),
        QT_TRANSLATE_NOOP("CalibrationColumns", "Scorecard"),
        QT_TRANSLATE_NOOP("CalibrationColumns", "Reviewers"),
        QT_TRANSLATE_NOOP("CalibrationColumns", "Created"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[SessionSummary] = []

    def set_rows(self, rows: list[SessionSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.title, _t(STATES[row.state]), f"{row.scorecard_key} v{row.scorecard_version}",
                    ", ".join(row.reviewers), row.created_at.strftime("%Y-%m-%d"))[index.column()]  # fmt: skip
        return None


class BoardModel(_Table):
    """People down, items across: who has finished which item (never their answers)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str]] = []  # (person, role)
        self.items: list[int] = []
        self.states: dict[tuple[str, str, int], str] = {}

    def set_lines(self, lines: list[BoardLine]) -> None:
        self.beginResetModel()
        self.rows = list(dict.fromkeys((line.person, line.role) for line in lines))
        self.items = list(dict.fromkeys(line.interaction_id for line in lines))
        self.states = {(line.person, line.role, line.interaction_id): line.state for line in lines}
        self.endResetModel()

    def column_headers(self) -> tuple[str, ...]:
        item = _t(QT_TRANSLATE_NOOP("CalibrationColumns", "Interaction {id}"))
        return (_t(QT_TRANSLATE_NOOP("CalibrationColumns", "Reviewer")), *(item.format(id=i) for i in self.items))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person, part = self.rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                expert = _t(QT_TRANSLATE_NOOP("CalibrationColumns", "expert"))
                return person + (f" ({expert})" if part == "expert" else "")
            return None
        state = self.states.get((person, part, self.items[index.column() - 1]), "not started")
        if role == Qt.ItemDataRole.DisplayRole:
            return _t(STATES[state])
        if role == Qt.ItemDataRole.ForegroundRole:
            return brush({"submitted": Tone.SUCCESS, "draft": Tone.ACCENT}.get(state, Tone.MUTED))
        return None


class GridModel(_Table):
    """Criteria down, reviewers (and the benchmark) across, for one interaction; answers that differ from the
    benchmark — or, without one, from what most reviewers answered — are highlighted."""

    def __init__(self, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.results: SessionResults | None = None
        self.interaction_id: int | None = None
        self.rows: list[tuple[str, str]] = []  # (criterion key, label)
        self.people: list[str] = []
        self.with_benchmark = False

    def show(self, results: SessionResults, interaction_id: int) -> None:
        self.beginResetModel()
        self.results, self.interaction_id = results, interaction_id
        scorecard: Scorecard = results.scorecard
        self.rows = [(c.key, c.label.get(self.language)) for c in scorecard.criteria() if c.type.scoring]
        self.people = list(results.reviewers)
        self.with_benchmark = any(e.interaction == str(interaction_id) for e in results.benchmark)
        self.endResetModel()

    def column_headers(self) -> tuple[str, ...]:
        benchmark = (_t(QT_TRANSLATE_NOOP("CalibrationColumns", "Benchmark")),) if self.with_benchmark else ()
        return (_t(QT_TRANSLATE_NOOP("CalibrationColumns", "Criterion")), *self.people, *benchmark)

    def _answer(self, column: int, key: str) -> CriterionAnswer | None:
        assert self.results is not None and self.interaction_id is not None
        if column <= len(self.people):
            return self.results.answer(self.people[column - 1], self.interaction_id, key)
        benchmark = [e for e in self.results.benchmark if e.interaction == str(self.interaction_id)]
        return next((a for a in benchmark[0].answers if a.criterion == key), None) if benchmark else None

    def _reference(self, key: str) -> Any:
        if self.with_benchmark:
            found = self._answer(len(self.people) + 1, key)
            return found.value if found else None
        found = (self._answer(column, key) for column in range(1, len(self.people) + 1))
        values = [a.value for a in found if a is not None and a.value is not None]
        return Counter(values).most_common(1)[0][0] if values else None

    def disagreements(self) -> int:
        return sum(1 for r in range(len(self.rows)) for c in range(1, len(self.people) + 1) if self._differs(r, c))

    def _differs(self, row: int, column: int) -> bool:
        key = self.rows[row][0]
        found = self._answer(column, key)
        return found is not None and found.value is not None and found.value != self._reference(key)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.results is None:
            return None
        key, label = self.rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return label
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.results.notes.get(key) or key
            return None
        found = self._answer(index.column(), key)
        criterion = self.results.scorecard.criterion(key)
        if role == Qt.ItemDataRole.DisplayRole:
            if found is None or criterion is None:
                return ""
            text = answer_text(criterion, stored_answer(criterion.type, found.value), self.language)
            return f"{text}  ({number(found.earned, 1)}/{number(found.possible, 0)})" if found.possible else text
        if role == Qt.ItemDataRole.BackgroundRole and index.column() <= len(self.people) and self._differs(
            index.row(), index.column()
        ):
            return brush(Tone.NOTICE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and found is not None and found.failed:
            return brush(Tone.DANGER if found.fail_kind == "fatal" else Tone.WARNING)
        return None


class ReviewerStatsModel(_Table):
    headers = (
        QT_TRANSLATE_NOOP("CalibrationColumns", "Reviewer"),
        QT_TRANSLATE_NOOP("CalibrationColumns", "Deviation (points)"),
        QT_TRANSLATE_NOOP("CalibrationColumns", "Absolute deviation"),
        QT_TRANSLATE_NOOP("CalibrationColumns", "Within tolerance"),
        QT_TRANSLATE_NOOP("CalibrationColumns", "Criterion alignment"),
        QT_TRANSLATE_NOOP("CalibrationColumns", "Criteria aligned"),
        QT_TRANSLATE_NOOP("CalibrationColumns", "Critical missed"),
        QT_TRANSLATE_NOOP("CalibrationColumns", "Wrongly failed"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            signed = number_text(r.mean_signed_deviation, 1, signed=True)
            return (r.reviewer, signed, number(r.mean_abs_deviation, 1), percent(r.within_tolerance_share),
                    percent(r.criterion_alignment), percent(r.criteria_aligned_share), str(len(r.critical_missed)),
                    str(len(r.critical_wrongly_failed)))[index.column()]  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return _t(
                QT_TRANSLATE_NOOP("CalibrationColumns", "Below 0: stricter than the benchmark; above 0: more lenient")
            )
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (6, 7) and (
            r.critical_missed if index.column() == 6 else r.critical_wrongly_failed
        ):
            return brush(Tone.DANGER)
        return None


KAPPA_WORDS = {
    "poor": QT_TRANSLATE_NOOP("CalibrationColumns", "poor"),
    "slight": QT_TRANSLATE_NOOP("CalibrationColumns", "slight"),
    "fair": QT_TRANSLATE_NOOP("CalibrationColumns", "fair"),
    "moderate": QT_TRANSLATE_NOOP("CalibrationColumns", "moderate"),
    "substantial": QT_TRANSLATE_NOOP("CalibrationColumns", "substantial"),
    "almost perfect": QT_TRANSLATE_NOOP("CalibrationColumns", "almost perfect"),
}


class CriterionStatsModel(_Table):
    headers = (
        QT_TRANSLATE_NOOP("CalibrationColumns", "Criterion"),
        QT_TRANSLATE_NOOP("CalibrationColumns", "Agreement"),
        QT_TRANSLATE_NOOP("CalibrationColumns", "Krippendorff's alpha (95 % CI)"),
        QT_TRANSLATE_NOOP("CalibrationColumns", "Fleiss' kappa (95 % CI)"),
        QT_TRANSLATE_NOOP("CalibrationColumns", "Reading"),
        QT_TRANSLATE_NOOP("CalibrationColumns", "Note"),
    )

    def __init__(self, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.rows: list[Any] = []
        self.labels: dict[str, str] = {}
        self.notes: dict[str, str] = {}

    def show(self, results: SessionResults) -> None:
        self.beginResetModel()
        self.rows = list(results.stats.criteria)
        self.labels = {c.key: c.label.get(self.language) for c in results.scorecard.criteria()}
        self.notes = dict(results.notes)
        self.endResetModel()

    def key(self, row: int) -> str:
        return self.rows[row].criterion

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            alpha = f"{number(c.alpha)}  {interval_text(c.alpha_ci)}".strip()
            kappa = f"{number(c.kappa)}  {interval_text(c.kappa_ci)}".strip()
            reading = _t(KAPPA_WORDS[c.kappa_reading]) if c.kappa_reading in KAPPA_WORDS else "—"
            return (self.labels.get(c.criterion, c.criterion), percent(c.percent_agreement), alpha, kappa,
                    reading, self.notes.get(c.criterion, ""))[index.column()]  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return _t(QT_TRANSLATE_NOOP(
                "CalibrationColumns",
                "Raw agreement is inflated when nearly every answer is the same; read it beside alpha and kappa",
            ))  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (2, 3):
            return _t(QT_TRANSLATE_NOOP(
                "CalibrationColumns",
                "95 % interval: percentile bootstrap over the interactions (1,000 resamples, fixed seed); criteria "
                "hidden by the scorecard's conditions on an interaction are left out there",
            ))  # fmt: skip
        return None


class DriftModel(_Table):
    """Reviewers down, revealed sessions across (oldest first): the signed deviation from the benchmark, so a lead
    sees who is drifting stricter or more lenient over the months."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[str] = []
        self.sessions: list[SessionSummary] = []
        self.values: dict[tuple[str, int], Any] = {}

    def set_drift(self, drift: dict[str, list[tuple[SessionSummary, Any]]]) -> None:
        self.beginResetModel()
        self.rows = sorted(drift)
        by_id = {summary.id: summary for points in drift.values() for summary, _stats in points}
        self.sessions = sorted(by_id.values(), key=lambda s: (s.created_at, s.id))
        self.values = {(name, summary.id): stats for name, points in drift.items() for summary, stats in points}
        self.endResetModel()

    def column_headers(self) -> tuple[str, ...]:
        return (_t(QT_TRANSLATE_NOOP("CalibrationColumns", "Reviewer")),
                *(f"{s.created_at:%Y-%m-%d}\n{_title_lines(s.title)}" for s in self.sessions))  # fmt: skip

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return self.sessions[section - 1].title
        return super().headerData(section, orientation, role)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name = self.rows[index.row()]
        if index.column() == 0:
            return name if role == Qt.ItemDataRole.DisplayRole else None
        found = self.values.get((name, self.sessions[index.column() - 1].id))
        if found is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            signed = number_text(found.mean_signed_deviation, 1, signed=True)
            return f"{signed}  ({percent(found.within_tolerance_share)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return _t(QT_TRANSLATE_NOOP(
                "CalibrationColumns",
                "Deviation from the benchmark in points (share of evaluations within the tolerance)",
            ))  # fmt: skip
        if role == Qt.ItemDataRole.ForegroundRole and not math.isnan(found.mean_signed_deviation):
            if abs(found.mean_signed_deviation) > 5:
                return brush(Tone.DANGER)
        return None
