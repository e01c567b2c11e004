"""The calibration window on a laptop (1366×768) and a 1920×1080 screen at 150 %: every session listed without
scrolling, every statistic's header and value whole on its one line."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import QStyle, QTableView

from qa_studio.services.calibration_sessions import CalibrationService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.scorecards import ScorecardService
from qa_studio.ui import geometry
from qa_studio.ui.calibration.window import CalibrationWindow
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.tasks import TaskRunner
from tests.people import signed_in
from tests.ui.test_window_fit import SCREENS


def _margin(table: QTableView) -> int:
    """Qt's padding on each side of a cell's or a header's text."""
    return table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1


def _clipped_headers(table: QTableView) -> list[str]:
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    found = []
    for column in range(table.model().columnCount()):
        text = table.model().headerData(column, Qt.Orientation.Horizontal)
        if metrics.horizontalAdvance(text) + 2 * _margin(table) > header.sectionSize(column):
            found.append(text)
    return found


def _clipped_values(table: QTableView, columns: tuple[int, ...]) -> list[str]:
    metrics = table.fontMetrics()
    model = table.model()
    found = []
    for row in range(model.rowCount()):
        for column in columns:
            text = model.index(row, column, QModelIndex()).data() or ""
            if metrics.horizontalAdvance(text) + 2 * _margin(table) > table.columnWidth(column):
                found.append(text)
    return found


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_calibration_window_shows_its_sessions_and_statistics_whole(qtbot, demo_db, settings, monkeypatch,
                                                                         screen: str) -> None:  # noqa: ANN001 # fmt: skip
    monkeypatch.setattr(geometry, "available_geometry", lambda _widget=None: QRect(SCREENS[screen]))
    calls = [r.id for r in InteractionQueries(demo_db).iterate(InteractionFilter(channel="call"))][:2]
    version = ScorecardService(demo_db).latest_version_id("phone_call_standard")
    # A fifth session beside the demo's four, as a lead has after a few months.
    CalibrationService(demo_db).create("December calibration — calls 十二月校准（通话）", version, calls,
                                       ["刘洋", "Sarah Lee", "赵磊"], "周婷")  # fmt: skip
    main = MainWindow(demo_db, settings, TaskRunner(synchronous=True), user=signed_in(demo_db, "周婷", "lead"))
    qtbot.addWidget(main)
    window: CalibrationWindow = main.show_calibration()
    qtbot.waitExposed(window)
    sessions = window.sessions_table
    assert window.sessions.rowCount() == 5
    assert sessions.verticalScrollBar().maximum() == 0, "the session list scrolls although the window has room"
    assert not _clipped_values(sessions, (1, 2, 3, 4))  # state, "phone_call_standard v1", reviewers, date

    closed = next(n for n, s in enumerate(window.sessions.rows) if s.state == "closed")
    sessions.selectRow(closed)
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.criterion_stats.rowCount() > 0)
    criteria, reviewers = window.criterion_table, window.reviewer_table
    assert not _clipped_headers(criteria)  # "Fleiss' kappa (95 % CI)" and the others, whole
    assert not _clipped_values(criteria, (1, 2, 3, 4))  # "1.00  [1.00, 1.00]" on its own line
    assert not _clipped_headers(reviewers)
    line = criteria.fontMetrics().lineSpacing()
    assert all(criteria.rowHeight(row) >= line for row in range(criteria.model().rowCount()))
    assert not criteria.wordWrap()  # a long value is cut with "…", never wrapped into the row below
    assert reviewers.verticalScrollBar().maximum() == 0, "each reviewer's figures are in view"
    assert window.grid_table.viewport().height() >= 3 * window.grid_table.rowHeight(0)
    assert criteria.viewport().height() >= 3 * criteria.rowHeight(0)


def test_the_demos_drift_over_time_has_a_month_between_its_two_chat_calibrations(qtbot, demo_db, settings) -> None:  # noqa: ANN001
    main = MainWindow(demo_db, settings, TaskRunner(synchronous=True), user=signed_in(demo_db, "周婷", "lead"))
    qtbot.addWidget(main)
    window: CalibrationWindow = main.show_calibration()
    window.tabs.setCurrentIndex(2)  # drift over time
    qtbot.waitUntil(lambda: window.drift.columnCount() == 3)  # each reviewer, then one column per session
    september, october = (window.drift.headerData(n, Qt.Orientation.Horizontal) for n in (1, 2))
    assert "September calibration" in september and "October calibration" in october
    # Whole titles, on lines narrow enough for the window to fit a laptop, and whole in the tooltip.
    assert september.split("\n")[1:] == ["September calibration —", "chats 九月校准（在线）"]
    assert window.drift.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "September calibration — chats 九月校准（在线）")
    held = [date.fromisoformat(header.split("\n")[0]) for header in (september, october)]
    assert 28 <= (held[1] - held[0]).days <= 31 and held[1] < date.today()
    assert all(window.drift.index(row, 2).data() for row in range(window.drift.rowCount()))
