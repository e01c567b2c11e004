"""One call through `qa-studio worker` with the real tiny Whisper model: the headless worker transcribes for real."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from qa_studio.services.imports import ImportService
from qa_studio.services.transcription import TranscriptionService
from qa_studio.storage.database import Database
from qa_studio.transcribe.models import TINY_EN_KEY

pytestmark = pytest.mark.whisper
AUDIO = Path(__file__).parents[1] / "data" / "audio"


def test_a_worker_process_transcribes_a_call(sqlite_db: Database, tmp_path: Path) -> None:
    report = ImportService(sqlite_db).run([AUDIO / "stereo_call.opus"], actor="tester")
    call = report.results[0].interaction_ids[0]
    service = TranscriptionService(sqlite_db)
    service.enqueue([call], TINY_EN_KEY)
    env = dict(os.environ, QA_STUDIO_HOME=str(tmp_path / "worker-pc"))
    env.pop("QA_STUDIO_TEST_WORKER_HOOK", None)
    url = sqlite_db.url.render_as_string(hide_password=False)
    done = subprocess.run([sys.executable, "-m", "qa_studio", "--db", url, "worker", "--exit-when-idle"],
                          capture_output=True, text=True, env=env, timeout=600)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "transcribing on the CPU" in done.stdout or "transcribing on the GPU" in done.stdout
    assert ": done" in done.stdout
    stored = service.current_transcript(call)
    assert stored is not None and stored.version == 1
    assert [s.speaker.value for s in stored.segments] == ["agent", "customer", "agent"]
    (job,) = service.jobs()
    assert job.state == "done" and job.worker is not None and job.worker != service.worker
