"""Evaluations → Recurring work…, driven as a person would: a lead sees what recurs and whether it is due, pauses it
(nothing is due while paused) and resumes it; a reviewer reads the list and the database refuses their change."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from qa_studio.services.directory import user_by_name
from qa_studio.services.recurrence import Cadence, RecurrenceService, WorkKind
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import Database
from qa_studio.ui.queue.recurring_dialog import RecurringWorkDialog

MONDAY = date(2026, 12, 7)  # ISO week 50: the last complete week is 2026-W49


def _service(database: Database, today: list[date]) -> RecurrenceService:
    with database.session() as session:
        user_by_name(session, "周婷", "lead")
        user_by_name(session, "刘洋", "reviewer")
    ScorecardService(database).ensure_shipped()
    service = RecurrenceService(database, lambda: today[0])
    service.add("Weekly chats", WorkKind.SAMPLING, Cadence.WEEKLY, {"reviewers": ["刘洋", "赵磊"], "per_agent": 2},
                "周婷")  # fmt: skip
    service.add("Monthly calibration", WorkKind.CALIBRATION, Cadence.MONTHLY,
                {"reviewers": ["刘洋", "赵磊"], "scorecard": "chat_standard", "items": 3}, "周婷")  # fmt: skip
    return service


def _row(dialog: RecurringWorkDialog, name: str) -> list[str]:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 0).text() == name:
            return [dialog.table.item(row, column).text() for column in range(dialog.COLUMNS)]
    raise AssertionError(f"{name} not listed")


def _select(dialog: RecurringWorkDialog, name: str) -> None:
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == name)
    dialog.table.selectRow(row)


def test_a_lead_sees_what_recurs_and_pauses_and_resumes_it(qtbot, sqlite_db: Database) -> None:  # noqa: ANN001
    today = [MONDAY]
    service = _service(sqlite_db, today)
    dialog = RecurringWorkDialog(service, "周婷", True)
    qtbot.addWidget(dialog)
    assert _row(dialog, "Weekly chats") == ["Weekly chats", "Sample", "Weekly", "2 per agent → 刘洋、赵磊", "not yet",
                                            "Due for 2026-W49"]  # fmt: skip
    assert _row(dialog, "Monthly calibration")[1:4] == ["Calibration session", "Monthly",
                                                        "3 interactions on chat_standard → 刘洋、赵磊"]  # fmt: skip
    assert not dialog.pause_button.isEnabled() and not dialog.resume_button.isEnabled()  # nothing chosen yet

    _select(dialog, "Weekly chats")
    assert dialog.pause_button.isEnabled() and not dialog.resume_button.isEnabled()
    qtbot.mouseClick(dialog.pause_button, Qt.MouseButton.LeftButton)
    assert _row(dialog, "Weekly chats")[5] == "Paused" and dialog.problem.text() == ""
    assert [d.name for d in service.due()] == ["Monthly calibration"]  # a paused one is never due
    assert dialog.selected() == "Weekly chats" and dialog.resume_button.isEnabled()

    qtbot.mouseClick(dialog.resume_button, Qt.MouseButton.LeftButton)
    assert _row(dialog, "Weekly chats")[5] == "Due for 2026-W49"
    service.create_due("周婷")
    dialog.refresh()
    assert _row(dialog, "Weekly chats")[4:] == ["2026-W49", "Made for 2026-W49"]
    today[0] = MONDAY + timedelta(days=7)
    dialog.refresh()
    assert _row(dialog, "Weekly chats")[4:] == ["2026-W49", "Due for 2026-W50"]


def test_a_reviewer_reads_the_list_and_cannot_pause_it(qtbot, sqlite_db: Database) -> None:  # noqa: ANN001
    service = _service(sqlite_db, [MONDAY])
    dialog = RecurringWorkDialog(service, "刘洋", False)
    qtbot.addWidget(dialog)
    _select(dialog, "Weekly chats")
    assert not dialog.pause_button.isEnabled() and "leads and administrators" in dialog.problem.text()
    # The service decides, not the buttons: a reviewer's attempt is refused and said so; nothing changes.
    dialog.may_edit = True
    dialog._update_buttons()
    qtbot.mouseClick(dialog.pause_button, Qt.MouseButton.LeftButton)
    assert "only a lead or an administrator" in dialog.problem.text()
    assert all(work.active for work in service.works())
