"""Self-evaluation: an agent scores one of their own interactions on the scorecard a reviewer uses, then sees their
answers beside the reviewer's. Stored apart from evaluations (storage/models.py `SelfEvaluation`), so it never
counts in a figure; on a team database the server lets an agent write only their own (storage/team_sql.py)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_studio.i18n import QT_TRANSLATE_NOOP, translate
from qa_studio.scoring.engine import ScoreResult, score, validate_answers
from qa_studio.scoring.loader import scorecard_from_dict
from qa_studio.scoring.model import Answer, Context, Criterion, Scorecard, Text
from qa_studio.services import audit
from qa_studio.services.identity import CurrentUser
from qa_studio.storage.database import Database, WriteConflict
from qa_studio.storage.models import Evaluation, EvaluationAnswer, Interaction, ScorecardVersion, SelfEvaluation
from qa_studio.storage.models import Scorecard as ScorecardRow

_MESSAGES = {
    "agents_only": QT_TRANSLATE_NOOP("SelfEvaluation", "Only an agent scores their own interactions."),
    "not_yours": QT_TRANSLATE_NOOP("SelfEvaluation", "Interaction {id} is not one of yours."),
    "no_scorecard": QT_TRANSLATE_NOOP("SelfEvaluation", "No scorecard is in use for {channel} interactions."),
    "done": QT_TRANSLATE_NOOP("SelfEvaluation", "You have already scored interaction {id} yourself."),
    "incomplete": QT_TRANSLATE_NOOP("SelfEvaluation", "Answer every criterion first: {problems}"),
}


class SelfEvaluationError(Exception):
    def __init__(self, code: str, **params: object) -> None:
        self.code, self.params = code, params
        super().__init__(translate("SelfEvaluation", _MESSAGES[code]).format(**params))


@dataclass(frozen=True, slots=True)
class SelfScoringSetup:
    interaction_id: int
    scorecard_version_id: int
    scorecard: Scorecard
    context: Context


@dataclass(frozen=True, slots=True)
class ComparedCriterion:
    key: str
    label: Text
    criterion: Criterion
    mine: Answer | None
    reviewer: Answer | None  # None until a reviewer's evaluation is submitted

    @property
    def agrees(self) -> bool | None:
        if self.mine is None or self.reviewer is None:
            return None
        return (self.mine.not_applicable, self.mine.value) == (self.reviewer.not_applicable, self.reviewer.value)


@dataclass(frozen=True, slots=True)
class SelfComparison:
    interaction_id: int
    my_score: Decimal | None
    my_passed: bool | None
    reviewer_score: Decimal | None
    reviewer_passed: bool | None
    rows: list[ComparedCriterion]


def _stored(answers: dict[str, Answer]) -> dict[str, Any]:
    return {key: {"value": a.value, "na": a.not_applicable} for key, a in answers.items()}


def _answer(stored: dict[str, Any] | None) -> Answer | None:
    return None if stored is None else Answer(stored.get("value"), bool(stored.get("na")))


class SelfEvaluationService:
    def __init__(self, database: Database) -> None:
        self.database = database

    @staticmethod
    def _own(session: Session, user: CurrentUser, interaction_id: int) -> Interaction:
        if not user.is_agent or user.agent_id is None:
            raise SelfEvaluationError("agents_only")
        interaction = session.get(Interaction, interaction_id)
        if interaction is None or interaction.agent_id != user.agent_id:
            raise SelfEvaluationError("not_yours", id=interaction_id)
        return interaction

    @staticmethod
    def _reviewed(session: Session, interaction_id: int) -> Evaluation | None:
        """The reviewer's latest submitted evaluation of the interaction (never a draft or a calibration)."""
        return session.scalar(
            select(Evaluation)
            .where(Evaluation.interaction_id == interaction_id, Evaluation.state != "draft",
                   Evaluation.calibration_session_id.is_(None))
            .order_by(Evaluation.id.desc())
        )  # fmt: skip

    def candidates(self, user: CurrentUser, limit: int = 200) -> list[tuple[int, str, str | None]]:
        """The agent's own interactions, newest first: (id, channel, started ISO time), those self-scored left out."""
        if not user.is_agent or user.agent_id is None:
            return []
        with self.database.session() as session:
            done = select(SelfEvaluation.interaction_id).where(SelfEvaluation.user_id == user.id)
            rows = session.execute(
                select(Interaction.id, Interaction.channel, Interaction.started_at)
                .where(Interaction.agent_id == user.agent_id, Interaction.id.not_in(done))
                .order_by(Interaction.started_at.desc().nulls_last(), Interaction.id.desc())
                .limit(limit)
            ).all()
            return [(r.id, r.channel, r.started_at.isoformat(" ", "minutes") if r.started_at else None) for r in rows]

    def scored(self, user: CurrentUser) -> list[int]:
        with self.database.session() as session:
            return list(session.scalars(
                select(SelfEvaluation.interaction_id).where(SelfEvaluation.user_id == user.id)
                .order_by(SelfEvaluation.submitted_at.desc())
            ))  # fmt: skip

    def setup(self, user: CurrentUser, interaction_id: int) -> SelfScoringSetup:
        """The scorecard version the reviewer used, or the one in use for the channel when nobody has scored it yet."""
        with self.database.session() as session:
            interaction = self._own(session, user, interaction_id)
            reviewed = self._reviewed(session, interaction_id)
            version_id = reviewed.scorecard_version_id if reviewed is not None else session.scalar(
                select(ScorecardVersion.id)
                .join(ScorecardRow, ScorecardRow.id == ScorecardVersion.scorecard_id)
                .where(ScorecardRow.channel == interaction.channel, ScorecardRow.retired.is_(False))
                .order_by(ScorecardVersion.id.desc())
            )  # fmt: skip
            if version_id is None:
                raise SelfEvaluationError("no_scorecard", channel=interaction.channel)
            version = session.get(ScorecardVersion, version_id)
            assert version is not None
            scorecard = scorecard_from_dict(version.definition, f"scorecard version {version_id}")
            return SelfScoringSetup(interaction_id, version_id, scorecard,
                                    Context(channel=interaction.channel, queue=interaction.queue))  # fmt: skip

    def submit(self, user: CurrentUser, interaction_id: int, answers: dict[str, Answer]) -> ScoreResult:
        """Once per interaction; the answers must be complete, as a reviewer's would."""
        setup = self.setup(user, interaction_id)
        # Root causes are the reviewer's analysis; an agent who fails themselves is not asked for one.
        problems = validate_answers(setup.scorecard, answers, setup.context, causes_required=False)
        result = score(setup.scorecard, answers, setup.context)
        problems += [] if result.complete else [", ".join(result.missing)]
        if problems:
            raise SelfEvaluationError("incomplete", problems="; ".join(problems[:5]))
        try:
            with self.database.session() as session:
                self._own(session, user, interaction_id)
                if session.scalar(select(SelfEvaluation.id).where(SelfEvaluation.interaction_id == interaction_id,
                                                                  SelfEvaluation.user_id == user.id)):  # fmt: skip
                    raise SelfEvaluationError("done", id=interaction_id)
                row = SelfEvaluation(interaction_id=interaction_id, user_id=user.id,
                                     scorecard_version_id=setup.scorecard_version_id, answers=_stored(answers),
                                     score=result.score, passed=result.passed)  # fmt: skip
                session.add(row)
                session.flush()
                audit.record(session, "self_evaluation_submitted", "self_evaluation", row.id,
                             {"interaction": interaction_id, "score": str(result.score)}, actor=user.name)  # fmt: skip
        except WriteConflict:  # the same agent, twice at once
            raise SelfEvaluationError("done", id=interaction_id) from None
        return result

    def comparison(self, user: CurrentUser, interaction_id: int) -> SelfComparison | None:
        """The agent's answers beside the reviewer's, criterion by criterion; None before the agent scored it."""
        with self.database.session() as session:
            self._own(session, user, interaction_id)
            mine = session.scalar(select(SelfEvaluation).where(SelfEvaluation.interaction_id == interaction_id,
                                                               SelfEvaluation.user_id == user.id))  # fmt: skip
            if mine is None:
                return None
            version = session.get(ScorecardVersion, mine.scorecard_version_id)
            assert version is not None
            scorecard = scorecard_from_dict(version.definition, f"scorecard version {version.id}")
            reviewed = self._reviewed(session, interaction_id)
            theirs: dict[str, Answer] = {}
            if reviewed is not None and reviewed.scorecard_version_id == mine.scorecard_version_id:
                for answer in session.scalars(
                    select(EvaluationAnswer).where(EvaluationAnswer.evaluation_id == reviewed.id)
                ):
                    theirs[answer.criterion_key] = Answer(answer.value, answer.not_applicable)
            # Criteria that applied to neither (a condition hid them) are left out.
            rows = [
                ComparedCriterion(c.key, c.label, c, _answer(mine.answers.get(c.key)), theirs.get(c.key))
                for c in scorecard.criteria()
                if c.type.scoring and (c.key in mine.answers or c.key in theirs)
            ]
            return SelfComparison(
                interaction_id, mine.score, mine.passed,
                reviewed.score if reviewed is not None else None, reviewed.passed if reviewed is not None else None,
                rows,
            )  # fmt: skip
