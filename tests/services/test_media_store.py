"""The team media store on SQLite and PostgreSQL: recordings copied in by SHA-256 (or referenced inside the shared
folder), each PC with its own mount point, every read checked, named errors, and a resumable move."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from qa_studio.services.imports import ImportService
from qa_studio.services.media_store import MediaError, MediaStore, sha256_of
from qa_studio.storage.database import Database
from qa_studio.storage.models import MediaFile

AUDIO = Path(__file__).parents[1] / "data" / "audio"


def imported(database: Database, *paths: Path) -> list[MediaFile]:
    report = ImportService(database).run(list(paths), actor="tester")
    assert report.ok, [r.reason for r in report.results]
    ids = [i for result in report.results for i in result.interaction_ids]
    with database.session() as session:
        return [session.scalar(select(MediaFile).where(MediaFile.interaction_id == i)) for i in ids]


def test_a_shared_folder_seen_from_two_pcs(database: Database, tmp_path: Path) -> None:
    shared = tmp_path / "server" / "qa-media"
    shared.mkdir(parents=True)
    (tmp_path / "mnt-a").symlink_to(shared)
    (tmp_path / "mnt-b").symlink_to(shared)
    pc_a, pc_b = MediaStore(database, tmp_path / "pc-a"), MediaStore(database, tmp_path / "pc-b")
    for folder in (tmp_path / "pc-a", tmp_path / "pc-b"):
        folder.mkdir()
    pc_a.set_folder(r"\\server\qa-media")
    pc_a.set_mount(tmp_path / "mnt-a")
    pc_b.set_mount(tmp_path / "mnt-b")
    source = AUDIO / "stereo_call.opus"
    digest = sha256_of(source)
    with pytest.MonkeyPatch.context() as patch:  # this process is PC A while it imports
        patch.setattr("qa_studio.services.imports.MediaStore", lambda db: MediaStore(db, tmp_path / "pc-a"))
        (media,) = imported(database, source)
    assert media.path == f"store:{digest[:2]}/{digest}.opus" and media.managed
    assert (shared / digest[:2] / f"{digest}.opus").read_bytes() == source.read_bytes()
    on_b = pc_b.local_path(media.path, media.sha256)
    assert on_b == tmp_path / "mnt-b" / digest[:2] / f"{digest}.opus" and on_b.read_bytes() == source.read_bytes()

    # A PC whose mount point is not connected: the message names the store and the file.
    pc_c = MediaStore(database, tmp_path / "pc-c")
    (tmp_path / "pc-c").mkdir()
    pc_c.set_mount(tmp_path / "not-mounted")
    with pytest.raises(MediaError) as unreachable:
        pc_c.local_path(media.path, media.sha256)
    assert unreachable.value.code == "unreachable"
    message = str(unreachable.value)
    assert r"\\server\qa-media" in message and f"{digest}.opus" in message and "not-mounted" in message

    # Every read checks the hash: a changed file is refused, a missing one named.
    stored = shared / digest[:2] / f"{digest}.opus"
    stored.write_bytes(stored.read_bytes()[:-10] + b"0123456789")
    with pytest.raises(MediaError, match="SHA-256 differs") as damaged:
        MediaStore(database, tmp_path / "pc-b").local_path(media.path, media.sha256)
    assert damaged.value.code == "damaged"
    stored.unlink()
    with pytest.raises(MediaError) as missing:
        pc_b.local_path(media.path, media.sha256)
    assert missing.value.code == "missing" and r"\\server\qa-media" in str(missing.value)


def test_a_recording_already_in_the_shared_folder_is_referenced(database: Database, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "recorder" / "2026-12").mkdir(parents=True)
    dropped = shared / "recorder" / "2026-12" / "call-0001.opus"
    shutil.copyfile(AUDIO / "english_mono.opus", dropped)
    store = MediaStore(database, tmp_path)
    store.set_folder(str(shared))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("qa_studio.services.imports.MediaStore", lambda db: MediaStore(db, tmp_path))
        (media,) = imported(database, dropped)
    assert media.path == "store:recorder/2026-12/call-0001.opus"
    assert sorted(p.name for p in shared.rglob("*.opus")) == ["call-0001.opus"]  # not copied a second time
    assert store.local_path(media.path, media.sha256) == dropped


def test_recordings_inside_the_database(database: Database, tmp_path: Path) -> None:
    MediaStore(database, tmp_path / "pc-a").set_database()
    source = AUDIO / "mandarin_stereo_call.opus"
    (media,) = imported(database, source)
    assert media.path.startswith("store:") and media.managed
    copy = MediaStore(database, tmp_path / "pc-b").local_path(media.path, media.sha256)
    assert copy.read_bytes() == source.read_bytes() and tmp_path / "pc-b" in copy.parents


def test_move_is_resumable(database: Database, tmp_path: Path) -> None:
    local = tmp_path / "this-pc"
    local.mkdir()
    first, second = local / "a.opus", local / "b.opus"
    shutil.copyfile(AUDIO / "english_mono.opus", first)
    shutil.copyfile(AUDIO / "stereo_call.opus", second)
    imported(database, first, second)  # by reference: paths on this PC only
    store = MediaStore(database, tmp_path)
    with pytest.raises(MediaError) as none:
        store.move()
    assert none.value.code == "no_store"
    store.set_folder(str(tmp_path / "shared"))
    (tmp_path / "shared").mkdir()
    hidden = second.rename(local / "b.later")  # cut short: one recording is out of reach this time
    report = store.move()
    assert (report.moved, report.already) == (1, 0) and "b.opus" in report.failed[0][0]
    hidden.rename(second)
    report = store.move()
    assert (report.moved, report.already, report.failed) == (1, 1, [])
    with database.session() as session:
        assert all(path.startswith("store:") for path in session.scalars(select(MediaFile.path)))
