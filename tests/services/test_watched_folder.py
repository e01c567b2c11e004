"""A watched folder: a recording written slowly in chunks is imported once, whole, and queued; a file is handed out
only after its size and time have stood still for the settle time."""

from __future__ import annotations

import hashlib
import shutil
import threading
from pathlib import Path

from sqlalchemy import func, select

from qa_studio.services.watch import FolderWatch, watch_folder
from qa_studio.storage.database import Database
from qa_studio.storage.models import Interaction, MediaFile, TranscriptionJob
from tests.workers.calls import wait_until

DATA = Path(__file__).parents[1] / "data"


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_file_is_ready_once_it_stops_changing(tmp_path: Path) -> None:
    clock = Clock()
    watch = FolderWatch(tmp_path, settle_seconds=5, clock=clock)
    growing = tmp_path / "call.opus"
    growing.write_bytes(b"x" * 10)
    assert watch.ready() == []
    clock.now = 4
    with growing.open("ab") as out:
        out.write(b"y" * 10)
    assert watch.ready() == []  # it grew: the settle time starts again
    clock.now = 8.9
    assert watch.ready() == []
    clock.now = 9.1
    assert watch.ready() == [growing]
    clock.now = 30
    assert watch.ready() == []  # handed out once
    (tmp_path / ".hidden.opus").write_bytes(b"z")
    (tmp_path / "notes.docx").write_bytes(b"z")
    clock.now = 60
    assert watch.ready() == []


def test_a_recording_written_slowly_is_imported_once_whole(sqlite_db: Database, tmp_path: Path) -> None:
    inbox = tmp_path / "recorder-drop"
    inbox.mkdir()
    recording = (DATA / "audio" / "stereo_call.opus").read_bytes()
    chunks = [recording[i : i + len(recording) // 8 + 1] for i in range(0, len(recording), len(recording) // 8 + 1)]
    stop, written = threading.Event(), threading.Event()

    def recorder() -> None:  # the call recorder writes as the call goes on, pausing between chunks
        pause = threading.Event()
        with (inbox / "call-0001.opus").open("wb") as out:
            for chunk in chunks:
                out.write(chunk)
                out.flush()
                pause.wait(0.15)
        written.set()

    results = []
    watcher = threading.Thread(target=lambda: results.append(watch_folder(
        sqlite_db, inbox, stop, actor="tester", settle_seconds=1.0, poll_seconds=0.05)))  # fmt: skip
    watcher.start()
    writer = threading.Thread(target=recorder)
    writer.start()
    try:
        writer.join(30)
        assert written.is_set()
        shutil.copyfile(DATA / "import" / "chats" / "livechat.json", inbox / "chat-export.json")

        def both_in() -> bool:
            with sqlite_db.session() as session:
                return session.scalar(select(func.count()).select_from(Interaction)) >= 2

        wait_until(both_in, 30, "the recording and the chat export are imported")
    finally:
        stop.set()
        watcher.join(30)
    (report,) = results
    assert report.refused == []
    with sqlite_db.session() as session:
        (media,) = session.scalars(select(MediaFile)).all()
        assert media.sha256 == hashlib.sha256(recording).hexdigest() and media.size_bytes == len(recording)
        calls = session.scalars(select(Interaction.id).where(Interaction.channel == "call")).all()
        assert len(calls) == 1
        jobs = session.scalars(select(TranscriptionJob.interaction_id)).all()
        assert jobs == calls and report.queued


def test_import_watch_command(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    inbox = tmp_path / "drop"
    inbox.mkdir()
    env = dict(os.environ, QA_STUDIO_HOME=str(tmp_path / "home"))
    command = [sys.executable, "-m", "qa_studio", "--db", f"sqlite:///{tmp_path / 'qa.db'}", "import", "--watch",
               str(inbox)]  # fmt: skip
    watcher = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert "watching" in watcher.stdout.readline()
        shutil.copyfile(DATA / "audio" / "english_mono.opus", inbox / "call.opus")
        assert watcher.stdout.readline().strip() == f"{inbox / 'call.opus'}: imported"
        watcher.send_signal(signal.SIGTERM)
        assert watcher.wait(30) == 0
    finally:
        if watcher.poll() is None:
            watcher.kill()
            watcher.wait()
