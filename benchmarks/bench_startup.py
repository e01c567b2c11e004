"""Time to first paint of the main window, with the interaction list filled, against a bare PySide6 QMainWindow.

Usage:
  python benchmarks/bench_startup.py --rows 100000 [--backend sqlite|postgresql] [--rounds 5]
      runs the windows in fresh processes, in turn (qa-studio, bare, qa-studio without its seal, qa-studio, bare, …)
      and prints medians and the medians of the paired ratios to the bare window;
  python benchmarks/bench_startup.py --window command|app|bare [--rows N --backend B]
      one process that shows the window and exits at its first paint (to time with /usr/bin/time or a harness).
The "command" (qa-studio) arm is `qa-studio --db URL` as a person starts it, through the command line's own entry
point: its arguments read, translators installed, the database opened (header, seal, migration check, the keyring
asked once for a password), the person signed in, the shipped scorecards checked, the main window built, shown and
painted with the list's first page. The settings are those of someone who has used QA Studio before; the once-a-day
automatic backup is left out. The "app" window is the main window alone, built by this script (it imports Qt first
and keeps the garbage collector running, as a test would). Target: < 1 s. Figures on a shared machine are inflated by
its load: read the ratios.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

STARTED = time.perf_counter()
PAINTED: list[float] = []  # the wall-clock time of the first paint, which the parent process compares with its start
HERE = Path(__file__).parent


def _paint_then_quit(widget: object, app: object, ready: Callable[[], bool] = lambda: True) -> None:
    """Quit at the first paint of `widget` once `ready()`: for the app, once the list's first page is there."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and ready() and not PAINTED:
                PAINTED.append(time.time())
                app.exit(0)  # type: ignore[attr-defined]
            return False

    watcher = FirstPaint()
    widget.installEventFilter(watcher)  # type: ignore[attr-defined]
    app._first_paint = watcher  # type: ignore[attr-defined]


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView(window)
    window.setCentralWidget(table)
    window.resize(1280, 780)
    _paint_then_quit(table.viewport(), app)
    window.show()
    app.exec()
    print(f"first paint {1000 * (time.perf_counter() - STARTED):.0f} ms\npainted at {PAINTED[0]!r}")


def app_window(url: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from qa_studio.services.identity import IdentityService
    from qa_studio.settings import Settings
    from qa_studio.storage.database import open_database
    from qa_studio.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    settings = Settings(QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat))
    database = open_database(url, backup=False, daily_check="later")  # as `qa-studio` opens it
    user = IdentityService(database).current()
    window = MainWindow(database, settings, user=user)
    table = window.interactions.table
    # The list's first page read (on the thread pool) and painted, not just an empty frame.
    model = window.interactions.model
    _paint_then_quit(table.viewport(), app, lambda: model.rowCount() == 0 or model.row_at(0) is not None)
    window.show()
    app.exec()
    window.runner.wait(10_000)
    rows = window.interactions.model.rowCount()
    print(f"first paint {1000 * (PAINTED[0] - time.time()) + 1000 * (time.perf_counter() - STARTED):.0f} ms with "
          f"{rows} interactions listed\npainted at {PAINTED[0]!r}")  # fmt: skip
    if window._queue is not None:
        window.queue.shutdown()
    database.dispose()


def command(url: str) -> None:
    """`qa-studio --db URL` as a user starts it (the command line read, the translators, the shipped scorecards, the
    first-run checks), its window's first paint with the list's first page timed as in `app_window`."""
    import qa_studio.cli
    import qa_studio.cli.app as cli_app

    windows: list[object] = []

    def gui(_db: object, args: argparse.Namespace) -> int:  # the command's own handler, watching its window
        from qa_studio.console import quiet_media_logging

        quiet_media_logging()
        import qa_studio.ui.app as ui_app

        opened = ui_app.Windows.open

        def open_watched(self: object, database: object, user: object) -> object:
            window = opened(self, database, user)  # type: ignore[arg-type]
            model = window.interactions.model
            ready = lambda: model.rowCount() == 0 or model.row_at(0) is not None  # noqa: E731
            _paint_then_quit(window.interactions.table.viewport(), ui_app.QApplication.instance(), ready)
            windows.append(window)
            return window

        ui_app.Windows.open = open_watched  # type: ignore[method-assign]
        return ui_app.run_gui(args.db)

    cli_app._cmd_gui = gui  # type: ignore[assignment]
    sys.argv = ["qa-studio", "--db", url]
    qa_studio.cli.main()
    rows = windows[0].interactions.model.rowCount()  # type: ignore[attr-defined]
    print(f"first paint {1000 * (PAINTED[0] - time.time()) + 1000 * (time.perf_counter() - STARTED):.0f} ms with "
          f"{rows} interactions listed\npainted at {PAINTED[0]!r}")  # fmt: skip


def _one(args: list[str]) -> float:
    """From starting the process to its window's first paint (what happens after it, closing down, is not counted)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.time()
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, timeout=600, env=env)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    painted = float(done.stdout.split("painted at ")[1].split()[0])
    return (painted - started) * 1000


def compare(rows: int, backend: str, rounds: int) -> dict[str, tuple[float, float]]:
    """Per arm, (median ms, median of the paired ratios to the bare window), each a process from start to the list's
    first rows on screen, the arms run in turn: qa-studio, a bare QMainWindow, and qa-studio opening the file as
    before its seal (SQLite's quick check at every open: the seal forgotten before each of its starts)."""
    sys.path.insert(0, str(HERE))
    from scale_data import database_url

    url = database_url(backend, rows)
    seals = Path(os.environ["QA_STUDIO_HOME"]) / "checked_databases.json"
    _one(["--window", "app", "--url", url])  # warm-up: files in the page cache, as at a second start
    _one(["--window", "command", "--url", url])
    times: dict[str, list[float]] = {"qa-studio": [], "bare": [], "quick check at every open": []}
    for _ in range(rounds):
        times["qa-studio"].append(_one(["--window", "command", "--url", url]))
        times["bare"].append(_one(["--window", "bare"]))
        if backend == "sqlite":
            seals.unlink(missing_ok=True)
            times["quick check at every open"].append(_one(["--window", "command", "--url", url]))
    bare_ms = times["bare"]
    return {
        arm: (statistics.median(ms), statistics.median(a / b for a, b in zip(ms, bare_ms, strict=False)))
        for arm, ms in times.items()
        if ms
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", choices=["command", "app", "bare"])
    parser.add_argument("--url", help="database for --window app (default: the cached benchmark database)")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QA_STUDIO_HOME", tempfile.mkdtemp(prefix="qa-studio-bench-home-"))
    if "XDG_CONFIG_HOME" not in os.environ:  # the command's settings: a person who has used QA Studio before
        config = Path(tempfile.mkdtemp(prefix="qa-studio-bench-config-"))
        (config / "QA Studio").mkdir()
        (config / "QA Studio" / "QA Studio.conf").write_text("[ui]\nfirst_run_done=true\n")
        os.environ["XDG_CONFIG_HOME"] = str(config)
    if args.window == "bare":
        bare()
    elif args.window in ("app", "command"):
        if args.url is None:
            sys.path.insert(0, str(HERE))
            from scale_data import database_url

            args.url = database_url(args.backend, args.rows)
        (command if args.window == "command" else app_window)(args.url)
    else:
        # A user's Python keeps each module's compiled bytecode after the first start (pip compiles an installed
        # package; an editable one is compiled at its first import). With PYTHONDONTWRITEBYTECODE set, as on some
        # build machines, every timed start would compile QA Studio's sources again (~130 ms): compile them once.
        if not compileall.compile_dir(HERE.parent / "qa_studio", quiet=1):
            raise SystemExit("QA Studio's sources did not compile")
        print(f"bytecode of QA Studio's modules compiled once (PYTHONDONTWRITEBYTECODE is "
              f"{os.environ.get('PYTHONDONTWRITEBYTECODE') or 'not set'})", flush=True)
        for arm, (ms, ratio) in compare(args.rows, args.backend, args.rounds).items():
            print(f"first rows on screen, {args.backend} {args.rows:,} interactions, {arm:<26} {ms:>6.0f} ms, "
                  f"ratio to bare QMainWindow {ratio:.2f}" + (" (target: < 1000 ms)" if arm == "qa-studio" else ""),
                  flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
