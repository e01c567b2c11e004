"""Transcription jobs: a persistent queue, running each job in a child process, storing transcript versions."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select, text, update
from sqlalchemy.orm import Session, undefer

from qa_studio.clock import utcnow
from qa_studio.errors import QT_TRANSLATE_NOOP, NotFound, Phrase
from qa_studio.i18n import translate
from qa_studio.paths import data_dir
from qa_studio.services import audit, search
from qa_studio.services.autoqa import AutoQAService
from qa_studio.services.glossary import GlossaryService
from qa_studio.services.media_store import MediaError, MediaStore
from qa_studio.storage.database import Database
from qa_studio.storage.models import Interaction, MediaFile, Transcript, TranscriptionJob, TranscriptSegment
from qa_studio.transcribe.engine import (
    GPU_COMPUTE_TYPE,
    Segment,
    Speaker,
    TranscribeOptions,
    Word,
    cuda_devices,
    pick_compute_type,
)
from qa_studio.transcribe.metrics import call_metrics
from qa_studio.transcribe.models import (
    ModelError,
    ModelInfo,
    ModelSource,
    catalogue,
    default_model_key,
    download_model,
    ensure_model_ready,
    local_model,
)
from qa_studio.transcribe.pipeline import TranscriptResult
from qa_studio.transcribe.redaction import has_masks, masked_copy
from qa_studio.transcribe.worker import Failure, Progress, Result, TranscriptionProcess

ACTIVE_STATES = ("queued", "running")
ProcessFactory = Callable[[], TranscriptionProcess]

# How long a claim holds without a heartbeat. A worker renews it every third of this, so a lease lapses only when its
# worker is gone (killed, PC off, network lost) or stuck for that long; another worker then takes the job over.
LEASE_SECONDS = 60.0
# A reviewer waiting for one call goes before the backlog (bulk imports, "transcribe all").
PRIORITY_WAITING = 100
PRIORITY_BACKLOG = 0
# A job whose worker vanished this many times (a recording that kills the process, say) fails instead of taking
# down one worker after another.
MAX_ATTEMPTS = 3


def worker_name() -> str:
    """This process as a worker: machine name and process id, shown in the Jobs panel for the whole team."""
    return f"{socket.gethostname()}:{os.getpid()}"


# Why a call asked for is not queued (again), in the user's language.
NO_SUCH_INTERACTION = QT_TRANSLATE_NOOP("Errors", "{id}: no such interaction")
NOT_A_CALL = QT_TRANSLATE_NOOP("Errors", "{id}: only calls have recordings to transcribe")
ALREADY_QUEUED = QT_TRANSLATE_NOOP("Errors", "{id}: already queued (job {job})")

class LeaseLost(Exception):
    """This worker no longer holds the job (its lease lapsed and another took it, or it was cancelled)."""


@dataclass(frozen=True, slots=True)
class JobView:
    id: int
    interaction_id: int
    state: str
    model_key: str
    error: str | None
    progress_ms: int
    total_ms: int | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    source: str | None = None
    priority: int = 0
    worker: str | None = None
    lease_expires_at: datetime | None = None

    @property
    def fraction(self) -> float:
        return min(1.0, self.progress_ms / self.total_ms) if self.total_ms else 0.0


@dataclass(frozen=True, slots=True)
class StoredTranscript:
    id: int
    interaction_id: int
    version: int
    model: str
    language: str | None
    created_at: datetime
    segments: list[Segment]
    segment_ids: list[int]
    edited: list[bool]
    masked: bool = False
    speaker_rule: str | None = None  # mono calls split in two: diarize.SpeakerRule
    greeting: str | None = None  # the company's greeting the rule looked for
    swapped: bool = False  # the reviewer flipped agent and customer


def _view(job: TranscriptionJob, source: str | None = None) -> JobView:
    return JobView(
        job.id, job.interaction_id, job.state, job.model_key, job.error, job.progress_ms, job.total_ms,
        job.created_at, job.started_at, job.finished_at, source, job.priority or 0, job.worker, job.lease_expires_at,
    )  # fmt: skip


def segment_from_row(row: TranscriptSegment) -> Segment:
    words = tuple(Word(w["start_ms"], w["end_ms"], w["text"], w.get("probability", 1.0)) for w in row.words or [])
    return Segment(row.start_ms, row.end_ms, row.text, Speaker(row.speaker), words)


class CorrectionRefused(ValueError):
    """A correction that would lose something: the line hides a number the corrector may not see."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Transcription",
                "This line hides a card, phone or ID number that your role may not see, so you cannot correct it: "
                "ask a lead or an administrator.",
            )
        )


class TranscriptionService:
    """Queue management is plain database work; `run_job` blocks, so callers run it off the GUI thread.

    The queue is our own table, claimed with `SELECT … FOR UPDATE SKIP LOCKED` on PostgreSQL (one `BEGIN IMMEDIATE`
    transaction at a time on SQLite), rather than a queue library (procrastinate, pgqueuer, Celery with a database
    broker): the job row is already the record the Jobs panel, retry, cancel, the audit log and row-level security
    work on, and a library would keep a second copy of each job in its own tables, under its own grants, that every
    person's login would need rights on and that our policies do not cover. What such a library adds on top — leases,
    a heartbeat, priorities — is a few columns here (migration 0006), and workers need nothing but the database
    connection they already have. Waiting workers poll every few seconds; two million calls a year is a few per
    minute, so LISTEN/NOTIFY would save nothing that matters.
    """

    def __init__(
        self,
        database: Database,
        models_dir: Path | None = None,
        process_factory: ProcessFactory = TranscriptionProcess,
        *,
        worker: str | None = None,
        lease_seconds: float = LEASE_SECONDS,
        cpu_threads: int = 0,
    ) -> None:
        self.database = database
        self.models_dir = models_dir or data_dir() / "models"
        self.process_factory = process_factory
        self.worker = worker or worker_name()
        self.lease_seconds = lease_seconds
        # Threads each job's decoder uses (0: CTranslate2's choice); the worker sets it from the jobs it runs at once.
        self.cpu_threads = cpu_threads
        self._current: dict[int, TranscriptionProcess] = {}
        # Child processes between jobs, model loaded: the next job on this worker takes one instead of starting a
        # process and loading the model again.
        self._warm: list[TranscriptionProcess] = []
        self._lock = threading.Lock()

    # Claims and leases -------------------------------------------------------------------------------------------
    @contextmanager
    def _claiming(self) -> Iterator[Session]:
        """A unit of work that may take a job: SQLite has one writer, so take the write lock before reading."""
        with self.database.session() as session:
            if self.database.is_sqlite:
                session.execute(text("BEGIN IMMEDIATE"))
            yield session

    def _now(self, session: Session) -> datetime:
        """The database server's clock on PostgreSQL, so leases mean the same on every machine whatever its clock."""
        if self.database.is_sqlite:
            return utcnow()
        return session.scalar(select(func.timezone("utc", func.clock_timestamp())))

    @staticmethod
    def _claimable(now: datetime) -> Any:
        lapsed = or_(TranscriptionJob.lease_expires_at.is_(None), TranscriptionJob.lease_expires_at < now)
        return or_(TranscriptionJob.state == "queued", and_(TranscriptionJob.state == "running", lapsed))

    def _take(self, session: Session, job: TranscriptionJob, now: datetime) -> bool:
        """Hold `job` for this worker; False when a vanished worker's job has been tried too often (it fails)."""
        if job.state == "running" and job.attempts >= MAX_ATTEMPTS:
            job.state, job.finished_at, job.lease_expires_at = "failed", now, None
            job.error = f"the worker running it stopped {job.attempts} times (last: {job.worker})"
            return False
        job.state, job.worker, job.started_at, job.heartbeat_at = "running", self.worker, now, now
        job.lease_expires_at = now + timedelta(seconds=self.lease_seconds)
        job.attempts = (job.attempts or 0) + 1
        job.error, job.progress_ms, job.finished_at = None, 0, None
        return True

    def claim_next(self) -> int | None:
        """Take the most urgent waiting job, or one whose worker's lease lapsed; None when there is none."""
        while True:
            with self._claiming() as session:
                now = self._now(session)
                query = (
                    select(TranscriptionJob)
                    .where(self._claimable(now))
                    .order_by(TranscriptionJob.priority.desc(), TranscriptionJob.id)
                    .limit(1)
                )
                if not self.database.is_sqlite:
                    # Rows another worker is claiming right now are skipped, not waited for: no two workers take
                    # one job, and none waits on another's claim.
                    query = query.with_for_update(skip_locked=True)
                job = session.scalar(query)
                if job is None:
                    return None
                if self._take(session, job, now):
                    return job.id

    def _claim(self, job_id: int) -> bool:
        """Take one given job if it is waiting (or its lease lapsed), so no two workers or windows run it."""
        with self._claiming() as session:
            now = self._now(session)
            query = select(TranscriptionJob).where(TranscriptionJob.id == job_id, self._claimable(now))
            if not self.database.is_sqlite:
                query = query.with_for_update(skip_locked=True)
            job = session.scalar(query)
            return job is not None and self._take(session, job, now)

    def heartbeat(self, job_id: int) -> bool:
        """Renew this worker's lease on a running job; False when it is no longer ours (taken over or cancelled)."""
        with self.database.session() as session:
            now = self._now(session)
            renewed = session.execute(
                update(TranscriptionJob)
                .where(
                    TranscriptionJob.id == job_id,
                    TranscriptionJob.worker == self.worker,
                    TranscriptionJob.state == "running",
                )
                .values(heartbeat_at=now, lease_expires_at=now + timedelta(seconds=self.lease_seconds))
            )
            return renewed.rowcount == 1

    def _held(self, session: Session, job_id: int) -> TranscriptionJob:
        """The job, locked, if this worker still holds it; LeaseLost otherwise."""
        job = session.get(TranscriptionJob, job_id, with_for_update=not self.database.is_sqlite)
        if job is None or job.state != "running" or job.worker != self.worker:
            raise LeaseLost(job_id)
        return job

    def has_work(self) -> bool:
        """Something a worker could take now: a waiting job or one whose lease lapsed."""
        with self.database.session() as session:
            now = self._now(session)
            return session.scalar(select(TranscriptionJob.id).where(self._claimable(now)).limit(1)) is not None

    def outstanding(self) -> int:
        """Jobs waiting or running anywhere on the team (a running one may still come back if its worker dies)."""
        with self.database.session() as session:
            return session.scalar(
                select(func.count()).select_from(TranscriptionJob).where(TranscriptionJob.state.in_(ACTIVE_STATES))
            ) or 0

    # Queue -------------------------------------------------------------------------------------------------------
    def enqueue(
        self,
        interaction_ids: Sequence[int],
        model_key: str | None = None,
        options: TranscribeOptions | None = None,
        priority: int = PRIORITY_BACKLOG,
    ) -> tuple[list[int], list[str]]:
        """Queue calls for transcription; returns (job ids, reasons for the ones skipped). A call already queued
        keeps its place but moves up to `priority` if that is higher (a reviewer now waits for it)."""
        options = options or TranscribeOptions()
        created: list[int] = []
        skipped: list[str] = []
        with self.database.session() as session:
            for interaction_id in interaction_ids:
                interaction = session.get(Interaction, interaction_id)
                if interaction is None:
                    skipped.append(str(Phrase(NO_SUCH_INTERACTION, id=interaction_id)))
                    continue
                if interaction.channel != "call":
                    skipped.append(str(Phrase(NOT_A_CALL, id=interaction_id)))
                    continue
                active = session.scalar(
                    select(TranscriptionJob.id).where(
                        TranscriptionJob.interaction_id == interaction_id, TranscriptionJob.state.in_(ACTIVE_STATES)
                    )
                )
                if active is not None:
                    session.execute(
                        update(TranscriptionJob)
                        .where(TranscriptionJob.id == active, TranscriptionJob.priority < priority)
                        .values(priority=priority)
                    )
                    skipped.append(str(Phrase(ALREADY_QUEUED, id=interaction_id, job=active)))
                    continue
                job = TranscriptionJob(
                    interaction_id=interaction_id,
                    model_key=model_key or default_model_key(),
                    options=options.as_dict(),
                    total_ms=interaction.duration_ms,
                    priority=priority,
                )
                session.add(job)
                session.flush()
                created.append(job.id)
        return created, skipped

    def untranscribed_calls(self) -> list[int]:
        with self.database.session() as session:
            has_transcript = select(Transcript.interaction_id)
            query = (
                select(Interaction.id)
                .where(Interaction.channel == "call", Interaction.id.not_in(has_transcript))
                .order_by(Interaction.id)
            )
            return list(session.scalars(query))

    def jobs(self, states: Sequence[str] | None = None, limit: int = 500) -> list[JobView]:
        with self.database.session() as session:
            query = (
                select(TranscriptionJob, MediaFile.path)
                .outerjoin(MediaFile, MediaFile.interaction_id == TranscriptionJob.interaction_id)
                .order_by(TranscriptionJob.id.desc())
                .limit(limit)
            )
            if states:
                query = query.where(TranscriptionJob.state.in_(states))
            return [_view(job, path) for job, path in session.execute(query)]

    def next_queued(self) -> int | None:
        """The job a worker would take next (waiting, or with a lapsed lease), without taking it."""
        with self.database.session() as session:
            now = self._now(session)
            return session.scalar(
                select(TranscriptionJob.id)
                .where(self._claimable(now))
                .order_by(TranscriptionJob.priority.desc(), TranscriptionJob.id)
                .limit(1)
            )

    def retry(self, job_id: int) -> int:
        with self.database.session() as session:
            job = session.get(TranscriptionJob, job_id)
            if job is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "no transcription job {job_id}"), job_id=job_id)
            interaction_id, model_key, options = job.interaction_id, job.model_key, job.options
        created, skipped = self.enqueue([interaction_id], model_key, TranscribeOptions.from_dict(options))
        if not created:
            raise ValueError(skipped[0])
        return created[0]

    def cancel(self, job_id: int) -> None:
        """Cancel a queued job, or stop a running one (its child process is terminated)."""
        with self._lock:
            process = self._current.get(job_id)
        if process is not None:
            process.cancel()
        with self.database.session() as session:
            job = session.get(TranscriptionJob, job_id)
            if job is not None and job.state in ACTIVE_STATES:
                # A job another machine runs stops there at its next heartbeat, which finds it no longer running.
                job.state, job.finished_at, job.error, job.lease_expires_at = "cancelled", utcnow(), None, None

    def interrupt_all(self) -> None:
        """Stop this worker's children without cancelling their jobs: they go back to the queue for any worker."""
        self.close()
        with self._lock:
            running = dict(self._current)
        for job_id, process in running.items():
            process.interrupted = True
            process.cancel()
            with self.database.session() as session:
                job = session.get(TranscriptionJob, job_id)
                if job is not None and job.state == "running" and job.worker == self.worker:
                    job.state, job.progress_ms, job.started_at = "queued", 0, None
                    job.worker, job.lease_expires_at, job.attempts = None, None, max(0, job.attempts - 1)

    def close(self) -> None:
        """End the idle child processes (a running job's child ends with its job)."""
        with self._lock:
            warm, self._warm = self._warm, []
        for process in warm:
            process.close()

    def _take_process(self) -> TranscriptionProcess:
        with self._lock:
            if self._warm:
                return self._warm.pop()
        return self.process_factory()

    def _give_back(self, process: TranscriptionProcess) -> None:
        """Keep a child that finished its job normally for the next one; one that was stopped is ended."""
        if process.cancelled or process.interrupted or not process.alive:
            process.close()
            return
        with self._lock:
            self._warm.append(process)

    # Running -----------------------------------------------------------------------------------------------------
    def resolve_model(self, model_key: str) -> ModelInfo:
        if model_key.startswith("local:"):
            return local_model(Path(model_key.split(":", 1)[1]))
        for info in catalogue():
            if info.key == model_key:
                return info
        raise ModelError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the model \"{model_key}\" is not installed on this computer",
            ),
            model_key=model_key,
        )

    def _prepare_model(self, model_key: str) -> tuple[Path, str]:
        """The model's folder and compute type on this machine; ModelError or OSError when it cannot be had."""
        info = self.resolve_model(model_key)
        if info.source == ModelSource.DOWNLOAD:
            assert info.download_name is not None
            model_path = download_model(info.download_name, self.models_dir)
        else:
            model_path = ensure_model_ready(info, self.models_dir)
        if cuda_devices() > 0:  # a GPU worker: CTranslate2 on CUDA (the CPU measurement means nothing there)
            return model_path, GPU_COMPUTE_TYPE
        return model_path, pick_compute_type(model_path, self.models_dir / "compute-types.json")

    def run_job(
        self, job_id: int, on_progress: Callable[[int, int, int], None] | None = None, *, actor: str
    ) -> JobView:
        """Claim and run one given job to its end; a failure is recorded on the job, never raised."""
        if not self._claim(job_id):
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "transcription job {job_id} is not waiting to run"), job_id=job_id
            )
        return self._run_claimed(job_id, on_progress, actor)

    def _run_claimed(self, job_id: int, on_progress: Callable[[int, int, int], None] | None, actor: str) -> JobView:
        if on_progress is not None:  # running from now on, though loading the model comes before any progress
            on_progress(job_id, 0, 0)
        with self.database.session() as session:
            job = session.get(TranscriptionJob, job_id)
            assert job is not None
            media = session.scalar(select(MediaFile).where(MediaFile.interaction_id == job.interaction_id))
            model_key, options = job.model_key, TranscribeOptions.from_dict(job.options)
            # The team's glossary as it is when the call is decoded, kept with the transcript's options.
            options = replace(options, glossary=GlossaryService.terms_in(session))
            stored = (media.path, media.sha256) if media else None
        if stored is None:
            return self._finish(job_id, "failed", "this interaction has no recording")
        try:  # from the team media store where it lies there, its hash checked either way
            media_path = MediaStore(self.database).local_path(*stored)
        except (MediaError, OSError) as exc:
            return self._finish(job_id, "failed", str(exc))
        try:
            model_path, compute_type = self._prepare_model(model_key)
        except (ModelError, OSError) as exc:
            return self._finish(job_id, "failed", str(exc))
        process = self._take_process()
        with self._lock:
            self._current[job_id] = process
        beating = threading.Event()
        heart = threading.Thread(
            target=self._beat, args=(job_id, process, beating), name=f"lease-{job_id}", daemon=True
        )
        try:
            process.start(job_id, media_path, model_path, options, compute_type, cpu_threads=self.cpu_threads)
            heart.start()
            for message in process.messages():
                if isinstance(message, Progress):
                    self._progress(job_id, message.done_ms, message.total_ms)
                    if on_progress is not None:
                        on_progress(job_id, message.done_ms, message.total_ms)
                elif isinstance(message, Result):
                    try:
                        return self._store(job_id, message.result, model_key, actor)
                    except LeaseLost:
                        return self._view_of(job_id)
                elif isinstance(message, Failure):
                    if process.interrupted:
                        return self._view_of(job_id)
                    if process.cancelled:
                        return self._finish(job_id, "cancelled", None)
                    return self._finish(job_id, "failed", message.reason)
        finally:
            beating.set()
            if heart.is_alive():
                heart.join()
            with self._lock:
                self._current.pop(job_id, None)
            if process.running:
                process.cancel()
            self._give_back(process)
        return self._finish(job_id, "failed", "the transcription process gave no result")

    def _beat(self, job_id: int, process: TranscriptionProcess, stop: threading.Event) -> None:
        """Keep the lease alive while the child works; stop the child when the job is no longer ours."""
        from qa_studio.storage.database import StorageError

        while not stop.wait(self.lease_seconds / 3):
            try:
                held = self.heartbeat(job_id)
            except StorageError:
                continue  # the server is out of reach for a moment; the lease has two more beats to spare
            if not held:
                process.interrupted = True  # whoever holds it now (or the cancel) owns the job's state
                process.cancel()
                return

    def run_pending(
        self,
        on_progress: Callable[[int, int, int], None] | None = None,
        stop: threading.Event | None = None,
        *,
        actor: str,
    ) -> list[JobView]:
        """Claim and run jobs one at a time, most urgent first, until none is waiting or `stop` is set."""
        finished = []
        while (stop is None or not stop.is_set()) and (job_id := self.claim_next()) is not None:
            finished.append(self._run_claimed(job_id, on_progress, actor))
        return finished

    def _view_of(self, job_id: int) -> JobView:
        with self.database.session() as session:
            job = session.get(TranscriptionJob, job_id)
            assert job is not None
            return _view(job)

    def _progress(self, job_id: int, done_ms: int, total_ms: int) -> None:
        with self.database.session() as session:
            session.execute(
                update(TranscriptionJob)
                .where(TranscriptionJob.id == job_id, TranscriptionJob.worker == self.worker)
                .values(progress_ms=done_ms, total_ms=total_ms)
            )

    def _finish(self, job_id: int, state: str, error: str | None, timings: dict[str, Any] | None = None) -> JobView:
        with self._claiming() as session:
            job = session.get(TranscriptionJob, job_id, with_for_update=not self.database.is_sqlite)
            assert job is not None
            if job.state == "cancelled" and state != "done":
                state, error = "cancelled", None
            elif job.state != "running" or job.worker != self.worker:
                return _view(job)  # another worker holds it now; its outcome is theirs to record
            self._close(job, state, error, timings)
            session.flush()
            return _view(job)

    @staticmethod
    def _close(job: TranscriptionJob, state: str, error: str | None, timings: dict[str, Any] | None) -> None:
        job.state, job.error, job.finished_at, job.lease_expires_at = state, error, utcnow(), None
        if timings:
            job.timings = {k: round(v, 3) for k, v in timings.items()}
        if state == "done" and job.total_ms:
            job.progress_ms = job.total_ms

    def _store(self, job_id: int, result: TranscriptResult, model_key: str, actor: str) -> JobView:
        """A new transcript version becomes current only now that it succeeded; older versions are kept. Stored and
        the job closed in one unit of work, with the job locked and still held by this worker: a worker whose lease
        lapsed and was taken over stores nothing (LeaseLost), so each job yields one version."""
        with self._claiming() as session:
            job = self._held(session, job_id)
            interaction = session.get(Interaction, job.interaction_id)
            assert interaction is not None
            version = (
                session.scalar(select(func.max(Transcript.version)).where(Transcript.interaction_id == interaction.id))
                or 0
            ) + 1
            session.execute(
                update(Transcript).where(Transcript.interaction_id == interaction.id).values(is_current=False)
            )
            transcript = Transcript(
                interaction_id=interaction.id,
                version=version,
                is_current=True,
                engine=result.engine,
                model=model_key,
                options=result.options.as_dict(),
                language=result.language,
                speaker_rule=result.speaker_rule,
            )
            session.add(transcript)
            session.flush()
            session.add_all(
                TranscriptSegment(
                    transcript_id=transcript.id,
                    seq=seq,
                    start_ms=s.start_ms,
                    end_ms=s.end_ms,
                    speaker=s.speaker.value,
                    text=s.text,
                    words=[
                        {"start_ms": w.start_ms, "end_ms": w.end_ms, "text": w.text, "probability": w.probability}
                        for w in s.words
                    ],
                )
                for seq, s in enumerate(result.segments)
            )
            interaction.call_metrics = call_metrics(result.segments, result.duration_ms).as_dict()
            interaction.language = result.language
            if interaction.status == "new":
                interaction.status = "transcribed"
            job.transcript_id = transcript.id
            audit.record(
                session, "transcribed", "interaction", interaction.id, {"transcript_version": version, "job": job_id},
                actor=actor,
            )
            search.reindex(session, [interaction.id])
            self._close(job, "done", None, result.timings)
            session.flush()
            view, interaction_id = _view(job), interaction.id
        # The new transcript is what the checks read now, whatever the last run found.
        AutoQAService(self.database).run_quietly([interaction_id], actor=actor, rerun=True)
        return view

    # Reading and correcting -------------------------------------------------------------------------------------
    def current_transcript(self, interaction_id: int, *, masked: bool = False) -> StoredTranscript | None:
        """The current version; `masked` for people whose role may not unmask: the masked copy of each line, without
        word timings (each word is clear text). On a team database that is all such a person is granted."""
        with self.database.session() as session:
            transcript = session.scalar(
                select(Transcript).where(Transcript.interaction_id == interaction_id, Transcript.is_current.is_(True))
            )
            return None if transcript is None else self._stored(session, transcript, masked)

    @staticmethod
    def _stored(session: Session, transcript: Transcript, masked: bool) -> StoredTranscript:
        ordered = select(TranscriptSegment).where(TranscriptSegment.transcript_id == transcript.id)
        if not masked:
            ordered = ordered.options(undefer(TranscriptSegment.text), undefer(TranscriptSegment.words))
        rows = list(session.scalars(ordered.order_by(TranscriptSegment.seq)))
        if masked:
            segments = [Segment(r.start_ms, r.end_ms, r.text_masked or "", Speaker(r.speaker)) for r in rows]
        else:
            segments = [segment_from_row(row) for row in rows]
        return StoredTranscript(
            transcript.id,
            transcript.interaction_id,
            transcript.version,
            transcript.model,
            transcript.language,
            transcript.created_at,
            segments,
            [row.id for row in rows],
            [row.edited_at is not None for row in rows],
            masked,
            transcript.speaker_rule,
            (transcript.options or {}).get("greeting"),
            bool((transcript.options or {}).get("swap_speakers")),
        )

    def correct_segment(
        self, segment_id: int, text: str | None = None, speaker: str | None = None, *, actor: str, masked: bool = False
    ) -> None:
        """A correction; the engine's original text (kept by the database, migration 0006) and speaker stay recorded.
        `masked`: the corrector sees only the masked copy, and may change the text of a line that hides nothing."""
        with self.database.session() as session:
            options = [] if masked else [undefer(TranscriptSegment.text)]
            row = session.get(TranscriptSegment, segment_id, options=options)
            if row is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "no transcript segment {segment_id}"), segment_id=segment_id)
            current = (row.text_masked or "") if masked else row.text
            before = {"text": masked_copy(current), "speaker": row.speaker}
            if text is not None and text != current:
                if masked and has_masks(current):
                    raise CorrectionRefused()
                row.text = text
            if speaker is not None and speaker != row.speaker:
                Speaker(speaker)
                if row.original_speaker is None:
                    row.original_speaker = row.speaker
                row.speaker = speaker
            row.edited_at = utcnow()
            transcript = session.get(Transcript, row.transcript_id)
            audit.record(
                session,
                "transcript_corrected",
                "interaction",
                transcript.interaction_id if transcript else None,
                # The log is read by every member of staff: it keeps the masked copies, the clear text stays in the row.
                {"segment": segment_id, "old": before, "new": {"text": row.text_masked, "speaker": row.speaker}},
                actor=actor,
            )
            corrected = transcript.interaction_id if transcript else None
            if corrected is not None:
                session.flush()
                search.reindex(session, [corrected])
        if corrected is not None:
            AutoQAService(self.database).run_quietly([corrected], actor=actor, rerun=True)
