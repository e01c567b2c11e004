"""The team figures worked out by the database: submitted evaluations tallied per agent and day, grouped by their
criterion outcomes (stored beside each result as one canonical text, so evaluations that came out alike are one
group), and replies counted from the waits marked when messages are stored. A page over 100,000 interactions then
moves a few thousand grouped rows instead of every evaluation, message and result through Python. SQLite and
PostgreSQL differ only in the fragments chosen here."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session
from sqlalchemy.types import Date, DateTime, Integer

from qa_studio.storage.rollups import NO_DAY, failed

# A criterion's outcome as flags: counted (it applied and was worth points), failed, applicable.
COUNTED, FAILED, APPLICABLE = 1, 2, 4

NO_DAY_DATE = date.fromisoformat(NO_DAY)

# Every evaluation that counts in a report: submitted (or later), never calibration practice.
COUNTED_EVALUATION = "e.state <> 'draft' AND e.calibration_session_id IS NULL"


@dataclass(frozen=True, slots=True)
class Scope:
    """Interactions started in [since, until) of the given agents (every agent when None); `hidden`: evaluations the
    reader may not see (originals they are re-scoring blind), left out of every figure."""

    since: datetime | None = None
    until: datetime | None = None
    agent_ids: Sequence[int] | None = None
    hidden: Sequence[int] = ()

    @classmethod
    def of(cls, start: date | None, end: date | None, agent_ids: Sequence[int] | None = None,
           hidden: Sequence[int] = ()) -> Scope:  # fmt: skip
        def midnight(day: date | None) -> datetime | None:
            return None if day is None else datetime.combine(day, datetime.min.time())

        return cls(midnight(start), midnight(end), None if agent_ids is None else list(agent_ids), tuple(hidden))

    @property
    def rolled_up(self) -> bool:
        """True when the per-day rollups (storage/rollups.py) answer exactly: whole days, nothing hidden."""
        whole = all(moment is None or moment.time() == datetime.min.time() for moment in (self.since, self.until))
        return whole and not self.hidden

    def counted(self, session: Session, alias: str = "e") -> str:
        """SQL true for the evaluations `alias` that count in a report and that the reader may see. (On SQLite the
        unary + keeps it from walking the index of calibration sessions, where every production evaluation sits
        under NULL, instead of the interactions of the scope; PostgreSQL estimates better without it.)"""
        plus = "+" if dialect(session) == "sqlite" else ""
        condition = f"{alias}.state <> 'draft' AND {plus}{alias}.calibration_session_id IS NULL"
        return condition + (f" AND {alias}.id NOT IN :hidden" if self.hidden else "")

    def days(self, alias: str = "r") -> str:
        """SQL conditions on the rollup table `alias` (agent_id, day), bound by `bind`."""
        return self._bounds(f"{alias}.day >= :since_day", f"{alias}.day < :until_day AND {alias}.day > '{NO_DAY}'",
                            alias)  # fmt: skip

    def where(self, alias: str = "i") -> str:
        """SQL conditions on the interactions table `alias`, bound by `bind`."""
        return self._bounds(f"{alias}.started_at >= :since", f"{alias}.started_at < :until", alias)

    def _bounds(self, from_since: str, before_until: str, alias: str) -> str:
        parts = ["1 = 1"]
        if self.since is not None:
            parts.append(from_since)
        if self.until is not None:
            parts.append(before_until)
        if self.agent_ids is not None:
            parts.append(f"{alias}.agent_id IN :agent_ids")
        return " AND ".join(parts)

    def bind(self, sql: str, **extra: Any) -> Any:
        statement = text(sql)
        params: dict[str, Any] = dict(extra)
        if self.since is not None and ":since" in sql.replace(":since_day", ""):
            statement = statement.bindparams(bindparam("since", type_=DateTime))
            params["since"] = self.since
        if self.until is not None and ":until" in sql.replace(":until_day", ""):
            statement = statement.bindparams(bindparam("until", type_=DateTime))
            params["until"] = self.until
        if self.agent_ids is not None:
            # An empty team matches nothing; IN () is not SQL, so an id no row has stands in.
            statement = statement.bindparams(bindparam("agent_ids", expanding=True, type_=Integer))
            params["agent_ids"] = list(self.agent_ids) or [-1]
        if self.hidden and ":hidden" in sql:
            statement = statement.bindparams(bindparam("hidden", expanding=True, type_=Integer))
            params["hidden"] = list(self.hidden)
        for name, moment in (("since_day", self.since), ("until_day", self.until)):
            if moment is not None and f":{name}" in sql:
                statement = statement.bindparams(bindparam(name, type_=Date))
                params[name] = moment.date()
        return statement, params


def dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def answer_failed(name: str) -> str:
    """SQL true when the answer `a`'s criterion failed and applied in evaluation `e`'s stored result."""
    return failed(name, "e", "a")


def milliseconds(name: str, moment: str) -> str:
    """A time as whole milliseconds since 1970 (SQLite) or the span between two when used in a difference."""
    if name == "postgresql":
        return f"(EXTRACT(EPOCH FROM {moment}) * 1000)"
    return f"(CAST(strftime('%s', {moment}) AS INTEGER) * 1000 + CAST(substr(strftime('%f', {moment}), 4) AS INTEGER))"


def span_ms(name: str, later: str, earlier: str) -> str:
    """Milliseconds from `earlier` to `later`, truncated as the per-row reading did."""
    if name == "postgresql":
        return f"TRUNC(EXTRACT(EPOCH FROM ({later} - {earlier})) * 1000)"
    return f"({milliseconds(name, later)} - {milliseconds(name, earlier)})"


def day_sql(name: str, moment: str) -> str:
    """The day of a time, for grouping."""
    return f"CAST({moment} AS DATE)" if name == "postgresql" else f"date({moment})"


def day_of(value: Any) -> date | None:
    """A grouped day as SQLite (text) or PostgreSQL (date) returns it."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _worth_points(possible: Any) -> bool:
    try:
        return Decimal(str(possible or 0)) != 0
    except (InvalidOperation, ValueError):
        return False


def outcome_flags(result: Mapping[str, Any] | None) -> dict[str, int]:
    """Criterion key → flags of a stored result, read as the reports always read it: applicable unless stored false,
    counted when applicable and worth points, failed when stored true."""
    flags = {}
    for key, entry in ((result or {}).get("criteria") or {}).items():
        applicable = bool(entry.get("applicable", True))
        counted = applicable and _worth_points(entry.get("possible", 0))
        flags[key] = (COUNTED if counted else 0) | (FAILED if entry.get("failed") else 0) | (
            APPLICABLE if applicable else 0)
    return flags


def outcomes_text(result: Mapping[str, Any] | None) -> str | None:
    """The canonical text stored in evaluations.outcomes: the same outcomes always give the same text."""
    if result is None:
        return None
    return json.dumps(outcome_flags(result), sort_keys=True, separators=(",", ":"))


@lru_cache(maxsize=4096)
def read_outcomes(text: str) -> tuple[tuple[str, int], ...]:
    """evaluations.outcomes back as (key, flags) pairs; a few hundred distinct texts serve a whole team."""
    return tuple(json.loads(text).items())


def scorecard_keys(session: Session) -> dict[int, str]:
    """Scorecard version id → its scorecard's key: a criterion is identified by (scorecard key, criterion key)."""
    return {version_id: key for version_id, key in session.execute(text(
        "SELECT v.id, s.key FROM scorecard_versions v JOIN scorecards s ON s.id = v.scorecard_id"))}  # fmt: skip


Outcomes = tuple[tuple[str, int], ...]


def outcome_counts(session: Session, scope: Scope, group: str) -> list[tuple[Any, str, Outcomes, int]]:
    """(group value, scorecard key, outcomes, evaluations) for the counted evaluations of the scope, grouped by the
    SQL `group` (on interactions `i`, agents `a`), by scorecard and by their outcomes, in one pass; an evaluation
    stored without outcomes (written by an older version and not yet upgraded) stays a group of its own and is read
    from its result. Grouped by agent id over whole days, the per-day rollup answers instead of the evaluations.
    Outcomes of different scorecards are never merged: their criteria are different criteria whatever their keys."""
    cards = scorecard_keys(session)
    if group == "i.agent_id" and scope.rolled_up:
        statement, params = scope.bind(f"""
            SELECT r.agent_id, r.scorecard_version_id, r.outcomes, SUM(r.evaluations) FROM rollup_outcomes r
            WHERE {scope.days()} AND r.agent_id <> 0 GROUP BY r.agent_id, r.scorecard_version_id, r.outcomes
            HAVING SUM(r.evaluations) <> 0""")  # fmt: skip
        rows = [(agent_id, cards.get(version_id, ""), read_outcomes(stored), int(count))
                for agent_id, version_id, stored, count in session.execute(statement, params)]  # fmt: skip
        statement, params = scope.bind(f"""
            SELECT i.agent_id, e.id FROM evaluations e JOIN interactions i ON i.id = e.interaction_id
            WHERE e.outcomes IS NULL AND {scope.counted(session)} AND {scope.where()}""")  # fmt: skip
        lone = {evaluation_id: agent_id for agent_id, evaluation_id in session.execute(statement, params)}
        return _merged(rows + _lone_outcomes(session, lone, cards))
    statement, params = scope.bind(f"""
        SELECT {group}, e.scorecard_version_id, e.outcomes, CASE WHEN e.outcomes IS NULL THEN e.id END, COUNT(*)
        FROM evaluations e JOIN interactions i ON i.id = e.interaction_id JOIN agents a ON a.id = i.agent_id
        WHERE {scope.counted(session)} AND {scope.where()}
        GROUP BY {group}, e.scorecard_version_id, e.outcomes,
                 CASE WHEN e.outcomes IS NULL THEN e.id END""")  # fmt: skip
    rows: list[tuple[Any, str, Outcomes, int]] = []
    lone: dict[int, Any] = {}
    for value, version_id, stored, evaluation_id, count in session.execute(statement, params):
        if stored is not None:
            rows.append((value, cards.get(version_id, ""), read_outcomes(stored), int(count)))
        else:
            lone[evaluation_id] = value
    return _merged(rows + _lone_outcomes(session, lone, cards))


def _merged(rows: list[tuple[Any, str, Outcomes, int]]) -> list[tuple[Any, str, Outcomes, int]]:
    """Rows of the same group, scorecard and outcomes (versions of one scorecard) added up, in first-seen order."""
    totals: dict[tuple[Any, str, Outcomes], int] = {}
    for value, card, flags, count in rows:
        totals[(value, card, flags)] = totals.get((value, card, flags), 0) + count
    return [(value, card, flags, count) for (value, card, flags), count in totals.items()]


def _lone_outcomes(session: Session, lone: dict[int, Any],
                   cards: dict[int, str]) -> list[tuple[Any, str, Outcomes, int]]:  # fmt: skip
    """(group value, scorecard key, outcomes, 1) of evaluations stored without outcomes, read from their results."""
    rows: list[tuple[Any, str, Outcomes, int]] = []
    ids = list(lone)
    for first in range(0, len(ids), 500):
        for evaluation_id, version_id, result in session.execute(
            text("SELECT id, scorecard_version_id, result FROM evaluations WHERE id IN :ids").bindparams(
                bindparam("ids", expanding=True, type_=Integer)), {"ids": ids[first:first + 500]}):  # fmt: skip
            if isinstance(result, str):
                result = json.loads(result)
            rows.append((lone[evaluation_id], cards.get(version_id, ""), tuple(outcome_flags(result).items()), 1))
    return rows
