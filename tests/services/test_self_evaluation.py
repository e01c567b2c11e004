"""Self-evaluation: an agent scores one of their own interactions and sees it beside the reviewer's; it never
counts as an evaluation, and nobody else can make one for them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from qa_studio.scoring.model import Answer
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.scorecards import ScorecardService
from qa_studio.services.self_evaluation import SelfEvaluationError, SelfEvaluationService
from qa_studio.storage.database import Database
from qa_studio.storage.models import Evaluation, Interaction
from tests.chat_answers import ALL_MET
from tests.people import add_people, signed_in

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"


def test_an_agent_scores_their_own_interaction_and_sees_it_beside_the_reviewers(database: Database) -> None:
    ScorecardService(database).ensure_shipped()
    ImportService(database).run([CHATS], actor="owner")
    rows = list(InteractionQueries(database).iterate(InteractionFilter(channel="chat")))
    with_agent = [r for r in rows if r.agent]
    agent, mine = with_agent[0].agent, [r.id for r in with_agent[:3]]
    with database.session() as session:  # three conversations of one agent
        agent_id = session.get(Interaction, mine[0]).agent_id
        for interaction_id in mine[1:]:
            session.get(Interaction, interaction_id).agent_id = agent_id
    other = next(r.id for r in with_agent[3:] if r.agent != agent)
    add_people(database, agents=(agent,), 刘洋="reviewer")
    me, reviewer = signed_in(database, agent), signed_in(database, "刘洋")
    evaluations = EvaluationService(database)
    evaluation = evaluations.start(mine[0], "刘洋")
    evaluations.save_draft(evaluation, ALL_MET)
    reviewed = evaluations.submit(evaluation, "刘洋")

    service = SelfEvaluationService(database)
    assert service.comparison(me, mine[0]) is None
    assert {c[0] for c in service.candidates(me)} == set(mine)
    # Failing oneself on a criterion whose failure needs a root cause (the reviewer's analysis) is not refused.
    result = service.submit(me, mine[0], {**ALL_MET, "clarity": Answer(3), "need_analysed": Answer(1)})
    comparison = service.comparison(me, mine[0])
    assert (comparison.my_score, comparison.reviewer_score) == (result.score, reviewed.score)
    assert result.score < reviewed.score
    assert [row.key for row in comparison.rows if row.agrees is False] == ["need_analysed", "clarity"]
    assert all(row.agrees for row in comparison.rows
               if row.key not in ("clarity", "need_analysed") and row.reviewer is not None)  # fmt: skip
    assert mine[0] not in {c[0] for c in service.candidates(me)} and service.scored(me) == [mine[0]]
    # Not scored by a reviewer yet: the agent's own answers, and no reviewer column.
    service.submit(me, mine[1], ALL_MET)
    alone = service.comparison(me, mine[1])
    assert alone.reviewer_score is None and all(row.reviewer is None for row in alone.rows)
    with database.session() as session:  # it never becomes an evaluation, so no figure counts it
        assert session.scalar(select(func.count(Evaluation.id))) == 1

    with pytest.raises(SelfEvaluationError, match="not one of yours"):
        service.submit(me, other, ALL_MET)
    with pytest.raises(SelfEvaluationError, match="already scored"):
        service.submit(me, mine[0], ALL_MET)
    with pytest.raises(SelfEvaluationError, match="Only an agent"):
        service.submit(reviewer, mine[0], ALL_MET)
    with pytest.raises(SelfEvaluationError, match="Answer every criterion"):
        service.submit(me, mine[2], {})
