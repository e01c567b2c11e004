"""AutoQA and search at scale: N demo-like chats of 10 messages (with their masked copies) written straight into a
new database (no importer), then AutoQA over all of them (interactions per second) and search latency (median and
worst over phrases in English and Chinese, common and rare, two characters and more, through the interaction list's
filter: the count and the first page, as the list reads them), each search beside an anchor read just before it (a
plain indexed SELECT of a page of the list), so a loaded machine shows in both.

Usage: python benchmarks/bench_autoqa_search.py [--interactions N] [--db URL] [--keep PATH] [--reuse]
(targets: search < 200 ms at 100,000 interactions / 1,000,000 messages; AutoQA in minutes, not hours)
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from bench_evidence import demo_chats
from sqlalchemy import func, insert, select

from qa_studio.services import search
from qa_studio.services.autoqa import AutoQAService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import open_database
from qa_studio.storage.models import Interaction, Message
from qa_studio.transcribe.redaction import masked_copy

QUERIES = ["duplicate", "out for delivery", "投诉", "律师", "蓝牙耳机", "七天无理由退货", "ORD-1234",
           "no such words here"]
MESSAGES = 10  # per interaction: 100,000 interactions hold 1,000,000 messages


def fill(db_url: str, count: int) -> None:
    database = open_database(db_url)
    ScorecardService(database).ensure_shipped()
    chats = demo_chats(min(count, 5000))
    start = datetime(2026, 1, 1, 9)
    batch = 2000
    for first in range(0, count, batch):
        with database.session() as session:
            rows = [{"id": n + 1, "channel": "chat", "started_at": start + timedelta(minutes=n), "source_path": "bench",
                     "source_format": "json", "source_key": f"bench-{n}", "status": "new", "direction": "inbound",
                     "role_rules": [], "message_count": MESSAGES, "queue": "bench"}
                    for n in range(first, min(count, first + batch))]  # fmt: skip
            session.execute(insert(Interaction), rows)
            messages = []
            for n in range(first, min(count, first + batch)):
                # A demo chat, topped up to MESSAGES with the next one's lines.
                said = [*chats[n % len(chats)], *chats[(n + 1) % len(chats)]][:MESSAGES]
                for seq, m in enumerate(said):
                    words = m.text.replace("ORD-", f"ORD-{n % 97}")
                    messages.append({"interaction_id": n + 1, "seq": seq, "author": m.role, "role": m.role,
                                     "sent_at": start + timedelta(minutes=n, milliseconds=m.at_ms or 0),
                                     "text": words, "text_masked": masked_copy(words)})  # fmt: skip
            session.execute(insert(Message), messages)
            search.reindex(session, [r["id"] for r in rows])
    if database.engine.dialect.name == "postgresql":
        # What autovacuum does soon after a bulk load on a server where it runs (planner statistics, visibility):
        # without it the first searches also write every page they read.
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE")
    database.dispose()


def anchor(database: object, started: list[datetime]) -> float:
    """A plain indexed SELECT: one page of 200 interactions in the list's order, from a place in the list."""
    from sqlalchemy import desc

    began = time.perf_counter()
    with database.session() as session:  # type: ignore[attr-defined]
        session.execute(select(Interaction.id, Interaction.started_at, Interaction.queue)
                        .where(Interaction.started_at <= started[len(started) // 2])
                        .order_by(desc(Interaction.started_at)).limit(200)).all()  # fmt: skip
    return (time.perf_counter() - began) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--interactions", type=int, default=10_000)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    parser.add_argument("--reuse", action="store_true", help="search the database at --db as it is (no filling)")
    parser.add_argument("--no-autoqa", action="store_true", help="search latency only")
    parser.add_argument("--rounds", type=int, default=3, help="times each query is searched (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'bench.db'}"
        started = time.perf_counter()
        if not args.reuse:
            fill(url, args.interactions)
        database = open_database(url)
        with database.session() as session:
            messages = session.scalar(select(func.count(Message.id)))
            interactions = session.scalar(select(func.count(Interaction.id)))
            moments = list(session.scalars(select(Interaction.started_at).order_by(Interaction.started_at)))
        print(f"{database.engine.dialect.name}: {interactions:,} interactions, {messages:,} messages "
              f"{'found' if args.reuse else 'written and indexed'} in {time.perf_counter() - started:.1f} s")
        if not args.no_autoqa:
            started = time.perf_counter()
            report = AutoQAService(database).run(actor="bench")
            seconds = time.perf_counter() - started
            print(f"AutoQA: {report.scored:,} interactions in {seconds:.1f} s = "
                  f"{report.scored / seconds:,.0f} per second")  # fmt: skip
        for masked in (False, True):
            queries = InteractionQueries(database, masked=masked)
            timings, anchors, worst = [], [], ("", 0.0)
            for _round in range(args.rounds):
                for query in QUERIES:
                    anchors.append(anchor(database, moments))
                    flt = InteractionFilter(text=query)
                    began = time.perf_counter()
                    queries.count(flt)
                    queries.page(flt, 0, 200)
                    timings.append((time.perf_counter() - began) * 1000)
                    worst = max(worst, (query, timings[-1]), key=lambda w: w[1])
            ratios = [t / a for t, a in zip(timings, anchors, strict=True)]
            who = "masked" if masked else "unmasked"
            print(f"search ({who}; count + first page of 200): median {statistics.median(timings):.0f} ms, "
                  f"worst {worst[1]:.0f} ms ({worst[0]}) over {len(timings)} searches; anchor median "
                  f"{statistics.median(anchors):.1f} ms; median ratio search/anchor {statistics.median(ratios):.0f}")
        database.dispose()


if __name__ == "__main__":
    main()
