"""AutoQA and search at scale: N demo-like chats of ~10 messages written straight into a new database (no importer),
then AutoQA over all of them (interactions per second) and search latency (median and worst over phrases in English
and Chinese, common and rare, through the interaction list's filter).

Usage: python benchmarks/bench_autoqa_search.py [--interactions N] [--db URL]
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
from sqlalchemy import insert, select

from qa_studio.services import search
from qa_studio.services.autoqa import AutoQAService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import open_database
from qa_studio.storage.models import Interaction, Message

QUERIES = ["duplicate", "out for delivery", "投诉", "蓝牙耳机", "七天无理由退货", "ORD-1234", "no such words here"]


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
                     "role_rules": [], "message_count": len(chats[n % len(chats)]), "queue": "bench"}
                    for n in range(first, min(count, first + batch))]  # fmt: skip
            session.execute(insert(Interaction), rows)
            messages = []
            for n in range(first, min(count, first + batch)):
                for m in chats[n % len(chats)]:
                    messages.append({"interaction_id": n + 1, "seq": m.index, "author": m.role, "role": m.role,
                                     "sent_at": start + timedelta(minutes=n, milliseconds=m.at_ms or 0),
                                     "text": m.text.replace("ORD-", f"ORD-{n % 97}")})  # fmt: skip
            session.execute(insert(Message), messages)
            search.reindex(session, [r["id"] for r in rows])
    database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--interactions", type=int, default=10_000)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    parser.add_argument("--no-autoqa", action="store_true", help="search latency only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'bench.db'}"
        started = time.perf_counter()
        fill(url, args.interactions)
        database = open_database(url)
        with database.session() as session:
            messages = len(session.scalars(select(Message.id)).all())
        print(f"{args.interactions:,} interactions, {messages:,} messages written and indexed in "
              f"{time.perf_counter() - started:.1f} s")  # fmt: skip
        if not args.no_autoqa:
            started = time.perf_counter()
            report = AutoQAService(database).run(actor="bench")
            seconds = time.perf_counter() - started
            print(f"AutoQA: {report.scored:,} interactions in {seconds:.1f} s = "
                  f"{report.scored / seconds:,.0f} per second")  # fmt: skip
        queries = InteractionQueries(database)
        for masked in (False, True):
            timings = []
            for query in QUERIES * 3:  # each query three times; the worst is usually the first, cold
                flt = InteractionFilter(text=query)
                started = time.perf_counter()
                queries.count(flt)
                queries.page(flt, 0, 200)
                timings.append((time.perf_counter() - started) * 1000)
            who = "masked" if masked else "unmasked"
            print(f"search ({who}; count + first page of 200): median {statistics.median(timings):.0f} ms, "
                  f"worst {max(timings):.0f} ms over {len(timings)} searches")  # fmt: skip
            queries = InteractionQueries(database, masked=True)
        database.dispose()


if __name__ == "__main__":
    main()
