"""Coaching records: a trainer's (or lead's) session with an agent, built from chosen evaluations, with the
criteria to focus on, notes, and action items with due dates whose status is followed up. Every change is in the
audit log. Plain dataclasses out, no Qt: the agent page, the reports and the CLI read the same views."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from qa_studio.domain import UserRole
from qa_studio.errors import QT_TRANSLATE_NOOP, Explained
from qa_studio.services import audit
from qa_studio.storage.database import Database
from qa_studio.storage.models import (
    Agent,
    CoachingAction,
    CoachingRecord,
    Evaluation,
    Interaction,
    ScorecardVersion,
    User,
)

# planned: agreed but not yet held; held: the conversation took place; followed_up: the actions were checked.
RECORD_STATES = ("planned", "held", "followed_up")
# open: still to do; done: the agent did it; missed: the due date passed without it.
ACTION_STATES = ("open", "done", "missed")
COACHING_ROLES = frozenset({UserRole.ADMIN.value, UserRole.LEAD.value, UserRole.TRAINER.value})


class CoachingError(Explained):
    """Not allowed or not possible; the text says why."""


@dataclass(frozen=True, slots=True)
class ActionView:
    id: int
    description: str
    due_on: date | None
    status: str

    def overdue(self, today: date | None = None) -> bool:
        return self.status == "open" and self.due_on is not None and self.due_on < (today or date.today())


@dataclass(frozen=True, slots=True)
class CoachingView:
    id: int
    agent: str
    trainer: str
    held_on: date | None
    status: str
    focus_criteria: list[str]  # criterion keys
    focus_labels: list[dict[str, str]]  # their labels, in the same order
    evaluation_ids: list[int]
    notes: str
    created_at: datetime
    actions: list[ActionView]

    @property
    def open_actions(self) -> int:
        return sum(1 for action in self.actions if action.status == "open")


def may_coach(role: str | None) -> bool:
    """Someone is always signed in; a name that is no user (None) may not coach."""
    return role in COACHING_ROLES


class CoachingService:
    def __init__(self, database: Database) -> None:
        self.database = database

    # Reading ------------------------------------------------------------------------------------------------------
    def for_agent(self, agent: str, start: date | None = None, end: date | None = None) -> list[CoachingView]:
        """An agent's coaching records, newest first; with a period (end exclusive), those held (or, when not yet
        held, created) in it, and any older ones that still have open actions."""
        with self.database.session() as session:
            agent_id = self._agent(session, agent).id
            records = session.scalars(
                select(CoachingRecord).where(CoachingRecord.agent_id == agent_id)
                .options(selectinload(CoachingRecord.actions))
                .order_by(CoachingRecord.held_on.desc(), CoachingRecord.id.desc())
            ).all()  # fmt: skip
            views = [self._view(session, record) for record in records]
        if start is None and end is None:
            return views
        kept = []
        for view in views:
            day = view.held_on or view.created_at.date()
            inside = (start is None or day >= start) and (end is None or day < end)
            if inside or (view.open_actions and (end is None or day < end)):
                kept.append(view)
        return kept

    def get(self, record_id: int) -> CoachingView:
        with self.database.session() as session:
            return self._view(session, self._record(session, record_id))

    def suggested_focus(self, evaluation_ids: Iterable[int]) -> list[str]:
        """Criteria failed in the chosen evaluations, most often failed first: the natural things to coach."""
        counts: dict[str, int] = {}
        with self.database.session() as session:
            for result in session.scalars(select(Evaluation.result).where(Evaluation.id.in_(list(evaluation_ids)))):
                for key, entry in ((result or {}).get("criteria") or {}).items():
                    if entry.get("failed"):
                        counts[key] = counts.get(key, 0) + 1
        return sorted(counts, key=lambda key: (-counts[key], key))

    def criterion_labels(self, evaluation_ids: Iterable[int]) -> dict[str, dict[str, str]]:
        """Criterion key → labels, from the scorecard versions the chosen evaluations were scored on."""
        with self.database.session() as session:
            return self._labels(session, list(evaluation_ids))

    # Writing ------------------------------------------------------------------------------------------------------
    def create(
        self,
        agent: str,
        actor: str,
        evaluation_ids: Sequence[int] = (),
        focus_criteria: Sequence[str] = (),
        notes: str = "",
        held_on: date | None = None,
        actions: Sequence[tuple[str, date | None]] = (),
        status: str = "planned",
    ) -> CoachingView:
        if status not in RECORD_STATES:
            raise CoachingError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the status is one of {names}, not {status}",
                ),
                names=', '.join(RECORD_STATES),
                status=status,
            )
        with self.database.session() as session:
            self._require_coach(session, actor)
            agent_row = self._agent(session, agent)
            evaluation_ids = self._check_evaluations(session, agent_row, evaluation_ids)
            labels = self._labels(session, evaluation_ids)
            unknown = [key for key in focus_criteria if labels and key not in labels]
            if unknown:
                raise CoachingError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{names} is not a criterion of the chosen evaluations' scorecards",
                    ),
                    names=', '.join(unknown),
                )
            trainer = session.scalar(select(User).where(User.name == actor))
            if trainer is None:
                trainer = User(name=actor, role=UserRole.TRAINER.value)
                session.add(trainer)
                session.flush()
            record = CoachingRecord(
                agent_id=agent_row.id, trainer_id=trainer.id, held_on=held_on, focus_criteria=list(focus_criteria),
                evaluation_ids=list(evaluation_ids), notes=notes.strip(), status=status,
            )  # fmt: skip
            for description, due_on in actions:
                record.actions.append(CoachingAction(description=self._description(description), due_on=due_on))
            session.add(record)
            session.flush()
            audit.record(session, "coaching_created", "coaching", record.id, {
                "agent": agent_row.name, "evaluations": list(evaluation_ids), "focus": list(focus_criteria),
                "actions": len(record.actions), "status": status}, actor=actor)  # fmt: skip
            return self._view(session, record)

    def update(
        self,
        record_id: int,
        actor: str,
        notes: str | None = None,
        status: str | None = None,
        held_on: date | None = None,
        focus_criteria: Sequence[str] | None = None,
    ) -> CoachingView:
        if status is not None and status not in RECORD_STATES:
            raise CoachingError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the status is one of {names}, not {status}",
                ),
                names=', '.join(RECORD_STATES),
                status=status,
            )
        with self.database.session() as session:
            self._require_coach(session, actor)
            record = self._record(session, record_id)
            changes: dict[str, list[object]] = {}
            for name, value in (("notes", notes and notes.strip()), ("status", status), ("held_on", held_on),
                                ("focus_criteria", None if focus_criteria is None else list(focus_criteria))):
                if value is not None and getattr(record, name) != value:
                    old = getattr(record, name)
                    changes[name] = [old.isoformat() if isinstance(old, date) else old,
                                     value.isoformat() if isinstance(value, date) else value]  # fmt: skip
                    setattr(record, name, value)
            if changes:
                audit.record(session, "coaching_updated", "coaching", record.id, changes, actor=actor)
            return self._view(session, record)

    def add_action(self, record_id: int, description: str, due_on: date | None, actor: str) -> ActionView:
        with self.database.session() as session:
            self._require_coach(session, actor)
            record = self._record(session, record_id)
            action = CoachingAction(description=self._description(description), due_on=due_on)
            record.actions.append(action)
            session.flush()
            audit.record(session, "coaching_action_added", "coaching", record.id,
                         {"action": action.id, "description": action.description,
                          "due_on": due_on.isoformat() if due_on else None}, actor=actor)  # fmt: skip
            return ActionView(action.id, action.description, action.due_on, action.status)

    def set_action_status(self, action_id: int, status: str, actor: str) -> ActionView:
        if status not in ACTION_STATES:
            raise CoachingError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "an action is {names}, not {status}",
                ),
                names=', '.join(ACTION_STATES),
                status=status,
            )
        with self.database.session() as session:
            self._require_coach(session, actor)
            action = session.get(CoachingAction, action_id)
            if action is None:
                raise CoachingError(
                    QT_TRANSLATE_NOOP("Errors", "there is no coaching action {action_id}"), action_id=action_id
                )
            if action.status != status:
                audit.record(session, "coaching_action_status", "coaching", action.record_id,
                             {"action": action.id, "old": action.status, "new": status}, actor=actor)  # fmt: skip
                action.status = status
            return ActionView(action.id, action.description, action.due_on, action.status)

    # Helpers ------------------------------------------------------------------------------------------------------
    @staticmethod
    def _description(text: str) -> str:
        text = (text or "").strip()
        if not text:
            raise CoachingError(QT_TRANSLATE_NOOP("Errors", "an action item needs a description"))
        return text

    @staticmethod
    def _require_coach(session: Session, actor: str) -> None:
        role = session.scalar(select(User.role).where(User.name == actor))
        if not may_coach(role):
            raise CoachingError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "coaching records are kept by trainers, leads and administrators; {actor} is a {role}",
                ),
                actor=actor,
                role=role,
            )

    @staticmethod
    def _agent(session: Session, name: str) -> Agent:
        agent = session.scalar(select(Agent).where(Agent.name == name))
        if agent is None:
            raise CoachingError(QT_TRANSLATE_NOOP("Errors", "there is no agent called {name}"), name=name)
        return agent

    @staticmethod
    def _record(session: Session, record_id: int) -> CoachingRecord:
        record = session.get(CoachingRecord, record_id)
        if record is None:
            raise CoachingError(
                QT_TRANSLATE_NOOP("Errors", "there is no coaching record {record_id}"), record_id=record_id
            )
        return record

    @staticmethod
    def _check_evaluations(session: Session, agent: Agent, evaluation_ids: Sequence[int]) -> list[int]:
        ids = list(dict.fromkeys(int(i) for i in evaluation_ids))
        if not ids:
            return ids
        rows = dict(session.execute(
            select(Evaluation.id, Interaction.agent_id).join(Interaction, Interaction.id == Evaluation.interaction_id)
            .where(Evaluation.id.in_(ids), Evaluation.state != "draft", Evaluation.calibration_session_id.is_(None))
        ).all())  # fmt: skip
        missing = [i for i in ids if i not in rows]
        if missing:
            raise CoachingError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "evaluation {missing} does not exist or is not submitted",
                ),
                missing=missing[0],
            )
        others = [i for i in ids if rows[i] != agent.id]
        if others:
            raise CoachingError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "evaluation {others} is not of {name}'s interactions",
                ),
                others=others[0],
                name=agent.name,
            )
        return ids

    @staticmethod
    def _labels(session: Session, evaluation_ids: list[int]) -> dict[str, dict[str, str]]:
        labels: dict[str, dict[str, str]] = {}
        if not evaluation_ids:
            return labels
        version_ids = set(session.scalars(
            select(Evaluation.scorecard_version_id).where(Evaluation.id.in_(evaluation_ids))))  # fmt: skip
        for version_id in sorted(version_ids):
            definition = session.get(ScorecardVersion, version_id).definition
            for section in definition.get("sections", []):
                for criterion in section.get("criteria", []):
                    labels.setdefault(criterion["key"], dict(criterion.get("label") or {"en": criterion["key"]}))
        return labels

    def _view(self, session: Session, record: CoachingRecord) -> CoachingView:
        agent = session.get(Agent, record.agent_id)
        trainer = session.get(User, record.trainer_id)
        labels = self._labels(session, list(record.evaluation_ids or []))
        focus = list(record.focus_criteria or [])
        return CoachingView(
            record.id, agent.name if agent else "?", trainer.name if trainer else "?", record.held_on, record.status,
            focus, [labels.get(key, {"en": key}) for key in focus], [int(i) for i in record.evaluation_ids or []],
            record.notes or "", record.created_at,
            [ActionView(a.id, a.description, a.due_on, a.status) for a in record.actions],
        )  # fmt: skip
