"""The team page and team workbook with the service KPIs and root causes: N interactions (default 100,000), each a
chat of four timed messages, scored once, 70 % with a survey CSAT. Targets: the page's figures < 1 s, the workbook
<= 20 s, memory flat (the 100,000 run needs about what the 10,000 run needs).

Each size is measured in a fresh process so its peak memory (max RSS) can be compared. The rows are stored in bulk
with the rollup triggers set aside and the rollups then worked out once, as the migration that brought them does
(storage/rollups.py); what the triggers cost each write is measured by --writes.

Usage: python benchmarks/bench_team_kpis.py [--interactions 100000] [--agents 50] [--rounds 5]
       [--pg postgresql+psycopg://postgres@127.0.0.1:5432/postgres] [--writes 2000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import bindparam, create_engine, insert, select, text, update
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).parent))
from bench_reports import fill  # noqa: E402 - the team, agents and scored interactions of the reports benchmark

from qa_studio.services.kpis import reply_marks  # noqa: E402
from qa_studio.services.reporting import ReportingService, parse_period  # noqa: E402
from qa_studio.storage import rollups  # noqa: E402
from qa_studio.storage.database import open_database  # noqa: E402
from qa_studio.storage.models import Interaction, InteractionKpi, Message  # noqa: E402


def add_service_data(url: str) -> None:
    """Four messages per interaction (customer, agent after 10–60 s, customer, agent) and a CSAT for 70 %, stored as
    the chat import stores them: each answer marked with its wait, the duration from the first to the last message."""
    database = open_database(url)
    rng = random.Random(11)
    with database.engine.begin() as connection:
        rows = connection.execute(select(Interaction.id, Interaction.started_at).order_by(Interaction.id)).all()
        for first in range(0, len(rows), 10_000):
            messages, kpis, durations = [], [], []
            for interaction_id, started in rows[first:first + 10_000]:
                moment, conversation = started, []
                for seq, role in enumerate(("customer", "agent", "customer", "agent")):
                    moment += timedelta(seconds=rng.randint(10, 60) if role == "agent" else rng.randint(5, 120))
                    conversation.append({"interaction_id": interaction_id, "seq": seq, "author": role, "role": role,
                                         "sent_at": moment, "text": "…"})  # fmt: skip
                marks = reply_marks([(m["role"], m["sent_at"]) for m in conversation])
                for message, mark in zip(conversation, marks, strict=True):
                    message["reply_number"], message["reply_wait_ms"] = mark or (None, None)
                messages += conversation
                span = conversation[-1]["sent_at"] - conversation[0]["sent_at"]
                durations.append({"key": interaction_id, "duration": int(span.total_seconds() * 1000)})
                if rng.random() < 0.7:
                    kpis.append({"interaction_id": interaction_id, "csat": rng.choice([3, 4, 5, 5]), "csat_scale": 5,
                                 "resolved": rng.random() < 0.85, "imported_at": started})  # fmt: skip
            connection.execute(insert(Message), messages)
            connection.execute(insert(InteractionKpi), kpis)
            connection.execute(update(Interaction).where(Interaction.id == bindparam("key"))
                               .values(duration_ms=bindparam("duration")), durations)  # fmt: skip
    database.dispose()


def set_triggers_aside(url: str) -> None:
    database = open_database(url)
    with database.engine.begin() as connection:
        for statement in rollups.drop_trigger_statements(connection.dialect.name):
            connection.exec_driver_sql(statement)
    database.dispose()


def anchor(database) -> None:  # noqa: ANN001 - a Database
    """The yardstick read interleaved with the page: plain indexed counts over the same tables."""
    with database.engine.connect() as connection:
        connection.execute(text("SELECT COUNT(*) FROM evaluations e JOIN interactions i ON i.id = e.interaction_id "
                                "WHERE i.agent_id IS NOT NULL")).scalar()  # fmt: skip
        connection.execute(text("SELECT COUNT(*) FROM messages")).scalar()


def measure(url: str, out: Path, rounds: int) -> dict[str, float]:
    from qa_studio.reports.xlsx import team_workbook

    database = open_database(url)
    service = ReportingService(database)
    anchors, pages, cpu = [], [], []
    for _ in range(rounds):  # anchor and page in turn, so a change in the machine's load hits both
        started = time.perf_counter()
        anchor(database)
        anchors.append(time.perf_counter() - started)
        started, used = time.perf_counter(), time.process_time()
        report = service.team("Bench team", parse_period(None))
        pages.append(time.perf_counter() - started)
        cpu.append(time.process_time() - used)  # this process's own (SQLite's too; not a PostgreSQL server's)
    started = time.perf_counter()
    report = service.team("Bench team", parse_period(None))
    team_workbook(report, out / "team.xlsx")
    figures = {"page_s": statistics.median(pages), "anchor_s": statistics.median(anchors),
               "page_cpu_s": statistics.median(cpu), "first_page_s": pages[0],
               "ratio": statistics.median(p / a for p, a in zip(pages, anchors, strict=True)),
               "workbook_s": time.perf_counter() - started}  # fmt: skip
    figures["evaluations"] = report.summary.evaluations
    figures["interactions"] = sum(c.interactions for c in report.service.channels)
    figures["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    database.dispose()
    return figures


def measure_writes(count: int, agents: int, rounds: int, server: str | None) -> None:
    """What the rollup triggers cost the writes: `count` interactions with their messages, surveys and evaluations
    stored in bulk into a fresh database with the triggers and into one without, in turn."""
    timings: dict[bool, list[float]] = {True: [], False: []}
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(rounds):
            for triggers in (True, False):
                url = database_url(tmp, 900 + 2 * n + triggers, server)
                if not triggers:
                    set_triggers_aside(url)
                else:
                    open_database(url).dispose()
                started = time.perf_counter()
                fill(url, count, agents)
                add_service_data(url)
                timings[triggers].append(time.perf_counter() - started)
    with_, without = statistics.median(timings[True]), statistics.median(timings[False])
    ratio = statistics.median(a / b for a, b in zip(timings[True], timings[False], strict=True))
    print(f"storing {count:,} interactions with 4 messages, a survey for 70 % and an evaluation each: median "
          f"{with_:.2f} s with the rollup triggers, {without:.2f} s without ({ratio:.2f}x, {rounds} rounds in turn)")


def database_url(tmp: str, size: int, server: str | None) -> str:
    if server is None:
        return f"sqlite:///{Path(tmp) / f'k{size}.db'}"
    name = f"qa_bench_team_kpis_{size}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--interactions", type=int, default=100_000)
    parser.add_argument("--agents", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5, help="page and anchor reads, in turn")
    parser.add_argument("--pg", metavar="SERVER_URL", help="a PostgreSQL server to build the databases on")
    parser.add_argument("--writes", type=int, metavar="N",
                        help="measure only what the rollup triggers cost storing N interactions")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, Path(args.out), args.rounds)))
        return
    if args.writes:
        measure_writes(args.writes, args.agents, args.rounds, args.pg)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for size in sorted({min(10_000, args.interactions), args.interactions}):
            url = database_url(tmp, size, args.pg)
            step = time.perf_counter()
            set_triggers_aside(url)
            fill(url, size, args.agents)
            add_service_data(url)
            with create_engine(url).begin() as connection:
                rollups.install(connection)
            if args.pg:
                with create_engine(url, isolation_level="AUTOCOMMIT").connect() as connection:
                    connection.execute(text("VACUUM ANALYZE"))
            print(f"{size:,} interactions and evaluations of {args.agents} agents stored in "
                  f"{time.perf_counter() - step:.1f} s")  # fmt: skip
            with tempfile.TemporaryDirectory() as out:
                done = subprocess.run([sys.executable, __file__, "--child", url, "--out", out, "--rounds",
                                       str(args.rounds)], capture_output=True, text=True, check=True)  # fmt: skip
            result = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"team page figures, {int(result['interactions']):,} interactions / {int(result['evaluations']):,} "
                  f"evaluations: median {result['page_s']:.2f} s (target < 1 s; first {result['first_page_s']:.2f} s, "
                  f"CPU in this process {result['page_cpu_s']:.2f} s), {result['ratio']:.1f}x the "
                  f"anchor read (plain counts, median {result['anchor_s']:.3f} s) over {args.rounds} rounds; "
                  f"with the workbook {result['workbook_s']:.1f} s (target <= 20 s); "
                  f"peak memory {result['max_rss_mb']:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
