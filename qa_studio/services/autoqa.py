"""AutoQA on stored interactions: runs the evidence checks of each channel's current scorecard on every chat, e-mail
and transcribed call, stores the answers apart from reviewers' evaluations, and measures how far each check agrees
with reviewers."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, exists, insert, select
from sqlalchemy.orm import Session

from qa_studio.scoring.autoqa import AutoOutcome, Flag, ScoreMemo, auto_evaluate
from qa_studio.scoring.engine import Context
from qa_studio.scoring.evidence import ChatMessage, Evidence, Suggestion, TranscriptSegment
from qa_studio.scoring.model import NA, CriterionType, Scorecard
from qa_studio.scoring.versioning import scorecard_from_dict
from qa_studio.services import audit
from qa_studio.storage.database import Database
from qa_studio.storage.models import (
    AutoEvaluation,
    Evaluation,
    EvaluationAnswer,
    Interaction,
    Message,
    ScorecardVersion,
    Team,
    Transcript,
)
from qa_studio.storage.models import Scorecard as ScorecardRow
from qa_studio.storage.models import TranscriptSegment as SegmentRow

_log = logging.getLogger(__name__)
BATCH = 500  # interactions read and written per unit of work
ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class AutoQAReport:
    scored: int  # interactions given automatic answers
    skipped: int  # nothing to check yet (a call not transcribed, no scorecard for the channel, no check could run)


@dataclass(frozen=True, slots=True)
class AutoView:
    interaction_id: int
    scorecard_version_id: int
    score: Decimal | None
    flags: list[str]
    answers: dict[str, Suggestion]


@dataclass(frozen=True, slots=True)
class CriterionAgreement:
    """How far a criterion's automatic answer agrees with reviewers' over the interactions scored both ways."""

    criterion_key: str
    label: str
    interactions: int
    percent: float | None  # share of interactions where both gave the same answer, 0–100
    kappa: float | None  # Cohen's κ; None when it is undefined (both always gave one and the same answer)
    label_zh: str = ""  # the criterion's Chinese label, where the scorecard has one


# What the interaction list shows and filters on, read through correlated lookups of the interaction's one row.
AUTO_COLUMNS = (
    select(AutoEvaluation.score).where(AutoEvaluation.interaction_id == Interaction.id)
    .correlate(Interaction).scalar_subquery(),
    select(AutoEvaluation.flags).where(AutoEvaluation.interaction_id == Interaction.id)
    .correlate(Interaction).scalar_subquery(),
)  # fmt: skip


def autoqa_conditions(score_below: float | None, fatal_suspected: bool) -> list[Any]:
    """The interaction list's AutoQA filters: an automatic score under a mark, a fatal failure suspected."""
    conditions: list[Any] = []
    if score_below is not None:
        conditions.append(exists().where(AutoEvaluation.interaction_id == Interaction.id,
                                         AutoEvaluation.score < Decimal(str(score_below))))  # fmt: skip
    if fatal_suspected:
        conditions.append(exists().where(AutoEvaluation.interaction_id == Interaction.id,
                                         AutoEvaluation.fatal_suspected.is_(True)))  # fmt: skip
    return conditions


def evidence_dict(evidence: Evidence) -> dict[str, Any]:
    # By hand: dataclasses.asdict deep-copies every value, a fifth of AutoQA's time on a large backlog.
    return {"kind": evidence.kind, "description": evidence.description, "at_ms": evidence.at_ms,
            "message_index": evidence.message_index, "excerpt": evidence.excerpt, "data": dict(evidence.data)}


def suggestion_from_dict(stored: dict[str, Any]) -> Suggestion:
    return Suggestion(stored["value"], [Evidence(**e) for e in stored.get("evidence", [])])


def _current_scorecards(session: Session) -> dict[str, tuple[int, Scorecard]]:
    """channel → (version id, scorecard): the newest version of a scorecard in use, as a new evaluation gets."""
    rows = session.execute(
        select(ScorecardRow.channel, ScorecardVersion.id, ScorecardVersion.definition)
        .join(ScorecardVersion, ScorecardVersion.scorecard_id == ScorecardRow.id)
        .where(ScorecardRow.retired.is_(False), ScorecardRow.channel.is_not(None))
        .order_by(ScorecardVersion.id)
    )
    current: dict[str, tuple[int, dict[str, Any]]] = {}
    for channel, version_id, definition in rows:
        current[channel] = (version_id, definition)
    return {ch: (vid, scorecard_from_dict(d, f"scorecard version {vid}")) for ch, (vid, d) in current.items()}


def _inputs(
    session: Session, ids: Sequence[int]
) -> tuple[dict[int, list[ChatMessage]], dict[int, list[TranscriptSegment]]]:
    """Messages and current transcript segments of a batch of interactions, two queries each, in order: their masked
    copies, as the scoring panel's evidence (services/evaluations.py), so no clear number reaches an answer's evidence
    and a reviewer, who is not granted the clear text on a team database, runs the same checks."""
    chats: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(
        select(Message.interaction_id, Message.role, Message.sent_at, Message.text_masked.label("text"))
        .where(Message.interaction_id.in_(ids)).order_by(Message.interaction_id, Message.seq)
    ):  # fmt: skip
        chats[row.interaction_id].append(row)
    messages: dict[int, list[ChatMessage]] = {}
    for interaction_id, rows in chats.items():
        first = next((r.sent_at for r in rows if r.sent_at is not None), None)
        messages[interaction_id] = [
            ChatMessage(r.role, int((r.sent_at - first).total_seconds() * 1000) if r.sent_at and first else None,
                        r.text or "", index)
            for index, r in enumerate(rows)
        ]  # fmt: skip
    segments: dict[int, list[TranscriptSegment]] = defaultdict(list)
    for row in session.execute(
        select(Transcript.interaction_id, SegmentRow.speaker, SegmentRow.start_ms, SegmentRow.end_ms,
               SegmentRow.text_masked.label("text"))
        .join(SegmentRow, SegmentRow.transcript_id == Transcript.id)
        .where(Transcript.interaction_id.in_(ids), Transcript.is_current.is_(True))
        .order_by(Transcript.interaction_id, SegmentRow.seq)
    ):  # fmt: skip
        segments[row.interaction_id].append(TranscriptSegment(row.speaker, row.start_ms, row.end_ms, row.text or ""))
    return messages, dict(segments)


class AutoQAService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def run(
        self,
        interaction_ids: Iterable[int] | None = None,
        *,
        actor: str,
        rerun: bool = False,
        progress: ProgressCallback | None = None,
    ) -> AutoQAReport:
        """Automatic answers for the given interactions (all when None) that have none yet or have them on an older
        scorecard version; `rerun` answers them again anyway (after a correction of the transcript)."""
        with self.database.session() as session:
            scorecards = _current_scorecards(session)
            query = select(Interaction.id, Interaction.channel, Interaction.queue,
                           AutoEvaluation.scorecard_version_id).outerjoin(
                AutoEvaluation, AutoEvaluation.interaction_id == Interaction.id).order_by(Interaction.id)  # fmt: skip
            wanted = None if interaction_ids is None else set(interaction_ids)
            todo = []
            for row in session.execute(query if wanted is None else query.where(Interaction.id.in_(wanted))):
                current = scorecards.get(row.channel)
                if current is not None and (rerun or row.scorecard_version_id != current[0]):
                    todo.append((row.id, row.channel, row.queue))
        scored = skipped = 0
        memos: dict[str, ScoreMemo] = defaultdict(dict)  # per channel, whose scorecard is one for the whole run
        for start in range(0, len(todo), BATCH):
            batch = todo[start : start + BATCH]
            done = self._run_batch(batch, scorecards, memos)
            scored += done
            skipped += len(batch) - done
            if progress is not None:
                progress(start + len(batch), len(todo))
        if scored:
            with self.database.session() as session:
                audit.record(session, "autoqa_run", "interaction", None, {"scored": scored}, actor=actor)
        return AutoQAReport(scored, skipped + (0 if wanted is None else len(wanted) - len(todo)))

    def _run_batch(self, batch: list[tuple[int, str, str | None]], scorecards: dict[str, tuple[int, Scorecard]],
                   memos: dict[str, ScoreMemo]) -> int:  # fmt: skip
        ids = [interaction_id for interaction_id, _, _ in batch]
        with self.database.session() as session:
            messages, segments = _inputs(session, ids)
            session.execute(delete(AutoEvaluation).where(AutoEvaluation.interaction_id.in_(ids)))
            rows = []
            for interaction_id, channel, queue in batch:
                version_id, scorecard = scorecards[channel]
                chat, call = messages.get(interaction_id), segments.get(interaction_id)
                if chat is None and call is None:
                    continue
                outcome = auto_evaluate(scorecard, Context(channel=channel, queue=queue), chat, call, memos[channel])
                if outcome.answers:
                    rows.append(self._row(interaction_id, version_id, outcome))
            if rows:  # as plain rows: the ORM's bookkeeping for objects nobody reads again cost a fifth of a run
                session.execute(insert(AutoEvaluation), rows)
            return len(rows)

    @staticmethod
    def _row(interaction_id: int, version_id: int, outcome: AutoOutcome) -> dict[str, Any]:
        return {
            "interaction_id": interaction_id,
            "scorecard_version_id": version_id,
            "score": outcome.score,
            "fatal_suspected": outcome.fatal_suspected,
            "flags": [str(flag) for flag in outcome.flags],
            "answers": {key: {"value": s.value, "evidence": [evidence_dict(e) for e in s.evidence]}
                        for key, s in outcome.answers.items()},
        }  # fmt: skip

    def run_quietly(self, interaction_ids: Iterable[int], *, actor: str, rerun: bool = False) -> None:
        """After an import, a transcription or a correction: automatic answers must never undo the work itself."""
        try:
            self.run(interaction_ids, actor=actor, rerun=rerun)
        except Exception:  # noqa: BLE001 - the import or transcript is saved; `qa-studio autoqa --all` catches up
            _log.exception("automatic answers could not be computed")

    def get(self, interaction_id: int) -> AutoView | None:
        with self.database.session() as session:
            row = session.scalar(select(AutoEvaluation).where(AutoEvaluation.interaction_id == interaction_id))
            if row is None:
                return None
            return AutoView(row.interaction_id, row.scorecard_version_id, row.score, list(row.flags),
                            {key: suggestion_from_dict(value) for key, value in row.answers.items()})  # fmt: skip

    def agreement(self, team: str | None = None, start: date | None = None, end: date | None = None
                  ) -> list[CriterionAgreement]:  # fmt: skip
        """Per criterion with a check: percent agreement and Cohen's κ between the automatic answer and reviewers'
        submitted answers (not calibration copies, not drafts), over the interactions scored both ways; optionally
        only a team's interactions started from `start` (inclusive) to `end` (exclusive)."""
        # Here, not at the top: the statistics pull in numpy and scipy, which the interaction list must not wait for.
        from qa_studio.scoring.agreement import cohen_kappa, percent_agreement

        with self.database.session() as session:
            scorecards = _current_scorecards(session)
            autos = {row.interaction_id: row.answers for row in session.scalars(select(AutoEvaluation))}
            human = session.execute(
                select(Evaluation.interaction_id, EvaluationAnswer.criterion_key, EvaluationAnswer.value,
                       EvaluationAnswer.not_applicable)
                .join(EvaluationAnswer, EvaluationAnswer.evaluation_id == Evaluation.id)
                .where(Evaluation.calibration_session_id.is_(None), Evaluation.state != "draft",
                       Evaluation.interaction_id.in_(_scope(team, start, end)),
                       Evaluation.interaction_id.in_(list(autos)) if autos else False)
                .order_by(Evaluation.interaction_id, Evaluation.id)
            ).all()  # fmt: skip
        labels: dict[str, str] = {}
        labels_zh: dict[str, str] = {}
        kinds: dict[str, CriterionType] = {}
        for _, scorecard in scorecards.values():
            for criterion in scorecard.criteria():
                if criterion.checks:
                    labels.setdefault(criterion.key, criterion.label.en or criterion.key)
                    labels_zh.setdefault(criterion.key, criterion.label.zh or "")
                    kinds.setdefault(criterion.key, criterion.type)
        # One pair per interaction and criterion: the latest submitted evaluation's answer.
        pairs: dict[str, dict[int, tuple[str, str]]] = defaultdict(dict)
        for interaction_id, key, value, not_applicable in human:
            auto = autos[interaction_id].get(key)
            if auto is None or key not in labels:
                continue
            pairs[key][interaction_id] = (auto["value"], _human_token(kinds[key], value, not_applicable))
        result = []
        for key in sorted(labels, key=list(labels).index):
            both = [p for p in pairs.get(key, {}).values() if p[1] is not None]
            if not both:
                result.append(CriterionAgreement(key, labels[key], 0, None, None, labels_zh[key]))
                continue
            autos_said, humans_said = [a for a, _ in both], [h for _, h in both]
            result.append(CriterionAgreement(key, labels[key], len(both),
                                             100 * percent_agreement([autos_said, humans_said]),
                                             cohen_kappa(autos_said, humans_said), labels_zh[key]))  # fmt: skip
        return result


def _scope(team: str | None, start: date | None, end: date | None) -> Any:
    """The interactions of a team in a period, as a subquery (every interaction when neither is given)."""
    conditions: list[Any] = []
    if team is not None:
        conditions.append(Interaction.team_id.in_(select(Team.id).where(Team.name == team)))
    if start is not None:
        conditions.append(Interaction.started_at >= datetime.combine(start, time.min))
    if end is not None:
        conditions.append(Interaction.started_at < datetime.combine(end, time.min))
    return select(Interaction.id).where(*conditions)


def _human_token(kind: CriterionType, value: Any, not_applicable: bool) -> str | None:
    """A reviewer's answer in the checks' terms: yes, no or n/a (a deductions criterion: "yes" when nothing was
    deducted)."""
    if not_applicable:
        return NA
    if kind == CriterionType.DEDUCTIONS:
        return None if value is None else ("yes" if not value else "no")
    return value if value in ("yes", "no") else None


FLAG_NAMES = tuple(str(flag) for flag in Flag)
