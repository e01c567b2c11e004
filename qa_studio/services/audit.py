"""Writing to and reading the append-only audit log."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_studio.storage import audit_chain
from qa_studio.storage.database import Database
from qa_studio.storage.models import AuditEntry, CalibrationSession, Evaluation, User

# Work QA Studio does by itself, with nobody asking (shipped scorecards loaded at first start).
SYSTEM_ACTOR = "QA Studio"


def record(
    session: Session,
    action: str,
    entity_type: str,
    entity_id: int | None,
    detail: dict[str, Any] | None = None,
    *,
    actor: str,
) -> AuditEntry:
    """Append an entry naming who did it. On a team database the server replaces `actor` with the signed-in login's
    person, and seals the entry into the hash chain (storage/audit_chain.py)."""
    if not actor:
        raise ValueError("every change names the person who made it")
    entry = AuditEntry(actor=actor, action=action, entity_type=entity_type, entity_id=entity_id, detail=detail or {})
    session.add(entry)
    return entry


def entries(
    session: Session,
    entity_type: str | None = None,
    entity_id: int | None = None,
    limit: int | None = None,
    *,
    viewer: str | None = None,
) -> list[AuditEntry]:
    """Audit entries, oldest first, optionally for one kind of entity or one entity. With `viewer`, the entries of a
    calibration evaluation not yet revealed are left out unless it is the viewer's own: blind scores stay blind by
    this path too (on a team database the server's row-level security does the same for any client)."""
    query = select(AuditEntry)
    if viewer is not None:
        hidden = (
            select(Evaluation.id)
            .join(CalibrationSession, CalibrationSession.id == Evaluation.calibration_session_id)
            .join(User, User.id == Evaluation.reviewer_id)
            .where(CalibrationSession.revealed_at.is_(None), User.name != viewer)
        )
        query = query.where(~((AuditEntry.entity_type == "evaluation") & AuditEntry.entity_id.in_(hidden)))
    if entity_type is not None:
        query = query.where(AuditEntry.entity_type == entity_type)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    query = query.order_by(AuditEntry.id)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def verify(database: Database) -> tuple[int, list[audit_chain.ChainProblem]]:
    """Check the audit log's hash chain: (entries checked, entries changed, inserted or removed behind QA Studio's
    back)."""
    with database.engine.connect() as connection:
        return audit_chain.verify(connection)
