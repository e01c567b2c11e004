"""`qa-studio list --json` over the whole list and `--limit 10`, each against its anchor: a process that runs a plain
indexed SELECT of the same rows and writes them as JSON.

Usage: python benchmarks/bench_cli_list.py [--rows 100000] [--limit-rows 1000000] [--backend sqlite|postgresql]
       [--rounds 3] [--only whole|limit]
The app's first run (not timed) saves the list query, so the timed runs take the quick path (cli/quick_list.py) where
it applies, as a user's second `list` does.
Targets: the whole list at 100,000 < 3 s, --limit 10 at 1,000,000 < 0.5 s. Figures on a shared machine are inflated
by its load: read the ratios.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
COLUMNS = ("id, channel, started_at, duration_ms, agent_id, team_id, queue, status, customer_ref, external_id, "
           "subject, source_path, message_count")  # fmt: skip


def anchor(url: str, limit: int | None) -> None:
    """The plain SELECT in order of the started_at index, written as JSON a row at a time."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    sql = f"SELECT {COLUMNS} FROM interactions ORDER BY started_at, id" + (f" LIMIT {int(limit)}" if limit else "")
    out = sys.stdout
    with engine.connect() as connection:
        out.write("[")
        for number, row in enumerate(connection.execution_options(stream_results=True).execute(text(sql))):
            out.write(("," if number else "") + json.dumps(dict(row._mapping), ensure_ascii=False, default=str))
        out.write("]\n")


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=900)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return (time.perf_counter() - started) * 1000


def compare(url: str, limit: int | None, rounds: int) -> tuple[float, float, float]:
    app_command = [sys.executable, "-m", "qa_studio", "--db", url, "list", "--json"] + (
        ["--limit", str(limit)] if limit else []
    )
    anchor_command = [sys.executable, __file__, "--anchor", url] + (["--limit", str(limit)] if limit else [])
    _timed(app_command)  # warm-up, and the first sign-in on a database without users
    app, base, ratios = [], [], []
    for _ in range(rounds):
        app.append(_timed(app_command))
        base.append(_timed(anchor_command))
        ratios.append(app[-1] / base[-1])
    return statistics.median(app), statistics.median(base), statistics.median(ratios)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--anchor", metavar="URL")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--limit-rows", type=int, default=1_000_000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", choices=["whole", "limit"], help="one of the two figures")
    args = parser.parse_args()
    if args.anchor:
        anchor(args.anchor, args.limit)
        return
    sys.path.insert(0, str(HERE))
    from scale_data import database_url

    for backend in ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]:
        for rows, limit, target in ((args.rows, None, 3000), (args.limit_rows, 10, 500)):
            if args.only and args.only != ("limit" if limit else "whole"):
                continue
            app_ms, anchor_ms, ratio = compare(database_url(backend, rows), limit, args.rounds)
            what = f"list --json{f' --limit {limit}' if limit else ''}, {backend} {rows:,} interactions"
            print(f"{what:<60} app {app_ms:>7.0f} ms  anchor {anchor_ms:>7.0f} ms  ratio {ratio:>5.2f}  "
                  f"(target < {target} ms)", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
