"""The interaction list at a million rows: a deep jump and a deep page sorted by agent, on SQLite and PostgreSQL,
each timed in turn with its anchor (a plain SELECT of the same number of rows by primary key) and with the query the
list ran before it paged by index.

Usage: python benchmarks/bench_list_scale.py [--rows 1000000] [--backend sqlite|postgresql|both] [--rounds 7]
       [--before-rounds 2]
The databases are built once (bulk inserts / COPY) and kept in $QA_STUDIO_BENCH_CACHE or the temp folder; PostgreSQL at
$QA_STUDIO_BENCH_PG (default postgres@127.0.0.1:5432). Target: a jump < 100 ms. Figures on a shared machine are
inflated by its load: read the ratios.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from scale_data import database_url  # noqa: E402
from sqlalchemy import text  # noqa: E402

from qa_studio.services.interactions import (  # noqa: E402
    _SORT_COLUMNS,
    InteractionFilter,
    InteractionQueries,
    SortKey,
    _conditions,
    _row_select,
)
from qa_studio.storage.database import Database  # noqa: E402
from qa_studio.storage.models import Interaction  # noqa: E402

PAGE = 200


def _ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def anchor(database: Database, offset: int) -> Callable[[], object]:
    """A plain indexed SELECT of one page: the same number of rows read by primary key, no join, no sort."""
    statement = text("SELECT id, channel, started_at, duration_ms, agent_id, team_id, queue, status, customer_ref, "
                     "external_id, subject, source_path, message_count FROM interactions WHERE id > :start "
                     "ORDER BY id LIMIT :limit")  # fmt: skip

    def run() -> object:
        with database.engine.connect() as connection:
            return connection.execute(statement, {"start": offset, "limit": PAGE}).all()

    return run


def before(database: Database, offset: int, sort: SortKey, descending: bool) -> Callable[[], object]:
    """The list's page query before 0006: join everything, ORDER BY, OFFSET."""
    column = _SORT_COLUMNS[sort]
    order = [column.desc() if descending else column.asc()]
    if sort != SortKey.ID:
        order.append(Interaction.id.desc() if descending else Interaction.id.asc())
    query = _row_select().where(*_conditions(InteractionFilter())).order_by(*order).offset(offset).limit(PAGE)

    def run() -> object:
        with database.session() as session:
            return session.execute(query).all()

    return run


def measure(backend: str, rows: int, rounds: int, before_rounds: int) -> list[tuple[str, float, float, float]]:
    """(figure, app median ms, anchor median ms, median of paired ratios) per figure."""
    database = Database(database_url(backend, rows))
    flt = InteractionFilter()
    results = []
    try:
        total = InteractionQueries(database).count(flt)
        deep = int(total * 0.9)
        cases = (
            ("deep jump (newest first)", SortKey.STARTED, True),
            ("deep page sorted by agent", SortKey.AGENT, False),
            ("deep page sorted by duration", SortKey.DURATION, True),
        )
        # Every other order: its first jump after a reload, each in turn with the anchor.
        for sort in SortKey:
            for descending in (False, True):
                if any(sort == s and descending == d for _, s, d in cases):
                    continue
                app, base = [], []
                for _ in range(3):
                    queries = InteractionQueries(database)
                    queries.count(flt)
                    app.append(_ms(lambda q=queries, s=sort, d=descending: q.page(flt, deep, PAGE, s, d)))
                    base.append(_ms(anchor(database, deep)))
                way = "descending" if descending else "ascending"
                results.append((f"{backend} {total:,} rows: sorted by {sort.value} {way} at 90 %, first after a "
                                f"reload", statistics.median(app), statistics.median(base),
                                statistics.median(a / b for a, b in zip(app, base, strict=True))))  # fmt: skip
        for name, sort, descending in cases:
            queries = InteractionQueries(database)
            reload_ms = _ms(lambda q=queries: q.count(flt))
            first_ms = _ms(lambda q=queries, s=sort, d=descending: q.page(flt, deep, PAGE, s, d))
            # What the list does on the thread pool after each reload: every position mark of this order.
            prepare_ms = _ms(lambda q=queries, s=sort, d=descending: q.prepare(flt, s, d))
            app, base, ratios = [], [], []
            jumps = random.Random(19)
            for _ in range(rounds):
                offset = jumps.randrange(0, total - PAGE)  # anywhere in the list, as a user dragging the scroll bar
                app_ms = _ms(lambda q=queries, s=sort, d=descending, o=offset: q.page(flt, o, PAGE, s, d))
                anchor_ms = _ms(anchor(database, offset))
                app.append(app_ms)
                base.append(anchor_ms)
                ratios.append(app_ms / anchor_ms)
            label = f"{backend} {total:,} rows: {name}, random jumps once marked"
            results.append((label, statistics.median(app), statistics.median(base), statistics.median(ratios)))
            at_90 = f"{backend} {total:,} rows: {name} at 90 %"
            results.append((f"{at_90}, first after a reload (count {reload_ms:.0f} ms)", first_ms,
                            statistics.median(base), first_ms / statistics.median(base)))  # fmt: skip
            results.append((f"{backend} {total:,} rows: {name}, all position marks (background)", prepare_ms,
                            statistics.median(base), prepare_ms / statistics.median(base)))  # fmt: skip
            if before_rounds:
                old = [_ms(before(database, deep, sort, descending)) for _ in range(before_rounds)]
                results.append((f"{at_90}, the query before paging by index", statistics.median(old),
                                statistics.median(base), statistics.median(old) / statistics.median(base)))  # fmt: skip
    finally:
        database.dispose()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--before-rounds", type=int, default=1, help="runs of the old query (slow at 1M); 0: none")
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    print(f"{'figure':<95} {'app ms':>9} {'anchor ms':>9} {'ratio':>7}")
    for backend in backends:
        for label, app_ms, anchor_ms, ratio in measure(backend, args.rows, args.rounds, args.before_rounds):
            print(f"{label:<95} {app_ms:>9.1f} {anchor_ms:>9.1f} {ratio:>7.1f}", flush=True)
    print("anchor: a plain indexed SELECT of the same number of rows by primary key; target: a jump < 100 ms")


if __name__ == "__main__":
    main()
