"""The persistent job queue on SQLite and PostgreSQL: run, store versions, resume after a crash, correct."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.media_store import sha256_of
from qa_studio.services.transcription import TranscriptionService
from qa_studio.storage.database import Database
from qa_studio.storage.models import AuditEntry, Interaction, TranscriptionJob
from qa_studio.transcribe.engine import TranscribeOptions
from qa_studio.transcribe.models import TINY_EN_KEY

pytestmark = pytest.mark.whisper
CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"


def import_call(database: Database, audio: Path, name: str = "stereo_call.opus") -> int:
    report = ImportService(database).run([audio / name], actor="tester")
    return report.results[0].interaction_ids[0]


def test_transcribe_store_and_export(database: Database, audio: Path, models_dir: Path) -> None:
    call = import_call(database, audio)
    service = TranscriptionService(database, models_dir)
    (job_id,), skipped = service.enqueue([call], TINY_EN_KEY)
    assert not skipped
    seen: list[int] = []
    finished = service.run_pending(lambda job, done, total: seen.append(done), actor="tester")
    assert [j.state for j in finished] == ["done"] and seen
    stored = service.current_transcript(call)
    assert stored is not None and stored.version == 1
    assert [s.speaker.value for s in stored.segments] == ["agent", "customer", "agent"]
    with database.session() as session:
        interaction = session.get(Interaction, call)
        assert interaction.status == "transcribed"
        assert interaction.call_metrics["agent_talk_ms"] > interaction.call_metrics["customer_talk_ms"] > 0
    assert InteractionQueries(database).count(InteractionFilter(status="transcribed")) == 1


def test_only_calls_are_queued_and_not_twice(sqlite_db: Database, audio: Path, models_dir: Path) -> None:
    call = import_call(sqlite_db, audio)
    chat = ImportService(sqlite_db).run([CHATS / "livechat.json"], actor="tester").results[0].interaction_ids[0]
    service = TranscriptionService(sqlite_db, models_dir)
    created, skipped = service.enqueue([call, chat, call, 999])
    assert len(created) == 1
    assert skipped == [
        f"{chat}: only calls have recordings to transcribe",
        f"{call}: already queued (job {created[0]})",
        "999: no such interaction",
    ]
    assert service.untranscribed_calls() == [call]


def test_job_left_running_by_a_crash_is_taken_over(sqlite_db: Database, audio: Path, models_dir: Path) -> None:
    call = import_call(sqlite_db, audio, "english_mono.opus")
    service = TranscriptionService(sqlite_db, models_dir)
    (job_id,), _ = service.enqueue([call], TINY_EN_KEY)
    with sqlite_db.session() as session:  # what a killed app from before leases leaves behind: no lease at all
        job = session.get(TranscriptionJob, job_id)
        job.state, job.progress_ms, job.worker = "running", 1234, "gone:1"
    restarted = TranscriptionService(sqlite_db, models_dir)
    assert [(j.state, j.worker) for j in restarted.run_pending(actor="tester")] == [("done", restarted.worker)]


def test_failed_retranscription_keeps_the_previous_version(sqlite_db: Database, audio: Path, models_dir: Path) -> None:
    call = import_call(sqlite_db, audio, "english_mono.opus")
    service = TranscriptionService(sqlite_db, models_dir)
    service.enqueue([call], TINY_EN_KEY)
    service.run_pending(actor="tester")
    first = service.current_transcript(call)
    service.enqueue([call], "local:/nowhere/model", TranscribeOptions(beam_size=5))
    (failed,) = service.run_pending(actor="tester")
    assert failed.state == "failed" and "not a complete Whisper model" in failed.error
    assert service.current_transcript(call).id == first.id
    service.enqueue([call], TINY_EN_KEY, TranscribeOptions(beam_size=2))
    service.run_pending(actor="tester")
    second = service.current_transcript(call)
    assert second.version == 2 and second.id != first.id


def test_corrupt_recording_fails_the_job_with_the_reason(
    sqlite_db: Database, audio: Path, models_dir: Path, tmp_path
) -> None:  # noqa: ANN001
    good = import_call(sqlite_db, audio, "english_mono.opus")
    with sqlite_db.session() as session:  # the file was damaged after import
        media = session.get(Interaction, good).media
        broken = tmp_path / "broken.opus"
        broken.write_bytes((audio / "corrupt.opus").read_bytes())
        media.path = str(broken)
    service = TranscriptionService(sqlite_db, models_dir)
    service.enqueue([good], TINY_EN_KEY)
    (job,) = service.run_pending(actor="tester")
    # The hash is checked before the decoder ever sees the file.
    assert job.state == "failed" and "is not the file that was imported" in job.error and "broken.opus" in job.error
    with sqlite_db.session() as session:  # a recording that was undecodable from the start
        session.get(Interaction, good).media.sha256 = sha256_of(broken)
    service.retry(job.id)
    (job,) = service.run_pending(actor="tester")
    assert job.state == "failed" and job.error.startswith("cannot decode audio")


def test_correction_keeps_the_original_and_is_audited(sqlite_db: Database, audio: Path, models_dir: Path) -> None:
    call = import_call(sqlite_db, audio)
    service = TranscriptionService(sqlite_db, models_dir)
    service.enqueue([call], TINY_EN_KEY)
    service.run_pending(actor="tester")
    stored = service.current_transcript(call)
    original = stored.segments[1].text
    service.correct_segment(stored.segment_ids[1], text="My parcel has not arrived yet.", speaker="agent", actor="刘洋")
    again = service.current_transcript(call)
    assert again.segments[1].text == "My parcel has not arrived yet." and again.edited[1]
    with sqlite_db.session() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "transcript_corrected"))
        assert entry.actor == "刘洋" and entry.detail["old"] == {"text": original, "speaker": "customer"}


def test_a_job_is_claimed_by_one_worker_only(sqlite_db: Database, audio: Path, models_dir: Path) -> None:
    call = import_call(sqlite_db, audio, "english_mono.opus")
    first, second = TranscriptionService(sqlite_db, models_dir), TranscriptionService(sqlite_db, models_dir)
    (job_id,), _ = first.enqueue([call], TINY_EN_KEY)
    assert first._claim(job_id) and not second._claim(job_id)
    with pytest.raises(LookupError, match="not waiting"):
        second.run_job(job_id, actor="tester")
