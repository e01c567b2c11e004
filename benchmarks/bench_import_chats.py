"""Import throughput: 10,000 small chat logs (JSON, CSV, plain text, WhatsApp) into a fresh database.

Usage: python benchmarks/bench_import_chats.py [--files N] [--db URL]
(default: a new SQLite file; target ≥ 200 files/s)
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from qa_studio.domain import ImportOutcome
from qa_studio.services.imports import ImportService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import open_database

AGENTS = ["王芳", "李伟", "陈静", "Emma Clarke", "James Porter", "张敏"]


def write_files(folder: Path, count: int) -> None:
    start = datetime(2026, 1, 5, 9, 0, 0)
    for number in range(count):
        agent = AGENTS[number % len(AGENTS)]
        customer = f"Customer {number}"
        when = start + timedelta(minutes=7 * number)
        turns = [
            (customer, "customer", f"Hello, order {number} has not arrived yet. 我的订单还没到。"),
            (agent, "agent", "您好，我是客服，我来帮您查询。Let me check that for you."),
            (customer, "customer", "Thanks, it was due on Monday."),
            (agent, "agent", f"The parcel {number} is out for delivery today. 还有其他问题吗？"),
            (customer, "customer", "No, thank you!"),
            (agent, "agent", "感谢您的耐心，再见！Goodbye."),
        ]
        kind = number % 4
        if kind == 0:
            messages = [
                {"author": a, "role": r, "timestamp": (when + timedelta(seconds=30 * i)).isoformat(), "text": t}
                for i, (a, r, t) in enumerate(turns)
            ]
            (folder / f"chat_{number:05d}.json").write_text(
                json.dumps({"id": f"B{number}", "agent": agent, "messages": messages}, ensure_ascii=False), "utf-8"
            )
        elif kind == 1:
            lines = ["timestamp,author,role,message"]
            lines += [
                f'{(when + timedelta(seconds=30 * i)).isoformat(sep=" ")},{a},{r},"{t}"'
                for i, (a, r, t) in enumerate(turns)
            ]
            (folder / f"chat_{number:05d}.csv").write_text("\n".join(lines) + "\n", "utf-8")
        elif kind == 2:
            lines = [
                f"[{(when + timedelta(seconds=30 * i)).strftime('%Y-%m-%d %H:%M:%S')}] {a}: {t}"
                for i, (a, _r, t) in enumerate(turns)
            ]
            (folder / f"chat_{number:05d}.txt").write_text("\n".join(lines) + "\n", "gb18030")
        else:
            lines = [
                f"{(when + timedelta(seconds=30 * i)).strftime('%d/%m/%Y, %H:%M')} - {a}: {t}"
                for i, (a, _r, t) in enumerate(turns)
            ]
            (folder / f"whatsapp_{number:05d}.txt").write_text("\n".join(lines) + "\n", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--db")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "chats"
        folder.mkdir()
        write_files(folder, args.files)
        database = open_database(args.db or f"sqlite:///{Path(tmp) / 'bench.db'}")
        # With the shipped scorecards, as on a real install: each chat is indexed for search and checked by AutoQA.
        ScorecardService(database).ensure_shipped()
        started = time.perf_counter()
        report = ImportService(database).run([folder], actor="bench")
        elapsed = time.perf_counter() - started
        imported = report.count(ImportOutcome.IMPORTED)
        print(f"database: {database.display_url.split('/')[0]}")
        print(f"files: {args.files}, imported: {imported}, refused: {report.count(ImportOutcome.REFUSED)}")
        for result in report.results:
            if result.outcome == ImportOutcome.REFUSED:
                print("  refused:", result.path, result.reason)
                break
        print(f"elapsed: {elapsed:.2f} s")
        print(f"throughput: {args.files / elapsed:.0f} files/s (target ≥ 200)")
        database.dispose()


if __name__ == "__main__":
    main()
