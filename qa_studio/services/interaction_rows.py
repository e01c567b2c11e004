"""The interaction list's filter and rows as plain values (no database, no Qt), so the quick `list`
(cli/quick_list.py) fills the list query and builds the same rows without loading the ORM."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any


@dataclass(frozen=True, slots=True)
class InteractionRow:
    id: int
    channel: str
    started_at: datetime | None
    duration_ms: int | None
    agent: str | None
    team: str | None
    queue: str | None
    status: str
    customer_ref: str | None
    external_id: str | None
    subject: str | None
    source: str
    message_count: int
    auto_score: Decimal | None = None
    auto_flags: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "channel": self.channel,
            "started_at": self.started_at.isoformat() if self.started_at else None,
            "duration_ms": self.duration_ms,
            "agent": self.agent,
            "team": self.team,
            "queue": self.queue,
            "status": self.status,
            "customer_ref": self.customer_ref,
            "external_id": self.external_id,
            "subject": self.subject,
            "source": self.source,
            "message_count": self.message_count,
            "auto_score": float(self.auto_score) if self.auto_score is not None else None,
            "auto_flags": list(self.auto_flags),
        }


@dataclass(frozen=True, slots=True)
class InteractionFilter:
    agent_id: int | None = None
    team_id: int | None = None
    channel: str | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    auto_score_below: float | None = None  # AutoQA: automatic score under this
    fatal_suspected: bool = False  # AutoQA: a fatal criterion answered "no" by its checks


def list_parameters(flt: InteractionFilter) -> dict[str, Any]:
    """The values of the list query's named parameters for the plain filters (services/interactions._conditions):
    one place, so the quick `list` fills a compiled query with exactly what the query builder would."""
    values: dict[str, Any] = {}
    if flt.agent_id is not None:
        values["flt_agent"] = flt.agent_id
    if flt.team_id is not None:
        values["flt_team"] = flt.team_id
    if flt.channel:
        values["flt_channel"] = flt.channel
    if flt.status:
        values["flt_status"] = flt.status
    if flt.date_from is not None:
        values["flt_from"] = datetime.combine(flt.date_from, time.min)
    if flt.date_to is not None:
        values["flt_to"] = datetime.combine(flt.date_to + timedelta(days=1), time.min)
    return values
