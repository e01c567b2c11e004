"""Transcription jobs: a persistent queue, running each job in a child process, storing transcript versions."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from qa_studio.clock import utcnow
from qa_studio.paths import data_dir
from qa_studio.services import audit
from qa_studio.storage.database import Database
from qa_studio.storage.models import Interaction, MediaFile, Transcript, TranscriptionJob, TranscriptSegment
from qa_studio.transcribe.engine import Segment, Speaker, TranscribeOptions, Word, pick_compute_type
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
from qa_studio.transcribe.worker import Failure, Progress, Result, TranscriptionProcess

ACTIVE_STATES = ("queued", "running")
ProcessFactory = Callable[[], TranscriptionProcess]


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


def _view(job: TranscriptionJob, source: str | None = None) -> JobView:
    return JobView(
        job.id, job.interaction_id, job.state, job.model_key, job.error, job.progress_ms, job.total_ms,
        job.created_at, job.started_at, job.finished_at, source,
    )  # fmt: skip


def segment_from_row(row: TranscriptSegment) -> Segment:
    words = tuple(Word(w["start_ms"], w["end_ms"], w["text"], w.get("probability", 1.0)) for w in row.words or [])
    return Segment(row.start_ms, row.end_ms, row.text, Speaker(row.speaker), words)


class TranscriptionService:
    """Queue management is plain database work; `run_job` blocks, so callers run it off the GUI thread."""

    def __init__(
        self,
        database: Database,
        models_dir: Path | None = None,
        process_factory: ProcessFactory = TranscriptionProcess,
    ) -> None:
        self.database = database
        self.models_dir = models_dir or data_dir() / "models"
        self.process_factory = process_factory
        self._current: dict[int, TranscriptionProcess] = {}
        self._lock = threading.Lock()

    # Queue -------------------------------------------------------------------------------------------------------
    def enqueue(
        self, interaction_ids: Sequence[int], model_key: str | None = None, options: TranscribeOptions | None = None
    ) -> tuple[list[int], list[str]]:
        """Queue calls for transcription; returns (job ids, reasons for the ones skipped)."""
        options = options or TranscribeOptions()
        created: list[int] = []
        skipped: list[str] = []
        with self.database.session() as session:
            for interaction_id in interaction_ids:
                interaction = session.get(Interaction, interaction_id)
                if interaction is None:
                    skipped.append(f"{interaction_id}: no such interaction")
                    continue
                if interaction.channel != "call":
                    skipped.append(f"{interaction_id}: only calls have recordings to transcribe")
                    continue
                active = session.scalar(
                    select(TranscriptionJob.id).where(
                        TranscriptionJob.interaction_id == interaction_id, TranscriptionJob.state.in_(ACTIVE_STATES)
                    )
                )
                if active is not None:
                    skipped.append(f"{interaction_id}: already queued (job {active})")
                    continue
                job = TranscriptionJob(
                    interaction_id=interaction_id,
                    model_key=model_key or default_model_key(),
                    options=options.as_dict(),
                    total_ms=interaction.duration_ms,
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

    def reset_interrupted(self) -> int:
        """Jobs left running by a crash or a closed app go back to the queue (called at start)."""
        with self.database.session() as session:
            result = session.execute(
                update(TranscriptionJob)
                .where(TranscriptionJob.state == "running")
                .values(state="queued", progress_ms=0, started_at=None)
            )
            return result.rowcount or 0

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
        with self.database.session() as session:
            return session.scalar(
                select(TranscriptionJob.id).where(TranscriptionJob.state == "queued").order_by(TranscriptionJob.id)
            )

    def retry(self, job_id: int) -> int:
        with self.database.session() as session:
            job = session.get(TranscriptionJob, job_id)
            if job is None:
                raise LookupError(f"no transcription job {job_id}")
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
                job.state, job.finished_at, job.error = "cancelled", utcnow(), None

    def interrupt_all(self) -> None:
        """Stop running children without cancelling their jobs: they are queued again for the next start."""
        with self._lock:
            running = dict(self._current)
        for job_id, process in running.items():
            process.interrupted = True
            process.cancel()
            with self.database.session() as session:
                job = session.get(TranscriptionJob, job_id)
                if job is not None and job.state == "running":
                    job.state, job.progress_ms, job.started_at = "queued", 0, None

    # Running -----------------------------------------------------------------------------------------------------
    def resolve_model(self, model_key: str) -> ModelInfo:
        if model_key.startswith("local:"):
            return local_model(Path(model_key.split(":", 1)[1]))
        for info in catalogue():
            if info.key == model_key:
                return info
        raise ModelError(f'the model "{model_key}" is not installed on this computer')

    def run_job(
        self, job_id: int, on_progress: Callable[[int, int, int], None] | None = None, *, actor: str
    ) -> JobView:
        """Run one job to its end; a failure is recorded on the job, never raised."""
        if not self._claim(job_id):
            raise LookupError(f"transcription job {job_id} is not waiting to run")
        if on_progress is not None:  # running from now on, though loading the model comes before any progress
            on_progress(job_id, 0, 0)
        with self.database.session() as session:
            job = session.get(TranscriptionJob, job_id)
            assert job is not None
            media = session.scalar(select(MediaFile).where(MediaFile.interaction_id == job.interaction_id))
            model_key, options = job.model_key, TranscribeOptions.from_dict(job.options)
            media_path = Path(media.path) if media else None
        if media_path is None:
            return self._finish(job_id, "failed", "this interaction has no recording")
        try:
            info = self.resolve_model(model_key)
            if info.source == ModelSource.DOWNLOAD:
                assert info.download_name is not None
                model_path = download_model(info.download_name, self.models_dir)
            else:
                model_path = ensure_model_ready(info, self.models_dir)
            compute_type = pick_compute_type(model_path, self.models_dir / "compute-types.json")
        except (ModelError, OSError) as exc:
            return self._finish(job_id, "failed", str(exc))
        process = self.process_factory()
        with self._lock:
            self._current[job_id] = process
        try:
            process.start(job_id, media_path, model_path, options, compute_type)
            for message in process.messages():
                if isinstance(message, Progress):
                    self._progress(job_id, message.done_ms, message.total_ms)
                    if on_progress is not None:
                        on_progress(job_id, message.done_ms, message.total_ms)
                elif isinstance(message, Result):
                    self._store(job_id, message.result, model_key, actor)
                    return self._finish(job_id, "done", None, message.result.timings)
                elif isinstance(message, Failure):
                    if process.interrupted:
                        return self._view_of(job_id)
                    if process.cancelled:
                        return self._finish(job_id, "cancelled", None)
                    return self._finish(job_id, "failed", message.reason)
        finally:
            with self._lock:
                self._current.pop(job_id, None)
            if process.running:
                process.cancel()
        return self._finish(job_id, "failed", "the transcription process gave no result")

    def _claim(self, job_id: int) -> bool:
        """Atomically move a queued job to running, so parallel workers (or app windows) never run it twice."""
        with self.database.session() as session:
            claimed = session.execute(
                update(TranscriptionJob)
                .where(TranscriptionJob.id == job_id, TranscriptionJob.state == "queued")
                .values(state="running", started_at=utcnow(), error=None)
            )
            return claimed.rowcount == 1

    def run_pending(
        self,
        on_progress: Callable[[int, int, int], None] | None = None,
        stop: threading.Event | None = None,
        *,
        actor: str,
    ) -> list[JobView]:
        """Run queued jobs one at a time until the queue is empty or `stop` is set."""
        finished = []
        while (stop is None or not stop.is_set()) and (job_id := self.next_queued()) is not None:
            try:
                finished.append(self.run_job(job_id, on_progress, actor=actor))
            except LookupError:
                continue  # another worker claimed it first
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
                .where(TranscriptionJob.id == job_id)
                .values(progress_ms=done_ms, total_ms=total_ms)
            )

    def _finish(self, job_id: int, state: str, error: str | None, timings: dict[str, Any] | None = None) -> JobView:
        with self.database.session() as session:
            job = session.get(TranscriptionJob, job_id)
            assert job is not None
            if job.state == "cancelled" and state != "done":
                state, error = "cancelled", None
            job.state, job.error, job.finished_at = state, error, utcnow()
            if timings:
                job.timings = {k: round(v, 3) for k, v in timings.items()}
            if state == "done" and job.total_ms:
                job.progress_ms = job.total_ms
            session.flush()
            return _view(job)

    def _store(self, job_id: int, result: TranscriptResult, model_key: str, actor: str) -> None:
        """A new transcript version becomes current only now that it succeeded; older versions are kept."""
        with self.database.session() as session:
            job = session.get(TranscriptionJob, job_id)
            assert job is not None
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

    # Reading and correcting -------------------------------------------------------------------------------------
    def current_transcript(self, interaction_id: int) -> StoredTranscript | None:
        with self.database.session() as session:
            transcript = session.scalar(
                select(Transcript).where(Transcript.interaction_id == interaction_id, Transcript.is_current.is_(True))
            )
            return None if transcript is None else self._stored(session, transcript)

    @staticmethod
    def _stored(session: Session, transcript: Transcript) -> StoredTranscript:
        rows = list(
            session.scalars(
                select(TranscriptSegment)
                .where(TranscriptSegment.transcript_id == transcript.id)
                .order_by(TranscriptSegment.seq)
            )
        )
        return StoredTranscript(
            transcript.id,
            transcript.interaction_id,
            transcript.version,
            transcript.model,
            transcript.language,
            transcript.created_at,
            [segment_from_row(row) for row in rows],
            [row.id for row in rows],
            [row.original_text is not None or row.original_speaker is not None for row in rows],
        )

    def correct_segment(
        self, segment_id: int, text: str | None = None, speaker: str | None = None, *, actor: str
    ) -> None:
        """A reviewer's correction; the engine's original text and speaker stay recorded."""
        with self.database.session() as session:
            row = session.get(TranscriptSegment, segment_id)
            if row is None:
                raise LookupError(f"no transcript segment {segment_id}")
            before = {"text": row.text, "speaker": row.speaker}
            if text is not None and text != row.text:
                if row.original_text is None:
                    row.original_text = row.text
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
                {"segment": segment_id, "old": before, "new": {"text": row.text, "speaker": row.speaker}},
                actor=actor,
            )
