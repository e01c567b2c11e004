"""Drawing a sample in the GUI: a preview that names the rule behind every item and every agent short of the
quota, then assignment into the reviewer's queue, which opens the interaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from qa_studio.services.imports import ImportService
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.queue.models import ID_ROLE
from qa_studio.ui.tasks import TaskRunner
from tests.people import signed_in
from tests.ui.helpers import double_click

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"


def test_preview_assign_and_open_from_the_queue(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    ImportService(sqlite_db).run([CHATS], actor="tester")
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=signed_in(sqlite_db, "刘洋"))
    qtbot.addWidget(window)
    assert window.work_panel.queue.rowCount() == 0

    dialog = window.show_sample_dialog()
    qtbot.addWidget(dialog)
    dialog.per_agent.setValue(2)
    dialog.new_reviewer.setText("刘洋")
    dialog.new_reviewer.returnPressed.emit()
    assert dialog.chosen_reviewers() == ["刘洋"]
    dialog.preview_button.click()
    preview = dialog.preview.rows
    assert preview and all(line.reviewer == "刘洋" for line in preview)
    assert all(line.item.rule for line in preview)  # every item says which rule picked it
    assert "Preview only" in dialog.summary.text()
    assert "only 1 of 2" in dialog.summary.text()  # an agent with one chat is reported, not skipped
    assert window.work_panel.queue.rowCount() == 0  # nothing stored by a preview

    dialog.assign_button.click()
    assert f"{len(preview)} assigned" in dialog.summary.text()
    queue = window.work_panel.queue
    assert queue.rowCount() == len(preview)
    picked_by = [queue.index(r, 3).data() for r in range(queue.rowCount())]
    assert all(text.startswith(line.item.rule) for text, line in zip(picked_by, preview, strict=True))
    quota = window.work_panel.quota
    reviewer_line = next(line for line in quota.rows if line.kind == "reviewer")
    assert (reviewer_line.name, reviewer_line.done, reviewer_line.total) == ("刘洋", 0, len(preview))

    opened = []
    window.work_panel.open_interaction.connect(opened.append)
    table = window.work_panel.queue_table
    window.show()
    double_click(table, queue.index(0, 0))
    assert opened == [queue.index(0, 0).data(ID_ROLE)]  # one double-click, one request


def test_a_plan_that_does_not_add_up_is_explained(qtbot, sqlite_db, settings, monkeypatch) -> None:  # noqa: ANN001
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    dialog = window.show_sample_dialog()
    qtbot.addWidget(dialog)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog.shares["call"].setValue(60)
    dialog.shares["chat"].setValue(30)
    dialog.new_reviewer.setText("刘洋")
    dialog.new_reviewer.returnPressed.emit()
    assert dialog.run(save=False) is None
    assert warnings and "add up to 100 %" in warnings[0] and "90 %" in warnings[0]


def test_a_reviewer_finds_open_calibrations_in_their_queue(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    from qa_studio.services.calibration_sessions import CalibrationService
    from qa_studio.services.directory import user_by_name
    from qa_studio.services.interactions import InteractionFilter, InteractionQueries
    from qa_studio.services.scorecards import ScorecardService

    ScorecardService(sqlite_db).ensure_shipped()
    ImportService(sqlite_db).run([CHATS], actor="tester")
    with sqlite_db.session() as session:
        user_by_name(session, "周婷", "lead")
    chats = [r.id for r in InteractionQueries(sqlite_db).iterate(InteractionFilter(channel="chat"))][:2]
    version = ScorecardService(sqlite_db).latest_version_id("chat_standard")
    session_id = CalibrationService(sqlite_db).create("Week 48", version, chats, ["刘洋", "Sarah Lee"], "周婷")
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=signed_in(sqlite_db, "刘洋"))
    qtbot.addWidget(window)
    window.show()  # the panel is filled once the list's first rows are on screen
    calibrations = window.work_panel.calibrations
    qtbot.waitUntil(lambda: [row.title for row in calibrations.rows] == ["Week 48"])
    assert window.work_panel.tabs.tabText(4).endswith("(1)")
    window.work_panel.tabs.setCurrentIndex(4)
    double_click(window.work_panel.calibration_table, calibrations.index(0, 0))
    calibration = next(w for w in window.findChildren(QWidget) if w.objectName() == "calibrationWindow")
    qtbot.addWidget(calibration)
    assert calibration.selected_session().id == session_id
