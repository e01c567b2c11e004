"""The Jobs panel for a team: which machine runs what, and an idle app taking up work queued on another PC."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from qa_studio.services.transcription import TranscriptionService
from qa_studio.storage.models import TranscriptionJob
from qa_studio.ui.context import AppContext
from qa_studio.ui.tasks import TaskRunner
from qa_studio.ui.transcripts.jobs import MACHINE_COLUMN, JobsPanel, TranscriptionQueue
from tests.people import signed_in
from tests.workers.calls import add_calls
from tests.workers.fake_engine import install


def test_the_panel_names_the_machines_and_the_app_takes_up_team_work(
    qtbot, sqlite_db, settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    monkeypatch.setenv("QA_STUDIO_TEST_FAKE_SECONDS", "0.2")
    elsewhere_call, later_call = add_calls(sqlite_db, tmp_path, 2)
    other_pc = TranscriptionService(sqlite_db, worker="transcribe-pc-7:4242")
    (held,), _ = other_pc.enqueue([elsewhere_call])
    assert other_pc.claim_next() == held
    here = TranscriptionService(sqlite_db, worker="reviewer-pc:1")
    install(here)
    context = AppContext(sqlite_db, settings, signed_in(sqlite_db, "Mei"), TaskRunner(synchronous=True))
    queue = TranscriptionQueue(here, context.runner, context)
    panel = JobsPanel(queue)
    qtbot.addWidget(panel)
    panel.show()
    model = panel.model
    assert model.headerData(MACHINE_COLUMN, Qt.Orientation.Horizontal) == "Machine"
    assert model.index(0, MACHINE_COLUMN).data() == "transcribe-pc-7"
    tooltip = model.index(0, MACHINE_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("transcribe-pc-7:4242, lease until ")

    queue.poll_timer.setInterval(20)
    queue.start()  # nothing this PC may take: the other PC's job is under a live lease
    assert not queue.running
    (queued_elsewhere,), _ = other_pc.enqueue([later_call])  # queued on another PC after this app went idle

    def done_here() -> bool:
        with sqlite_db.session() as session:
            job = session.get(TranscriptionJob, queued_elsewhere)
            return job.state == "done" and job.worker == "reviewer-pc:1"

    qtbot.waitUntil(done_here, timeout=10_000)
    panel.refresh()
    machines = {model.index(row, 0).data(): model.index(row, MACHINE_COLUMN).data() for row in range(model.rowCount())}
    assert machines == {str(held): "transcribe-pc-7", str(queued_elsewhere): "reviewer-pc"}
    queue.shutdown()
