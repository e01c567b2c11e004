"""What is due or overdue for one person, counted for My work, the window title and `qa-studio due`:
evaluations waiting for acknowledgement, open disputes, coaching actions, calibration items to score, re-scores to do
and recurring work not yet made. An agent counts only their own (and on a team database the server sees to it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import select

from qa_studio import clock
from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.storage.database import Database
from qa_studio.storage.models import (
    CalibrationItem,
    CalibrationParticipant,
    CalibrationSession,
    CoachingAction,
    CoachingRecord,
    Evaluation,
    EvaluationDispute,
    Interaction,
    RescoreSample,
    User,
)

# How long each kind of work may wait before it is overdue.
ACKNOWLEDGE_WITHIN = timedelta(days=7)
DECIDE_DISPUTE_WITHIN = timedelta(days=5)
CALIBRATE_WITHIN = timedelta(days=7)
RESCORE_WITHIN = timedelta(days=7)
COACHING_DUE_AHEAD = timedelta(days=7)  # an action due within a week is due now


class DueKind(StrEnum):
    ACKNOWLEDGE = "acknowledge"
    DISPUTE = "dispute"
    COACHING = "coaching"
    CALIBRATION = "calibration"
    RESCORE = "rescore"
    RECURRING = "recurring"


KIND_LABELS = {
    DueKind.ACKNOWLEDGE: QT_TRANSLATE_NOOP("Due", "evaluations to acknowledge"),
    DueKind.DISPUTE: QT_TRANSLATE_NOOP("Due", "disputes to decide"),
    DueKind.COACHING: QT_TRANSLATE_NOOP("Due", "coaching actions"),
    DueKind.CALIBRATION: QT_TRANSLATE_NOOP("Due", "calibration items to score"),
    DueKind.RESCORE: QT_TRANSLATE_NOOP("Due", "re-scores to do"),
    DueKind.RECURRING: QT_TRANSLATE_NOOP("Due", "recurring work to create"),
}


@dataclass(frozen=True, slots=True)
class DueCount:
    kind: DueKind
    due: int  # everything waiting, the overdue included
    overdue: int


@dataclass(slots=True)
class DueSummary:
    counts: dict[DueKind, DueCount] = field(default_factory=dict)

    def due(self, kind: DueKind) -> int:
        return self.counts[kind].due if kind in self.counts else 0

    def overdue(self, kind: DueKind) -> int:
        return self.counts[kind].overdue if kind in self.counts else 0

    @property
    def total_overdue(self) -> int:
        return sum(c.overdue for c in self.counts.values())

    @property
    def total_due(self) -> int:
        return sum(c.due for c in self.counts.values())


def _count(rows: list[datetime | date | None], limit: datetime | date) -> tuple[int, int]:
    return len(rows), sum(1 for moment in rows if moment is not None and moment < limit)


class DueService:
    def __init__(self, database: Database, now: Callable[[], datetime] | None = None) -> None:
        self.database = database
        self.now = now or (lambda: clock.utcnow())  # looked up when called, so a test's fixed clock applies

    def summary(self, person: str) -> DueSummary:
        now = self.now()
        summary = DueSummary()

        def put(kind: DueKind, due: int, overdue: int) -> None:
            summary.counts[kind] = DueCount(kind, due, overdue)

        with self.database.session() as session:
            user = session.scalar(select(User).where(User.name == person))
            if user is None:
                return summary
            agent = user.role == "agent"
            production = (Evaluation.state != "draft", Evaluation.calibration_session_id.is_(None))
            acknowledge = select(Evaluation.submitted_at).where(*production, Evaluation.state == "submitted")
            if agent:
                acknowledge = acknowledge.join(Interaction, Interaction.id == Evaluation.interaction_id).where(
                    Interaction.agent_id == user.agent_id)  # fmt: skip
            put(DueKind.ACKNOWLEDGE, *_count(list(session.scalars(acknowledge)), now - ACKNOWLEDGE_WITHIN))
            actions = (select(CoachingAction.due_on).join(CoachingRecord, CoachingRecord.id == CoachingAction.record_id)
                       .where(CoachingAction.status == "open", CoachingAction.due_on.is_not(None),
                              CoachingAction.due_on <= now.date() + COACHING_DUE_AHEAD))  # fmt: skip
            if agent:
                actions = actions.where(CoachingRecord.agent_id == user.agent_id)
            elif user.role == "trainer":
                actions = actions.where(CoachingRecord.trainer_id == user.id)
            put(DueKind.COACHING, *_count(list(session.scalars(actions)), now.date()))
            if agent:
                return summary
            if user.role in ("lead", "admin"):
                disputes = (select(EvaluationDispute.created_at)
                            .join(Evaluation, Evaluation.id == EvaluationDispute.evaluation_id)
                            .where(EvaluationDispute.state == "open", *production))  # fmt: skip
                put(DueKind.DISPUTE, *_count(list(session.scalars(disputes)), now - DECIDE_DISPUTE_WITHIN))
                rescores = select(RescoreSample.created_at).where(RescoreSample.rescorer_id == user.id,
                                                                  RescoreSample.submitted_at.is_(None))  # fmt: skip
                put(DueKind.RESCORE, *_count(list(session.scalars(rescores)), now - RESCORE_WITHIN))
            # Calibration items this person has not submitted, in sessions still open for scoring.
            mine = (select(CalibrationSession.created_at, CalibrationItem.interaction_id, CalibrationSession.id)
                    .join(CalibrationItem, CalibrationItem.session_id == CalibrationSession.id)
                    .join(CalibrationParticipant, CalibrationParticipant.session_id == CalibrationSession.id)
                    .where(CalibrationParticipant.user_id == user.id, CalibrationSession.revealed_at.is_(None),
                           CalibrationSession.state == "open"))  # fmt: skip
            done = {tuple(row) for row in session.execute(
                select(Evaluation.calibration_session_id, Evaluation.interaction_id)
                .where(Evaluation.reviewer_id == user.id, Evaluation.calibration_session_id.is_not(None),
                       Evaluation.state != "draft"))}  # fmt: skip
            waiting = [created for created, item, session_id in session.execute(mine) if (session_id, item) not in done]
            put(DueKind.CALIBRATION, *_count(waiting, now - CALIBRATE_WITHIN))
        if user.role in ("lead", "admin"):
            from qa_studio.services.recurrence import RecurrenceService

            due = RecurrenceService(self.database, lambda: now.date()).due()
            put(DueKind.RECURRING, len(due), len(due))
        return summary
