"""`qa-studio worker` processes on the real PostgreSQL: three workers share twelve calls, each transcribed once;
one killed with SIGKILL mid-job has its job finished by another within the lease and ten seconds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from qa_studio.services.identity import IdentityService
from qa_studio.storage.database import Database
from qa_studio.storage.models import Transcript, TranscriptionJob
from tests.workers.calls import add_calls, wait_until
from tests.workers.fake_engine import HOOK

ROOT = Path(__file__).parents[2]
LEASE = 4.0


def start_worker(database: Database, home: Path, *extra: str, seconds: float = 1.5) -> subprocess.Popen[str]:
    env = dict(os.environ, QA_STUDIO_HOME=str(home), QA_STUDIO_TEST_WORKER_HOOK=HOOK,
               QA_STUDIO_TEST_FAKE_SECONDS=str(seconds), PYTHONPATH=str(ROOT))  # fmt: skip
    home.mkdir(parents=True, exist_ok=True)
    url = database.url.render_as_string(hide_password=False)
    command = [sys.executable, "-m", "qa_studio", "--db", url, "worker", "--lease", str(LEASE), *extra]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def running_job_of(database: Database, pid: int) -> int | None:
    with database.session() as session:
        return session.scalar(
            select(TranscriptionJob.id).where(
                TranscriptionJob.state == "running",
                TranscriptionJob.worker.like(f"%:{pid}"),
                TranscriptionJob.progress_ms > 0,
            )
        )


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_three_workers_one_killed(database: Database, tmp_path: Path) -> None:
    IdentityService(database).current()  # this computer's account, known before three processes sign in at once
    calls = add_calls(database, tmp_path / "recordings", 12)
    from qa_studio.services.transcription import TranscriptionService

    TranscriptionService(database).enqueue(calls)
    workers = [start_worker(database, tmp_path / f"pc-{n}", "--exit-when-idle") for n in range(3)]
    try:
        victim = workers[0]
        job_id = wait_until(lambda: running_job_of(database, victim.pid), 60, "the first worker runs a job")
        victim.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        victim.wait(10)

        def finished_elsewhere() -> bool:
            with database.session() as session:
                job = session.get(TranscriptionJob, job_id)
                return job.state == "done"

        wait_until(finished_elsewhere, LEASE + 10, f"job {job_id} of the killed worker finished on another")
        taken_over_after = time.monotonic() - killed_at
        for worker in workers[1:]:
            out, err = worker.communicate(timeout=60)
            assert worker.returncode == 0, err
            assert "transcribing on the CPU" in out or "transcribing on the GPU" in out
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
    print(f"job {job_id} of the killed worker finished on another {taken_over_after:.1f} s after the kill")
    assert taken_over_after <= LEASE + 10
    with database.session() as session:
        job = session.get(TranscriptionJob, job_id)
        assert job.attempts == 2 and not job.worker.endswith(f":{victim.pid}")
        states = session.execute(select(TranscriptionJob.state, func.count()).group_by(TranscriptionJob.state)).all()
        assert dict(states) == {"done": 12}
        versions = session.execute(
            select(Transcript.interaction_id, func.count(), func.max(Transcript.version)).group_by(
                Transcript.interaction_id)  # fmt: skip
        ).all()
        assert sorted(row[0] for row in versions) == sorted(calls)
        assert {(row[1], row[2]) for row in versions} == {(1, 1)}  # each call transcribed exactly once
        machines = set(session.scalars(select(TranscriptionJob.worker)))
        assert len(machines) >= 2
