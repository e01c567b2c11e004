"""Calibration sessions: a lead picks interactions, a scorecard version, reviewers and optionally an expert; each
reviewer scores blind; the lead reveals, compares, notes and records the agreed (consensus) evaluation.

Blindness is enforced here and in EvaluationService.get: before the reveal, nobody — the lead included — can read
anyone's answers but their own; the status board shows only who has finished."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from types import ModuleType
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from qa_studio.clock import utcnow
from qa_studio.errors import QT_TRANSLATE_NOOP
from qa_studio.permissions import may_run_calibration
from qa_studio.scoring.engine import Answer
from qa_studio.scoring.loader import scorecard_from_dict
from qa_studio.scoring.model import CriterionType, Scorecard
from qa_studio.services import audit
from qa_studio.services.directory import role_of, user_by_name
from qa_studio.services.evaluations import ConflictError, EvaluationError, EvaluationService
from qa_studio.storage.database import Database
from qa_studio.storage.models import (
    CalibrationItem,
    CalibrationParticipant,
    CalibrationSession,
    Evaluation,
    Interaction,
    ScorecardVersion,
    User,
)
from qa_studio.storage.models import Scorecard as ScorecardRow

if TYPE_CHECKING:
    from qa_studio.scoring import calibration_stats as stats


def _stats() -> ModuleType:
    """The statistics (NumPy, SciPy, krippendorff: half a second to import), loaded when a session is first read."""
    from qa_studio.scoring import calibration_stats

    return calibration_stats

PARTICIPANT, EXPERT, CONSENSUS = "participant", "expert", "consensus"


class CalibrationError(EvaluationError):
    """Not allowed or not possible in this session; the text says why."""


@dataclass(frozen=True, slots=True)
class SessionSummary:
    id: int
    title: str
    scorecard_key: str
    scorecard_version: int
    scorecard_version_id: int
    created_by: str
    expert: str | None
    reviewers: list[str]
    interaction_ids: list[int]
    state: str  # open | revealed | closed
    tolerance: float
    created_at: datetime
    revealed_at: datetime | None
    closed_at: datetime | None
    row_version: int


@dataclass(frozen=True, slots=True)
class BoardLine:
    """One person's progress on one interaction: 'not started', 'draft' or 'submitted' (no answers)."""

    person: str
    role: str  # participant | expert
    interaction_id: int
    state: str
    evaluation_id: int | None


@dataclass(frozen=True, slots=True)
class SessionResults:
    session: SessionSummary
    scorecard: Scorecard
    reviewers: list[str]
    interaction_ids: list[int]
    evaluations: list[stats.Evaluation]  # the participants', submitted
    benchmark: list[stats.Evaluation]  # the expert's, else the consensus
    benchmark_source: str | None  # "expert" | "consensus" | None
    stats: stats.SessionStats
    notes: dict[str, str] = field(default_factory=dict)

    def answer(self, reviewer: str, interaction_id: int, criterion: str) -> stats.CriterionAnswer | None:
        for evaluation in (*self.evaluations, *self.benchmark):
            if evaluation.reviewer == reviewer and evaluation.interaction == str(interaction_id):
                return next((a for a in evaluation.answers if a.criterion == criterion), None)
        return None


def _level(kind: CriterionType) -> str:
    return "interval" if kind == CriterionType.SCALE else "nominal"


def _value(kind: CriterionType, value: Any, not_applicable: bool) -> str | float | None:
    if not_applicable:
        return _stats().NA
    if value is None:
        return None
    if kind == CriterionType.SCALE:
        return float(value)
    if kind == CriterionType.DEDUCTIONS:
        return ",".join(sorted(value)) or "none"
    return str(value)


def to_stats_evaluation(evaluation: Evaluation, reviewer: str, scorecard: Scorecard) -> stats.Evaluation:
    """A stored, submitted evaluation in the shape the statistics take."""
    results = (evaluation.result or {}).get("criteria", {})
    rows = {a.criterion_key: a for a in evaluation.answers}
    answers = []
    for criterion in scorecard.criteria():
        if not criterion.type.scoring:
            continue
        entry = results.get(criterion.key) or {}
        row = rows.get(criterion.key)
        answers.append(
            _stats().CriterionAnswer(
                criterion=criterion.key,
                earned=float(entry.get("earned", 0)),
                possible=float(entry.get("possible", criterion.max_points)),
                value=_value(criterion.type, row.value if row else None, bool(row and row.not_applicable)),
                failed=bool(entry.get("failed")),
                fail_kind=criterion.fail.value,
                level=_level(criterion.type),
                # Results stored before conditions were recorded in them count every criterion, as they did then.
                applicable=bool(entry.get("applicable", True)),
            )
        )
    score = float(evaluation.score) if evaluation.score is not None else None
    return _stats().Evaluation(reviewer, str(evaluation.interaction_id), score, tuple(answers))


class CalibrationService:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.evaluations = EvaluationService(database)

    # Rules ------------------------------------------------------------------------------------------------------
    @staticmethod
    def _require_lead(session: Session, actor: str, what: str) -> None:
        if not may_run_calibration(role_of(session, actor)):
            raise CalibrationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "only a lead or an administrator may {what}; {actor} is not one",
                ),
                what=what,
                actor=actor,
            )

    @staticmethod
    def _load(session: Session, session_id: int) -> CalibrationSession:
        calibration = session.get(CalibrationSession, session_id)
        if calibration is None:
            raise CalibrationError(
                QT_TRANSLATE_NOOP("Errors", "there is no calibration session {session_id}"), session_id=session_id
            )
        return calibration

    @staticmethod
    def _summary(session: Session, calibration: CalibrationSession) -> SessionSummary:
        version = session.get(ScorecardVersion, calibration.scorecard_version_id)
        assert version is not None
        card = session.get(ScorecardRow, version.scorecard_id)
        names = {user_id: name for user_id, name in session.execute(select(User.id, User.name))}
        reviewers = sorted(
            names[p.user_id]
            for p in session.scalars(
                select(CalibrationParticipant).where(CalibrationParticipant.session_id == calibration.id)
            )
        )
        items = sorted(
            session.scalars(
                select(CalibrationItem.interaction_id).where(CalibrationItem.session_id == calibration.id)
            )
        )
        state = "closed" if calibration.closed_at else ("revealed" if calibration.revealed_at else "open")
        return SessionSummary(
            calibration.id, calibration.title, card.key if card else "?", version.version, version.id,
            names.get(calibration.created_by, "?"), names.get(calibration.expert_id) if calibration.expert_id else None,
            reviewers, list(items), state, float(calibration.tolerance_points), calibration.created_at,
            calibration.revealed_at, calibration.closed_at, calibration.row_version,
        )  # fmt: skip

    def _role_in(self, session: Session, calibration: CalibrationSession, actor: str) -> str | None:
        user = session.scalar(select(User).where(User.name == actor))
        if user is None:
            return None
        if calibration.expert_id == user.id:
            return EXPERT
        participant = session.get(CalibrationParticipant, (calibration.id, user.id))
        return PARTICIPANT if participant is not None else None

    # Creating and listing ----------------------------------------------------------------------------------------
    def create(
        self,
        title: str,
        scorecard_version_id: int,
        interaction_ids: Sequence[int],
        reviewers: Sequence[str],
        actor: str,
        expert: str | None = None,
        tolerance: float = 5.0,
    ) -> int:
        if not title.strip():
            raise CalibrationError(QT_TRANSLATE_NOOP("Errors", "give the session a title"))
        if not interaction_ids:
            raise CalibrationError(QT_TRANSLATE_NOOP("Errors", "pick at least one interaction to calibrate on"))
        people = list(dict.fromkeys(r.strip() for r in reviewers if r.strip()))
        if len(people) < 2:
            raise CalibrationError(QT_TRANSLATE_NOOP("Errors", "a calibration needs at least two reviewers"))
        if expert and expert in people:
            raise CalibrationError(
                QT_TRANSLATE_NOOP("Errors", "{expert} cannot be both the expert and a participant"), expert=expert
            )
        if tolerance < 0:
            raise CalibrationError(QT_TRANSLATE_NOOP("Errors", "the tolerance is a number of points, 0 or more"))
        with self.database.session() as session:
            self._require_lead(session, actor, "create a calibration session")
            if session.get(ScorecardVersion, scorecard_version_id) is None:
                raise CalibrationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "there is no scorecard version {scorecard_version_id}",
                    ),
                    scorecard_version_id=scorecard_version_id,
                )
            missing = [i for i in interaction_ids if session.get(Interaction, i) is None]
            if missing:
                raise CalibrationError(
                    QT_TRANSLATE_NOOP("Errors", "no interaction with id {names}"), names=', '.join(map(str, missing))
                )
            lead = user_by_name(session, actor, "lead")
            calibration = CalibrationSession(
                title=title.strip(), scorecard_version_id=scorecard_version_id, created_by=lead.id,
                expert_id=user_by_name(session, expert, "reviewer").id if expert else None,
                tolerance_points=Decimal(str(tolerance)), notes={},
            )  # fmt: skip
            session.add(calibration)
            session.flush()
            for name in people:
                session.add(CalibrationParticipant(session_id=calibration.id, user_id=user_by_name(session, name,
                                                                                                    "reviewer").id))
            for interaction_id in dict.fromkeys(interaction_ids):
                session.add(CalibrationItem(session_id=calibration.id, interaction_id=interaction_id))
            audit.record(session, "calibration_created", "calibration_session", calibration.id,
                         {"title": title, "reviewers": people, "expert": expert, "interactions": list(interaction_ids),
                          "tolerance": tolerance}, actor=actor)  # fmt: skip
            return calibration.id

    def get(self, session_id: int) -> SessionSummary:
        with self.database.session() as session:
            return self._summary(session, self._load(session, session_id))

    def sessions(self, actor: str | None = None) -> list[SessionSummary]:
        """Newest first. A lead or administrator sees every session; anyone else the ones they take part in."""
        with self.database.session() as session:
            rows = list(session.scalars(select(CalibrationSession).order_by(CalibrationSession.id.desc())))
            summaries = [self._summary(session, row) for row in rows]
            if actor is None or may_run_calibration(role_of(session, actor)):
                return summaries
            return [s for s in summaries if actor in s.reviewers or actor == s.expert]

    # Scoring ----------------------------------------------------------------------------------------------------
    def start(self, session_id: int, interaction_id: int, actor: str) -> int:
        """The actor's evaluation of one item (a draft to continue, or a new one on the session's version)."""
        with self.database.session() as session:
            calibration = self._load(session, session_id)
            if calibration.revealed_at is not None:
                raise CalibrationError(QT_TRANSLATE_NOOP("Errors", "this session was revealed: scoring is over"))
            role = self._role_in(session, calibration, actor)
            if role is None:
                raise CalibrationError(
                    QT_TRANSLATE_NOOP("Errors", "{actor} does not take part in this calibration session"), actor=actor
                )
            if session.get(CalibrationItem, (session_id, interaction_id)) is None:
                raise CalibrationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "interaction {interaction_id} is not part of this session",
                    ),
                    interaction_id=interaction_id,
                )
            user = session.scalar(select(User).where(User.name == actor))
            assert user is not None
            existing = session.scalar(
                select(Evaluation.id).where(
                    Evaluation.calibration_session_id == session_id, Evaluation.interaction_id == interaction_id,
                    Evaluation.reviewer_id == user.id, Evaluation.calibration_role == role,
                )
            )  # fmt: skip
            if existing is not None:
                return existing
            evaluation = Evaluation(
                interaction_id=interaction_id, scorecard_version_id=calibration.scorecard_version_id,
                reviewer_id=user.id, calibration_session_id=session_id, calibration_role=role,
            )  # fmt: skip
            session.add(evaluation)
            session.flush()
            audit.record(session, "evaluation_started", "evaluation", evaluation.id,
                         {"calibration_session": session_id}, actor=actor)  # fmt: skip
            return evaluation.id

    def score(self, session_id: int, interaction_id: int, answers: dict[str, Answer], actor: str,
              comment: str | None = None, submit: bool = True) -> int:  # fmt: skip
        """Answer (and by default submit) the actor's evaluation of an item in one step; used by the CLI and the
        returned answers of a calibration package."""
        evaluation_id = self.start(session_id, interaction_id, actor)
        view = self.evaluations.get(evaluation_id, viewer=actor)
        if view.state != "draft":
            raise CalibrationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{actor} already submitted interaction {interaction_id} in this session",
                ),
                actor=actor,
                interaction_id=interaction_id,
            )
        self.evaluations.save_draft(evaluation_id, answers, comment)
        if submit:
            self.evaluations.submit(evaluation_id, actor)
        return evaluation_id

    def board(self, session_id: int) -> list[BoardLine]:
        """Who has finished what — never the answers, so anyone in the session may look."""
        with self.database.session() as session:
            calibration = self._load(session, session_id)
            summary = self._summary(session, calibration)
            names = {user_id: name for user_id, name in session.execute(select(User.id, User.name))}
            found = {
                (names[e.reviewer_id], e.interaction_id, e.calibration_role): e
                for e in session.scalars(
                    select(Evaluation).where(
                        Evaluation.calibration_session_id == session_id,
                        Evaluation.calibration_role.in_((PARTICIPANT, EXPERT)),
                    )
                )
            }
            people = [(name, PARTICIPANT) for name in summary.reviewers]
            if summary.expert:
                people.append((summary.expert, EXPERT))
            lines = []
            for name, role in people:
                for interaction_id in summary.interaction_ids:
                    evaluation = found.get((name, interaction_id, role))
                    state = "not started" if evaluation is None else (
                        "draft" if evaluation.state == "draft" else "submitted")  # fmt: skip
                    lines.append(BoardLine(name, role, interaction_id, state, evaluation.id if evaluation else None))
            return lines

    # Reveal, results, notes, consensus ----------------------------------------------------------------------------
    def _change(self, session_id: int, actor: str, what: str, change: Any, expected_version: int | None) -> None:
        try:
            with self.database.session() as session:
                self._require_lead(session, actor, what)
                calibration = self._load(session, session_id)
                if expected_version is not None and calibration.row_version != expected_version:
                    raise ConflictError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "someone else changed this session since you opened it; reload to see it",
                        ),
                    )
                change(session, calibration)
        except StaleDataError:
            raise ConflictError(
                QT_TRANSLATE_NOOP("Errors", "someone else changed this session at the same moment; reload to see it")
            ) from None

    def reveal(self, session_id: int, actor: str, expected_version: int | None = None) -> None:
        def apply(session: Session, calibration: CalibrationSession) -> None:
            if calibration.revealed_at is not None:
                raise CalibrationError(QT_TRANSLATE_NOOP("Errors", "this session is already revealed"))
            unfinished = [line for line in self.board(session_id) if line.state != "submitted"]
            calibration.revealed_at = utcnow()
            audit.record(session, "calibration_revealed", "calibration_session", session_id,
                         {"unfinished": len(unfinished)}, actor=actor)  # fmt: skip

        self._change(session_id, actor, "reveal a calibration session", apply, expected_version)

    def results(self, session_id: int, resamples: int = 1000) -> SessionResults:
        """Everybody's answers and the statistics — only after the reveal."""
        with self.database.session() as session:
            calibration = self._load(session, session_id)
            if calibration.revealed_at is None:
                raise CalibrationError(
                    QT_TRANSLATE_NOOP("Errors", "calibration answers stay hidden until the lead reveals the session")
                )
            summary = self._summary(session, calibration)
            version = session.get(ScorecardVersion, calibration.scorecard_version_id)
            assert version is not None
            scorecard = scorecard_from_dict(version.definition, f"scorecard version {version.id}")
            names = {user_id: name for user_id, name in session.execute(select(User.id, User.name))}
            rows = list(
                session.scalars(
                    select(Evaluation)
                    .where(Evaluation.calibration_session_id == session_id, Evaluation.state != "draft")
                    .options(selectinload(Evaluation.answers))
                    .order_by(Evaluation.id)
                )
            )
            notes = dict(calibration.notes or {})
        participants = [to_stats_evaluation(e, names[e.reviewer_id], scorecard) for e in rows
                        if e.calibration_role == PARTICIPANT]  # fmt: skip
        experts = [to_stats_evaluation(e, names[e.reviewer_id], scorecard) for e in rows
                   if e.calibration_role == EXPERT]  # fmt: skip
        agreed = [to_stats_evaluation(e, "consensus", scorecard) for e in rows if e.calibration_role == CONSENSUS]
        benchmark, source = (experts, EXPERT) if experts else ((agreed, CONSENSUS) if agreed else ([], None))
        computed = _stats().session_stats(participants, benchmark, summary.tolerance, resamples=resamples)
        return SessionResults(summary, scorecard, summary.reviewers, summary.interaction_ids, participants,
                              benchmark, source, computed, notes)  # fmt: skip

    def set_note(self, session_id: int, criterion: str, text: str, actor: str) -> None:
        def apply(session: Session, calibration: CalibrationSession) -> None:
            if calibration.revealed_at is None:
                raise CalibrationError(
                    QT_TRANSLATE_NOOP("Errors", "notes are written after the reveal, when the answers can be discussed")
                )
            notes = dict(calibration.notes or {})
            old = notes.get(criterion)
            if text.strip():
                notes[criterion] = text.strip()
            else:
                notes.pop(criterion, None)
            calibration.notes = notes
            audit.record(session, "calibration_note", "calibration_session", session_id,
                         {"criterion": criterion, "old": old, "new": text.strip() or None}, actor=actor)  # fmt: skip

        self._change(session_id, actor, "write calibration notes", apply, None)

    def start_consensus(self, session_id: int, interaction_id: int, actor: str, prefill: bool = True) -> int:
        """The lead's draft of the agreed evaluation of one item (continued if one exists). `prefill` starts it from
        the answer most reviewers gave to each criterion, for the group to correct."""
        with self.database.session() as session:
            self._require_lead(session, actor, "record the consensus")
            calibration = self._load(session, session_id)
            if calibration.revealed_at is None:
                raise CalibrationError(QT_TRANSLATE_NOOP("Errors", "the consensus is agreed after the reveal"))
            if calibration.closed_at is not None:
                raise CalibrationError(QT_TRANSLATE_NOOP("Errors", "this session is closed"))
            if session.get(CalibrationItem, (session_id, interaction_id)) is None:
                raise CalibrationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "interaction {interaction_id} is not part of this session",
                    ),
                    interaction_id=interaction_id,
                )
            previous = session.scalar(
                select(Evaluation).where(
                    Evaluation.calibration_session_id == session_id, Evaluation.interaction_id == interaction_id,
                    Evaluation.calibration_role == CONSENSUS,
                )
            )  # fmt: skip
            if previous is not None:
                if previous.state != "draft":
                    raise CalibrationError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "the consensus for interaction {interaction_id} is already recorded",
                        ),
                        interaction_id=interaction_id,
                    )
                return previous.id
            lead = user_by_name(session, actor, "lead")
            evaluation = Evaluation(
                interaction_id=interaction_id, scorecard_version_id=calibration.scorecard_version_id,
                reviewer_id=lead.id, calibration_session_id=session_id, calibration_role=CONSENSUS,
            )  # fmt: skip
            session.add(evaluation)
            session.flush()
            evaluation_id = evaluation.id
            majority = self._majority(session, session_id, interaction_id) if prefill else {}
            audit.record(session, "evaluation_started", "evaluation", evaluation_id,
                         {"calibration_session": session_id, "consensus": True}, actor=actor)  # fmt: skip
        if majority:
            self.evaluations.save_draft(evaluation_id, majority)
        return evaluation_id

    @staticmethod
    def _majority(session: Session, session_id: int, interaction_id: int) -> dict[str, Answer]:
        """Per criterion, the answer most participants gave (ties: the first given)."""
        counts: dict[str, dict[tuple[Any, bool], int]] = {}
        for evaluation in session.scalars(
            select(Evaluation).where(
                Evaluation.calibration_session_id == session_id, Evaluation.interaction_id == interaction_id,
                Evaluation.calibration_role.in_((PARTICIPANT, EXPERT)), Evaluation.state != "draft",
            ).options(selectinload(Evaluation.answers))
        ):  # fmt: skip
            for answer in evaluation.answers:
                if answer.value is None and not answer.not_applicable:
                    continue
                value = tuple(answer.value) if isinstance(answer.value, list) else answer.value
                tally = counts.setdefault(answer.criterion_key, {})
                tally[(value, answer.not_applicable)] = tally.get((value, answer.not_applicable), 0) + 1
        majority = {}
        for key, tally in counts.items():
            (value, not_applicable), _count = max(tally.items(), key=lambda item: item[1])
            value = list(value) if isinstance(value, tuple) else value
            majority[key] = Answer(None if not_applicable else value, not_applicable)
        return majority

    def save_consensus(self, session_id: int, interaction_id: int, answers: dict[str, Answer], actor: str,
                       comment: str | None = None) -> int:  # fmt: skip
        """The agreed evaluation of one item in one step; it becomes the benchmark when there is no expert."""
        evaluation_id = self.start_consensus(session_id, interaction_id, actor, prefill=False)
        self.evaluations.save_draft(evaluation_id, answers, comment)
        self.submit_consensus(session_id, evaluation_id, actor)
        return evaluation_id

    def submit_consensus(self, session_id: int, evaluation_id: int, actor: str) -> None:
        self.evaluations.submit(evaluation_id, actor)
        with self.database.session() as session:
            interaction_id = self._load_evaluation(session, evaluation_id).interaction_id
            audit.record(session, "calibration_consensus", "calibration_session", session_id,
                         {"interaction": interaction_id, "evaluation": evaluation_id}, actor=actor)  # fmt: skip

    @staticmethod
    def _load_evaluation(session: Session, evaluation_id: int) -> Evaluation:
        evaluation = session.get(Evaluation, evaluation_id)
        if evaluation is None:
            raise CalibrationError(
                QT_TRANSLATE_NOOP("Errors", "there is no evaluation {evaluation_id}"), evaluation_id=evaluation_id
            )
        return evaluation

    def close(self, session_id: int, actor: str) -> None:
        def apply(session: Session, calibration: CalibrationSession) -> None:
            if calibration.revealed_at is None:
                raise CalibrationError(QT_TRANSLATE_NOOP("Errors", "reveal the session before closing it"))
            if calibration.closed_at is not None:
                raise CalibrationError(QT_TRANSLATE_NOOP("Errors", "this session is already closed"))
            calibration.closed_at = utcnow()
            audit.record(session, "calibration_closed", "calibration_session", session_id, {}, actor=actor)

        self._change(session_id, actor, "close a calibration session", apply, None)

    # Over time --------------------------------------------------------------------------------------------------
    def drift(self, resamples: int = 200) -> dict[str, list[tuple[SessionSummary, stats.ReviewerStats]]]:
        """Each reviewer's figures in every revealed session, oldest first."""
        revealed = [s for s in reversed(self.sessions()) if s.revealed_at is not None]
        if not revealed:  # the statistics libraries are loaded only when there is something to compare
            return {}
        series = [(summary, self.results(summary.id, resamples).stats) for summary in revealed]
        return _stats().reviewer_drift(series)
