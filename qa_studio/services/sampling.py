"""Running a sampling plan against the database and keeping reviewers' queues and quota progress."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select

from qa_studio.sampling import (
    AssignmentMethod,
    AssignmentResult,
    Candidate,
    SampleResult,
    SamplingPlan,
    assign,
    draw_sample,
)
from qa_studio.services import audit
from qa_studio.services.directory import user_by_name
from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, AutoEvaluation, Evaluation, Interaction, SampleAssignment, User


@dataclass(slots=True)
class SampleRun:
    sample: SampleResult
    assignment: AssignmentResult
    agent_names: dict[int, str]
    reviewer_names: dict[int, str]
    stored: int = 0


@dataclass(frozen=True, slots=True)
class QueueItem:
    interaction_id: int
    channel: str
    agent: str | None
    rule: str
    plan: str
    evaluated: bool


@dataclass(slots=True)
class QuotaProgress:
    per_agent: dict[str, tuple[int, int]] = field(default_factory=dict)  # agent: (evaluated, sampled)
    per_reviewer: dict[str, tuple[int, int]] = field(default_factory=dict)  # reviewer: (done, assigned)


class SamplingService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def draw(
        self,
        plan: SamplingPlan,
        reviewers: list[str],
        plan_name: str = "monthly sample",
        period: str | None = None,
        method: AssignmentMethod = AssignmentMethod.ROUND_ROBIN,
        caps: dict[str, int] | None = None,
        save: bool = True,
        *,
        actor: str,
    ) -> SampleRun:
        with self.database.session() as session:
            agents = {a.id: a.name for a in session.scalars(select(Agent).where(Agent.active.is_(True)))}
            evaluated = set(session.scalars(select(Evaluation.interaction_id).where(Evaluation.state != "draft")))
            rows = session.execute(
                select(
                    Interaction.id, Interaction.agent_id, Interaction.channel, Interaction.queue,
                    Interaction.started_at, Interaction.duration_ms, AutoEvaluation.score, AutoEvaluation.flags,
                ).outerjoin(AutoEvaluation, AutoEvaluation.interaction_id == Interaction.id)
                .where(Interaction.agent_id.is_not(None))
            )  # fmt: skip
            candidates = [
                Candidate(r.id, r.agent_id, r.channel, r.queue, r.started_at, r.duration_ms, r.id in evaluated,
                          float(r.score) if r.score is not None else None, tuple(r.flags or ()))
                for r in rows
            ]  # fmt: skip
            users = {name: user_by_name(session, name, "reviewer") for name in reviewers}
            reviewer_ids = [users[name].id for name in reviewers]
            load = dict(
                session.execute(
                    select(SampleAssignment.reviewer_id, func.count(SampleAssignment.id))
                    .where(SampleAssignment.state == "open")
                    .group_by(SampleAssignment.reviewer_id)
                ).all()
            )
            sample = draw_sample(candidates, plan, agents)
            id_caps = {users[name].id: cap for name, cap in (caps or {}).items() if name in users}
            assignment = assign(sample.items, reviewer_ids, method, load, id_caps)
            run = SampleRun(sample, assignment, agents, {u.id: name for name, u in users.items()})
            if save:
                rules = {item.interaction_id: item.rule for item in sample.items}
                existing = set(session.execute(select(SampleAssignment.interaction_id, SampleAssignment.reviewer_id)))
                for a in assignment.assignments:
                    if (a.interaction_id, a.reviewer_id) in existing:
                        continue
                    session.add(
                        SampleAssignment(
                            interaction_id=a.interaction_id, reviewer_id=a.reviewer_id, plan_name=plan_name,
                            rule=f"{rules[a.interaction_id]}; {a.reason}", period=period,
                        )
                    )  # fmt: skip
                    run.stored += 1
                shortfalls = [(agents[s.agent_id], s.wanted, s.available) for s in sample.shortfalls]
                detail = {"plan": plan_name, "period": period, "seed": plan.seed, "assigned": run.stored}
                audit.record(session, "sample_drawn", "sampling_plan", None, {**detail, "shortfalls": shortfalls},
                             actor=actor)  # fmt: skip
            return run

    def reviewers(self) -> list[tuple[str, str]]:
        """People who may score, as (name, role): reviewers first, then leads and administrators."""
        order = {"reviewer": 0, "lead": 1, "admin": 2}
        with self.database.session() as session:
            rows = session.execute(select(User.name, User.role).where(User.role.in_(tuple(order))))
            return sorted(((name, role) for name, role in rows), key=lambda r: (order[r[1]], r[0]))

    def queue(self, reviewer: str, include_done: bool = False) -> list[QueueItem]:
        with self.database.session() as session:
            user = session.scalar(select(User).where(User.name == reviewer))
            if user is None:
                return []
            evaluated = set(
                session.scalars(
                    select(Evaluation.interaction_id).where(
                        Evaluation.reviewer_id == user.id, Evaluation.state != "draft"
                    )
                )
            )
            rows = session.execute(
                select(SampleAssignment, Interaction.channel, Agent.name)
                .join(Interaction, Interaction.id == SampleAssignment.interaction_id)
                .outerjoin(Agent, Agent.id == Interaction.agent_id)
                .where(SampleAssignment.reviewer_id == user.id)
                .order_by(SampleAssignment.id)
            )
            items = [
                QueueItem(a.interaction_id, channel, agent, a.rule, a.plan_name, a.interaction_id in evaluated)
                for a, channel, agent in rows
            ]
            return [item for item in items if include_done or not item.evaluated]

    def progress(self, period: str | None = None) -> QuotaProgress:
        with self.database.session() as session:
            query = (
                select(SampleAssignment.interaction_id, Agent.name, User.name)
                .join(Interaction, Interaction.id == SampleAssignment.interaction_id)
                .join(User, User.id == SampleAssignment.reviewer_id)
                .outerjoin(Agent, Agent.id == Interaction.agent_id)
            )
            if period is not None:
                query = query.where(SampleAssignment.period == period)
            rows = session.execute(query).all()
            done = set(session.scalars(select(Evaluation.interaction_id).where(Evaluation.state != "draft")))
        progress = QuotaProgress()
        sampled, evaluated = Counter(r[1] for r in rows), Counter(r[1] for r in rows if r[0] in done)
        assigned, finished = Counter(r[2] for r in rows), Counter(r[2] for r in rows if r[0] in done)
        progress.per_agent = {agent: (evaluated[agent], count) for agent, count in sampled.items()}
        progress.per_reviewer = {name: (finished[name], count) for name, count in assigned.items()}
        return progress
