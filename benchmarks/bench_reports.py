"""Report speed and memory: the team workbook for a team with N evaluations (default 100,000; target <= 20 s, memory
flat), 50 per-agent PDF coaching reports (target <= 15 s), and the every-answer export streamed in write-only mode.

Each size runs in a fresh process so its peak memory (max RSS) can be compared: flat means the 100,000 run needs
about what the 10,000 run needs.

Usage: python benchmarks/bench_reports.py [--evaluations 100000] [--agents 50] [--answers 20000] [--db URL]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from qa_studio.scoring.engine import Answer, Context, score
from qa_studio.services.aggregates import outcomes_text
from qa_studio.services.evaluations import result_json
from qa_studio.services.reporting import ReportingService, parse_period
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import open_database
from qa_studio.storage.models import Agent, Evaluation, Interaction, Team, User

CHAT_ANSWERS = {
    "first_response": ["yes", "no"], "greeting": ["yes", "yes", "no"], "verification": ["yes", "na"],
    "need_analysed": [3, 4, 5], "accuracy": ["accurate", "minor"], "relevance": [3, 4, 5], "clarity": [4, 5],
    "empathy": ["yes", "na"], "forbidden": [[], []], "no_long_wait": ["yes", "no"],
    "confirm_satisfaction": ["yes", "no"], "closing_script": ["yes", "no"], "proactive": ["na", "yes"],
}  # fmt: skip


def fill(url: str, evaluations: int, agents: int) -> None:
    """One team of `agents` agents with `evaluations` scored chat evaluations over a quarter, inserted in bulk.
    Scores and results come from the real scoring engine on 200 answer patterns."""
    database = open_database(url)
    ScorecardService(database).ensure_shipped()
    scorecards = ScorecardService(database)
    version_id = scorecards.latest_version_id("chat_standard")
    scorecard = scorecards.version(version_id)
    rng = random.Random(7)
    patterns = []
    for _ in range(200):
        answers = {}
        for key, values in CHAT_ANSWERS.items():
            value = rng.choice(values)
            answers[key] = Answer(None, True) if value == "na" else Answer(value, False, "process")
        result = score(scorecard, answers, Context(channel="chat"))
        patterns.append(result)
    stored = [(result_json(r), r) for r in patterns]  # the stored shape, as the app writes it
    with database.engine.begin() as connection:
        connection.execute(insert(Team), [{"name": "Bench team"}])
        connection.execute(insert(Agent), [{"name": f"Agent {n:02d}", "team_id": 1} for n in range(agents)])
        connection.execute(insert(User), [{"name": f"Reviewer {n}", "role": "reviewer"} for n in range(8)])
        start = datetime(2026, 8, 1)
        for first in range(0, evaluations, 10_000):
            count = min(10_000, evaluations - first)
            connection.execute(insert(Interaction), [
                {"channel": "chat", "direction": "inbound", "queue": "Delivery", "team_id": 1,
                 "started_at": start + timedelta(minutes=(first + n) * 90 * 24 * 60 // evaluations),
                 "agent_id": 1 + (first + n) % agents, "source_path": "x", "source_format": "json",
                 "source_key": f"k{first + n}", "status": "evaluated", "role_rules": [], "message_count": 0}
                for n in range(count)])  # fmt: skip
            rows = []
            for n in range(count):
                stored_json, result = stored[(first + n) % len(stored)]
                rows.append({
                    "interaction_id": first + n + 1, "scorecard_version_id": version_id, "reviewer_id": 1 + n % 8,
                    "state": "submitted", "score": result.score, "passed": result.passed,
                    "fatal_failed": bool(result.fatal_failures),
                    "section_critical_failed": bool(result.section_critical_failures),
                    "result": stored_json, "outcomes": outcomes_text(stored_json), "row_version": 1})  # fmt: skip
            connection.execute(insert(Evaluation), rows)
    database.dispose()


def measure(url: str, kind: str, out: Path, count: int) -> dict[str, float]:
    from qa_studio.reports.pdf import agent_pdf
    from qa_studio.reports.xlsx import answers_workbook, team_workbook

    database = open_database(url)
    service = ReportingService(database)
    period = parse_period(None)
    started = time.perf_counter()
    figures: dict[str, float] = {}
    if kind == "team":
        report = service.team("Bench team", period)
        figures["figures_s"] = time.perf_counter() - started
        team_workbook(report, out / "team.xlsx")
        figures["evaluations"] = report.summary.evaluations
    elif kind == "pdf":
        with service.batch():  # as the batch export does: the team's figures once
            for name in service.agent_names("Bench team")[:count]:
                agent_pdf(service.agent(name, period), out / f"{name}.pdf")
        figures["files"] = len(list(out.glob("*.pdf")))
    else:
        figures["rows"] = answers_workbook(service.answers(period), out / "answers.xlsx")
    figures["seconds"] = time.perf_counter() - started
    figures["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    database.dispose()
    return figures


def run_child(url: str, kind: str, count: int = 0) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as out:
        done = subprocess.run([sys.executable, __file__, "--child", kind, "--db", url, "--out", out, "--count",
                               str(count)], capture_output=True, text=True, check=True)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--evaluations", type=int, default=100_000)
    parser.add_argument("--agents", type=int, default=50)
    parser.add_argument("--answers", type=int, default=20_000, help="evaluations in the every-answer export run")
    parser.add_argument("--db", help="a database URL to fill (default: a temporary SQLite file)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.db, args.child, Path(args.out), args.count)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        sizes = sorted({min(10_000, args.evaluations), args.evaluations})
        for size in sizes:
            url = args.db if args.db and size == args.evaluations else f"sqlite:///{Path(tmp) / f'r{size}.db'}"
            step = time.perf_counter()
            fill(url, size, args.agents)
            print(f"{size:,} evaluations of {args.agents} agents stored in {time.perf_counter() - step:.1f} s")
            team = run_child(url, "team")
            print(f"team workbook, {int(team['evaluations']):,} evaluations: {team['seconds']:.1f} s "
                  f"(figures {team['figures_s']:.1f} s; target <= 20 s), peak memory {team['max_rss_mb']:.0f} MB")
            if size == args.evaluations:
                pdfs = run_child(url, "pdf", 50)
                print(f"{int(pdfs['files'])} agent PDF coaching reports: {pdfs['seconds']:.1f} s (target <= 15 s), "
                      f"peak memory {pdfs['max_rss_mb']:.0f} MB")
        answers_sizes = sorted({min(5_000, args.answers), args.answers})
        for size in answers_sizes:
            url = f"sqlite:///{Path(tmp) / f'a{size}.db'}"
            fill(url, size, args.agents)
            answers = run_child(url, "answers")
            print(f"every-answer workbook, {int(answers['rows']):,} rows ({size:,} evaluations): "
                  f"{answers['seconds']:.1f} s, peak memory {answers['max_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
