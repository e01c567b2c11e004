"""Reviewer QA: alignment with a lead's blind re-scores worked out by hand, and the draw → re-score → report path on
both databases; a re-score never counts as an evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from qa_studio.scoring.model import Answer
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.grader_qa import GraderQAService, RescoreError, RescorePair, rescore_alignment
from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import Database
from qa_studio.storage.models import Evaluation
from tests.chat_answers import ALL_MET
from tests.people import add_people

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"


def _a(value: object = None, na: bool = False) -> dict:
    return {"value": value, "na": na}


def test_alignment_and_strictness_by_hand() -> None:
    # Reviewer A, two re-scored evaluations of three criteria each:
    #   1st: greeting yes/yes (same), clarity 4/5 (differs), forbidden [x,y]/[y,x] (same set) → 2 of 3; score 80 vs 90
    #   2nd: greeting N/A/N/A (same), clarity 3/3 (same), empathy answered by A only (differs) → 2 of 3; 70 vs 65
    # A: 4 of 6 criteria the same (0.667); differences 80−90 = −10 and 70−65 = +5 → mean −2.5, mean |d| 7.5.
    # Reviewer B, one: "yes" against N/A differs, "no"/"no" the same → 1 of 2; 50 vs 60 → −10 (stricter).
    pairs = [
        RescorePair("A", {"greeting": _a("yes"), "clarity": _a(4), "forbidden": _a(["x", "y"])},
                    {"greeting": _a("yes"), "clarity": _a(5), "forbidden": _a(["y", "x"])}, 80.0, 90.0),
        RescorePair("A", {"greeting": _a(na=True), "clarity": _a(3), "empathy": _a("yes")},
                    {"greeting": _a(na=True), "clarity": _a(3)}, 70.0, 65.0),
        RescorePair("B", {"c1": _a("yes"), "c2": _a("no")}, {"c1": _a(na=True), "c2": _a("no")}, 50.0, 60.0),
    ]  # fmt: skip
    figures = rescore_alignment(pairs)
    a, b = figures["A"], figures["B"]
    assert (a.rescored, a.criteria_compared, a.criteria_same) == (2, 6, 4)
    assert a.same_share == pytest.approx(4 / 6)
    assert (a.mean_difference, a.mean_abs_difference) == (-2.5, 7.5)
    assert (b.rescored, b.same_share, b.mean_difference, b.mean_abs_difference) == (1, 0.5, -10.0, 10.0)


def _scored(database: Database, count: int) -> list[int]:
    ScorecardService(database).ensure_shipped()
    ImportService(database).run([CHATS], actor="owner")
    rows = list(InteractionQueries(database).iterate(InteractionFilter(channel="chat")))
    add_people(database, 刘洋="reviewer", 周婷="lead", 赵磊="reviewer")
    evaluations, ids = EvaluationService(database), []
    for row in rows[:count]:
        evaluation = evaluations.start(row.id, "刘洋")
        evaluations.save_draft(evaluation, ALL_MET)
        evaluations.submit(evaluation, "刘洋")
        ids.append(evaluation)
    return ids


def test_a_lead_draws_rescores_blind_and_the_report_shows_alignment(database: Database) -> None:
    originals = _scored(database, 3)
    service = GraderQAService(database)
    drawn = service.draw("刘洋", 2, "周婷", period="2026-W47", seed=7)
    assert len(drawn) == 2
    assert service.draw("刘洋", 2, "周婷", period="2026-W47", seed=7) == [drawn[-1] + 1]  # one left undrawn
    lines = service.samples(rescorer="周婷", open_only=True)
    assert {line.evaluation_id for line in lines} == set(originals)
    assert all(line.original_score is None for line in lines)  # blind: no original score while open
    first, second = lines[0], lines[1]
    service.submit(first.id, ALL_MET, "周婷")  # the same answers
    service.submit(second.id, {**ALL_MET, "clarity": Answer(3)}, "周婷")  # the lead marks clarity lower
    done = {line.id: line for line in service.samples(rescorer="周婷") if line.done}
    assert done[first.id].original_score == done[first.id].rescore_score
    assert done[second.id].original_score > done[second.id].rescore_score
    with pytest.raises(RescoreError, match="already submitted"):
        service.submit(first.id, ALL_MET, "周婷")

    report = service.report(None, None, "all time")
    line = next(line for line in report.lines if line.reviewer == "刘洋")
    assert line.figures.evaluations == 3 and line.open_samples == 1
    assert line.rescores.rescored == 2
    assert line.rescores.criteria_same == line.rescores.criteria_compared - 1  # only clarity on the second differs
    assert line.rescores.criteria_compared == 2 * len(ALL_MET)  # every criterion answered, on both sides
    difference = float(done[second.id].original_score - done[second.id].rescore_score)
    assert line.rescores.mean_difference == pytest.approx(difference / 2)  # lenient against the lead
    assert sum(report.volume["刘洋"].values()) == 3
    with database.session() as session:  # re-scores never become evaluations, so no agent's figure counts them
        assert session.scalar(select(func.count(Evaluation.id))) == 3


def test_only_leads_draw_and_only_the_rescorer_answers(database: Database) -> None:
    _scored(database, 2)
    service = GraderQAService(database)
    with pytest.raises(RescoreError, match="is not one"):
        service.draw("刘洋", 1, "赵磊")
    with pytest.raises(RescoreError, match="their own"):
        service.draw("周婷", 1, "周婷")
    with pytest.raises(RescoreError, match="at least one"):
        service.draw("刘洋", 0, "周婷")
    (sample,) = service.draw("刘洋", 1, "周婷")
    with pytest.raises(RescoreError, match="someone else"):
        service.submit(sample, ALL_MET, "赵磊")
    with pytest.raises(RescoreError, match="answer every criterion"):
        service.submit(sample, {"greeting": Answer("yes")}, "周婷")
    with pytest.raises(RescoreError, match="no re-score"):
        service.setup(999, "周婷")


def test_an_original_being_rescored_blind_is_left_out_of_the_rescorers_team_and_agent_pages(
        database: Database) -> None:  # fmt: skip
    from qa_studio.services.reporting import ReportingService, parse_period
    from qa_studio.storage.models import Agent, Interaction, Team

    originals = _scored(database, 3)
    with database.session() as session:
        session.add(Team(name="Harbour"))
        session.flush()
        team_id = session.scalar(select(Team.id).where(Team.name == "Harbour"))
        agent_ids = set(session.scalars(select(Interaction.agent_id).join(
            Evaluation, Evaluation.interaction_id == Interaction.id).where(Evaluation.id.in_(originals))))  # fmt: skip
        for agent in session.scalars(select(Agent).where(Agent.id.in_(agent_ids))):
            agent.team_id = team_id
        agent_name = session.scalar(select(Agent.name).join(Interaction, Interaction.agent_id == Agent.id).where(
            Interaction.id == select(Evaluation.interaction_id).where(Evaluation.id == originals[0])
            .scalar_subquery()))  # fmt: skip
    period = parse_period(None)
    before = ReportingService(database, viewer="周婷").team("Harbour", period)
    assert before.summary.evaluations == 3
    service = GraderQAService(database)
    (sample,) = service.draw("刘洋", 1, "周婷", period="2026-W47", seed=7)
    blind = {line.evaluation_id for line in service.samples(rescorer="周婷", open_only=True)}
    (hidden,) = blind

    lead = ReportingService(database, viewer="周婷")
    team = lead.team("Harbour", period)
    assert team.summary.evaluations == 2
    assert sum(k.summary.evaluations for k in team.agents) == 2
    assert sum(r.evaluations for r in team.reviewer_figures) == 2
    assert team.service is not None and team.service.evaluations == 2
    for name in {k.agent for k in team.agents if k.summary.evaluations or k.agent == agent_name}:
        report = lead.agent(name, period)
        assert hidden not in {line.evaluation_id for line in report.evaluations}
        assert report.team_summary.evaluations == 2
    # Everyone else still sees every evaluation, and the lead does again once the re-score is in.
    assert ReportingService(database, viewer="赵磊").team("Harbour", period).summary.evaluations == 3
    assert ReportingService(database).team("Harbour", period).summary.evaluations == 3
    service.submit(sample, ALL_MET, "周婷")
    assert lead.team("Harbour", period).summary.evaluations == 3
