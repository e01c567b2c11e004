"""The hostile-import corpus (tests/data/hostile_imports/make_hostile_imports.py), imported as one folder on
SQLite and PostgreSQL: every file gets its specific verdict, nothing partial is stored, the batch runs to the end,
and no file takes long."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from qa_studio.domain import ImportOutcome
from qa_studio.services import audit
from qa_studio.services.imports import ImportService
from qa_studio.storage.database import Database
from qa_studio.storage.models import ImportBatch, ImportFileResult, Interaction, MediaFile, Message

GENERATOR = Path(__file__).parents[1] / "data" / "hostile_imports" / "make_hostile_imports.py"
# Generous for a loaded 2-core machine; the slowest file takes well under a second alone.
SECONDS_PER_FILE = 10.0


def _generator():  # noqa: ANN202 - the generator module
    spec = importlib.util.spec_from_file_location("make_hostile_imports", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, tuple[str, str]]]:
    folder = tmp_path_factory.mktemp("hostile")
    return folder, _generator().write_corpus(folder)


def test_the_corpus_is_large_and_covers_every_kind(corpus: tuple[Path, dict]) -> None:
    _folder, expected = corpus
    assert len(expected) >= 100
    suffixes = {Path(name).suffix for name in expected}
    wanted = {".json", ".csv", ".tsv", ".txt", ".log", ".eml", ".mbox", ".wav", ".mp3", ".flac", ".m4a", ".ogg"}
    assert wanted <= suffixes
    assert sum(outcome == "refused" for outcome, _ in expected.values()) >= 60


def test_every_file_gets_its_verdict_and_the_batch_goes_on(database: Database, corpus: tuple[Path, dict]) -> None:
    folder, expected = corpus
    timings: dict[str, float] = {}
    clock = {"path": "", "at": time.monotonic()}

    def progress(_done: int, _total: int, path: str) -> None:
        now = time.monotonic()
        if clock["path"]:
            timings[Path(clock["path"]).name] = now - clock["at"]
        clock.update(path=path, at=now)

    report = ImportService(database).run([folder], progress=progress, actor="tester")
    assert report.error is None and not report.cancelled
    seen = {Path(result.path).name: result for result in report.results}
    assert set(seen) == set(expected)
    wrong = []
    for name, (outcome, words) in expected.items():
        result = seen[name]
        if result.outcome.value != outcome or words not in result.reason:
            wrong.append(f"{name}: expected {outcome} '{words}', got {result.outcome.value} '{result.reason}'")
    assert not wrong, "\n".join(wrong)
    for result in report.results:
        assert "Traceback" not in result.reason and "could not be read (" not in result.reason, result
        if result.outcome == ImportOutcome.REFUSED:
            assert len(result.reason) > 10
    slow = {name: seconds for name, seconds in timings.items() if seconds > SECONDS_PER_FILE}
    assert not slow

    with database.session() as session:
        # Nothing partial: a refused file left no interaction; every stored chat has all its messages.
        stored_from = set(session.scalars(select(Interaction.source_path)))
        for result in report.results:
            if result.outcome == ImportOutcome.REFUSED:
                assert str(Path(result.path).resolve()) not in stored_from, result.path
        counts = session.execute(
            select(Interaction.id, Interaction.message_count, func.count(Message.id))
            .outerjoin(Message, Message.interaction_id == Interaction.id)
            .where(Interaction.channel != "call")
            .group_by(Interaction.id, Interaction.message_count)
        ).all()
        assert counts and all(expected_count == stored for _id, expected_count, stored in counts)
        batch = session.get(ImportBatch, report.batch_id)
        assert batch is not None and batch.finished_at is not None
        assert batch.refused == report.count(ImportOutcome.REFUSED)
        recorded = select(func.count(ImportFileResult.id)).where(ImportFileResult.batch_id == batch.id)
        assert session.scalar(recorded) == len(expected)
        # A recording whose header lies is stored with the length that decodes.
        durations = dict(
            session.execute(select(Interaction.source_path, MediaFile.duration_ms).join(MediaFile.interaction)).all()
        )
        assert abs(durations[str(folder / "header_says_12s_has_6s.wav")] - 6000) < 100
        assert durations[str(folder / "half.mp3")] < 7000
        # Two different attachment-only e-mails from one sender in the same second are two interactions, and a
        # message with a broken MIME boundary keeps its body.
        texts = set(session.scalars(select(Message.text)))
        assert any("invoice.pdf" in text for text in texts) and any("receipt.pdf" in text for text in texts)
        assert any("Kept body." in text for text in texts)


KILLED_IMPORT = """
import os, signal, sys
from pathlib import Path
from qa_studio.services.imports import ImportService
from qa_studio.storage.database import Database

def progress(done, total, path):
    if done == 2:
        os.kill(os.getpid(), signal.SIGKILL)  # as a power cut or kill -9 between two files

ImportService(Database(sys.argv[1])).run([Path(sys.argv[2])], progress=progress, actor="tester")
"""


def test_a_killed_import_is_marked_interrupted_but_a_running_one_is_not(
    database: Database, corpus: tuple[Path, dict], tmp_path: Path
) -> None:
    import subprocess
    import sys

    from qa_studio.services import running
    from qa_studio.services.imports import INTERRUPTED_PATH, mark_interrupted_batches

    folder, _expected = corpus
    small = tmp_path / "small"
    small.mkdir()
    for name in ("ok.csv", "ok.eml", "ok_transcript.txt", "ok_chat.json"):
        (small / name).write_bytes((folder / name).read_bytes())
    url = database.url.render_as_string(hide_password=False)
    killed = subprocess.run([sys.executable, "-c", KILLED_IMPORT, url, str(small)], timeout=120)
    assert killed.returncode == -9
    with database.session() as session:
        (batch,) = session.scalars(select(ImportBatch)).all()
        assert batch.finished_at is None  # what the kill left
        killed_id = batch.id
        alive = ImportBatch()  # an import running now in this process
        session.add(alive)
        session.flush()
        alive_id = alive.id
    mark = running.RunningMark(database.display_url, alive_id)
    try:
        assert mark_interrupted_batches(database, "tester") == 1
    finally:
        mark.release()
    with database.session() as session:
        batch = session.get(ImportBatch, killed_id)
        assert batch.finished_at is not None and batch.cancelled and batch.imported == 2
        last = session.scalars(
            select(ImportFileResult).where(ImportFileResult.batch_id == killed_id).order_by(ImportFileResult.id.desc())
        ).first()
        assert last.path == INTERRUPTED_PATH and "import the folder again" in last.reason
        # The audit trail says it too, for `qa-studio audit --entity import_batch`.
        (noticed,) = audit.entries(session, "import_batch", killed_id)
        assert noticed.action == "import_interrupted" and noticed.detail["imported"] == 2
        assert session.get(ImportBatch, alive_id).finished_at is None
    # no mark left for the other one
    assert mark_interrupted_batches(database, "tester") == (1 if database.is_sqlite else 0)
    # Importing the folder again takes up where the kill stopped: what was done is a duplicate.
    again = ImportService(database).run([small], actor="tester")
    assert [r.outcome.value for r in again.results].count("duplicate") == 2
