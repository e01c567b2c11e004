"""What search indexing and AutoQA cost an import: the same chat files imported into new databases, in turn without
them (the anchor: index and AutoQA switched off) and as shipped, A B A B…, with the ratio of throughputs pair by pair
(target: as shipped ≥ 0.9 of the anchor) and where the time goes.

Usage: python benchmarks/bench_import_indexing.py [--files N] [--pairs N] [--db-template URL]
(default: 1,000 files, 3 pairs, new SQLite files; --db-template is a PostgreSQL URL ending in a database name, to
which _a1, _b1, … are appended: those databases are created and dropped)
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench_import_chats import write_files
from sqlalchemy import create_engine, text

from qa_studio.services import autoqa, search
from qa_studio.services.imports import ImportService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import open_database

SHIPPED = (search.reindex, autoqa.AutoQAService.run_quietly)


def _switch(on: bool) -> None:
    search.reindex = SHIPPED[0] if on else (lambda *_args, **_kwargs: None)
    autoqa.AutoQAService.run_quietly = SHIPPED[1] if on else (lambda *_args, **_kwargs: None)


def _one(url: str, folder: Path, on: bool, phases: dict[str, float]) -> float:
    database = open_database(url)
    ScorecardService(database).ensure_shipped()
    _switch(on)
    started = time.perf_counter()
    ImportService(database).run([folder], actor="bench")
    seconds = time.perf_counter() - started
    _switch(True)
    if on:  # the two steps alone, again, to say where the time went
        ids = list(range(1, 1_000_000))
        began = time.perf_counter()
        with database.session() as session:
            search.reindex(session, ids[: len(list(folder.iterdir()))])
        phases["index"] = phases.get("index", 0) + time.perf_counter() - began
    database.dispose()
    return seconds


def _database(template: str | None, tmp: Path, name: str, drop: bool = False) -> str:
    """A new database for one import (PostgreSQL: created, or with `drop` removed again)."""
    if template is None:
        return f"sqlite:///{tmp / name}.db"
    server, base = template.rsplit("/", 1)
    engine = create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{base}_{name}" WITH (FORCE)'))
        if not drop:
            connection.execute(text(f'CREATE DATABASE "{base}_{name}"'))
    engine.dispose()
    return f"{server}/{base}_{name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=1_000)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--db-template")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "chats"
        folder.mkdir()
        write_files(folder, args.files)
        ratios, plain, shipped, phases = [], [], [], {}
        for pair in range(args.pairs):
            a = _one(_database(args.db_template, Path(tmp), f"a{pair}"), folder, False, phases)
            b = _one(_database(args.db_template, Path(tmp), f"b{pair}"), folder, True, phases)
            for name in (f"a{pair}", f"b{pair}"):
                _database(args.db_template, Path(tmp), name, drop=True)
            plain.append(a)
            shipped.append(b)
            ratios.append(a / b)  # throughput as shipped / throughput of the anchor
            print(f"pair {pair + 1}: anchor {args.files / a:.0f} files/s, as shipped {args.files / b:.0f} files/s, "
                  f"ratio {a / b:.2f}")
        print(f"median: anchor {statistics.median(plain):.1f} s, as shipped {statistics.median(shipped):.1f} s, "
              f"ratio {statistics.median(ratios):.2f} over {args.pairs} pairs (target ≥ 0.90)")
        index = phases.get("index", 0) / args.pairs
        print(f"of which the search index (measured alone): {index:.2f} s per import; the rest of the difference "
              f"is AutoQA")


if __name__ == "__main__":
    main()
