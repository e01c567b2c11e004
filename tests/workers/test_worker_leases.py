"""Claims with leases on SQLite and PostgreSQL: priority first, one holder per job, a lapsed lease taken over and its
old holder storing nothing, no reset at start; a cancel on another machine stops the worker's child."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from qa_studio.clock import utcnow
from qa_studio.services.transcription import MAX_ATTEMPTS, PRIORITY_WAITING, LeaseLost, TranscriptionService
from qa_studio.storage.database import Database
from qa_studio.storage.models import Transcript, TranscriptionJob
from tests.workers.calls import add_calls, wait_until
from tests.workers.fake_engine import install


def service(database: Database, name: str, lease: float = 30.0) -> TranscriptionService:
    worker = TranscriptionService(database, worker=name, lease_seconds=lease)
    install(worker)
    return worker


def lapse(database: Database, job_id: int) -> None:
    """What a vanished worker leaves: its job "running" under a lease that has run out."""
    with database.session() as session:
        session.execute(update(TranscriptionJob).where(TranscriptionJob.id == job_id)
                        .values(lease_expires_at=utcnow() - timedelta(seconds=1)))  # fmt: skip


def test_a_waiting_reviewer_goes_before_the_backlog(database: Database, tmp_path: Path) -> None:
    backlog_a, backlog_b, wanted = add_calls(database, tmp_path, 3)
    one = service(database, "pc-1:1")
    (first, second), _ = one.enqueue([backlog_a, backlog_b])
    (urgent,), _ = one.enqueue([wanted], priority=PRIORITY_WAITING)
    assert one.next_queued() == urgent
    assert [one.claim_next(), one.claim_next(), one.claim_next(), one.claim_next()] == [urgent, first, second, None]
    # Asking for a queued call again moves it up instead of queueing it twice.
    other = add_calls(database, tmp_path / "more", 2)
    (late_a, late_b), _ = one.enqueue(other)
    _, skipped = one.enqueue([other[1]], priority=PRIORITY_WAITING)
    assert skipped == [f"{other[1]}: already queued (job {late_b})"]
    assert one.claim_next() == late_b


def test_one_holder_per_job_and_a_lapsed_lease_is_taken_over(database: Database, tmp_path: Path) -> None:
    (call,) = add_calls(database, tmp_path, 1)
    first, second = service(database, "pc-1:11"), service(database, "pc-2:22")
    (job_id,), _ = first.enqueue([call])
    assert first.claim_next() == job_id
    assert second.claim_next() is None and not second.has_work()  # held under a live lease
    assert first.heartbeat(job_id)
    lapse(database, job_id)
    assert second.has_work() and second.claim_next() == job_id
    with database.session() as session:
        job = session.get(TranscriptionJob, job_id)
        assert (job.state, job.worker, job.attempts) == ("running", "pc-2:22", 2)
        assert job.lease_expires_at > job.heartbeat_at
    # The first worker comes back: its heartbeat says the job is gone, and its result is not stored.
    assert not first.heartbeat(job_id)
    view = first._finish(job_id, "failed", "too late")
    assert view.state == "running" and view.worker == "pc-2:22"
    (done,) = [second._run_claimed(job_id, None, "tester")]
    assert done.state == "done" and done.worker == "pc-2:22"
    from qa_studio.transcribe.engine import TranscribeOptions
    from qa_studio.transcribe.pipeline import TranscriptResult

    with pytest.raises(LeaseLost):
        first._store(job_id, TranscriptResult([], "en", 0, 1, "fake", "fake", TranscribeOptions()), "m", "tester")
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Transcript)) == 1


def test_a_new_worker_leaves_a_running_job_alone(database: Database, tmp_path: Path) -> None:
    """No reset at start: opening the app on one PC never re-queues what another PC is transcribing."""
    calls = add_calls(database, tmp_path, 2)
    elsewhere = service(database, "pc-1:1")
    (held, waiting), _ = elsewhere.enqueue(calls)
    assert elsewhere.claim_next() == held
    starting = service(database, "pc-2:2")
    finished = starting.run_pending(actor="tester")
    assert [view.id for view in finished] == [waiting]
    with database.session() as session:
        job = session.get(TranscriptionJob, held)
        assert (job.state, job.worker) == ("running", "pc-1:1")


def test_a_job_whose_workers_keep_vanishing_fails(database: Database, tmp_path: Path) -> None:
    (call,) = add_calls(database, tmp_path, 1)
    (job_id,), _ = service(database, "a:1").enqueue([call])
    for attempt in range(MAX_ATTEMPTS):
        assert service(database, f"pc:{attempt}").claim_next() == job_id
        lapse(database, job_id)
    assert service(database, "last:1").claim_next() is None
    with database.session() as session:
        job = session.get(TranscriptionJob, job_id)
        assert job.state == "failed" and f"stopped {MAX_ATTEMPTS} times" in job.error and "pc:2" in job.error


def test_a_cancel_from_another_machine_stops_the_worker(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QA_STUDIO_TEST_FAKE_SECONDS", "30")
    (call,) = add_calls(database, tmp_path, 1)
    worker = service(database, "pc-1:1", lease=0.6)  # a heartbeat every 0.2 s
    (job_id,), _ = worker.enqueue([call])
    results = []
    thread = threading.Thread(target=lambda: results.extend(worker.run_pending(actor="tester")))
    thread.start()
    wait_until(lambda: worker._current, 10, "the worker started the job")
    service(database, "pc-2:2").cancel(job_id)
    thread.join(10)
    assert not thread.is_alive(), "the worker kept transcribing a cancelled job"
    assert [view.state for view in results] == ["cancelled"]


def test_closing_the_app_puts_its_own_jobs_back(database: Database, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setenv("QA_STUDIO_TEST_FAKE_SECONDS", "30")
    (call,) = add_calls(database, tmp_path, 1)
    worker = service(database, "pc-1:1")
    (job_id,), _ = worker.enqueue([call])
    thread = threading.Thread(target=lambda: worker.run_pending(actor="tester", stop=stopping))
    stopping = threading.Event()
    thread.start()
    wait_until(lambda: worker._current, 10, "the worker started the job")
    stopping.set()
    worker.interrupt_all()
    thread.join(10)
    with database.session() as session:
        job = session.get(TranscriptionJob, job_id)
        assert (job.state, job.worker, job.lease_expires_at) == ("queued", None, None)
    assert service(database, "pc-2:2").claim_next() == job_id


def test_a_gpu_compute_type_runs_on_cuda_and_the_rest_on_the_cpu() -> None:
    from qa_studio.services.workers import transcription_device
    from qa_studio.transcribe.engine import GPU_COMPUTE_TYPE, cuda_devices, device_for

    assert device_for(GPU_COMPUTE_TYPE) == "cuda"
    assert device_for("int8") == device_for("float32") == device_for("auto") == "cpu"
    assert transcription_device() == ("cuda" if cuda_devices() else "cpu")
