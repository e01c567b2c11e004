"""The team figures worked out by the database: submitted evaluations tallied per agent and day, each criterion's
outcome read from the stored results (SQLite json_each, PostgreSQL json_each), and reply times found with window
functions. A page over 100,000 interactions then moves a few thousand grouped rows instead of every evaluation,
message and result through Python. SQLite and PostgreSQL differ only in the fragments chosen here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session
from sqlalchemy.types import DateTime, Integer

# Every evaluation that counts in a report: submitted (or later), never calibration practice.
COUNTED_EVALUATION = "e.state <> 'draft' AND e.calibration_session_id IS NULL"


@dataclass(frozen=True, slots=True)
class Scope:
    """Interactions started in [since, until) of the given agents (every agent when None)."""

    since: datetime | None = None
    until: datetime | None = None
    agent_ids: Sequence[int] | None = None

    @classmethod
    def of(cls, start: date | None, end: date | None, agent_ids: Sequence[int] | None = None) -> Scope:
        def midnight(day: date | None) -> datetime | None:
            return None if day is None else datetime.combine(day, datetime.min.time())

        return cls(midnight(start), midnight(end), None if agent_ids is None else list(agent_ids))

    def where(self, alias: str = "i") -> str:
        """SQL conditions on the interactions table `alias`, bound by `bind`."""
        parts = ["1 = 1"]
        if self.since is not None:
            parts.append(f"{alias}.started_at >= :since")
        if self.until is not None:
            parts.append(f"{alias}.started_at < :until")
        if self.agent_ids is not None:
            parts.append(f"{alias}.agent_id IN :agent_ids")
        return " AND ".join(parts)

    def bind(self, sql: str, **extra: Any) -> Any:
        statement = text(sql)
        params: dict[str, Any] = dict(extra)
        if self.since is not None:
            statement = statement.bindparams(bindparam("since", type_=DateTime))
            params["since"] = self.since
        if self.until is not None:
            statement = statement.bindparams(bindparam("until", type_=DateTime))
            params["until"] = self.until
        if self.agent_ids is not None:
            # An empty team matches nothing; IN () is not SQL, so an id no row has stands in.
            statement = statement.bindparams(bindparam("agent_ids", expanding=True, type_=Integer))
            params["agent_ids"] = list(self.agent_ids) or [-1]
        return statement, params


def dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def criteria_source(name: str) -> str:
    """A FROM-clause item giving each criterion of evaluation `e`'s stored result as (key, value)."""
    if name == "postgresql":
        return "json_each(e.result -> 'criteria') AS c(key, value)"
    return "json_each(e.result, '$.criteria') AS c"


def criterion_flags(name: str) -> tuple[str, str, str]:
    """SQL conditions (counted, failed, applicable) on the criterion `c`: counted when it applied and was worth
    points, applicable unless stored false, failed when stored true."""
    if name == "postgresql":
        applicable = "(COALESCE((c.value ->> 'applicable')::boolean, true))"
        failed = "(COALESCE((c.value ->> 'failed')::boolean, false))"
        possible = "(COALESCE(NULLIF(c.value ->> 'possible', '')::numeric, 0) <> 0)"
        return f"({applicable} AND {possible})", failed, applicable
    applicable = "(COALESCE(json_extract(c.value, '$.applicable'), 1) <> 0)"
    failed = "(COALESCE(json_extract(c.value, '$.failed'), 0) <> 0)"
    possible = "(CAST(COALESCE(json_extract(c.value, '$.possible'), 0) AS REAL) <> 0)"
    return f"({applicable} AND {possible})", f"{failed}", f"{applicable}"


def answer_failed(name: str) -> str:
    """SQL true when the answer `a`'s criterion failed and applied in evaluation `e`'s stored result."""
    if name == "postgresql":
        entry = "(e.result -> 'criteria' -> a.criterion_key)"
        return (f"COALESCE(({entry} ->> 'failed')::boolean, false) "
                f"AND COALESCE(({entry} ->> 'applicable')::boolean, true)")  # fmt: skip
    path = "'$.criteria.\"' || a.criterion_key || '\"'"
    return (f"COALESCE(json_extract(e.result, {path} || '.failed'), 0) <> 0 "
            f"AND COALESCE(json_extract(e.result, {path} || '.applicable'), 1) <> 0")  # fmt: skip


def seconds_up(name: str, later: str, earlier: str) -> str:
    """Whole seconds from `earlier` to `later`, rounded up: a wait of w seconds meets a standard of S whole seconds
    exactly when this is <= S, so one grouped count serves any standard. SQLite keeps milliseconds."""
    if name == "postgresql":
        return f"CEIL(EXTRACT(EPOCH FROM ({later} - {earlier})))"
    return f"(({milliseconds(name, later)} - {milliseconds(name, earlier)} + 999) / 1000)"


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
