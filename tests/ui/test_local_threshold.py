"""A repeated-failure threshold a lead had set on their own computer (where QA Studio 1 kept it) becomes the team's
standard on their first start, once; a reviewer's computer carries nothing, and a standard the team has set since
is not overwritten (the computer's value is forgotten then)."""

from __future__ import annotations

from qa_studio.services.kpis import KpiService
from qa_studio.settings import LOCAL_REPEAT_THRESHOLD
from qa_studio.storage.database import Database
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.tasks import TaskRunner
from tests.people import signed_in


def _start(qtbot, database: Database, settings, name: str, role: str) -> MainWindow:  # noqa: ANN001
    window = MainWindow(database, settings, TaskRunner(synchronous=True), user=signed_in(database, name, role))
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_leads_own_threshold_becomes_the_teams_once(qtbot, sqlite_db: Database, settings) -> None:  # noqa: ANN001
    kpis = KpiService(sqlite_db)
    assert kpis.standards().repeat_threshold == 3
    settings.set(LOCAL_REPEAT_THRESHOLD, 5)
    _start(qtbot, sqlite_db, settings, "刘洋", "reviewer")
    qtbot.wait(200)
    assert kpis.standards().repeat_threshold == 3 and settings.get(LOCAL_REPEAT_THRESHOLD) == 5  # not a reviewer's

    _start(qtbot, sqlite_db, settings, "周婷", "lead")
    qtbot.waitUntil(lambda: kpis.standards().repeat_threshold == 5, timeout=5000)
    qtbot.waitUntil(lambda: settings.get(LOCAL_REPEAT_THRESHOLD) == 0, timeout=5000)


def test_the_teams_own_standard_wins(qtbot, sqlite_db: Database, settings) -> None:  # noqa: ANN001
    signed_in(sqlite_db, "周婷", "lead")
    kpis = KpiService(sqlite_db)
    kpis.set_standards("周婷", repeat_threshold=4)
    settings.set(LOCAL_REPEAT_THRESHOLD, 6)
    _start(qtbot, sqlite_db, settings, "周婷", "lead")
    qtbot.waitUntil(lambda: settings.get(LOCAL_REPEAT_THRESHOLD) == 0, timeout=5000)  # settled: the team's stands
    assert kpis.standards().repeat_threshold == 4
