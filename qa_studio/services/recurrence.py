"""Recurring work: sampling plans and calibration sessions that come back every week or month. Each instance covers
the last complete period (a weekly plan made on Monday 2026-12-07 samples the week 2026-W49); it is created when
due by whichever PC gets there first (the app's start, a worker's start, `qa-studio due`). A unique (work, period)
row is claimed before anything is made, so two PCs at the same moment make one instance; missed older periods are
not made afterwards (the lead draws those by hand if they are wanted)."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from qa_studio import clock
from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.permissions import may_run_calibration
from qa_studio.services import audit
from qa_studio.services.directory import role_of
from qa_studio.services.evaluations import EvaluationError
from qa_studio.services.reporting import parse_period
from qa_studio.storage.database import Database, WriteConflict
from qa_studio.storage.models import Interaction, RecurrenceInstance, RecurringWork

if TYPE_CHECKING:
    from qa_studio.sampling import SamplingPlan

log = logging.getLogger(__name__)


class Cadence(StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class WorkKind(StrEnum):
    SAMPLING = "sampling"
    CALIBRATION = "calibration"


class RecurrenceError(EvaluationError):
    """Recurring work that cannot be set up as asked; the text says why."""


def last_complete_period(cadence: Cadence, today: date) -> str:
    """The most recent whole period before `today`: the ISO week before this one, or last month."""
    if cadence is Cadence.WEEKLY:
        year, week, _day = (today - timedelta(days=7)).isocalendar()
        return f"{year}-W{week:02d}"
    last = today.replace(day=1) - timedelta(days=1)
    return f"{last:%Y-%m}"


@dataclass(frozen=True, slots=True)
class WorkInfo:
    id: int
    name: str
    kind: WorkKind
    cadence: Cadence
    settings: dict[str, Any]
    active: bool
    last_period: str | None


@dataclass(frozen=True, slots=True)
class DueWork:
    work_id: int
    name: str
    kind: WorkKind
    period: str


@dataclass(frozen=True, slots=True)
class Created:
    name: str
    kind: WorkKind
    period: str
    session_id: int | None = None  # calibration
    assigned: int = 0  # sampling


def _require_lead(session: Session, actor: str) -> None:
    if not may_run_calibration(role_of(session, actor)):
        raise RecurrenceError(QT_TRANSLATE_NOOP("Errors", "only a lead or an administrator sets up recurring work; "
                                                "{actor} is not one"), actor=actor)  # fmt: skip


def _today() -> date:
    return clock.utcnow().date()  # looked up when called, so a test's fixed clock applies


class RecurrenceService:
    def __init__(self, database: Database, today: Callable[[], date] = _today) -> None:
        self.database = database
        self.today = today

    # Setting up ---------------------------------------------------------------------------------------------------
    def add(self, name: str, kind: WorkKind, cadence: Cadence, settings: dict[str, Any], actor: str) -> int:
        name = name.strip()
        if not name:
            raise RecurrenceError(QT_TRANSLATE_NOOP("Errors", "give the recurring work a name"))
        reviewers = [r for r in settings.get("reviewers", []) if r]
        if not reviewers:
            raise RecurrenceError(QT_TRANSLATE_NOOP("Errors", "recurring work needs at least one reviewer"))
        if kind is WorkKind.CALIBRATION and (len(reviewers) < 2 or not settings.get("scorecard")):
            raise RecurrenceError(QT_TRANSLATE_NOOP("Errors", "a recurring calibration needs a scorecard and at least "
                                                    "two reviewers"))  # fmt: skip
        try:
            with self.database.session() as session:
                _require_lead(session, actor)
                work = RecurringWork(name=name, kind=kind.value, cadence=cadence.value, settings=settings,
                                     created_by=actor)  # fmt: skip
                session.add(work)
                session.flush()
                audit.record(session, "recurring_work_added", "recurring_work", work.id,
                             {"name": name, "kind": kind.value, "cadence": cadence.value, **settings}, actor=actor)
                return work.id
        except WriteConflict:
            raise RecurrenceError(QT_TRANSLATE_NOOP("Errors", "there is already recurring work called {name}"),
                                  name=name) from None  # fmt: skip

    def works(self) -> list[WorkInfo]:
        with self.database.session() as session:
            rows = session.scalars(select(RecurringWork).order_by(RecurringWork.name)).all()
            last = dict(session.execute(select(RecurrenceInstance.work_id, RecurrenceInstance.period)
                                        .order_by(RecurrenceInstance.id)).all())  # fmt: skip
            return [WorkInfo(w.id, w.name, WorkKind(w.kind), Cadence(w.cadence), dict(w.settings), w.active,
                             last.get(w.id)) for w in rows]  # fmt: skip

    # Due ----------------------------------------------------------------------------------------------------------
    def due(self) -> list[DueWork]:
        """Active recurring work whose last complete period has no instance yet."""
        today = self.today()
        with self.database.session() as session:
            works = session.scalars(select(RecurringWork).where(RecurringWork.active.is_(True))
                                    .order_by(RecurringWork.id)).all()  # fmt: skip
            made = {tuple(row) for row in session.execute(select(RecurrenceInstance.work_id,
                                                                RecurrenceInstance.period))}  # fmt: skip
            due = []
            for work in works:
                period = last_complete_period(Cadence(work.cadence), today)
                if (work.id, period) not in made:
                    due.append(DueWork(work.id, work.name, WorkKind(work.kind), period))
            return due

    def create_due(self, actor: str) -> list[Created]:
        """Make every due instance this person may make (calibrations only by leads and administrators); an instance
        another PC made first is left alone."""
        with self.database.session() as session:
            lead = may_run_calibration(role_of(session, actor))
        created = []
        for item in self.due():
            if item.kind is WorkKind.CALIBRATION and not lead:
                continue
            made = self._create(item, actor)
            if made is not None:
                created.append(made)
        return created

    def _claim(self, item: DueWork, actor: str) -> int | None:
        try:
            with self.database.session() as session:
                instance = RecurrenceInstance(work_id=item.work_id, period=item.period, created_by=actor)
                session.add(instance)
                session.flush()
                return instance.id
        except WriteConflict:
            return None  # another PC made it a moment ago

    def _create(self, item: DueWork, actor: str) -> Created | None:
        instance_id = self._claim(item, actor)
        if instance_id is None:
            return None
        try:
            with self.database.session() as session:
                settings = dict(session.get(RecurringWork, item.work_id).settings)  # type: ignore[union-attr]
            if item.kind is WorkKind.SAMPLING:
                made = Created(item.name, item.kind, item.period, assigned=self._sample(item, settings, actor))
            else:
                made = Created(item.name, item.kind, item.period, session_id=self._calibrate(item, settings, actor))
        except Exception:
            # Nothing made: the claim goes, so the next start tries again.
            with self.database.session() as session:
                session.execute(delete(RecurrenceInstance).where(RecurrenceInstance.id == instance_id))
            raise
        with self.database.session() as session:
            instance = session.get(RecurrenceInstance, instance_id)
            assert instance is not None
            instance.assigned, instance.session_id = made.assigned, made.session_id
            audit.record(session, "recurring_instance_created", "recurring_work", item.work_id,
                         {"name": item.name, "period": item.period, "session": made.session_id,
                          "assigned": made.assigned}, actor=actor)  # fmt: skip
        return made

    @staticmethod
    def _bounds(period: str) -> tuple[datetime, datetime]:
        span = parse_period(period)
        assert span.start is not None and span.end is not None
        return datetime.combine(span.start, datetime.min.time()), datetime.combine(span.end, datetime.min.time())

    def _sample(self, item: DueWork, settings: dict[str, Any], actor: str) -> int:
        from qa_studio.sampling import AssignmentMethod
        from qa_studio.services.sampling import SamplingService

        start, end = self._bounds(item.period)
        reviewers = list(settings["reviewers"])
        caps = {name: int(settings["cap"]) for name in reviewers} if settings.get("cap") else None
        run = SamplingService(self.database).draw(
            plan_from_settings(settings, start, end - timedelta(microseconds=1)), reviewers,
            f"{item.name} {item.period}", item.period, AssignmentMethod(settings.get("method", "round_robin")), caps,
            actor=actor,
        )  # fmt: skip
        return run.stored

    def _calibrate(self, item: DueWork, settings: dict[str, Any], actor: str) -> int | None:
        from qa_studio.services.calibration_sessions import CalibrationService
        from qa_studio.services.scorecards import ScorecardService

        scorecards = ScorecardService(self.database)
        version_id = scorecards.latest_version_id(settings["scorecard"])
        channel = next((card.channel for card in scorecards.list() if card.key == settings["scorecard"]), None)
        start, end = self._bounds(item.period)
        query = select(Interaction.id).where(Interaction.started_at >= start, Interaction.started_at < end)
        if channel:
            query = query.where(Interaction.channel == channel)
        with self.database.session() as session:
            candidates = sorted(session.scalars(query))
        if not candidates:
            log.info("recurring calibration %s: no interactions in %s", item.name, item.period)
            return None
        chosen = random.Random(f"{item.name}:{item.period}").sample(candidates,
                                                                   min(int(settings.get("items", 3)), len(candidates)))
        return CalibrationService(self.database).create(
            f"{item.name} {item.period}", version_id, sorted(chosen), list(settings["reviewers"]), actor,
            expert=settings.get("expert"), tolerance=float(settings.get("tolerance", 5.0)),
        )  # fmt: skip

    def set_active(self, name: str, active: bool, actor: str) -> None:
        with self.database.session() as session:
            _require_lead(session, actor)
            work = session.scalar(select(RecurringWork).where(RecurringWork.name == name))
            if work is None:
                raise RecurrenceError(QT_TRANSLATE_NOOP("Errors", "there is no recurring work called {name}"),
                                      name=name)  # fmt: skip
            work.active = active
            audit.record(session, "recurring_work_paused" if not active else "recurring_work_resumed",
                         "recurring_work", work.id, {"name": name}, actor=actor)  # fmt: skip


def sampling_settings(plan: SamplingPlan, reviewers: Sequence[str], method: str = "round_robin",
                      cap: int | None = None) -> dict[str, Any]:
    """What a recurring sample is drawn with each period: the plan without its dates (each instance has its own)."""
    return {"reviewers": list(reviewers), "per_agent": plan.per_agent, "percent": plan.percent,
            "minimum": plan.minimum, "strata": [[s.name, s.share, list(s.channels)] for s in plan.strata],
            "min_duration_ms": plan.min_duration_ms, "only_unevaluated": plan.only_unevaluated, "seed": plan.seed,
            "method": method, "cap": cap}  # fmt: skip


def plan_from_settings(settings: dict[str, Any], start: datetime, end: datetime) -> SamplingPlan:
    from qa_studio.sampling import SamplingPlan, Stratum

    percent = settings.get("percent")
    strata = tuple(Stratum(name, float(share), tuple(channels)) for name, share, channels in settings.get("strata", []))
    return SamplingPlan(
        per_agent=None if percent else int(settings.get("per_agent") or 10), percent=percent,
        minimum=int(settings.get("minimum") or 0),
        strata=strata,
        date_from=start, date_to=end, min_duration_ms=settings.get("min_duration_ms"),
        only_unevaluated=bool(settings.get("only_unevaluated", True)), seed=int(settings.get("seed", 1)),
    )  # fmt: skip


def describe(settings: dict[str, Any], kind: WorkKind) -> str:
    reviewers: Sequence[str] = settings.get("reviewers", [])
    if kind is WorkKind.SAMPLING:
        size = f"{settings['percent']} %" if settings.get("percent") else f"{settings.get('per_agent') or 10} / agent"
        return f"{size} → {', '.join(reviewers)}"
    return f"{settings.get('scorecard')} × {settings.get('items', 3)} → {', '.join(reviewers)}"
