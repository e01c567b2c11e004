"""A calibration through the app: the lead sets up a session, a reviewer scores an item blind in the scoring
panel, the results stay hidden until the lead reveals them, then the grid, statistics, notes, the consensus and
closing."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from qa_studio.reports.figures import interval_text, number_text
from qa_studio.scoring.engine import Answer
from qa_studio.services.calibration_sessions import CalibrationService
from qa_studio.services.directory import user_by_name
from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.scorecards import ScorecardService
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.tasks import TaskRunner
from tests.people import signed_in

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"
BASE = {
    "first_response": Answer("yes"), "greeting": Answer("yes"), "verification": Answer(not_applicable=True),
    "need_analysed": Answer(4), "accuracy": Answer("accurate"), "relevance": Answer(4), "clarity": Answer(5),
    "empathy": Answer("yes"), "forbidden": Answer([]), "no_long_wait": Answer("yes"),
    "confirm_satisfaction": Answer("yes"), "closing_script": Answer("yes"), "proactive": Answer(not_applicable=True),
}  # fmt: skip


@pytest.fixture
def chats(sqlite_db):  # noqa: ANN001, ANN201
    ScorecardService(sqlite_db).ensure_shipped()
    ImportService(sqlite_db).run([CHATS], actor="tester")
    with sqlite_db.session() as session:
        user_by_name(session, "周婷", "lead")
        for name in ("刘洋", "Sarah Lee", "赵磊"):
            user_by_name(session, name, "reviewer")
    return [r.id for r in InteractionQueries(sqlite_db).iterate(InteractionFilter(channel="chat"))][:2]


def _window(qtbot, sqlite_db, settings, user: str):  # noqa: ANN001, ANN202
    main = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=signed_in(sqlite_db, user))
    qtbot.addWidget(main)
    window = main.show_calibration()
    qtbot.addWidget(window)
    return main, window


def test_lead_sets_up_a_session_in_the_dialog(qtbot, sqlite_db, settings, chats) -> None:  # noqa: ANN001
    _main, window = _window(qtbot, sqlite_db, settings, "周婷")
    dialog = window.new_session()
    qtbot.addWidget(dialog)
    dialog.title.setText("Week 47 chats")
    dialog.scorecard.setCurrentIndex(next(i for i in range(dialog.scorecard.count())
                                          if "Chat" in dialog.scorecard.itemText(i)))  # fmt: skip
    assert not dialog.create() and "at least one interaction" in dialog.problem.text()
    for chat in chats:
        dialog.picks.pick(chat)
    assert dialog.chosen_reviewers() == ["Sarah Lee", "刘洋", "赵磊"]  # reviewers ticked, the lead not
    assert dialog.create()
    assert [s.title for s in window.sessions.rows] == ["Week 47 chats"]
    assert window.selected_session().title == "Week 47 chats"
    assert window.board.rowCount() == 3 and window.board.columnCount() == 3
    assert window.results_stack.currentIndex() == 0  # results hidden before the reveal


def test_blind_scoring_reveal_results_consensus_and_close(qtbot, sqlite_db, settings, chats, monkeypatch) -> None:  # noqa: ANN001
    """Three reviewers, from creating the session in the dialog to the consensus and closing."""
    service = CalibrationService(sqlite_db)
    _lead_main, setup = _window(qtbot, sqlite_db, settings, "周婷")
    dialog = setup.new_session()
    qtbot.addWidget(dialog)
    dialog.title.setText("Blind")
    dialog.scorecard.setCurrentIndex(next(i for i in range(dialog.scorecard.count())
                                          if "Chat" in dialog.scorecard.itemText(i)))  # fmt: skip
    for chat in chats:
        dialog.picks.pick(chat)
    assert dialog.create()
    session_id = dialog.created_id
    setup.close()
    for chat in chats:
        service.score(session_id, chat, {**BASE, "clarity": Answer(2)}, "Sarah Lee")
        service.score(session_id, chat, {**BASE, "greeting": Answer("no")}, "赵磊")

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    main, window = _window(qtbot, sqlite_db, settings, "刘洋")
    window.board_table.setCurrentIndex(window.board.index(0, 1))
    opened = []
    window.score_requested.connect(lambda session, item: opened.append(main.open_calibration_item(session, item)))
    window.score_item()
    dialog = opened[0]
    qtbot.addWidget(dialog)
    panel = dialog.scoring
    assert not panel.review_button.isVisibleTo(panel)  # practice scores have no dispute workflow
    for key, answer in BASE.items():
        panel.widgets[key].set_answer(answer)
    panel.submit()
    assert panel.read_only, panel.status.text()
    service.score(session_id, chats[1], BASE, "刘洋")
    window.refresh()
    assert "6 of 6" in window.progress.text()
    assert window.results_stack.currentIndex() == 0
    assert not window.reveal()  # a reviewer may not reveal
    assert "only a lead" in warnings[-1]
    window.close()

    _main, lead = _window(qtbot, sqlite_db, settings, "周婷")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert lead.reveal()
    assert lead.results_stack.currentIndex() == 1
    assert lead.grid.rowCount() > 10 and lead.grid.columnCount() == 4  # criterion + 3 reviewers, no benchmark yet
    clarity = next(r for r in range(lead.grid.rowCount()) if lead.grid.rows[r][0] == "clarity")
    assert lead.grid.index(clarity, 1).data(Qt.ItemDataRole.BackgroundRole) is not None or \
        lead.grid.index(clarity, 2).data(Qt.ItemDataRole.BackgroundRole) is not None  # fmt: skip
    assert lead.reviewer_stats.rowCount() == 3 and lead.criterion_stats.rowCount() >= 10
    overall = lead.results.stats.overall
    if math.isfinite(overall.icc_2_1.lower):  # the ICC interval is shown beside the ICC wherever it is
        assert interval_text((overall.icc_2_1.lower, overall.icc_2_1.upper)) in lead.overall.text()
    for row, c in enumerate(lead.criterion_stats.rows):
        kappa = lead.criterion_stats.index(row, 3).data()
        assert kappa.startswith(number_text(c.kappa)) and interval_text(c.kappa_ci) in kappa
    lead.criterion_table.selectRow(next(r for r in range(lead.criterion_stats.rowCount())
                                        if lead.criterion_stats.key(r) == "clarity"))  # fmt: skip
    assert lead.write_note("Clarity 5 needs no follow-up question at all.")
    assert lead.criterion_stats.notes["clarity"].startswith("Clarity 5")

    consensus = []
    lead.consensus_requested.connect(
        lambda session, item: consensus.append(_main.open_calibration_item(session, item, consensus=True))
    )
    for chat in chats:
        lead.item_choice.setCurrentIndex(lead.item_choice.findData(chat))
        lead.record_consensus()
        agreed = consensus[-1]
        qtbot.addWidget(agreed)
        agreed.scoring.widgets["clarity"].set_answer(Answer(5))
        agreed.scoring.submit()
        assert agreed.scoring.read_only, agreed.scoring.status.text()
    lead.refresh()
    assert lead.results.benchmark_source == "consensus"
    assert lead.grid.columnCount() == 5  # the benchmark column
    assert lead.close_session()
    assert lead.selected_session().state == "closed"
    lead.tabs.setCurrentIndex(2)  # drift over time
    assert lead.drift.rowCount() == 3 and lead.drift.columnCount() == 2
    assert lead.drift.index(0, 1).data().startswith(("+", "-", "0", "−"))


def test_package_out_and_answers_back_through_the_window(qtbot, sqlite_db, settings, chats, tmp_path,
                                                         monkeypatch) -> None:  # noqa: ANN001
    from qa_studio.storage.database import open_database

    service = CalibrationService(sqlite_db)
    version = ScorecardService(sqlite_db).latest_version_id("chat_standard")
    session_id = service.create("Offline", version, chats, ["刘洋", "Sarah Lee"], actor="周婷")
    _main, lead = _window(qtbot, sqlite_db, settings, "周婷")
    lead.select_session(session_id)
    package = lead.export_package(tmp_path / "offline.qacal")
    assert package is not None and package.is_file()
    keys = lead.findChild(QMessageBox, "packageKeysBox")
    assert keys is not None and keys.isVisible() and f"刘洋: {lead.package_keys['刘洋']}" in keys.informativeText()
    keys.close()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    assert lead.export_package(tmp_path / "offline.qacal") is None  # an existing file is not replaced unasked
    assert "already exists" in warnings[-1]

    reviewer_db = open_database(f"sqlite:///{tmp_path / 'liu.db'}")
    with reviewer_db.session() as session:
        user_by_name(session, "刘洋", "reviewer")
    _main2, reviewer = _window(qtbot, reviewer_db, settings, "刘洋")
    assert reviewer.import_package(package, key=lead.package_keys["刘洋"])
    assert [s.title for s in reviewer.sessions.rows] == ["Offline"]
    mirror = reviewer.selected_session()
    for item in mirror.interaction_ids:
        CalibrationService(reviewer_db).score(mirror.id, item, BASE, "刘洋")
    answers = reviewer.export_answers(tmp_path / "liu.json")
    assert answers is not None
    assert lead.import_answers(answers)
    assert "2 of 4" in lead.progress.text()


def test_an_open_calibration_window_follows_the_person_who_signs_in(qtbot, sqlite_db, settings, chats,  # noqa: ANN001
                                                                    monkeypatch) -> None:  # noqa: ANN001
    """赵磊 leaves the calibration window open; the lead signs in on the same PC and reveals from that window."""
    from qa_studio.services.identity import IdentityService
    from qa_studio.services.users import UserService

    admin = IdentityService(sqlite_db).current(login="it-admin")
    for name in (admin.name, "周婷", "赵磊"):
        UserService(sqlite_db).reset_password(name, "shared pc password", admin.name)
    service = CalibrationService(sqlite_db)
    version = ScorecardService(sqlite_db).latest_version_id("chat_standard")
    session_id = service.create("Shared PC", version, chats[:1], ["刘洋", "赵磊"], actor="周婷")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    identity = IdentityService(sqlite_db)
    main = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True),
                      user=identity.sign_in("赵磊", "shared pc password"))  # fmt: skip
    qtbot.addWidget(main)
    window = main.show_calibration()
    qtbot.addWidget(window)
    window.select_session(session_id)
    assert not window.reveal() and "only a lead" in warnings[-1]
    switch = main.sign_in()
    qtbot.addWidget(switch)
    switch.name.setText("周婷")
    switch.password.setText("shared pc password")
    assert switch.sign_in()
    window.select_session(session_id)
    assert window.actor == "周婷" and window.reveal()
    assert service.get(session_id).state == "revealed"
    with sqlite_db.session() as session:
        from qa_studio.services import audit

        revealed = [e for e in audit.entries(session, "calibration_session", session_id) if "reveal" in e.action]
    assert [e.actor for e in revealed] == ["周婷"]
