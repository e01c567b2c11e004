"""What a lead sees on a 1366×768 laptop without arranging anything: the transcription jobs dock shows each job's
state and progress, and a call being scored shows its recording's duration, sample rate, channels and format above
the player."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtWidgets import QTableView, QTextBrowser

from qa_studio.i18n import install_translators
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.ui import geometry
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.tasks import TaskRunner
from qa_studio.ui.transcripts.jobs import HEADERS
from tests.people import signed_in
from tests.ui.helpers import SilentPlayer
from tests.ui.test_window_fit import SCREENS

LAPTOP = SCREENS["1366x768@100%"]


def _window(qtbot, demo_db, settings, monkeypatch) -> MainWindow:  # noqa: ANN001
    monkeypatch.setattr(geometry, "available_geometry", lambda _widget=None: QRect(LAPTOP))
    # The demo's calls stay queued: what is looked at here is how the window lays them out, and running them on the
    # tests' synchronous runner would transcribe three calls before the window could be looked at.
    monkeypatch.setattr(MainWindow, "_resume_transcription", lambda _self: None)
    window = MainWindow(demo_db, settings, TaskRunner(synchronous=True), user=signed_in(demo_db, "周婷", "lead"),
                        player_factory=SilentPlayer)  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _in_view(table: QTableView, column: int) -> bool:
    left = table.columnViewportPosition(column)
    return left >= 0 and left + table.columnWidth(column) <= table.viewport().width()


def test_the_jobs_dock_shows_each_jobs_state_and_progress(qtbot, demo_db, settings, monkeypatch) -> None:  # noqa: ANN001
    window = _window(qtbot, demo_db, settings, monkeypatch)
    window.jobs_dock.show()
    table = window.jobs_panel.table
    state, progress = HEADERS.index("State"), HEADERS.index("Progress")
    qtbot.waitUntil(lambda: _in_view(table, state) and _in_view(table, progress))
    assert window.work_dock.isVisible()  # beside "My work", not instead of it
    assert window.jobs_dock.width() < window.width() // 2 + 10


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):  # noqa: ANN001, ANN201
    translators = install_translators(qapp, request.param) if request.param != "en" else []
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_a_call_being_scored_shows_its_recordings_main_facts(qtbot, demo_db, settings, monkeypatch,
                                                              language: str) -> None:  # noqa: ANN001 # fmt: skip
    window = _window(qtbot, demo_db, settings, monkeypatch)
    call = next(r.id for r in InteractionQueries(demo_db).iterate(InteractionFilter()) if r.channel == "call")
    dialog = window.open_interaction(call)
    dialog.open_scoring()
    qtbot.waitExposed(dialog)
    body: QTextBrowser = dialog.body
    facts = ("Duration", "Sample rate", "Channels", "Format")  # the file's main facts, under its path
    for fact in (QCoreApplication.translate("InteractionDialog", text) for text in facts):
        found = body.document().find(fact)
        assert not found.isNull(), fact
        assert body.cursorRect(found).bottom() <= body.viewport().height(), f"{fact} is below the recording box's edge"
