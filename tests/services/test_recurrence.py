"""Recurring sampling and calibration on a fixed clock, on SQLite and PostgreSQL: the instance for the last complete
week or month is made once, by whoever gets there first, and two PCs at the same moment make one; My work's due and
overdue counts."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from qa_studio.clock import utcnow
from qa_studio.sampling import SamplingPlan, Stratum
from qa_studio.services.coaching import CoachingService
from qa_studio.services.due import DueKind, DueService
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.grader_qa import GraderQAService
from qa_studio.services.imports import ImportService
from qa_studio.services.recurrence import (
    Cadence,
    RecurrenceError,
    RecurrenceService,
    WorkKind,
    last_complete_period,
    plan_from_settings,
    sampling_settings,
)
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import Database
from qa_studio.storage.models import (
    CalibrationItem,
    CalibrationSession,
    Interaction,
    RecurrenceInstance,
    SampleAssignment,
)
from tests.chat_answers import ALL_MET
from tests.people import add_people

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"
MONDAY = date(2026, 12, 7)  # the first day of ISO week 2026-W50
IN_W49 = datetime(2026, 12, 2, 10, 0)


def test_the_last_complete_period() -> None:
    assert last_complete_period(Cadence.WEEKLY, MONDAY) == "2026-W49"
    assert last_complete_period(Cadence.WEEKLY, date(2026, 12, 13)) == "2026-W49"  # Sunday of W50
    assert last_complete_period(Cadence.WEEKLY, date(2027, 1, 4)) == "2026-W53"  # 2026 has 53 ISO weeks
    assert last_complete_period(Cadence.MONTHLY, date(2026, 12, 1)) == "2026-11"
    assert last_complete_period(Cadence.MONTHLY, date(2026, 1, 15)) == "2025-12"


def test_a_recurring_sample_keeps_the_whole_plan() -> None:
    plan = SamplingPlan(per_agent=None, percent=20, minimum=3, strata=(Stratum("call", 0.6, ("call",)),
                        Stratum("chat", 0.4, ("chat",))), min_duration_ms=30_000, only_unevaluated=False, seed=7)
    settings = json.loads(json.dumps(sampling_settings(plan, ["刘洋"], "load", 5)))  # as stored
    start, end = datetime(2026, 11, 30), datetime(2026, 12, 6, 23, 59)
    again = plan_from_settings(settings, start, end)
    assert again == replace(plan, date_from=start, date_to=end)
    assert (settings["method"], settings["cap"]) == ("load", 5)


def _setup(database: Database) -> list[int]:
    """The chats, all started in week 2026-W49, a lead and two reviewers."""
    ScorecardService(database).ensure_shipped()
    ImportService(database).run([CHATS], actor="owner")
    add_people(database, 周婷="lead", 刘洋="reviewer", 赵磊="reviewer")
    with database.session() as session:
        rows = session.scalars(select(Interaction).where(Interaction.agent_id.is_not(None))).all()
        for n, interaction in enumerate(rows):
            interaction.started_at = IN_W49 + timedelta(hours=n)
        return [row.id for row in rows]


def test_weekly_sampling_is_made_once_per_week(database: Database) -> None:
    _setup(database)
    today = [MONDAY]
    service = RecurrenceService(database, lambda: today[0])
    service.add("Weekly chats", WorkKind.SAMPLING, Cadence.WEEKLY, {"reviewers": ["刘洋", "赵磊"], "per_agent": 1},
                "周婷")  # fmt: skip
    assert [(d.name, d.period) for d in service.due()] == [("Weekly chats", "2026-W49")]
    (made,) = service.create_due("刘洋")  # any reviewer's start makes a sampling instance
    assert (made.period, made.kind) == ("2026-W49", WorkKind.SAMPLING) and made.assigned > 0
    assert service.due() == [] and service.create_due("刘洋") == []
    with database.session() as session:
        assigned = session.scalar(select(func.count(SampleAssignment.id)).where(SampleAssignment.period == "2026-W49"))
    assert assigned == made.assigned
    today[0] = MONDAY + timedelta(days=6)  # still week 50: nothing new
    assert service.due() == []
    today[0] = MONDAY + timedelta(days=7)  # week 51: week 50 is due (no chats in it, so nothing is assigned)
    assert [d.period for d in service.due()] == ["2026-W50"]
    assert [m.assigned for m in service.create_due("周婷")] == [0]
    assert service.works()[0].last_period == "2026-W50"


def test_two_pcs_at_the_same_moment_make_one_instance(database: Database) -> None:
    _setup(database)
    RecurrenceService(database, lambda: MONDAY).add(
        "Weekly chats", WorkKind.SAMPLING, Cadence.WEEKLY, {"reviewers": ["刘洋"], "per_agent": 2}, "周婷")
    # Two PCs: each its own connection to the same database, released together.
    others = [Database(database.url.render_as_string(hide_password=False)) for _ in range(2)]
    gate, results = threading.Barrier(2), [None, None]

    def run(i: int) -> None:
        gate.wait()
        try:
            results[i] = RecurrenceService(others[i], lambda: MONDAY).create_due("周婷")
        except Exception as exc:  # noqa: BLE001 - judged below
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for other in others:
        other.dispose()
    assert all(isinstance(r, list) for r in results), results
    assert sorted(len(r) for r in results) == [0, 1]
    (made,) = results[0] or results[1]
    with database.session() as session:
        assert session.scalar(select(func.count(RecurrenceInstance.id))) == 1
        assigned = session.scalar(select(func.count(SampleAssignment.id)))
    assert assigned == made.assigned > 0  # drawn once, not twice


def test_monthly_calibration_only_by_a_lead(database: Database) -> None:
    chats = _setup(database)
    with database.session() as session:  # the chats fall in November instead
        for n, interaction_id in enumerate(chats):
            session.get(Interaction, interaction_id).started_at = datetime(2026, 11, 10) + timedelta(hours=n)
    service = RecurrenceService(database, lambda: MONDAY)
    with pytest.raises(RecurrenceError, match="is not one"):
        service.add("x", WorkKind.CALIBRATION, Cadence.MONTHLY, {"scorecard": "chat_standard",
                                                                 "reviewers": ["刘洋", "赵磊"]}, "刘洋")  # fmt: skip
    with pytest.raises(RecurrenceError, match="two reviewers"):
        service.add("x", WorkKind.CALIBRATION, Cadence.MONTHLY, {"scorecard": "chat_standard",
                                                                 "reviewers": ["刘洋"]}, "周婷")  # fmt: skip
    service.add("Monthly calibration", WorkKind.CALIBRATION, Cadence.MONTHLY,
                {"scorecard": "chat_standard", "reviewers": ["刘洋", "赵磊"], "items": 2}, "周婷")  # fmt: skip
    assert service.create_due("刘洋") == []  # a reviewer's start leaves it for a lead
    assert [d.period for d in service.due()] == ["2026-11"]
    (made,) = service.create_due("周婷")
    with database.session() as session:
        calibration = session.get(CalibrationSession, made.session_id)
        items = session.scalar(select(func.count(CalibrationItem.interaction_id))
                               .where(CalibrationItem.session_id == made.session_id))  # fmt: skip
        assert calibration.title == "Monthly calibration 2026-11" and items == 2
    assert service.due() == []
    service.set_active("Monthly calibration", False, "周婷")
    assert RecurrenceService(database, lambda: date(2027, 1, 5)).due() == []  # paused


def test_my_work_counts_what_is_due_and_overdue(database: Database) -> None:
    chats = _setup(database)
    evaluations = EvaluationService(database)
    for interaction_id in chats[:2]:
        evaluation = evaluations.start(interaction_id, "刘洋")
        evaluations.save_draft(evaluation, ALL_MET)
        evaluations.submit(evaluation, "刘洋")
    GraderQAService(database).draw("刘洋", 1, "周婷")
    RecurrenceService(database, lambda: MONDAY).add(
        "Weekly chats", WorkKind.SAMPLING, Cadence.WEEKLY, {"reviewers": ["刘洋"]}, "周婷")
    with database.session() as session:
        agent = session.get(Interaction, chats[0]).agent.name
    now = utcnow()  # the evaluations were submitted just now
    # Coaching actions: one overdue, one due in three days, one due next month (not yet due), one done.
    CoachingService(database).create(agent, "周婷", actions=[
        ("Greet by name", now.date() - timedelta(days=1)), ("Confirm satisfaction", now.date() + timedelta(days=3)),
        ("Model chat", now.date() + timedelta(days=30))])  # fmt: skip
    fresh = DueService(database, lambda: now).summary("周婷")
    assert (fresh.due(DueKind.ACKNOWLEDGE), fresh.overdue(DueKind.ACKNOWLEDGE)) == (2, 0)
    assert (fresh.due(DueKind.COACHING), fresh.overdue(DueKind.COACHING)) == (2, 1)
    assert (fresh.due(DueKind.RESCORE), fresh.due(DueKind.RECURRING)) == (1, 1)
    later = DueService(database, lambda: now + timedelta(days=8)).summary("周婷")
    assert later.overdue(DueKind.ACKNOWLEDGE) == 2 and later.overdue(DueKind.RESCORE) == 1
    assert later.total_overdue == 2 + 2 + 1 + 1  # acknowledgements, both coaching actions, re-score, recurring
    reviewer = DueService(database, lambda: now).summary("刘洋")
    assert DueKind.RESCORE not in reviewer.counts and DueKind.RECURRING not in reviewer.counts
