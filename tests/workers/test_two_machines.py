"""Two machines on the real PostgreSQL: separate processes with their own data folders and their own mount points
of one shared folder. A call imported on one is opened, transcribed (real tiny model) and exported on the other;
a third, whose share is not connected, gets the error naming the store and the file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from qa_studio.services.identity import IdentityService
from qa_studio.services.media_store import sha256_of
from qa_studio.services.transcription import TranscriptionService
from qa_studio.storage.database import Database
from qa_studio.storage.models import MediaFile
from qa_studio.transcribe.models import TINY_EN_KEY

pytestmark = pytest.mark.whisper
AUDIO = Path(__file__).parents[1] / "data" / "audio"


def on(machine: Path, database: Database, *args: str) -> subprocess.CompletedProcess[str]:
    machine.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QA_STUDIO_HOME=str(machine))
    env.pop("QA_STUDIO_TEST_WORKER_HOOK", None)
    url = database.url.render_as_string(hide_password=False)
    return subprocess.run([sys.executable, "-m", "qa_studio", "--db", url, *args], capture_output=True, text=True,
                          env=env, timeout=600)  # fmt: skip


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_imported_on_one_machine_opened_transcribed_and_exported_on_another(database: Database, tmp_path: Path) -> None:
    IdentityService(database).current()
    shared = tmp_path / "fileserver" / "qa-media"
    shared.mkdir(parents=True)
    (tmp_path / "mnt-a").symlink_to(shared)
    (tmp_path / "mnt-b").symlink_to(shared)
    pc_a, pc_b, pc_c = tmp_path / "pc-a", tmp_path / "pc-b", tmp_path / "pc-c"
    label = "//fileserver/qa-media"

    setup = on(pc_a, database, "media", "store", "--folder", label, "--mount-as", str(tmp_path / "mnt-a"))
    assert setup.returncode == 0, setup.stderr
    assert label in setup.stdout and "(reachable)" in setup.stdout
    mounted = on(pc_b, database, "media", "store", "--mount-as", str(tmp_path / "mnt-b"))
    assert mounted.returncode == 0 and "(reachable)" in mounted.stdout and str(tmp_path / "mnt-b") in mounted.stdout

    recording = AUDIO / "stereo_call.opus"
    imported = on(pc_a, database, "import", str(recording))
    assert imported.returncode == 0, imported.stderr
    with database.session() as session:
        media = session.scalar(select(MediaFile))
        call, stored = media.interaction_id, media.path
    digest = sha256_of(recording)
    assert stored == f"store:{digest[:2]}/{digest}.opus" and (shared / stored[len("store:"):]).is_file()

    opened = on(pc_b, database, "media", "get", str(call), "--out", str(tmp_path / "played.opus"))
    assert opened.returncode == 0, opened.stderr
    assert (tmp_path / "played.opus").read_bytes() == recording.read_bytes()

    TranscriptionService(database).enqueue([call], TINY_EN_KEY)  # queued by anyone on the team
    worked = on(pc_b, database, "worker", "--exit-when-idle")
    assert worked.returncode == 0, worked.stderr
    assert ": done" in worked.stdout, worked.stdout
    (job,) = TranscriptionService(database).jobs()
    assert job.state == "done" and job.worker is not None and job.worker in worked.stdout

    exported = on(pc_b, database, "transcript", str(call), "--format", "srt", "--out", str(tmp_path / "call.srt"))
    assert exported.returncode == 0, exported.stderr
    assert "-->" in (tmp_path / "call.srt").read_text(encoding="utf-8")

    on(pc_c, database, "media", "store", "--mount-as", str(tmp_path / "share-not-connected"))
    refused = on(pc_c, database, "media", "get", str(call), "--out", str(tmp_path / "never.opus"))
    assert refused.returncode != 0 and not (tmp_path / "never.opus").exists()
    assert label in refused.stderr and f"{digest}.opus" in refused.stderr and "Traceback" not in refused.stderr
