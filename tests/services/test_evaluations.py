"""The evaluation workflow on SQLite and PostgreSQL: drafts, submit, edits, disputes, audit, conflicts."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from qa_studio.scoring.engine import Answer
from qa_studio.services.evaluations import ConflictError, EvaluationError, EvaluationService, Suggested
from qa_studio.services.imports import ImportService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import Database
from qa_studio.storage.models import AuditEntry, Interaction
from tests.chat_answers import SLOW_FIRST_REPLY
from tests.people import add_people

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"
GOOD = SLOW_FIRST_REPLY


@pytest.fixture
def chat_id(database: Database) -> int:
    ScorecardService(database).ensure_shipped()
    chat = ImportService(database).run([CHATS / "livechat.json"], actor="tester").results[0].interaction_ids[0]
    add_people(database, agents=("Emma Clarke",), 周婷="lead")
    return chat


def test_draft_submit_and_status(database: Database, chat_id: int) -> None:
    service = EvaluationService(database)
    evaluation = service.start(chat_id, "刘洋")
    assert service.start(chat_id, "刘洋") == evaluation  # the same draft is reopened
    version = service.save_draft(
        evaluation, {"greeting": Answer("yes")}, suggestions={"first_response": Suggested("no", accepted=True)}
    )
    with pytest.raises(EvaluationError, match="still to answer: First reply within 30 seconds"):
        service.submit(evaluation, "刘洋")
    service.save_draft(evaluation, GOOD, "Good chat, slow start.", expected_version=version)
    result = service.submit(evaluation, "刘洋")
    assert result.passed and Decimal("85") < result.score < Decimal("95")
    view = service.get(evaluation)
    assert view.state == "submitted" and view.original_result == view.result
    assert view.suggestions["first_response"] == Suggested("no", True)
    with database.session() as session:
        assert session.get(Interaction, chat_id).status == "evaluated"


def test_stale_draft_save_is_a_conflict(database: Database, chat_id: int) -> None:
    service = EvaluationService(database)
    evaluation = service.start(chat_id, "刘洋")
    opened = service.get(evaluation).row_version
    service.save_draft(evaluation, {"greeting": Answer("yes")}, expected_version=opened)
    with pytest.raises(ConflictError, match="someone else saved"):
        service.save_draft(evaluation, {"greeting": Answer("no")}, expected_version=opened)
    assert service.get(evaluation).answers["greeting"].value == "yes"


def test_edit_after_submit_needs_a_reason_and_is_audited(database: Database, chat_id: int) -> None:
    service = EvaluationService(database)
    evaluation = service.start(chat_id, "Sarah Lee")
    service.save_draft(evaluation, GOOD)
    first = service.submit(evaluation, "Sarah Lee")
    with pytest.raises(EvaluationError, match="say why"):
        service.edit_after_submit(evaluation, {"greeting": Answer("no")}, " ", "Sarah Lee")
    second = service.edit_after_submit(evaluation, {"greeting": Answer("no")}, "missed the greeting", "周婷")
    assert second.score < first.score
    view = service.get(evaluation)
    assert view.original_result["score"] == str(first.score) and view.result["score"] == str(second.score)
    with database.session() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "evaluation_edited"))
        assert entry.actor == "周婷" and entry.detail["changes"] == [
            {"criterion": "greeting", "old": "yes", "new": "no"}
        ]


def test_dispute_flow_keeps_the_original_beside_the_rescore(database: Database, chat_id: int) -> None:
    service = EvaluationService(database)
    evaluation = service.start(chat_id, "赵磊")
    service.save_draft(evaluation, {**GOOD, "accuracy": Answer("minor")})
    original = service.submit(evaluation, "赵磊")
    service.acknowledge(evaluation, "Emma Clarke")
    first = service.dispute(evaluation, "accuracy", "The policy changed that week.", "accurate", "Emma Clarke")
    second = service.dispute(evaluation, "first_response", "The chat was transferred to me late.", "yes", "Emma Clarke")
    assert service.get(evaluation).state == "disputed"
    rescored = service.resolve_dispute(first, "accept", "Confirmed with the product team.", "周婷")
    assert rescored.score > original.score
    assert service.resolve_dispute(second, "reject", "Transfer happened after 5 s.", "周婷") is None
    view = service.get(evaluation)
    assert view.state == "resolved"
    assert view.original_result["score"] == str(original.score) and view.result["score"] == str(rescored.score)
    assert [(d["criterion"], d["state"]) for d in view.disputes] == [
        ("accuracy", "accepted"), ("first_response", "rejected"),
    ]  # fmt: skip
    with pytest.raises(EvaluationError, match="not open"):
        service.resolve_dispute(first, "reject", "again", "周婷")
    with database.session() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.entity_type == "evaluation")))
    assert actions == [
        "evaluation_started", "evaluation_submitted", "evaluation_acknowledged", "dispute_raised", "dispute_raised",
        "dispute_resolved", "dispute_resolved",
    ]  # fmt: skip


def test_autosaved_draft_survives_a_killed_process(sqlite_db: Database, tmp_path: Path) -> None:
    ScorecardService(sqlite_db).ensure_shipped()
    chat = ImportService(sqlite_db).run([CHATS / "livechat.json"], actor="tester").results[0].interaction_ids[0]
    script = textwrap.dedent(
        f"""
        import os, signal
        from qa_studio.scoring.engine import Answer
        from qa_studio.services.evaluations import EvaluationService
        from qa_studio.storage.database import open_database
        service = EvaluationService(open_database({sqlite_db.url.render_as_string(hide_password=False)!r}))
        evaluation = service.start({chat}, "刘洋")
        service.save_draft(evaluation, {{"greeting": Answer("yes"), "clarity": Answer(4.5)}}, "typed so far")
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    killed = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert killed.returncode == -9
    service = EvaluationService(sqlite_db)
    evaluation = service.start(chat, "刘洋")
    view = service.get(evaluation)
    assert view.answers["greeting"].value == "yes" and view.answers["clarity"].value == 4.5
    assert view.comment == "typed so far" and view.state == "draft"


def test_agent_period_from_stored_results_equals_rescoring(database: Database, chat_id: int) -> None:
    from datetime import datetime

    service = EvaluationService(database)
    evaluation = service.start(chat_id, "刘洋")
    service.save_draft(evaluation, GOOD)
    result = service.submit(evaluation, "刘洋")
    with database.session() as session:
        agent_id = session.get(Interaction, chat_id).agent_id
    window = (datetime(2024, 3, 1), datetime(2024, 4, 1))
    stored = service.agent_period(agent_id, *window)
    rescored = service.agent_period(agent_id, *window, rescore=True)
    assert stored == rescored
    assert (stored.evaluations, stored.average, stored.pass_rate) == (1, result.score, Decimal("100.0"))
    assert service.agent_period(agent_id, datetime(2025, 1, 1), datetime(2025, 2, 1)).evaluations == 0


def test_only_the_agent_acknowledges_and_only_a_lead_decides(database: Database, chat_id: int) -> None:
    service = EvaluationService(database)
    evaluation = service.start(chat_id, "赵磊")
    service.save_draft(evaluation, GOOD)
    service.submit(evaluation, "赵磊")
    with pytest.raises(EvaluationError, match="only the agent this evaluation is about acknowledges"):
        service.acknowledge(evaluation, "赵磊")
    with pytest.raises(EvaluationError, match="only the agent"):
        service.dispute(evaluation, "greeting", "I did greet.", "yes", "刘洋")
    with pytest.raises(EvaluationError, match="刘洋 may not change another reviewer"):
        service.edit_after_submit(evaluation, {"greeting": Answer("no")}, "I think so", "刘洋")
    dispute = service.dispute(evaluation, "greeting", "I did greet.", "yes", "Emma Clarke")
    with pytest.raises(EvaluationError, match="赵磊 may not decide disputes"):
        service.resolve_dispute(dispute, "reject", "Fine as scored.", "赵磊")
    with pytest.raises(EvaluationError, match="may not decide disputes"):
        service.resolve_dispute(dispute, "reject", "Fine as scored.", "")
    service.resolve_dispute(dispute, "reject", "Fine as scored.", "周婷")
    assert service.get(evaluation).state == "resolved"


def test_reopening_shows_the_submitted_evaluation_and_lists_it(database: Database, chat_id: int) -> None:
    service = EvaluationService(database)
    evaluation = service.start(chat_id, "赵磊")
    service.save_draft(evaluation, GOOD)
    service.submit(evaluation, "赵磊")
    assert service.start(chat_id, "赵磊") == evaluation  # not a blank second evaluation
    assert service.start(chat_id, "刘洋") != evaluation  # another reviewer starts their own
    (row,) = service.listing(("submitted",))
    assert (row.id, row.agent, row.reviewer, row.channel, row.open_disputes) == (
        evaluation, "Emma Clarke", "赵磊", "chat", 0
    )
    service.dispute(evaluation, "accuracy", "Policy changed.", "accurate", "Emma Clarke")
    assert service.listing(("submitted",)) == []
    (disputed,) = service.listing(("disputed",))
    assert disputed.open_disputes == 1
    assert [line.action for line in service.history(evaluation)] == [
        "evaluation_started", "evaluation_submitted", "dispute_raised"
    ]  # fmt: skip
    assert service.history(evaluation)[-1].detail["reason"] == "Policy changed."
