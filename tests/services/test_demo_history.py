"""The demo's month of reviewing has a month's dates, so its queue, due counts and reviewer pace read like one."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from qa_studio.clock import utcnow
from qa_studio.services.demo import load_demo, local_to_utc
from qa_studio.services.due import DueKind, DueService
from qa_studio.storage.database import Database
from qa_studio.storage.models import Evaluation, Interaction, User


def test_demo_evaluations_are_submitted_over_the_month_after_their_contacts(database: Database,
                                                                            tmp_path: Path) -> None:  # fmt: skip
    before = utcnow()
    load_demo(database, tmp_path / "demo", actor="tester")
    with database.session() as session:
        rows = session.execute(
            select(Evaluation, Interaction.started_at).join(Interaction, Interaction.id == Evaluation.interaction_id)
            .where(Evaluation.submitted_at.is_not(None), Evaluation.calibration_session_id.is_(None))
        ).all()  # fmt: skip
        agents = list(session.scalars(select(User.name).where(User.role == "agent")))
    production = [(e, started) for e, started in rows if e.state != "draft"]
    assert len(production) > 30
    days = {e.submitted_at.date() for e, _started in production}
    assert len(days) >= 10, days  # not all in the minute the demo was loaded
    for evaluation, started in production:
        assert local_to_utc(started) <= evaluation.submitted_at <= utcnow()
        assert evaluation.created_at <= evaluation.submitted_at
        if evaluation.acknowledged_at is not None:
            assert evaluation.submitted_at <= evaluation.acknowledged_at <= utcnow()
    assert sum(e.submitted_at < before - timedelta(days=7) for e, _started in production) > len(production) // 2
    # Agents have read most of what is older than a few days, not yet most of the last days' evaluations.
    old = [e for e, _started in production if e.submitted_at < before - timedelta(days=7)]
    assert sum(e.acknowledged_at is not None for e in old) > len(old) * 3 // 4
    latest = [e for e, _started in production if e.submitted_at > before - timedelta(days=3)]
    unread_latest = sum(e.acknowledged_at is None for e in latest)
    assert unread_latest >= 1
    assert unread_latest / len(latest) > sum(e.acknowledged_at is None for e in old) / len(old)
    # A few have been left unread for more than a week: their agents' due lists say so.
    due = DueService(database)
    assert sum(due.summary(agent).overdue(DueKind.ACKNOWLEDGE) for agent in agents) > 0
