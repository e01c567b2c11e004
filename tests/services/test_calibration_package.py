"""Calibration for teams without a server: a package goes from the lead's database to a reviewer's, the answers
come back, and the session reveals and compares them as if everybody had shared one database."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from qa_studio.scoring.engine import Answer
from qa_studio.services.calibration_package import CalibrationPackages
from qa_studio.services.calibration_sessions import CalibrationError, CalibrationService
from qa_studio.services.directory import user_by_name
from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import Database, open_database

DATA = Path(__file__).parents[1] / "data"
ANSWERS = {
    "first_response": Answer("yes"), "greeting": Answer("yes"), "verification": Answer(not_applicable=True),
    "need_analysed": Answer(4), "accuracy": Answer("accurate"), "relevance": Answer(4), "clarity": Answer(5),
    "empathy": Answer("yes"), "forbidden": Answer([]), "no_long_wait": Answer("yes"),
    "confirm_satisfaction": Answer("yes"), "closing_script": Answer("yes"), "proactive": Answer(not_applicable=True),
}  # fmt: skip


def reviewer_database(path: Path, *names: str) -> Database:
    """A reviewer's own QA Studio: the first-run wizard made their account."""
    database = open_database(f"sqlite:///{path}")
    with database.session() as session:
        for name in names:
            user_by_name(session, name, "reviewer")
    return database


@pytest.fixture
def lead_side(database: Database):  # noqa: ANN201
    ScorecardService(database).ensure_shipped()
    ImportService(database).run([DATA / "import" / "chats"], actor="tester")
    with database.session() as session:
        user_by_name(session, "周婷", "lead")
    chats = [r.id for r in InteractionQueries(database).iterate(InteractionFilter(channel="chat"))][:2]
    version = ScorecardService(database).latest_version_id("chat_standard")
    session_id = CalibrationService(database).create("Offline week", version, chats, ["刘洋", "Sarah Lee"], "周婷")
    return database, session_id, chats


def test_round_trip_between_two_databases(lead_side, tmp_path: Path) -> None:  # noqa: ANN001
    database, session_id, chats = lead_side
    exported = CalibrationPackages(database).export_package(session_id, tmp_path / "week.qacal", "周婷")
    package, key = exported.path, exported.keys["刘洋"]
    assert set(exported.keys) == {"刘洋", "Sarah Lee"} and exported.keys["刘洋"] != exported.keys["Sarah Lee"]
    assert CalibrationPackages(database).package_keys(session_id, "周婷") == exported.keys  # the same when asked again

    reviewer_db = reviewer_database(tmp_path / "reviewer.db", "刘洋")  # 刘洋's own computer
    mirror = CalibrationPackages(reviewer_db).import_package(package, "刘洋", key)
    assert mirror.interactions == 2
    assert any("周婷 has no account here" in notice for notice in mirror.notices)
    local = CalibrationService(reviewer_db)
    local_items = local.get(mirror.session_id).interaction_ids
    detail = InteractionQueries(reviewer_db).detail(local_items[0])
    assert detail.messages  # the conversation travelled with the package
    for item in local_items:
        local.score(mirror.session_id, item, {**ANSWERS, "clarity": Answer(3)}, "刘洋")
    answers = CalibrationPackages(reviewer_db).export_answers(mirror.session_id, tmp_path / "liu.json", "刘洋")
    with pytest.raises(CalibrationError, match="already imported"):
        CalibrationPackages(reviewer_db).import_package(package, "刘洋", key)
    reviewer_db.dispose()

    lead = CalibrationPackages(database)
    assert lead.import_answers(session_id, answers, "周婷") == 2
    with pytest.raises(CalibrationError, match="already in this session"):
        lead.import_answers(session_id, answers, "周婷")
    calibrations = CalibrationService(database)
    for chat in chats:
        calibrations.score(session_id, chat, ANSWERS, "Sarah Lee")
    calibrations.reveal(session_id, "周婷")
    results = calibrations.results(session_id, resamples=10)
    assert {e.reviewer for e in results.evaluations} == {"刘洋", "Sarah Lee"}
    assert results.answer("刘洋", chats[0], "clarity").value == 3.0


def test_tampered_foreign_and_unknown_files_are_refused(lead_side, tmp_path: Path) -> None:  # noqa: ANN001
    database, session_id, chats = lead_side
    packages = CalibrationPackages(database)
    exported = packages.export_package(session_id, tmp_path / "week.qacal", "周婷")
    package, key = exported.path, exported.keys["刘洋"]
    with pytest.raises(CalibrationError, match="not addressed to Mark Hughes"):
        CalibrationPackages(reviewer_database(tmp_path / "x.db", "Mark Hughes")).import_package(package, "Mark Hughes",
                                                                                                key)  # fmt: skip
    # 刘洋's key does not open Sarah's copy, nor does a key of the wrong shape.
    with pytest.raises(CalibrationError, match="does not match the key"):
        CalibrationPackages(reviewer_database(tmp_path / "s.db", "Sarah Lee")).import_package(package, "Sarah Lee",
                                                                                              key)  # fmt: skip
    with pytest.raises(CalibrationError, match="not a package key"):
        CalibrationPackages(reviewer_database(tmp_path / "k.db", "刘洋")).import_package(package, "刘洋", "1234")
    # A package edited by hand fails its signature, even with its signature list kept.
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        signatures = archive.read("signatures.json")
    manifest["interactions"][0]["messages"][0]["text"] = "changed"
    edited = tmp_path / "edited.qacal"
    with zipfile.ZipFile(edited, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("signatures.json", signatures)
    with pytest.raises(CalibrationError, match="does not match the key"):
        CalibrationPackages(reviewer_database(tmp_path / "y.db", "刘洋")).import_package(edited, "刘洋", key)
    junk = tmp_path / "junk.qacal"
    junk.write_bytes(b"not a zip")
    with pytest.raises(CalibrationError, match="not a readable calibration package"):
        packages.import_package(junk, "刘洋", key)
    # Answers meant for another session.
    other = CalibrationService(database).create("Another", ScorecardService(database).latest_version_id(
        "chat_standard"), chats, ["刘洋", "Sarah Lee"], "周婷")  # fmt: skip
    reviewer_db = reviewer_database(tmp_path / "z.db", "刘洋")
    mirror = CalibrationPackages(reviewer_db).import_package(package, "刘洋", key)
    for item in CalibrationService(reviewer_db).get(mirror.session_id).interaction_ids:
        CalibrationService(reviewer_db).score(mirror.session_id, item, ANSWERS, "刘洋")
    answers = CalibrationPackages(reviewer_db).export_answers(mirror.session_id, tmp_path / "a.json", "刘洋")
    with pytest.raises(CalibrationError, match="does not match the key"):
        packages.import_answers(other, answers, "周婷")  # the other session's key for 刘洋 is another key
    with pytest.raises(CalibrationError, match="only a lead"):
        packages.import_answers(session_id, answers, "刘洋")
    # Answers claiming to be Sarah's, made by 刘洋 (who has only his own key), are refused.
    data = json.loads(answers.read_text(encoding="utf-8"))
    data["reviewer"] = "Sarah Lee"
    data["signed"] = data["signed"].replace('"reviewer": "刘洋"', '"reviewer": "Sarah Lee"')
    forged = tmp_path / "sarah.json"
    forged.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CalibrationError, match="does not match the key"):
        packages.import_answers(session_id, forged, "周婷")
    assert {line.state for line in CalibrationService(database).board(session_id)} == {"not started"}


def test_recordings_travel_with_the_package(database: Database, tmp_path: Path) -> None:
    ScorecardService(database).ensure_shipped()
    calls = [r.interaction_ids[0] for r in ImportService(database).run(
        [DATA / "audio" / "stereo_call.opus", DATA / "audio" / "english_mono.opus"],
            actor="tester").results]  # fmt: skip
    with database.session() as session:
        user_by_name(session, "周婷", "lead")
    version = ScorecardService(database).latest_version_id("phone_call_standard")
    session_id = CalibrationService(database).create("Calls", version, calls, ["刘洋", "Sarah Lee"], "周婷")
    exported = CalibrationPackages(database).export_package(session_id, tmp_path / "calls.qacal", "周婷")
    package = exported.path
    with zipfile.ZipFile(package) as archive:
        assert sorted(n for n in archive.namelist() if n.startswith("media/")) == [
            f"media/{calls[0]}.opus", f"media/{calls[1]}.opus"]  # fmt: skip
    reviewer_db = reviewer_database(tmp_path / "reviewer.db", "Sarah Lee")
    mirror = CalibrationPackages(reviewer_db).import_package(package, "Sarah Lee", exported.keys["Sarah Lee"])
    item = CalibrationService(reviewer_db).get(mirror.session_id).interaction_ids[0]
    media = InteractionQueries(reviewer_db).detail(item).media
    assert media is not None and Path(media.path).is_file() and media.channels == 2
