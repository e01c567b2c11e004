"""The evaluation workflow: drafts saved as the reviewer goes, submit, edits with reasons, acknowledgement,
disputes per criterion — every change in the audit log, the first result always kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from qa_studio.clock import utcnow
from qa_studio.domain import EvaluationState
from qa_studio.errors import QT_TRANSLATE_NOOP, Explained, Phrase
from qa_studio.permissions import may_resolve_disputes
from qa_studio.scoring.engine import Answer, Context, ScoreResult, score, validate_answers
from qa_studio.scoring.evidence import ChatMessage, Suggestion, TranscriptSegment, suggest
from qa_studio.scoring.loader import scorecard_from_dict
from qa_studio.scoring.model import Scorecard
from qa_studio.services import audit, search
from qa_studio.services.aggregates import outcomes_text
from qa_studio.services.directory import user_by_name
from qa_studio.storage.database import Database, DatabaseLocked, WriteConflict
from qa_studio.storage.models import (
    Agent,
    CalibrationSession,
    Evaluation,
    EvaluationAnswer,
    EvaluationDispute,
    Interaction,
    Message,
    ScorecardVersion,
    Transcript,
    User,
)
from qa_studio.storage.models import Scorecard as ScorecardRow
from qa_studio.storage.models import TranscriptSegment as SegmentRow
from qa_studio.workflow import TransitionRefused, next_state


class EvaluationError(Explained):
    """The action is not possible; the text says why, in the reviewer's terms."""


class ConflictError(EvaluationError):
    """Someone else saved this evaluation since it was opened."""


_REFUSED = {
    "submit": QT_TRANSLATE_NOOP("Errors", "this evaluation was already submitted"),
    "edit": QT_TRANSLATE_NOOP("Errors", "this evaluation is still a draft: just change the answers"),
    "acknowledge": QT_TRANSLATE_NOOP("Errors", "only a submitted evaluation can be acknowledged"),
    "dispute": QT_TRANSLATE_NOOP("Errors", "only a submitted evaluation can be disputed"),
    "resolve": QT_TRANSLATE_NOOP("Errors", "no dispute is open on this evaluation"),
}


def _step(evaluation: Evaluation, step: str) -> EvaluationState:
    """The state after `step`, checked against the one transition table (qa_studio/workflow.py)."""
    try:
        return next_state(step, evaluation.state)
    except TransitionRefused as exc:
        raise EvaluationError(_REFUSED[step]) from exc


class BlindError(EvaluationError):
    """Another reviewer's calibration answers, asked for before the session is revealed."""


@dataclass(frozen=True, slots=True)
class Suggested:
    value: Any
    accepted: bool


@dataclass(frozen=True, slots=True)
class EvaluationView:
    id: int
    interaction_id: int
    scorecard_version_id: int
    reviewer: str
    state: str
    score: Decimal | None
    passed: bool | None
    comment: str | None
    answers: dict[str, Answer]
    suggestions: dict[str, Suggested]
    result: dict[str, Any] | None
    original_result: dict[str, Any] | None
    row_version: int
    submitted_at: datetime | None
    disputes: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class EvaluationRow:
    """One line of an evaluation list (awaiting acknowledgement, disputed, …)."""

    id: int
    interaction_id: int
    channel: str
    agent: str | None
    reviewer: str
    state: str
    score: Decimal | None
    passed: bool | None
    submitted_at: datetime | None
    open_disputes: int


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One audit entry of an evaluation, for its history tab and export."""

    at: datetime
    actor: str
    action: str
    detail: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ScoringSetup:
    scorecard: Scorecard
    context: Context
    suggestions: dict[str, Suggestion]


def result_json(result: ScoreResult) -> dict[str, Any]:
    return {
        "score": str(result.score),
        "passed": result.passed,
        "band": result.band,
        "fatal_failures": result.fatal_failures,
        "section_critical_failures": result.section_critical_failures,
        "sections": [
            {
                "key": s.key,
                "percent": None if s.percent is None else str(s.percent),
                "critical_failed": s.critical_failed,
            }
            for s in result.sections
        ],
        "criteria": {
            key: {"earned": str(c.earned), "possible": str(c.possible), "failed": c.failed, "applicable": c.applicable}
            for key, c in result.criteria.items()
        },
    }


def _answer_value(answer: Answer) -> Any:
    return None if answer.not_applicable else answer.value


def _answers_of(evaluation: Evaluation) -> dict[str, Answer]:
    return {a.criterion_key: Answer(a.value, a.not_applicable, a.root_cause, a.comment) for a in evaluation.answers}


@dataclass(frozen=True, slots=True)
class PeriodSummary:
    evaluations: int
    average: Decimal | None
    pass_rate: Decimal | None
    fatal: int
    section_critical: int


class EvaluationService:
    def __init__(self, database: Database) -> None:
        self.database = database

    # Reading -----------------------------------------------------------------------------------------------------
    @staticmethod
    def _scorecard(session: Session, version_id: int) -> Scorecard:
        version = session.get(ScorecardVersion, version_id)
        assert version is not None
        return scorecard_from_dict(version.definition, f"scorecard version {version_id}")

    @staticmethod
    def _context(session: Session, interaction_id: int) -> Context:
        interaction = session.get(Interaction, interaction_id)
        assert interaction is not None
        return Context(channel=interaction.channel, queue=interaction.queue)

    def get(self, evaluation_id: int, viewer: str | None = None) -> EvaluationView:
        """One evaluation. A calibration evaluation before its session is revealed is shown only to its own reviewer
        (`viewer`): blind scoring is enforced here, not only by hiding it in the interface."""
        with self.database.session() as session:
            evaluation = self._load(session, evaluation_id)
            reviewer = session.get(User, evaluation.reviewer_id)
            self._guard_blind(session, evaluation, reviewer, viewer)
            disputes = session.scalars(
                select(EvaluationDispute)
                .where(EvaluationDispute.evaluation_id == evaluation_id)
                .order_by(EvaluationDispute.id)
            )
            return EvaluationView(
                evaluation.id, evaluation.interaction_id, evaluation.scorecard_version_id,
                reviewer.name if reviewer else "?", evaluation.state, evaluation.score, evaluation.passed,
                evaluation.comment,
                _answers_of(evaluation),
                {a.criterion_key: Suggested(a.suggested_value, bool(a.suggestion_accepted))
                 for a in evaluation.answers if a.suggestion_accepted is not None},
                evaluation.result, evaluation.original_result, evaluation.row_version, evaluation.submitted_at,
                [{"id": d.id, "criterion": d.criterion_key, "reason": d.reason, "proposed": d.proposed_value,
                  "raised_by": d.raised_by,
                  "state": d.state, "resolution": d.resolution_reason, "resolved_by": d.resolved_by} for d in disputes],
            )  # fmt: skip

    def listing(
        self, states: tuple[str, ...] | None = None, *, interaction_id: int | None = None, limit: int = 500
    ) -> list[EvaluationRow]:
        """Submitted evaluations (never drafts or calibration scores), newest first, optionally in some states
        (e.g. ("submitted",) awaiting acknowledgement, ("disputed",) waiting for a lead) or of one interaction."""
        open_disputes = (
            select(EvaluationDispute.evaluation_id, func.count(EvaluationDispute.id).label("open"))
            .where(EvaluationDispute.state == "open")
            .group_by(EvaluationDispute.evaluation_id)
            .subquery()
        )
        query = (
            select(Evaluation, Interaction.channel, Agent.name, User.name, open_disputes.c.open)
            .join(Interaction, Interaction.id == Evaluation.interaction_id)
            .join(User, User.id == Evaluation.reviewer_id)
            .outerjoin(Agent, Agent.id == Interaction.agent_id)
            .outerjoin(open_disputes, open_disputes.c.evaluation_id == Evaluation.id)
            .where(Evaluation.state != "draft", Evaluation.calibration_session_id.is_(None))
            .order_by(Evaluation.submitted_at.desc(), Evaluation.id.desc())
            .limit(limit)
        )
        if states:
            query = query.where(Evaluation.state.in_(states))
        if interaction_id is not None:
            query = query.where(Evaluation.interaction_id == interaction_id)
        with self.database.session() as session:
            return [
                EvaluationRow(e.id, e.interaction_id, channel, agent, reviewer, e.state, e.score, e.passed,
                              e.submitted_at, disputes or 0)
                for e, channel, agent, reviewer, disputes in session.execute(query)
            ]  # fmt: skip

    def history(self, evaluation_id: int, viewer: str | None = None) -> list[HistoryLine]:
        """Every audit entry of the evaluation, oldest first: who did what, when, old → new."""
        with self.database.session() as session:
            evaluation = self._load(session, evaluation_id)
            self._guard_blind(session, evaluation, session.get(User, evaluation.reviewer_id), viewer)
            return [
                HistoryLine(e.at, e.actor, e.action, dict(e.detail or {}))
                for e in audit.entries(session, "evaluation", evaluation_id)
            ]

    @staticmethod
    def _guard_blind(session: Session, evaluation: Evaluation, reviewer: User | None, viewer: str | None) -> None:
        if evaluation.calibration_session_id is None:
            return
        calibration = session.get(CalibrationSession, evaluation.calibration_session_id)
        own = reviewer is not None and viewer == reviewer.name
        if calibration is not None and calibration.revealed_at is None and not own:
            raise BlindError(
                QT_TRANSLATE_NOOP("Errors", "calibration answers stay hidden until the lead reveals the session")
            )

    @staticmethod
    def _load(session: Session, evaluation_id: int) -> Evaluation:
        evaluation = session.get(Evaluation, evaluation_id)
        if evaluation is None:
            raise EvaluationError(
                QT_TRANSLATE_NOOP("Errors", "evaluation {evaluation_id} does not exist"), evaluation_id=evaluation_id
            )
        return evaluation

    def scoring_inputs(
        self, evaluation_id: int
    ) -> tuple[Scorecard, Context, list[ChatMessage] | None, list[TranscriptSegment] | None]:
        """What the scoring panel needs: the evaluation's scorecard version, and the chat or transcript for evidence."""
        with self.database.session() as session:
            evaluation = self._load(session, evaluation_id)
            scorecard = self._scorecard(session, evaluation.scorecard_version_id)
            context = self._context(session, evaluation.interaction_id)
            # Evidence is found in the masked copies, for every role alike: the same suggestions for the reviewer
            # and the lead, and no clear number in a snippet that a reviewer sees.
            rows = session.execute(
                select(Message.role, Message.sent_at, Message.text_masked.label("text"))
                .where(Message.interaction_id == evaluation.interaction_id)
                .order_by(Message.seq)
            ).all()
            messages = None
            if rows:
                first = next((m.sent_at for m in rows if m.sent_at is not None), None)
                messages = [
                    ChatMessage(
                        m.role,
                        int((m.sent_at - first).total_seconds() * 1000) if m.sent_at and first else None,
                        m.text or "",
                        index,
                    )
                    for index, m in enumerate(rows)
                ]
            transcript = session.scalar(
                select(Transcript.id).where(
                    Transcript.interaction_id == evaluation.interaction_id, Transcript.is_current.is_(True)
                )
            )
            segments = None
            if transcript is not None:
                segments = [
                    TranscriptSegment(r.speaker, r.start_ms, r.end_ms, r.text_masked or "")
                    for r in session.execute(
                        select(SegmentRow.speaker, SegmentRow.start_ms, SegmentRow.end_ms, SegmentRow.text_masked)
                        .where(SegmentRow.transcript_id == transcript)
                        .order_by(SegmentRow.seq)
                    )
                ]  # fmt: skip
            return scorecard, context, messages, segments

    def prepare(self, evaluation_id: int) -> ScoringSetup:
        """Scorecard, context and evidence-based suggestions for the scoring panel, in one read."""
        scorecard, context, messages, segments = self.scoring_inputs(evaluation_id)
        found = {}
        for criterion in scorecard.criteria():
            if criterion.checks and (suggestion := suggest(criterion, messages, segments)) is not None:
                found[criterion.key] = suggestion
        return ScoringSetup(scorecard, context, found)

    # Drafting ----------------------------------------------------------------------------------------------------
    def start(self, interaction_id: int, reviewer: str, scorecard_version_id: int | None = None) -> int:
        """The reviewer's open draft for this interaction, or a new one on the latest version for its channel.

        Two starts at once (a double-click, two windows, two processes) end with one draft: the database refuses a
        second (`uq_evaluations_one_draft`), and the one that lost reads the winner's."""
        try:
            return self._start(interaction_id, reviewer, scorecard_version_id)
        except (WriteConflict, DatabaseLocked):
            return self._start(interaction_id, reviewer, scorecard_version_id)

    def _start(self, interaction_id: int, reviewer: str, scorecard_version_id: int | None) -> int:
        with self.database.session() as session:
            interaction = session.get(Interaction, interaction_id)
            if interaction is None:
                raise EvaluationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "interaction {interaction_id} does not exist",
                    ),
                    interaction_id=interaction_id,
                )
            user = user_by_name(session, reviewer, "reviewer")
            existing = session.scalar(
                select(Evaluation.id).where(
                    Evaluation.interaction_id == interaction_id,
                    Evaluation.reviewer_id == user.id,
                    Evaluation.state == "draft",
                    Evaluation.calibration_session_id.is_(None),
                )
            )
            if existing is not None:
                return existing
            # Reopening an interaction this reviewer already evaluated shows that evaluation, not a blank one.
            done = session.scalar(
                select(Evaluation.id)
                .where(
                    Evaluation.interaction_id == interaction_id,
                    Evaluation.reviewer_id == user.id,
                    Evaluation.calibration_session_id.is_(None),
                )
                .order_by(Evaluation.id.desc())
            )
            if done is not None and scorecard_version_id is None:
                return done
            if scorecard_version_id is None:
                scorecard_version_id = session.scalar(
                    select(ScorecardVersion.id)
                    .join(ScorecardRow, ScorecardRow.id == ScorecardVersion.scorecard_id)
                    .where(ScorecardRow.channel == interaction.channel, ScorecardRow.retired.is_(False))
                    .order_by(ScorecardVersion.id.desc())
                )
                if scorecard_version_id is None:
                    raise EvaluationError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "no active scorecard for {channel} interactions",
                        ),
                        channel=interaction.channel,
                    )
            evaluation = Evaluation(
                interaction_id=interaction_id, scorecard_version_id=scorecard_version_id, reviewer_id=user.id
            )
            session.add(evaluation)
            session.flush()
            audit.record(session, "evaluation_started", "evaluation", evaluation.id, {}, actor=reviewer)
            return evaluation.id

    def save_draft(
        self,
        evaluation_id: int,
        answers: dict[str, Answer],
        comment: str | None = None,
        expected_version: int | None = None,
        suggestions: dict[str, Suggested] | None = None,
    ) -> int:
        """Autosave: every call commits, so nothing typed is lost if the app is killed. Returns the row version."""
        try:
            with self.database.session() as session:
                evaluation = self._load(session, evaluation_id)
                if evaluation.state != "draft":
                    raise EvaluationError(
                        QT_TRANSLATE_NOOP("Errors", "this evaluation was submitted: edit it with a reason instead")
                    )
                if expected_version is not None and evaluation.row_version != expected_version:
                    raise ConflictError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "someone else saved this evaluation since you opened it; reload to see it",
                        ),
                    )
                self._write_answers(session, evaluation, answers, suggestions or {})
                if comment is not None:
                    evaluation.comment = comment
                evaluation.updated_at = utcnow()
                session.flush()
                return evaluation.row_version
        except StaleDataError as exc:
            raise ConflictError(
                QT_TRANSLATE_NOOP("Errors", "someone else saved this evaluation at the same moment; reload to see it")
            ) from exc

    @staticmethod
    def _write_answers(
        session: Session, evaluation: Evaluation, answers: dict[str, Answer], suggestions: dict[str, Suggested]
    ) -> list[tuple[str, Any, Any]]:
        """Upsert answers; returns (criterion, old value, new value) for those that changed."""
        rows = {a.criterion_key: a for a in evaluation.answers}
        changes = []
        for key, suggestion in suggestions.items():
            if key not in answers and key not in rows:
                # A suggestion shown before the reviewer answers is recorded too.
                row = EvaluationAnswer(criterion_key=key, value=None, not_applicable=False)
                evaluation.answers.append(row)
                rows[key] = row
            if key not in answers:
                rows[key].suggested_value, rows[key].suggestion_accepted = suggestion.value, suggestion.accepted
        for key, answer in answers.items():
            row = rows.get(key)
            if row is None:
                row = EvaluationAnswer(criterion_key=key)
                evaluation.answers.append(row)
                old: Any = None
            else:
                old = "N/A" if row.not_applicable else row.value
            row.value, row.not_applicable = _answer_value(answer), answer.not_applicable
            row.root_cause, row.comment = answer.root_cause, answer.comment
            if key in suggestions:
                row.suggested_value, row.suggestion_accepted = suggestions[key].value, suggestions[key].accepted
            new = "N/A" if answer.not_applicable else answer.value
            if old != new:
                changes.append((key, old, new))
        return changes

    def _score_and_store(self, session: Session, evaluation: Evaluation) -> ScoreResult:
        scorecard = self._scorecard(session, evaluation.scorecard_version_id)
        answers = {
            a.criterion_key: Answer(a.value, a.not_applicable, a.root_cause, a.comment) for a in evaluation.answers
        }
        context = self._context(session, evaluation.interaction_id)
        problems = validate_answers(scorecard, answers, context)
        result = score(scorecard, answers, context)
        if result.missing:
            names = ", ".join((c.label.en if (c := scorecard.criterion(k)) else k) for k in result.missing)
            problems.append(str(Phrase(QT_TRANSLATE_NOOP("Errors", "still to answer: {names}"), names=names)))
        if problems:
            raise EvaluationError(QT_TRANSLATE_NOOP("Errors", "{problems}"), problems="; ".join(problems))
        for row in evaluation.answers:
            criterion_result = result.criteria.get(row.criterion_key)
            row.points = criterion_result.earned if criterion_result else None
            if criterion_result is None or not criterion_result.failed or not criterion_result.applicable:
                # A root cause explains a failure: one left from before the answer changed to a pass (or the
                # criterion was hidden) would be counted in the root-cause analysis for a failure that is not there.
                row.root_cause = None
        evaluation.score, evaluation.passed = result.score, result.passed
        evaluation.fatal_failed = bool(result.fatal_failures)
        evaluation.section_critical_failed = bool(result.section_critical_failures)
        evaluation.result = result_json(result)
        evaluation.outcomes = outcomes_text(evaluation.result)
        return result

    def submit(self, evaluation_id: int, actor: str) -> ScoreResult:
        with self.database.session() as session:
            evaluation = self._load(session, evaluation_id)
            state = _step(evaluation, "submit")
            result = self._score_and_store(session, evaluation)
            evaluation.state, evaluation.submitted_at = state.value, utcnow()
            evaluation.original_result = evaluation.result
            interaction = session.get(Interaction, evaluation.interaction_id)
            assert interaction is not None
            if evaluation.calibration_session_id is None:  # calibration scores are practice, not the agent's record
                interaction.status = "evaluated"
            search.reindex_comments(session, [evaluation.interaction_id])  # what was written, found by search
            audit.record(session, "evaluation_submitted", "evaluation", evaluation.id,
                         {"score": str(result.score), "passed": result.passed}, actor=actor)  # fmt: skip
            return result

    def edit_after_submit(
        self,
        evaluation_id: int,
        answers: dict[str, Answer],
        reason: str,
        actor: str,
        expected_version: int | None = None,
    ) -> ScoreResult:
        """A change with a reason. Two people changing it at once: the second is told, nothing is lost silently."""
        try:
            return self._edit_after_submit(evaluation_id, answers, reason, actor, expected_version)
        except StaleDataError as exc:
            raise ConflictError(
                QT_TRANSLATE_NOOP("Errors", "someone else changed this evaluation at the same moment; reload to see it")
            ) from exc

    def _edit_after_submit(
        self, evaluation_id: int, answers: dict[str, Answer], reason: str, actor: str, expected_version: int | None
    ) -> ScoreResult:
        if not reason.strip():
            raise EvaluationError(QT_TRANSLATE_NOOP("Errors", "say why a submitted evaluation is being changed"))
        with self.database.session() as session:
            evaluation = self._load(session, evaluation_id)
            if expected_version is not None and evaluation.row_version != expected_version:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "someone else changed this evaluation since you opened it; reload to see it"
                    )
                )
            evaluation.updated_at = utcnow()  # every change is a new version, even one that gives the same score
            _step(evaluation, "edit")
            self._require_reviewer_or_lead(session, evaluation, actor)
            changes = self._write_answers(session, evaluation, answers, {})
            before = evaluation.score
            result = self._score_and_store(session, evaluation)
            search.reindex_comments(session, [evaluation.interaction_id])
            audit.record(
                session, "evaluation_edited", "evaluation", evaluation.id,
                {"reason": reason, "changes": [{"criterion": k, "old": o, "new": n} for k, o, n in changes],
                 "score": {"old": str(before), "new": str(result.score)}},
                actor=actor,
            )  # fmt: skip
            return result

    # Agents and disputes -----------------------------------------------------------------------------------------
    @staticmethod
    def _is_agent_of(session: Session, evaluation: Evaluation, name: str) -> bool:
        """Whether `name` is the signed-in account of the agent this evaluation is about."""
        agent_id = session.scalar(select(Interaction.agent_id).where(Interaction.id == evaluation.interaction_id))
        user_agent = session.scalar(select(User.agent_id).where(User.name == name, User.active.is_(True)))
        return agent_id is not None and user_agent == agent_id

    @staticmethod
    def _require_reviewer_or_lead(session: Session, evaluation: Evaluation, actor: str) -> None:
        """A submitted evaluation is changed by its own reviewer, or by a lead or administrator."""
        user = session.scalar(select(User).where(User.name == actor))
        if user is None or (user.id != evaluation.reviewer_id and not may_resolve_disputes(user.role)):
            raise EvaluationError(
                QT_TRANSLATE_NOOP("Errors", "{value} may not change another reviewer's evaluation"), value=actor or "?"
            )

    def acknowledge(self, evaluation_id: int, agent: str) -> None:
        """The agent confirms they have read the evaluation: only the agent it is about, signed in as themselves."""
        with self.database.session() as session:
            evaluation = self._load(session, evaluation_id)
            state = _step(evaluation, "acknowledge")
            if evaluation.calibration_session_id is not None or not self._is_agent_of(session, evaluation, agent):
                raise EvaluationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "only the agent this evaluation is about acknowledges it; {value} is not that agent",
                    ),
                    value=agent or '?',
                )  # fmt: skip
            evaluation.acknowledged_at = utcnow()
            evaluation.state = state.value
            audit.record(session, "evaluation_acknowledged", "evaluation", evaluation.id, {}, actor=agent)

    def dispute(self, evaluation_id: int, criterion_key: str, reason: str, proposed: Any, raised_by: str) -> int:
        with self.database.session() as session:
            evaluation = self._load(session, evaluation_id)
            state = _step(evaluation, "dispute")
            if evaluation.calibration_session_id is not None or not (
                self._is_agent_of(session, evaluation, raised_by)
                or may_resolve_disputes(session.scalar(select(User.role).where(User.name == raised_by)))
            ):
                raise EvaluationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "only the agent this evaluation is about (or a lead for them) disputes it; {value} may not",
                    ),
                    value=raised_by or '?',
                )  # fmt: skip
            if self._scorecard(session, evaluation.scorecard_version_id).criterion(criterion_key) is None:
                raise EvaluationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        '"{criterion_key}" is not a criterion of this evaluation',
                    ),
                    criterion_key=criterion_key,
                )
            if not reason.strip():
                raise EvaluationError(QT_TRANSLATE_NOOP("Errors", "a dispute needs a reason"))
            dispute = EvaluationDispute(
                evaluation_id=evaluation_id, criterion_key=criterion_key, reason=reason,
                proposed_value=proposed, raised_by=raised_by,
            )  # fmt: skip
            session.add(dispute)
            evaluation.state = state.value
            session.flush()
            audit.record(session, "dispute_raised", "evaluation", evaluation_id,
                         {"dispute": dispute.id, "criterion": criterion_key, "proposed": proposed, "reason": reason},
                         actor=raised_by)  # fmt: skip
            return dispute.id

    def resolve_dispute(
        self, dispute_id: int, decision: str, reason: str, actor: str, value: Any = None
    ) -> ScoreResult | None:
        """accept (take the proposed answer), partial (take `value`), or reject; the original result is kept."""
        if decision not in ("accept", "partial", "reject"):
            raise EvaluationError(QT_TRANSLATE_NOOP("Errors", "decide accept, partial or reject"))
        if not reason.strip():
            raise EvaluationError(QT_TRANSLATE_NOOP("Errors", "a decision on a dispute needs a reason"))
        with self.database.session() as session:
            role = session.scalar(select(User.role).where(User.name == actor, User.active.is_(True))) if actor else None
            if role is None or not may_resolve_disputes(role):
                raise EvaluationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{value} may not decide disputes: that is for a lead or an administrator",
                    ),
                    value=actor or "?",
                )
            dispute = session.get(EvaluationDispute, dispute_id)
            if dispute is None or dispute.state != "open":
                raise EvaluationError(
                    QT_TRANSLATE_NOOP("Errors", "dispute {dispute_id} is not open"), dispute_id=dispute_id
                )
            evaluation = self._load(session, dispute.evaluation_id)
            result = None
            if decision != "reject":
                new_value = dispute.proposed_value if decision == "accept" else value
                not_applicable = new_value in ("na", "N/A")
                current = next((a for a in evaluation.answers if a.criterion_key == dispute.criterion_key), None)
                self._write_answers(
                    session, evaluation,
                    {dispute.criterion_key: Answer(None if not_applicable else new_value, not_applicable,
                                                   current.root_cause if current else None)},
                    {},
                )  # fmt: skip
                result = self._score_and_store(session, evaluation)
            dispute.state = {"accept": "accepted", "partial": "partly accepted", "reject": "rejected"}[decision]
            dispute.resolution_reason, dispute.resolved_by, dispute.resolved_at = reason, actor, utcnow()
            dispute.resolved_value = dispute.proposed_value if decision == "accept" else value
            still_open = session.scalar(
                select(EvaluationDispute.id).where(
                    EvaluationDispute.evaluation_id == evaluation.id, EvaluationDispute.state == "open"
                )
            )
            if still_open is None:
                evaluation.state = _step(evaluation, "resolve").value
            audit.record(session, "dispute_resolved", "evaluation", evaluation.id,
                         {"dispute": dispute_id, "decision": dispute.state, "reason": reason,
                          "score": str(evaluation.score)}, actor=actor)  # fmt: skip
            return result

    # Figures -----------------------------------------------------------------------------------------------------
    def agent_period(self, agent_id: int, start: datetime, end: datetime, *, rescore: bool = False) -> PeriodSummary:
        """An agent's submitted evaluations of interactions in [start, end). `rescore` recomputes every score from
        its stored answers and scorecard version instead of reading the stored result."""
        in_period = (
            Interaction.agent_id == agent_id,
            Interaction.started_at >= start,
            Interaction.started_at < end,
            Evaluation.state != "draft",
            Evaluation.calibration_session_id.is_(None),
        )
        with self.database.session() as session:
            if not rescore:
                # Stored results: one aggregate query, no rows loaded.
                count, average, passed, fatal, critical = session.execute(
                    select(
                        func.count(Evaluation.id),
                        func.avg(Evaluation.score),
                        func.sum(case((Evaluation.passed.is_(True), 1), else_=0)),
                        func.sum(case((Evaluation.fatal_failed.is_(True), 1), else_=0)),
                        func.sum(case((Evaluation.section_critical_failed.is_(True), 1), else_=0)),
                    )
                    .join(Interaction, Interaction.id == Evaluation.interaction_id)
                    .where(*in_period)
                ).one()
                if not count:
                    return PeriodSummary(0, None, None, 0, 0)
                return PeriodSummary(
                    count,
                    Decimal(str(average)).quantize(Decimal("0.01")),
                    (Decimal(100 * (passed or 0)) / count).quantize(Decimal("0.1")),
                    fatal or 0,
                    critical or 0,
                )
            query = select(Evaluation).join(Interaction, Interaction.id == Evaluation.interaction_id).where(*in_period)
            evaluations = list(session.scalars(query.options(selectinload(Evaluation.answers))))
            scores: list[Decimal] = []
            passed = fatal = critical = 0
            scorecards: dict[int, Scorecard] = {}
            for evaluation in evaluations:
                version = evaluation.scorecard_version_id
                if version not in scorecards:
                    scorecards[version] = self._scorecard(session, version)
                context = self._context(session, evaluation.interaction_id)
                result = score(scorecards[version], _answers_of(evaluation), context)
                scores.append(result.score)
                passed += result.passed
                fatal += bool(result.fatal_failures)
                critical += bool(result.section_critical_failures)
            if not scores:
                return PeriodSummary(0, None, None, 0, 0)
            count = Decimal(len(scores))
            return PeriodSummary(
                len(scores),
                (sum(scores, Decimal(0)) / count).quantize(Decimal("0.01")),
                (Decimal(100 * passed) / count).quantize(Decimal("0.1")),
                fatal,
                critical,
            )
