"""Writing to and reading the append-only audit log."""

from __future__ import annotations

import getpass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_studio.storage.models import AuditEntry


def current_actor() -> str:
    """The signed-in QA Studio user once users sign in; the operating-system account until then."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def record(
    session: Session,
    action: str,
    entity_type: str,
    entity_id: int | None,
    detail: dict[str, Any] | None = None,
    actor: str | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        actor=actor or current_actor(), action=action, entity_type=entity_type, entity_id=entity_id, detail=detail or {}
    )
    session.add(entry)
    return entry


def entries(
    session: Session, entity_type: str | None = None, entity_id: int | None = None, limit: int | None = None
) -> list[AuditEntry]:
    """Audit entries, oldest first, optionally for one kind of entity or one entity."""
    query = select(AuditEntry)
    if entity_type is not None:
        query = query.where(AuditEntry.entity_type == entity_type)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    query = query.order_by(AuditEntry.id)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))
