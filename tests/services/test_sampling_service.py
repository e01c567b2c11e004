"""Sampling against a real database: reproducible samples, reviewer queues, quota progress, shortfalls."""

from __future__ import annotations

from pathlib import Path

from qa_studio.sampling import SamplingPlan, Stratum
from qa_studio.scoring.engine import Answer
from qa_studio.services.demo import load_demo
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.sampling import SamplingService
from qa_studio.storage.database import Database


def test_demo_sample_queue_and_progress(database: Database, tmp_path: Path) -> None:
    load_demo(database, tmp_path / "demo", actor="tester")
    service = SamplingService(database)
    plan = SamplingPlan(per_agent=3, strata=(Stratum("calls", 0.34, ("call",)), Stratum("chats", 0.66, ("chat",))),
                        seed=11)  # fmt: skip
    preview = service.draw(plan, ["刘洋", "Sarah Lee"], save=False, actor="tester")
    run = service.draw(plan, ["刘洋", "Sarah Lee"], period="2026-11", actor="tester")
    assert [i.interaction_id for i in preview.sample.items] == [i.interaction_id for i in run.sample.items]
    assert len(run.sample.items) == 18 and not run.sample.shortfalls
    # The demo's own sample may already hold some of these pairs; they are not assigned twice.
    assert 0 < run.stored <= 18
    assert any(i.rule.startswith("fallback") for i in run.sample.items)  # 4 agents have no calls
    queue = [item for item in service.queue("刘洋") if item.plan == "monthly sample"]
    assert queue and all("round robin" in item.rule for item in queue)
    evaluations = EvaluationService(database)
    evaluation = evaluations.start(queue[0].interaction_id, "刘洋")
    evaluations.save_draft(evaluation, {"greeting": Answer("yes")})
    progress = service.progress("2026-11")
    assert sum(assigned for _done, assigned in progress.per_reviewer.values()) == run.stored
    assert all(done == 0 for done, _assigned in progress.per_reviewer.values())  # a draft is not done
    assert sum(sampled for _done, sampled in progress.per_agent.values()) == run.stored


def test_agents_short_of_quota_are_reported(database: Database, tmp_path: Path) -> None:
    load_demo(database, tmp_path / "demo", actor="tester")
    run = SamplingService(database).draw(SamplingPlan(per_agent=20, only_unevaluated=False), ["刘洋"], save=False,
        actor="tester")
    short = {run.agent_names[s.agent_id]: (s.wanted, s.available) for s in run.sample.shortfalls}
    assert short["王芳"] == (20, 19) and short["李伟"] == (20, 19)
