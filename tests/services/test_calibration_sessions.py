"""Calibration sessions on SQLite and PostgreSQL: who may do what, blind scoring enforced in the service, the
reveal, statistics against an expert or the consensus, notes, closing, drift and concurrent changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from qa_studio.scoring.engine import Answer
from qa_studio.services.calibration_sessions import CalibrationError, CalibrationService
from qa_studio.services.directory import user_by_name
from qa_studio.services.evaluations import BlindError, ConflictError, EvaluationService
from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import Database
from qa_studio.storage.models import AuditEntry, Interaction

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"
BASE = {
    "first_response": Answer("yes"), "greeting": Answer("yes"), "verification": Answer(not_applicable=True),
    "need_analysed": Answer(4), "accuracy": Answer("accurate"), "relevance": Answer(4), "clarity": Answer(5),
    "empathy": Answer("yes"), "forbidden": Answer([]), "no_long_wait": Answer("yes"),
    "confirm_satisfaction": Answer("yes"), "closing_script": Answer("yes"), "proactive": Answer(not_applicable=True),
}  # fmt: skip
LEAD, REVIEWERS = "周婷", ["刘洋", "Sarah Lee", "赵磊"]


@pytest.fixture
def setup(database: Database):  # noqa: ANN201
    ScorecardService(database).ensure_shipped()
    ImportService(database).run([CHATS], actor="tester")
    chats = [r.id for r in InteractionQueries(database).iterate(InteractionFilter(channel="chat"))][:2]
    with database.session() as session:
        user_by_name(session, LEAD, "lead")
        for name in REVIEWERS:
            user_by_name(session, name, "reviewer")
    version = ScorecardService(database).latest_version_id("chat_standard")
    return CalibrationService(database), chats, version


def _answers(**changes: Answer) -> dict[str, Answer]:
    return {**BASE, **changes}


def test_only_leads_create_and_reveal(setup) -> None:  # noqa: ANN001
    service, chats, version = setup
    with pytest.raises(CalibrationError, match="only a lead"):
        service.create("November calibration", version, chats, REVIEWERS, actor="刘洋")
    with pytest.raises(CalibrationError, match="at least two reviewers"):
        service.create("November calibration", version, chats, ["刘洋"], actor=LEAD)
    session_id = service.create("November calibration", version, chats, REVIEWERS, actor=LEAD)
    with pytest.raises(CalibrationError, match="only a lead"):
        service.reveal(session_id, "刘洋")
    assert [s.id for s in service.sessions("刘洋")] == [session_id]  # a participant sees their session
    assert service.sessions("Mark Hughes") == []  # someone outside it does not


def test_scoring_is_blind_until_the_reveal(setup, database: Database) -> None:  # noqa: ANN001
    service, chats, version = setup
    session_id = service.create("Blind", version, chats, REVIEWERS, actor=LEAD)
    mine = service.score(session_id, chats[0], _answers(), "刘洋")
    evaluations = EvaluationService(database)
    assert evaluations.get(mine, viewer="刘洋").state == "submitted"  # one's own answers, always
    for viewer in ("Sarah Lee", LEAD, None):
        with pytest.raises(BlindError):
            evaluations.get(mine, viewer=viewer)
        with pytest.raises(BlindError):
            evaluations.history(mine, viewer=viewer)
    with pytest.raises(CalibrationError, match="hidden until the lead reveals"):
        service.results(session_id)
    board = {(line.person, line.interaction_id): line.state for line in service.board(session_id)}
    assert board[("刘洋", chats[0])] == "submitted" and board[("Sarah Lee", chats[0])] == "not started"
    # Practice scores are not the agent's record.
    assert evaluations.listing() == []
    with database.session() as session:
        assert session.get(Interaction, chats[0]).status == "new"
    with pytest.raises(CalibrationError, match="does not take part"):
        service.start(session_id, chats[0], "Mark Hughes")
    service.reveal(session_id, LEAD)
    assert evaluations.get(mine, viewer="Sarah Lee").reviewer == "刘洋"
    with pytest.raises(CalibrationError, match="scoring is over"):
        service.start(session_id, chats[1], "赵磊")


def test_statistics_against_the_consensus_notes_close_and_drift(setup, database: Database) -> None:  # noqa: ANN001
    service, chats, version = setup
    session_id = service.create("Consensus", version, chats, REVIEWERS, actor=LEAD, tolerance=5)
    for chat in chats:
        service.score(session_id, chat, _answers(), "刘洋")
        wrong = Answer("wrong", root_cause="knowledge")  # strict: fails a section-critical criterion
        service.score(session_id, chat, _answers(accuracy=wrong), "Sarah Lee")
        service.score(session_id, chat, _answers(greeting=Answer("no")), "赵磊")
    service.reveal(session_id, LEAD)
    with pytest.raises(CalibrationError, match="only a lead"):
        service.save_consensus(session_id, chats[0], _answers(), "刘洋")
    for chat in chats:
        service.save_consensus(session_id, chat, _answers(), LEAD)
    results = service.results(session_id, resamples=100)
    assert results.benchmark_source == "consensus" and len(results.benchmark) == 2
    by_reviewer = {r.reviewer: r for r in results.stats.reviewers}
    assert by_reviewer["刘洋"].mean_abs_deviation == 0 and by_reviewer["刘洋"].criteria_aligned_share == 1
    assert by_reviewer["Sarah Lee"].mean_signed_deviation < 0  # strict
    assert by_reviewer["Sarah Lee"].critical_missed == [] and by_reviewer["Sarah Lee"].critical_wrongly_failed
    accuracy = next(c for c in results.stats.criteria if c.criterion == "accuracy")
    assert accuracy.percent_agreement < 1
    assert results.answer("赵磊", chats[0], "greeting").value == "no"
    service.set_note(session_id, "accuracy", "Minor inaccuracy only when the customer acted on it.", LEAD)
    assert service.results(session_id, resamples=10).notes == {
        "accuracy": "Minor inaccuracy only when the customer acted on it."
    }
    service.close(session_id, LEAD)
    assert service.get(session_id).state == "closed"
    with pytest.raises(CalibrationError, match="closed"):
        service.save_consensus(session_id, chats[0], _answers(), LEAD)
    drift = service.drift(resamples=10)
    assert set(drift) == set(REVIEWERS) and len(drift["Sarah Lee"]) == 1
    with database.session() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(
            AuditEntry.entity_type == "calibration_session")))  # fmt: skip
    assert actions[0] == "calibration_created" and "calibration_revealed" in actions and actions[-1] == (
        "calibration_closed")  # fmt: skip


def test_an_expert_is_the_benchmark(setup) -> None:  # noqa: ANN001
    service, chats, version = setup
    session_id = service.create("With expert", version, chats[:1], REVIEWERS[:2], actor=LEAD, expert="赵磊")
    service.score(session_id, chats[0], _answers(), "赵磊")
    service.score(session_id, chats[0], _answers(clarity=Answer(2)), "刘洋")
    service.score(session_id, chats[0], _answers(), "Sarah Lee")
    service.reveal(session_id, LEAD)
    results = service.results(session_id, resamples=10)
    assert results.benchmark_source == "expert" and [e.reviewer for e in results.benchmark] == ["赵磊"]
    assert {r.reviewer for r in results.stats.reviewers} == {"刘洋", "Sarah Lee"}


def test_two_leads_revealing_at_once_get_a_clear_conflict(setup) -> None:  # noqa: ANN001
    service, chats, version = setup
    session_id = service.create("Race", version, chats, REVIEWERS, actor=LEAD)
    seen = service.get(session_id).row_version  # both leads opened the session at this version
    service.reveal(session_id, LEAD, expected_version=seen)
    with pytest.raises(ConflictError, match="someone else changed this session"):
        service.reveal(session_id, LEAD, expected_version=seen)


def test_the_same_calibration_draft_saved_from_two_computers_conflicts(setup, database: Database) -> None:  # noqa: ANN001
    """Two copies of the app (two reviewers' PCs, or one reviewer on two) write the same row: the second write is
    detected, on SQLite and on the shared PostgreSQL server, instead of silently overwriting the first."""
    from sqlalchemy.orm import Session
    from sqlalchemy.orm.exc import StaleDataError

    from qa_studio.storage.models import Evaluation

    service, chats, version = setup
    session_id = service.create("Race", version, chats, REVIEWERS, actor=LEAD)
    evaluation = service.start(session_id, chats[0], "刘洋")
    evaluations = EvaluationService(database)
    opened = evaluations.get(evaluation, viewer="刘洋").row_version
    evaluations.save_draft(evaluation, {"greeting": Answer("yes")}, expected_version=opened)  # the first PC
    with pytest.raises(ConflictError, match="someone else saved"):
        evaluations.save_draft(evaluation, {"greeting": Answer("no")}, expected_version=opened)  # the second
    # The same at the database level: two sessions read the row, both write; the later commit is refused.
    first, second = Session(database.engine), Session(database.engine)
    try:
        a, b = first.get(Evaluation, evaluation), second.get(Evaluation, evaluation)
        a.comment, b.comment = "from PC 1", "from PC 2"
        first.commit()
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()
    assert evaluations.get(evaluation, viewer="刘洋").comment == "from PC 1"


def test_a_criterion_hidden_by_the_queue_is_not_counted(setup, database: Database) -> None:  # noqa: ANN001
    """chat_standard's "Tier-1 complaint resolved in the chat" applies only in the Complaints queue after a Tier-1
    answer. The first chat is a complaint, the second a returns chat where it is hidden. Everyone answers "yes" on
    the complaint; on the returns chat the answers left behind (yes, no, no) must not count: 100 % agreement over
    one interaction and three answers, not (100 % + 33 %)/2 = 67 %."""
    service, chats, version = setup
    with database.session() as session:
        session.get(Interaction, chats[0]).queue = "Complaints"
    session_id = service.create("Conditions", version, chats, REVIEWERS, actor=LEAD, tolerance=5)
    tier_1 = {"complaint_tier": Answer("tier_1"), "resolved_on_the_spot": Answer("yes")}
    for name, left_over in zip(REVIEWERS, ("yes", "no", "no"), strict=True):
        service.score(session_id, chats[0], _answers(**tier_1), name)
        service.score(session_id, chats[1], _answers(resolved_on_the_spot=Answer(left_over)), name)
    service.reveal(session_id, LEAD)
    results = service.results(session_id, resamples=20)
    resolved = next(c for c in results.stats.criteria if c.criterion == "resolved_on_the_spot")
    assert resolved.percent_agreement == 1.0
    assert (resolved.n_units, resolved.n_answers) == (1, 3)
    assert all(c.criterion != "escalation" for c in results.stats.criteria)  # hidden on both chats
