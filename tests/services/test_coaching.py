"""Coaching records on SQLite and PostgreSQL: built from an agent's submitted evaluations, focus criteria suggested
from what failed, action items followed up, only coaches may write, and every change is in the audit log."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from qa_studio.scoring.engine import Answer
from qa_studio.services.coaching import CoachingError, CoachingService
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.imports import ImportService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, AuditEntry, Interaction
from tests.people import add_people

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"
ANSWERS = {
    "first_response": Answer("no", root_cause="workload"), "greeting": Answer("yes"),
    "verification": Answer(not_applicable=True), "need_analysed": Answer(4), "accuracy": Answer("accurate"),
    "relevance": Answer(4), "clarity": Answer(5), "empathy": Answer("no"), "forbidden": Answer([]),
    "no_long_wait": Answer("yes"), "confirm_satisfaction": Answer("yes"), "closing_script": Answer("yes"),
    "proactive": Answer(not_applicable=True),
}  # fmt: skip


@pytest.fixture
def scored(database: Database) -> tuple[str, int]:
    """One submitted evaluation of an agent's chat: (agent, evaluation id)."""
    ScorecardService(database).ensure_shipped()
    chat = ImportService(database).run([CHATS / "livechat.json"], actor="tester").results[0].interaction_ids[0]
    with database.session() as session:
        interaction = session.get(Interaction, chat)
        if interaction.agent_id is None:
            agent = Agent(name="王芳")
            session.add(agent)
            session.flush()
            interaction.agent_id = agent.id
        name = session.get(Agent, interaction.agent_id).name
    add_people(database, **{"Mark Hughes": "trainer", "周婷": "admin"})
    evaluations = EvaluationService(database)
    evaluation = evaluations.start(chat, "刘洋")
    evaluations.save_draft(evaluation, ANSWERS, "Slow first reply.")
    evaluations.submit(evaluation, "刘洋")
    return name, evaluation


def test_coaching_record_from_evaluations(database: Database, scored: tuple[str, int]) -> None:
    agent, evaluation = scored
    coaching = CoachingService(database)
    focus = coaching.suggested_focus([evaluation])
    assert set(focus) >= {"first_response", "empathy"}
    record = coaching.create(
        agent, "Mark Hughes", [evaluation], focus[:2], "Talked through the first minute of the chat. 先问候再答复。",
        date(2026, 11, 20), [("Reply within 30 s for a week", date(2026, 11, 27)), ("Listen to two model chats", None)],
    )  # fmt: skip
    assert record.agent == agent and record.trainer == "Mark Hughes" and record.status == "planned"
    assert record.focus_labels[0]["en"] and record.evaluation_ids == [evaluation]
    assert [a.description for a in record.actions] == ["Reply within 30 s for a week", "Listen to two model chats"]
    assert record.actions[0].overdue(date(2026, 12, 1)) and not record.actions[1].overdue(date(2026, 12, 1))
    coaching.update(record.id, "Mark Hughes", status="held", notes="Agreed the plan.")
    done = coaching.set_action_status(record.actions[0].id, "done", "Mark Hughes")
    extra = coaching.add_action(record.id, "Use the closing script", date(2026, 12, 4), "Mark Hughes")
    again = coaching.get(record.id)
    assert again.status == "held" and again.notes == "Agreed the plan." and done.status == "done"
    assert [a.status for a in again.actions] == ["done", "open", "open"] and again.actions[-1].id == extra.id
    assert [v.id for v in coaching.for_agent(agent)] == [record.id]
    assert [v.id for v in coaching.for_agent(agent, date(2026, 11, 1), date(2026, 12, 1))] == [record.id]
    # An older record with open actions is still shown in a later period; a closed-out one is not.
    assert [v.id for v in coaching.for_agent(agent, date(2027, 1, 1), date(2027, 2, 1))] == [record.id]
    for action in again.actions:
        coaching.set_action_status(action.id, "done", "Mark Hughes")
    assert coaching.for_agent(agent, date(2027, 1, 1), date(2027, 2, 1)) == []
    with database.session() as session:
        actions = [e.action for e in session.scalars(select(AuditEntry).where(AuditEntry.entity_type == "coaching"))]
    assert actions[:5] == ["coaching_created", "coaching_updated", "coaching_action_status", "coaching_action_added",
                           "coaching_action_status"]  # fmt: skip


def test_coaching_refuses_what_does_not_fit(database: Database, scored: tuple[str, int]) -> None:
    agent, evaluation = scored
    coaching = CoachingService(database)
    with pytest.raises(CoachingError, match="kept by trainers, leads and administrators"):
        coaching.create(agent, "刘洋", [evaluation])
    with pytest.raises(CoachingError, match="no agent called"):
        coaching.create("Nobody", "周婷")
    with pytest.raises(CoachingError, match="does not exist or is not submitted"):
        coaching.create(agent, "周婷", [evaluation + 1000])
    with pytest.raises(CoachingError, match="is not a criterion"):
        coaching.create(agent, "周婷", [evaluation], ["no_such_criterion"])
    with pytest.raises(CoachingError, match="needs a description"):
        coaching.create(agent, "周婷", [evaluation], actions=[("  ", None)])
    record = coaching.create(agent, "周婷", [evaluation])
    with pytest.raises(CoachingError, match="the status is one of"):
        coaching.update(record.id, "周婷", status="finished")
    with database.session() as session:
        other = Agent(name="Someone Else")
        session.add(other)
    with pytest.raises(CoachingError, match="is not of Someone Else"):
        coaching.create("Someone Else", "周婷", [evaluation])
