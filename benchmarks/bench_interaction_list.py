"""Opening the interaction list on a 100,000-interaction database: time to first paint and per page scroll.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/bench_interaction_list.py [--rows N] [--db URL]
Targets: first paint < 500 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from qa_studio.services.interactions import InteractionQueries  # noqa: E402
from qa_studio.settings import Settings  # noqa: E402
from qa_studio.storage.database import Database, open_database  # noqa: E402
from qa_studio.storage.models import Agent, Interaction, Team  # noqa: E402
from qa_studio.ui.interactions.list_view import InteractionList  # noqa: E402


def fill(database: Database, rows: int) -> None:
    rng = random.Random(7)
    with database.engine.begin() as connection:
        connection.execute(insert(Team), [{"name": "After-sales 售后一组"}, {"name": "Cross-border 跨境组"}])
        connection.execute(insert(Agent), [{"name": f"Agent {n:02d} 坐席", "team_id": 1 + n % 2} for n in range(60)])
        start = datetime(2025, 1, 1)
        batch = []
        for number in range(rows):
            agent = rng.randint(1, 60)
            batch.append(
                {
                    "channel": rng.choice(["call", "chat", "chat", "email"]),
                    "direction": "inbound",
                    "queue": rng.choice(["Delivery", "Returns", "Billing", "投诉"]),
                    "started_at": start + timedelta(minutes=5 * number),
                    "duration_ms": rng.randint(30_000, 900_000),
                    "agent_id": agent,
                    "team_id": 1 + (agent - 1) % 2,
                    "customer_ref": f"C{rng.randint(1, 40_000)}",
                    "status": rng.choice(["new", "transcribed", "evaluated"]),
                    "source_path": f"/recordings/2025/{number:06d}.wav",
                    "source_format": "audio",
                    "source_key": f"bench:{number}",
                    "role_rules": [],
                    "message_count": 0,
                }
            )
            if len(batch) == 10_000:
                connection.execute(insert(Interaction), batch)
                batch = []
        if batch:
            connection.execute(insert(Interaction), batch)


class PaintWatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def wait_for_paint(app: QApplication, watcher: PaintWatcher) -> None:
    watcher.painted = False
    while not watcher.painted:
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--db")
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(args.db or f"sqlite:///{Path(tmp) / 'list.db'}")
        filled = time.perf_counter()
        fill(database, args.rows)
        print(f"filled {args.rows} interactions in {time.perf_counter() - filled:.1f} s")
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        watcher = PaintWatcher()

        started = time.perf_counter()
        widget = InteractionList(InteractionQueries(database), settings)
        widget.resize(1280, 760)
        widget.table.viewport().installEventFilter(watcher)
        widget.refresh()
        widget.show()
        wait_for_paint(app, watcher)
        first_paint_ms = (time.perf_counter() - started) * 1000
        total_rows = widget.model.rowCount()

        bar = widget.table.verticalScrollBar()
        timings = []
        rng = random.Random(3)
        for _ in range(40):
            target = rng.randint(0, bar.maximum())
            step = time.perf_counter()
            bar.setValue(target)
            wait_for_paint(app, watcher)
            timings.append((time.perf_counter() - step) * 1000)
        page_steps = []
        for _ in range(40):
            step = time.perf_counter()
            bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
            wait_for_paint(app, watcher)
            page_steps.append((time.perf_counter() - step) * 1000)

        search_started = time.perf_counter()
        widget.filters.search.setText("C1234")
        widget.filters._emit()
        wait_for_paint(app, watcher)
        search_ms = (time.perf_counter() - search_started) * 1000

        print(f"rows: {total_rows} -> first paint: {first_paint_ms:.0f} ms (target < 500)")
        print(
            f"page scroll: median {statistics.median(page_steps):.1f} ms, max {max(page_steps):.1f} ms; "
            f"random jump: median {statistics.median(timings):.1f} ms, max {max(timings):.1f} ms"
        )
        print(f"free-text search over {args.rows} interactions: {search_ms:.0f} ms ({widget.model.rowCount()} hits)")
        widget.close()
        database.dispose()


if __name__ == "__main__":
    main()
