"""Evaluation speed: submit one evaluation and recompute the agent's month (200 evaluations; target < 50 ms),
and score N stored evaluations from scratch (default 100,000).

Usage: python benchmarks/bench_evaluations.py [--stored 100000] [--db URL]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import selectinload

from qa_studio.scoring.engine import Answer, Context, score
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import open_database
from qa_studio.storage.models import Agent, Evaluation, EvaluationAnswer, Interaction, User

CHAT_ANSWERS = {
    "first_response": ["yes", "no"], "greeting": ["yes", "no"], "verification": ["yes", "na"],
    "need_analysed": [2, 3, 3.5, 4, 4.5, 5], "accuracy": ["accurate", "minor", "wrong"], "relevance": [3, 4, 5],
    "clarity": [3, 4, 5], "empathy": ["yes", "no", "na"], "forbidden": [[], [], ["dismissive"]],
    "no_long_wait": ["yes", "no"], "confirm_satisfaction": ["yes", "no"], "closing_script": ["yes", "no"],
    "proactive": ["na", "yes"],
}  # fmt: skip


def random_answers(rng: random.Random) -> dict[str, Answer]:
    """Plausible answers; every one carries a root cause so failed ones can be submitted."""
    answers = {}
    for key, values in CHAT_ANSWERS.items():
        value = rng.choice(values)
        answers[key] = Answer(None, True) if value == "na" else Answer(value, False, "process")
    return answers


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stored", type=int, default=100_000)
    parser.add_argument("--db")
    args = parser.parse_args()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(args.db or f"sqlite:///{Path(tmp) / 'eval.db'}")
        ScorecardService(database).ensure_shipped()
        version_id = ScorecardService(database).latest_version_id("chat_standard")
        started = time.perf_counter()
        with database.engine.begin() as connection:
            connection.execute(insert(Agent), [{"name": f"Agent {n}"} for n in range(50)])
            connection.execute(insert(User), [{"name": "reviewer", "role": "reviewer"}])
            month = datetime(2026, 11, 1)
            for first in range(0, args.stored, 10_000):
                count = min(10_000, args.stored - first)
                connection.execute(
                    insert(Interaction),
                    [{"channel": "chat", "direction": "inbound", "queue": "Delivery",
                      "started_at": month + timedelta(minutes=(first + n) % 40_000), "agent_id": 1 + (first + n) % 50,
                      "source_path": "x", "source_format": "json", "source_key": f"k{first + n}", "status": "evaluated",
                      "role_rules": [], "message_count": 0} for n in range(count)],
                )  # fmt: skip
                connection.execute(
                    insert(Evaluation),
                    [{"interaction_id": first + n + 1, "scorecard_version_id": version_id, "reviewer_id": 1,
                      "state": "submitted", "score": 80, "passed": True, "fatal_failed": False,
                      "section_critical_failed": False, "row_version": 1} for n in range(count)],
                )  # fmt: skip
                rows = []
                for n in range(count):
                    for key, answer in random_answers(rng).items():
                        rows.append(
                            {
                                "evaluation_id": first + n + 1,
                                "criterion_key": key,
                                "value": answer.value,
                                "not_applicable": answer.not_applicable,
                                "root_cause": answer.root_cause,
                            }
                        )
                connection.execute(insert(EvaluationAnswer), rows)
        print(f"stored {args.stored} evaluations with answers in {time.perf_counter() - started:.1f} s")

        service = EvaluationService(database)
        # Agent 1's month holds stored/50 evaluations; with the default that is 2,000, so also time a 200 one.
        with database.session() as session:
            month_counts = session.scalar(select(func.count(Evaluation.id)))
        interaction = args.stored  # the last interaction: agent 50
        timings = []
        for _ in range(5):
            draft = service.start(interaction, f"reviewer {rng.random()}")
            service.save_draft(draft, random_answers(rng))
            step = time.perf_counter()
            service.submit(draft)
            summary = service.agent_period(50, month, month + timedelta(days=31))
            timings.append((time.perf_counter() - step) * 1000)
        print(
            f"submit + recompute agent month ({summary.evaluations} evaluations, stored scores): "
            f"median {sorted(timings)[2]:.1f} ms (target < 50 ms)"
        )
        step = time.perf_counter()
        rescored = service.agent_period(50, month, month + timedelta(days=31), rescore=True)
        print(
            f"agent month rescored from answers ({rescored.evaluations} evaluations): "
            f"{(time.perf_counter() - step) * 1000:.0f} ms"
        )

        scorecard = ScorecardService(database).version(version_id)
        step = time.perf_counter()
        scored = 0
        with database.session() as session:
            offset = 0
            while True:
                batch = list(session.scalars(
                    select(Evaluation).options(selectinload(Evaluation.answers)).order_by(Evaluation.id)
                    .offset(offset).limit(5_000)
                ))  # fmt: skip
                if not batch:
                    break
                for item in batch:
                    answers = {a.criterion_key: Answer(a.value, a.not_applicable, a.root_cause) for a in item.answers}
                    score(scorecard, answers, Context(channel="chat"))
                    scored += 1
                offset += len(batch)
                session.expunge_all()
        elapsed = time.perf_counter() - step
        print(
            f"scored {scored} stored evaluations from scratch in {elapsed:.1f} s ({scored / elapsed:.0f}/s); "
            f"{month_counts} in the database"
        )
        database.dispose()


if __name__ == "__main__":
    main()
