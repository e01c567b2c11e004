"""The team page and team workbook with the service KPIs and root causes: N interactions (default 100,000), each a
chat of four timed messages, scored once, 70 % with a survey CSAT. Targets: the page's figures < 1 s, the workbook
<= 20 s, memory flat (the 100,000 run needs about what the 10,000 run needs).

Each size is measured in a fresh process so its peak memory (max RSS) can be compared.

Usage: python benchmarks/bench_team_kpis.py [--interactions 100000] [--agents 50]
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
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert, select

sys.path.insert(0, str(Path(__file__).parent))
from bench_reports import fill  # noqa: E402 - the team, agents and scored interactions of the reports benchmark

from qa_studio.services.reporting import ReportingService, parse_period  # noqa: E402
from qa_studio.storage.database import open_database  # noqa: E402
from qa_studio.storage.models import Interaction, InteractionKpi, Message  # noqa: E402


def add_service_data(url: str) -> None:
    """Four messages per interaction (customer, agent after 10–60 s, customer, agent) and a CSAT for 70 %."""
    database = open_database(url)
    rng = random.Random(11)
    with database.engine.begin() as connection:
        rows = connection.execute(select(Interaction.id, Interaction.started_at).order_by(Interaction.id)).all()
        for first in range(0, len(rows), 10_000):
            messages, kpis = [], []
            for interaction_id, started in rows[first:first + 10_000]:
                moment = started
                for seq, role in enumerate(("customer", "agent", "customer", "agent")):
                    moment += timedelta(seconds=rng.randint(10, 60) if role == "agent" else rng.randint(5, 120))
                    messages.append({"interaction_id": interaction_id, "seq": seq, "author": role, "role": role,
                                     "sent_at": moment, "text": "…"})  # fmt: skip
                if rng.random() < 0.7:
                    kpis.append({"interaction_id": interaction_id, "csat": rng.choice([3, 4, 5, 5]), "csat_scale": 5,
                                 "resolved": rng.random() < 0.85, "imported_at": started})  # fmt: skip
            connection.execute(insert(Message), messages)
            connection.execute(insert(InteractionKpi), kpis)
    database.dispose()


def measure(url: str, out: Path) -> dict[str, float]:
    from qa_studio.reports.xlsx import team_workbook

    database = open_database(url)
    service = ReportingService(database)
    started = time.perf_counter()
    report = service.team("Bench team", parse_period(None))
    figures = {"page_s": time.perf_counter() - started}
    team_workbook(report, out / "team.xlsx")
    figures["workbook_s"] = time.perf_counter() - started
    figures["evaluations"] = report.summary.evaluations
    figures["interactions"] = sum(c.interactions for c in report.service.channels)
    figures["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    database.dispose()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--interactions", type=int, default=100_000)
    parser.add_argument("--agents", type=int, default=50)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, Path(args.out))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        for size in sorted({min(10_000, args.interactions), args.interactions}):
            url = f"sqlite:///{Path(tmp) / f'k{size}.db'}"
            step = time.perf_counter()
            fill(url, size, args.agents)
            add_service_data(url)
            print(f"{size:,} interactions and evaluations of {args.agents} agents stored in "
                  f"{time.perf_counter() - step:.1f} s")  # fmt: skip
            with tempfile.TemporaryDirectory() as out:
                done = subprocess.run([sys.executable, __file__, "--child", url, "--out", out], capture_output=True,
                                      text=True, check=True)  # fmt: skip
            result = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"team page figures, {int(result['interactions']):,} interactions / {int(result['evaluations']):,} "
                  f"evaluations: {result['page_s']:.2f} s (target < 1 s); with the workbook "
                  f"{result['workbook_s']:.1f} s (target <= 20 s); peak memory {result['max_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
