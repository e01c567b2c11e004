"""Root-cause Pareto and repeated-failure flags, by hand on small cases, and from stored evaluations on SQLite and
PostgreSQL (root causes only on failed answers)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from qa_studio.scoring.engine import Answer
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.imports import ImportService
from qa_studio.services.reporting import ReportingService, parse_period
from qa_studio.services.root_causes import NO_CAUSE, RootCauseService, pareto, repeated_failures
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, EvaluationAnswer, Team
from tests.chat_answers import ALL_MET, SLOW_FIRST_REPLY
from tests.people import add_people

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"


def test_pareto_by_hand() -> None:
    # 10 failures: process 5, knowledge 3, workload 1, and 1 without a cause (always last, whatever its count).
    rows = pareto({"knowledge": 3, "process": 5, "workload": 1, NO_CAUSE: 1, "policy": 0},
                  {"process": {"en": "Process not followed"}})  # fmt: skip
    assert [(r.key, r.count) for r in rows] == [("process", 5), ("knowledge", 3), ("workload", 1), (NO_CAUSE, 1)]
    assert [r.share for r in rows] == pytest.approx([0.5, 0.3, 0.1, 0.1])
    assert [r.cumulative for r in rows] == pytest.approx([0.5, 0.8, 0.9, 1.0])
    assert rows[0].label == {"en": "Process not followed"} and rows[1].label == {"en": "knowledge"}
    assert pareto({}) == []


def test_repeated_failures_by_hand() -> None:
    failures = [("Ann", "greeting", 1), ("Ann", "greeting", 2), ("Bob", "greeting", 3), ("Ann", "closing", 4),
                ("Ann", "greeting", 5), ("Bob", "greeting", 6)]  # fmt: skip
    causes = {(1, "greeting"): "process", (2, "greeting"): "process", (5, "greeting"): "attitude"}
    flagged = repeated_failures(failures, 2, causes=causes)
    # Ann failed greeting 3 times, Bob twice; Ann's closing once stays below N = 2.
    assert [(r.agent, r.criterion, r.failures, r.evaluation_ids) for r in flagged] == [
        ("Ann", "greeting", 3, (1, 2, 5)), ("Bob", "greeting", 2, (3, 6))]  # fmt: skip
    assert flagged[0].causes == {"process": 2, "attitude": 1} and flagged[1].causes == {}
    assert [r.agent for r in repeated_failures(failures, 3)] == ["Ann"]
    assert repeated_failures(failures, 4) == []
    with pytest.raises(ValueError):
        repeated_failures(failures, 0)


@pytest.fixture
def scored(database: Database) -> Database:
    """One chat by Emma Clarke scored by four reviewers: first reply failed three times (workload, workload,
    knowledge), greeting failed once (process), and one evaluation passing everything with a root cause left on a
    passing answer."""
    ScorecardService(database).ensure_shipped()
    chat = ImportService(database).run([CHATS / "livechat.json"], actor="tester").results[0].interaction_ids[0]
    add_people(database, agents=("Emma Clarke",), 周婷="lead")
    service = EvaluationService(database)
    answers = {
        "刘洋": SLOW_FIRST_REPLY,
        "Sarah Lee": {**SLOW_FIRST_REPLY, "greeting": Answer("no", root_cause="process")},
        "赵磊": {**SLOW_FIRST_REPLY, "first_response": Answer("no", root_cause="knowledge")},
        "王静": {**ALL_MET, "first_response": Answer("yes", root_cause="system")},
    }
    for reviewer, given in answers.items():
        evaluation = service.start(chat, reviewer)
        service.save_draft(evaluation, given)
        service.submit(evaluation, reviewer)
    return database


def test_root_causes_from_stored_evaluations(scored: Database) -> None:
    with scored.session() as session:
        left = session.scalars(select(EvaluationAnswer.root_cause).where(EvaluationAnswer.root_cause.is_not(None)))
        assert sorted(left) == ["knowledge", "process", "workload", "workload"]  # "system" on a pass is not kept
    report = RootCauseService(scored).report(threshold=3)
    # 4 failed answers: workload 2 (50 %), knowledge 1 (75 %), process 1 (100 %); ties by key.
    assert report.failed_answers == 4 and report.with_cause == 4
    assert [(c.key, c.count, c.cumulative) for c in report.pareto] == [
        ("workload", 2, 0.5), ("knowledge", 1, 0.75), ("process", 1, 1.0)]  # fmt: skip
    assert report.pareto[0].label["en"] == "Too many parallel chats"
    (flag,) = report.repeated
    assert (flag.agent, flag.criterion, flag.failures, flag.causes) == (
        "Emma Clarke", "first_response", 3, {"workload": 2, "knowledge": 1})  # fmt: skip
    assert flag.label["en"] == "First reply within 30 seconds"
    assert RootCauseService(scored).report(threshold=4).repeated == []
    by_criterion = RootCauseService(scored).report(criterion="greeting")
    assert [(c.key, c.count, c.share) for c in by_criterion.pareto] == [("process", 1, 1.0)]
    assert RootCauseService(scored).report(agent="someone else").failed_answers == 0
    assert RootCauseService(scored).report(date(2001, 1, 1), date(2001, 2, 1)).pareto == []


def test_team_and_agent_reports_carry_the_root_causes(scored: Database) -> None:
    reports = ReportingService(scored)
    agent = reports.agent("Emma Clarke", parse_period(None), repeat_threshold=2)
    assert agent.root_causes is not None and agent.root_causes.threshold == 2
    assert [r.criterion for r in agent.root_causes.repeated] == ["first_response"]
    with scored.session() as session:
        team = Team(name="Chat team")
        session.add(team)
        session.flush()
        session.scalar(select(Agent).where(Agent.name == "Emma Clarke")).team_id = team.id
    causes = reports.team("Chat team", repeat_threshold=3).root_causes
    assert causes is not None and [(c.key, c.count) for c in causes.pareto][:1] == [("workload", 2)]
    assert [(r.agent, r.failures) for r in causes.repeated] == [("Emma Clarke", 3)]
