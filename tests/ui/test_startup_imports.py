"""The first window imports only what the interaction list needs: the heavy libraries load when first used.

Each check runs in a fresh interpreter, since this test process has long imported everything."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qa_studio.storage.database import open_database, schema_heads

LIST_INDEXES = ("ix_interactions_channel_id", "ix_interactions_status_id", "ix_interactions_queue_id",
                "ix_interactions_duration_id", "ix_interactions_customer_id", "ix_interactions_agent_id_id",
                "ix_interactions_team_id_id")  # fmt: skip

# Loaded by the screens that use them (calibration statistics, spreadsheets, PDF reports, charts, audio playback,
# the transcription engine with NumPy and PyAV) or, for Alembic, only when the schema is not at the newest revision.
DEFERRED = (
    "scipy",
    "krippendorff",
    "openpyxl",
    "reportlab",
    "faster_whisper",
    "ctranslate2",
    "alembic",
    "PySide6.QtMultimedia",
    "PySide6.QtCharts",
    "numpy",
    "av",
)

_OPEN_WINDOW = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from qa_studio.settings import Settings
from qa_studio.storage.database import open_database
from qa_studio.ui.main_window import MainWindow
database = open_database(sys.argv[1])
from PySide6.QtCore import QEvent, QObject
window = MainWindow(database, Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
seen = []
class FirstPaint(QObject):
    def eventFilter(self, _watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen.append(sorted(name for name in sys.argv[3:] if name in sys.modules))
        return False
watcher = FirstPaint()
window.interactions.table.viewport().installEventFilter(watcher)
window.show()
while not seen:
    app.processEvents()
print(json.dumps(seen[0]))  # what the list's first paint needed; resumed transcriptions load the engine after it
"""


def _loaded(code: str, *args: str) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_importing_the_app_loads_none_of_the_deferred_libraries() -> None:
    code = "import json, sys\nimport qa_studio.ui.app\nprint(json.dumps(sorted(n for n in sys.argv[1:] if n in sys.modules)))"  # noqa: E501
    assert _loaded(code, *DEFERRED) == []


def test_opening_the_main_window_on_a_current_database_loads_none_of_them(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'qa.db'}"
    open_database(url).dispose()  # migrated here, so the window's process finds the schema current
    assert _loaded(_OPEN_WINDOW, url, str(tmp_path / "settings.ini"), *DEFERRED) == []


def test_a_database_at_an_older_revision_is_still_migrated_before_the_window(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'qa.db'}"
    from alembic import command

    database = open_database(url)
    config = database._alembic_config()
    with database.engine.begin() as connection:  # back to the schema before the list's indexes
        config.attributes["connection"] = connection
        command.downgrade(config, "0010_kpis")
    database.dispose()
    loaded = _loaded(_OPEN_WINDOW, url, str(tmp_path / "settings.ini"), "alembic")
    assert loaded == ["alembic"]  # the outdated schema needed Alembic, and got it
    database = open_database(url)
    with database.engine.connect() as connection:
        indexes = {row[1] for row in connection.exec_driver_sql("PRAGMA index_list('interactions')")}
    assert set(LIST_INDEXES) <= indexes
    assert database.stored_revisions() == schema_heads()
    database.dispose()


def test_interrupted_transcriptions_resume_once_the_list_is_painted(qtbot, sqlite_db, settings, monkeypatch) -> None:  # noqa: ANN001
    from qa_studio.ui.main_window import MainWindow
    from qa_studio.ui.tasks import TaskRunner

    resumed: list[bool] = []
    monkeypatch.setattr(MainWindow, "_resume_transcription", lambda self: resumed.append(True))
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    assert not resumed  # nothing before the window is on screen
    window.show()
    qtbot.waitUntil(lambda: resumed == [True], timeout=10_000)


def test_background_work_waits_for_the_first_rows_on_screen(qtbot, sqlite_db, settings, monkeypatch) -> None:  # noqa: ANN001
    """Pages are read on the thread pool, so the list's first paint is an empty frame; transcription, the watched
    folder and the day's database check start once the first rows are there, not in between."""
    from qa_studio.storage.models import Interaction
    from qa_studio.ui.main_window import MainWindow
    from qa_studio.ui.tasks import TaskRunner

    with sqlite_db.session() as session:
        session.add_all(Interaction(channel="chat", source_path=f"/chats/{n}.json", source_format="json",
                                    source_key=f"chat-{n}") for n in range(30))  # fmt: skip
    started: list[str] = []
    for name in ("_resume_transcription", "_start_watching", "_check_database"):
        monkeypatch.setattr(MainWindow, name, lambda self, name=name: started.append(
            name if self.interactions.model._pages.get(0) else f"{name} before the rows"))  # fmt: skip
    window = MainWindow(sqlite_db, settings, TaskRunner())  # the real thread pool
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(started) == 3, timeout=10_000)
    assert sorted(started) == ["_check_database", "_resume_transcription", "_start_watching"]
    window.runner.wait(10_000)


_START_APP = """
import gc, json, sys
import qa_studio.cli.app as cli_app
seen = {}
def opened(_db, args):  # where the app's start takes over: what the command line has loaded by then
    names = list(sys.modules)
    seen.update(gc_running=gc.isenabled(), db=args.db, names=[n for n in sys.argv[2:] if n in sys.modules],
                services_before_qt=names.index("qa_studio.services.interactions") < names.index("PySide6.QtCore"))
    return 0
cli_app._cmd_gui = opened
import qa_studio.cli
sys.argv = ["qa-studio", "--db", sys.argv[1]]
code = qa_studio.cli.main()
seen["gc_running_after"] = gc.isenabled()
print(json.dumps(seen))
"""


def test_opening_the_app_loads_no_command_module_and_the_services_before_qt(tmp_path: Path) -> None:
    """`qa-studio` with no command reads only the app's own options: each command's module loaded for the full
    parser cost a fifth of a second of the start. The services load before Qt, which reads the source of every
    module imported after it; and the garbage collector waits until the window's first rows are painted."""
    from qa_studio.cli.app import COMMAND_MODULES

    url = f"sqlite:///{tmp_path / 'qa.db'}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _START_APP, url, *COMMAND_MODULES], capture_output=True, text=True,
                          env=env, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["db"] == url and seen["names"] == []
    assert seen["services_before_qt"]
    assert seen["gc_running"] is False and seen["gc_running_after"] is True


def test_help_and_version_shortened_as_argparse_allows_are_not_the_app(capsys: pytest.CaptureFixture[str]) -> None:
    from qa_studio.cli.app import COMMAND_MODULES, _opens_gui, main

    assert not _opens_gui(["--hel"]) and not _opens_gui(["--vers"]) and _opens_gui(["--db", "x.db"])
    assert main(["--he"]) == 0
    listed = capsys.readouterr().out
    assert "gui" in listed and all(name.rsplit(".", 1)[1] in listed for name in COMMAND_MODULES[:3])


def test_the_app_command_line_still_refuses_what_it_does_not_know() -> None:
    from qa_studio.cli.app import build_parser
    from qa_studio.cli.common import UsageError

    parser = build_parser(commands_too=False)
    assert parser.parse_args(["--db", "sqlite:///x.db", "gui"]).db == "sqlite:///x.db"
    with pytest.raises(UsageError, match="--frobnicate"):
        parser.parse_args(["--frobnicate"])
    with pytest.raises(UsageError, match="--db"):
        parser.parse_args(["--db"])


def test_the_collector_is_paused_for_a_start_and_resumed_with_what_was_loaded_set_aside() -> None:
    import gc

    from qa_studio import startup

    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    startup.pause_collection()
    try:
        assert not gc.isenabled()
        startup.pause_collection()  # paused once: resumed once
        startup.resume_collection()
        assert gc.isenabled() and gc.get_freeze_count() == frozen
        startup.pause_collection()
        startup.resume_collection(freeze=True)  # the app, once its first rows are painted
        assert gc.isenabled() and gc.get_freeze_count() > frozen
        gc.unfreeze()
        gc.disable()  # turned off by someone else: not turned on by a start
        startup.pause_collection()
        startup.resume_collection()
        assert not gc.isenabled()
    finally:
        gc.enable()
        startup._paused = False


def test_an_agents_first_screen_starts_the_background_work_and_a_lead_who_takes_over_sees_the_list(
    qtbot, sqlite_db, settings, monkeypatch  # noqa: ANN001
) -> None:
    """An agent's list is never shown, so never painted: the day's check (and the app's collector) wait for My
    results instead. Before, they waited for the list's paint for the whole session."""
    from qa_studio.storage.models import Interaction
    from qa_studio.ui.main_window import MainWindow
    from qa_studio.ui.tasks import TaskRunner
    from tests.people import signed_in

    with sqlite_db.session() as session:
        session.add_all(Interaction(channel="chat", source_path=f"/chats/{n}.json", source_format="json",
                                    source_key=f"chat-{n}") for n in range(5))  # fmt: skip
    checked: list[bool] = []
    monkeypatch.setattr(MainWindow, "_check_database", lambda self: checked.append(True))
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=signed_in(sqlite_db, "王芳", "agent"))
    qtbot.addWidget(window)
    resumed: list[bool] = []
    window.after_first_paint(lambda: resumed.append(True))
    window.show()
    qtbot.waitUntil(lambda: checked == [True] and resumed == [True], timeout=10_000)
    assert window.pages.currentWidget() is window.my_results
    assert window.interactions.model.rowCount() == 0  # never read for an agent
    window.context.set_user(signed_in(sqlite_db, "周婷", "lead"))  # the lead signs in on this PC
    assert window.pages.currentWidget() is window.interactions
    qtbot.waitUntil(lambda: window.interactions.model.rowCount() == 5, timeout=10_000)


def test_a_wrong_option_when_opening_the_app_is_said_in_the_persons_language(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "LC_ALL": "zh_CN.UTF-8",
           "QA_STUDIO_HOME": str(tmp_path / "home")}  # fmt: skip
    done = subprocess.run([sys.executable, "-m", "qa_studio", "--frobnicate"], capture_output=True, text=True,
                          env=env, timeout=120)  # fmt: skip
    assert done.returncode == 1 and "无法识别的参数：--frobnicate" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
