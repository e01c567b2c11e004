"""Calibration packages that are forged, replayed, oversized or malformed are refused with a reason, and nothing is
written: no user, agent, session or interaction row, and no file in the media library added or changed. The lead's
side is a SQLite file; the reviewer's database (where a package is written) is SQLite and PostgreSQL. The hostile
files are tests/data/hostile/packages/ (see tests/data/README.md)."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from qa_studio.paths import media_library_dir
from qa_studio.services import calibration_package
from qa_studio.services.calibration_package import CalibrationPackages, PackageExport, reviewer_key
from qa_studio.services.calibration_sessions import CalibrationError, CalibrationService
from qa_studio.services.directory import user_by_name
from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionQueries
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import Database, open_database
from qa_studio.storage.models import (
    Agent,
    CalibrationSession,
    Interaction,
    MediaFile,
    Message,
    Scorecard,
    ScorecardVersion,
    User,
)

DATA = Path(__file__).parents[1] / "data"
CORPUS = DATA / "hostile" / "packages"
KEY = reviewer_key(b"a key of the test's own, 32 byte", 7, "2026-11-30T09:00:00", "刘洋")


def snapshot(database: Database) -> dict[str, object]:
    """Everything a package import could write: row counts and every file in the media library with its hash."""
    with database.session() as session:
        counts = {model.__name__: session.scalar(select(func.count()).select_from(model))
                  for model in (User, Agent, CalibrationSession, Interaction, Message, MediaFile, Scorecard,
                                ScorecardVersion)}  # fmt: skip
        users = sorted((u.name, u.role) for u in session.scalars(select(User)))
    library = media_library_dir()
    files = {str(p.relative_to(library)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "link"
             for p in library.rglob("*") if p.is_file() or p.is_symlink()}  # fmt: skip
    return {"counts": counts, "users": users, "files": files}


def signed(source: Path, target: Path, reviewer: str = "刘洋", key: str = KEY, **replace: bytes) -> Path:
    """`source` with its manifest signed for `reviewer` with `key` (entries in `replace` swapped in first)."""
    with zipfile.ZipFile(source) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    entries.update(replace)
    tag = calibration_package._tag(calibration_package._key_bytes(key), entries["manifest.json"])
    entries["signatures.json"] = json.dumps({"algorithm": "HMAC-SHA256", "reviewers": {reviewer: tag}}).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return target


@pytest.fixture
def reviewer(database: Database) -> Database:
    """The reviewer's own database: 刘洋 has an account (the first-run wizard made it), nobody else."""
    with database.session() as session:
        user_by_name(session, "刘洋", "reviewer")
    return database


@pytest.fixture
def lead(tmp_path: Path, _sqlite_template: Path):  # noqa: ANN201 - (database, session id, call ids)
    path = tmp_path / "lead.db"
    shutil.copyfile(_sqlite_template, path)
    database = open_database(f"sqlite:///{path}")
    ScorecardService(database).ensure_shipped()
    calls = [r.interaction_ids[0] for r in ImportService(database).run(
        [DATA / "audio" / "stereo_call.opus", DATA / "audio" / "english_mono.opus"],
            actor="tester").results]  # fmt: skip
    with database.session() as session:
        user_by_name(session, "周婷", "lead")
    version = ScorecardService(database).latest_version_id("phone_call_standard")
    session_id = CalibrationService(database).create("Calls", version, calls[:1], ["刘洋", "Sarah Lee"], "周婷")
    yield database, session_id, calls
    database.dispose()


REFUSED = [
    ("not_a_zip.qacal", False, "not a readable calibration package"),
    ("no_manifest.qacal", False, "no signed manifest"),
    ("unsigned.qacal", False, "no signed manifest"),
    ("forged.qacal", False, "does not match the key"),
    ("malformed_not_json.qacal", True, "not readable JSON"),
    ("malformed_deep_nesting.qacal", True, "nested too deeply"),
    ("malformed_moderate_nesting.qacal", True, "nested too deeply"),
    ("malformed_huge_number.qacal", True, "not readable JSON"),
    ("malformed_wrong_type_seq.qacal", True, r"interactions\[0\]\.messages\[0\]\.seq should be a whole number"),
    ("malformed_wrong_type_interactions.qacal", True, "interactions should be a list"),
    ("malformed_wrong_type_date.qacal", True, r"interactions\[0\]\.started_at should be text"),
    ("malformed_too_long_title.qacal", True, r"session\.title should be text of at most 300"),
    ("malformed_nul_in_text.qacal", True, r"messages\[0\]\.text should be text"),
    ("malformed_missing_scorecard.qacal", True, "scorecard should be an object"),
    ("malformed_broken_scorecard.qacal", True, "scorecard cannot be used"),
    ("malformed_missing_media.qacal", True, "not in the package"),
    ("malformed_traversal_media.qacal", True, "not in the package"),
    ("zip_bomb.qacal", True, "not the size its manifest says"),
]


def test_the_corpus_is_complete() -> None:
    assert sorted(p.name for p in CORPUS.glob("*.qacal")) == sorted(name for name, _sign, _reason in REFUSED)


@pytest.mark.parametrize(("name", "sign", "reason"), REFUSED, ids=[name for name, _s, _r in REFUSED])
def test_hostile_packages_are_refused_and_write_nothing(reviewer: Database, tmp_path: Path, name: str, sign: bool,
                                                        reason: str) -> None:  # fmt: skip
    """Signed ones carry a valid signature for the key used, so the checks behind the signature are reached."""
    package = signed(CORPUS / name, tmp_path / name) if sign else CORPUS / name
    before = snapshot(reviewer)
    with pytest.raises(CalibrationError, match=reason):
        CalibrationPackages(reviewer).import_package(package, "刘洋", KEY)
    assert snapshot(reviewer) == before
    assert not list(media_library_dir().glob(".package-*"))  # no temporary file left either


def test_a_package_creates_no_accounts(reviewer: Database, lead, tmp_path: Path) -> None:  # noqa: ANN001
    """A genuine package names the lead, another reviewer and agents this database does not know: it is imported,
    says so, and creates no account and no agent. Imported by someone without an account here, it is refused."""
    database, session_id, _calls = lead
    exported = CalibrationPackages(database).export_package(session_id, tmp_path / "calls.qacal", "周婷")
    before = snapshot(reviewer)
    with pytest.raises(CalibrationError, match="Sarah Lee has no account in this database"):
        CalibrationPackages(reviewer).import_package(exported.path, "Sarah Lee", exported.keys["Sarah Lee"])
    assert snapshot(reviewer) == before
    imported = CalibrationPackages(reviewer).import_package(exported.path, "刘洋", exported.keys["刘洋"])
    after = snapshot(reviewer)
    assert after["users"] == before["users"] == [("刘洋", "reviewer")]
    assert after["counts"]["Agent"] == before["counts"]["Agent"]
    assert any("the lead 周婷 has no account here" in notice for notice in imported.notices)
    summary = CalibrationService(reviewer).get(imported.session_id)
    assert summary.reviewers == ["刘洋"] and summary.created_by == "刘洋"


def _media_entry(package: Path) -> tuple[str, bytes]:
    with zipfile.ZipFile(package) as archive:
        name = next(n for n in archive.namelist() if n.startswith("media/"))
        return name, archive.read(name)


def test_replayed_and_forged_packages_never_touch_a_recording(reviewer: Database, lead, tmp_path: Path) -> None:  # noqa: ANN001
    database, session_id, calls = lead
    exported: PackageExport = CalibrationPackages(database).export_package(session_id, tmp_path / "a.qacal", "周婷")
    key = exported.keys["刘洋"]
    first = CalibrationPackages(reviewer).import_package(exported.path, "刘洋", key)
    item = CalibrationService(reviewer).get(first.session_id).interaction_ids[0]
    media = InteractionQueries(reviewer).detail(item).media
    assert media is not None and hashlib.sha256(Path(media.path).read_bytes()).hexdigest() == media.sha256
    before = snapshot(reviewer)

    # The same session id with other content: another call's recording under the same name, the manifest's hash
    # and size changed to match it.
    member, _data = _media_entry(exported.path)
    other = Path(InteractionQueries(database).detail(calls[1]).media.path).read_bytes()
    with zipfile.ZipFile(exported.path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    manifest["interactions"][0]["media"].update(sha256=hashlib.sha256(other).hexdigest(), size_bytes=len(other))
    manifest["interactions"][0]["messages"] = [{"seq": 0, "author": "x", "role": "agent", "text": "=1+1",
                                                "sent_at": None}]  # fmt: skip
    replaced = {"manifest.json": json.dumps(manifest).encode(), member: other}
    attacker = reviewer_key(b"someone else's secret, 32 bytes!", session_id, manifest["session"]["created_at"], "刘洋")
    for package, used, reason in (
        (signed(exported.path, tmp_path / "forged.qacal", key=attacker, **replaced), key, "does not match the key"),
        (signed(exported.path, tmp_path / "own.qacal", key=attacker, **replaced), attacker, "already imported"),
        (signed(exported.path, tmp_path / "replay.qacal", key=key, **replaced), key, "already imported"),
    ):
        with pytest.raises(CalibrationError, match=reason):
            CalibrationPackages(reviewer).import_package(package, "刘洋", used)
        assert snapshot(reviewer) == before
    assert hashlib.sha256(Path(media.path).read_bytes()).hexdigest() == media.sha256

    # A damaged library file where the new package's recording belongs is kept, and the package refused.
    again = CalibrationService(database).create("Calls again", ScorecardService(database).latest_version_id(
        "phone_call_standard"), calls[:1], ["刘洋", "Sarah Lee"], "周婷")  # fmt: skip
    second = CalibrationPackages(database).export_package(again, tmp_path / "b.qacal", "周婷")
    Path(media.path).write_bytes(b"damaged")
    before = snapshot(reviewer)
    with pytest.raises(CalibrationError, match="already holds a different file"):
        CalibrationPackages(reviewer).import_package(second.path, "刘洋", second.keys["刘洋"])
    assert snapshot(reviewer) == before and Path(media.path).read_bytes() == b"damaged"
    # Repaired, the same recording is shared, not copied again or replaced.
    Path(media.path).write_bytes(_media_entry(exported.path)[1])
    imported = CalibrationPackages(reviewer).import_package(second.path, "刘洋", second.keys["刘洋"])
    copy = InteractionQueries(reviewer).detail(CalibrationService(reviewer).get(imported.session_id)
                                               .interaction_ids[0]).media  # fmt: skip
    assert copy is not None and copy.path == media.path


def test_oversized_packages_are_refused_before_extraction(reviewer: Database, lead, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    database, session_id, _calls = lead
    exported = CalibrationPackages(database).export_package(session_id, tmp_path / "a.qacal", "周婷")
    before = snapshot(reviewer)
    monkeypatch.setattr(calibration_package, "MAX_MEDIA_BYTES", 1000)
    with pytest.raises(CalibrationError, match="larger than QA Studio accepts"):
        CalibrationPackages(reviewer).import_package(exported.path, "刘洋", exported.keys["刘洋"])
    monkeypatch.undo()
    monkeypatch.setattr(calibration_package, "MAX_MANIFEST_BYTES", 1000)
    with pytest.raises(CalibrationError, match="larger than QA Studio accepts"):
        CalibrationPackages(reviewer).import_package(exported.path, "刘洋", exported.keys["刘洋"])
    assert snapshot(reviewer) == before


def test_a_recording_that_does_not_match_its_hash_is_refused(reviewer: Database, lead, tmp_path: Path) -> None:  # noqa: ANN001
    """Signed by the key holder, but the bytes are not the ones the manifest names: refused, no file kept."""
    database, session_id, _calls = lead
    exported = CalibrationPackages(database).export_package(session_id, tmp_path / "a.qacal", "周婷")
    member, data = _media_entry(exported.path)
    flipped = bytes([data[0] ^ 0xFF]) + data[1:]
    package = signed(exported.path, tmp_path / "flipped.qacal", key=exported.keys["刘洋"], **{member: flipped})
    before = snapshot(reviewer)
    with pytest.raises(CalibrationError, match="is damaged"):
        CalibrationPackages(reviewer).import_package(package, "刘洋", exported.keys["刘洋"])
    assert snapshot(reviewer) == before


def test_the_corpus_manifest_is_valid_when_unbroken(reviewer: Database, tmp_path: Path) -> None:
    """The well-formed manifest the malformed ones are made from imports when signed: each refusal above is for
    its one defect. It names a lead and an agent unknown here: neither is created."""
    before = snapshot(reviewer)
    imported = CalibrationPackages(reviewer).import_package(signed(CORPUS / "unsigned.qacal", tmp_path / "ok.qacal"),
                                                            "刘洋", KEY)  # fmt: skip
    after = snapshot(reviewer)
    assert imported.interactions == 1 and after["users"] == before["users"]
    assert after["counts"]["Agent"] == before["counts"]["Agent"]
    assert len(imported.notices) == 2
