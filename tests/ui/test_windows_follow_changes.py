"""Open windows follow changes made elsewhere through the change bus: no stale counts or warnings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from qa_studio.services.calibration_sessions import CalibrationService
from qa_studio.services.directory import user_by_name
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.scorecards import ScorecardService
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.tasks import TaskRunner
from tests.chat_answers import ALL_MET
from tests.people import signed_in

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"


def test_the_lead_sees_her_session_and_a_finished_scoring_is_not_called_unfinished(
    qtbot,
    sqlite_db,
    settings,
    monkeypatch,  # noqa: ANN001
) -> None:
    ScorecardService(sqlite_db).ensure_shipped()
    ImportService(sqlite_db).run([CHATS / "livechat.json"], actor="tester")
    chat = next(r.id for r in InteractionQueries(sqlite_db).iterate(InteractionFilter(channel="chat")))
    with sqlite_db.session() as session:
        user_by_name(session, "Sarah Lee", "reviewer")
    reviewer = signed_in(sqlite_db, "刘洋", "reviewer")
    lead = signed_in(sqlite_db, "周婷", "lead")
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=lead)
    qtbot.addWidget(window)
    window.show()  # the work panel is filled once the list's first rows are on screen
    qtbot.waitUntil(lambda: window.work_panel.tabs.tabText(4).endswith("(0)"))

    version = ScorecardService(sqlite_db).latest_version_id("chat_standard")
    calibration = window.show_calibration()
    qtbot.addWidget(calibration)
    calibrations = CalibrationService(sqlite_db)
    session_id = calibrations.create("Week 49", version, [chat], ["刘洋", "Sarah Lee"], "周婷")
    calibration._created(session_id)
    # The lead runs the session without scoring in it: My work lists it without a manual refresh.
    qtbot.waitUntil(lambda: window.work_panel.tabs.tabText(4).endswith("(1)"))
    calibration.select_session(session_id)
    calibration.load_session()
    assert "0 of 2" in calibration.progress.text()

    # Sarah Lee scores on her own computer; 刘洋 takes over this one and scores in a window beside the board.
    evaluations = EvaluationService(sqlite_db)
    sarahs = calibrations.start(session_id, chat, "Sarah Lee")
    evaluations.save_draft(sarahs, ALL_MET, None, evaluations.get(sarahs, viewer="Sarah Lee").row_version)
    evaluations.submit(sarahs, "Sarah Lee")
    window.context.set_user(reviewer)
    dialog = window.open_calibration_item(session_id, chat)
    qtbot.addWidget(dialog)
    panel = dialog.scoring
    for key, answer in ALL_MET.items():
        panel.widgets[key].set_answer(answer)
    panel.submit()
    assert panel.read_only, panel.status.text()
    window.context.set_user(lead)
    qtbot.waitUntil(lambda: "2 of 2" in calibration.progress.text())  # the board followed both submissions

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args) or QMessageBox.StandardButton.No)
    assert calibration.reveal()
    assert not asked  # no "1 scoring(s) are not finished" when all are
