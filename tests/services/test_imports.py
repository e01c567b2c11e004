"""End-to-end import into a real database (SQLite and PostgreSQL): every format, duplicates, refusals, rollback."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from qa_studio.domain import ImportOutcome
from qa_studio.importers.metadata import InteractionMetadata
from qa_studio.services import imports as imports_module
from qa_studio.services.imports import ImportAborted, ImportOptions, ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries, RoleCorrection
from qa_studio.storage.database import Database, DatabaseLocked, StorageError
from qa_studio.storage.models import AuditEntry, ImportBatch, Interaction, MediaFile, Message

IMPORT_DATA = Path(__file__).parents[1] / "data" / "import"
CHATS = IMPORT_DATA / "chats"
AUDIO = IMPORT_DATA / "audio"


def outcomes(report) -> dict[str, tuple[ImportOutcome, str]]:  # noqa: ANN001
    return {Path(r.path).name: (r.outcome, r.reason) for r in report.results}


def test_folder_of_chats_reports_every_file(database: Database) -> None:
    report = ImportService(database).run([CHATS], actor="tester")
    seen = outcomes(report)
    assert seen["livechat.json"][0] == ImportOutcome.IMPORTED
    assert seen["livechat_again.json"] == (ImportOutcome.DUPLICATE, "this conversation was imported before")
    assert seen["wecom_gbk.csv"][0] == ImportOutcome.IMPORTED
    assert seen["support_utf16.txt"][0] == ImportOutcome.IMPORTED
    assert seen["whatsapp_android.txt"][0] == ImportOutcome.IMPORTED
    assert seen["warranty.eml"][0] == ImportOutcome.IMPORTED
    assert seen["broken.json"][0] == ImportOutcome.REFUSED and "line" in seen["broken.json"][1]
    assert seen["empty.csv"][0] == ImportOutcome.REFUSED and seen["empty.csv"][1]
    assert "notes.xyz" not in seen  # folders contribute only files QA Studio can read
    assert not report.ok
    # wecom_gbk.csv holds two conversations.
    assert report.imported_interactions == 6
    with database.session() as session:
        assert session.scalar(select(func.count(Interaction.id))) == 6
        batch = session.get(ImportBatch, report.batch_id)
        assert (batch.imported, batch.duplicates, batch.refused) == (5, 1, 2)
        assert session.scalar(select(AuditEntry.action).where(AuditEntry.entity_id == batch.id)) == "import"


def test_chinese_gbk_csv_is_read_without_mojibake_and_roles_come_from_the_file(database: Database) -> None:
    ImportService(database).run([CHATS / "wecom_gbk.csv"], ImportOptions(defaults=InteractionMetadata(team="售后一组")),
        actor="tester")
    queries = InteractionQueries(database)
    rows = {row.external_id: row for row in queries.iterate(InteractionFilter())}
    assert set(rows) == {"W-1", "W-2"}
    assert rows["W-1"].agent == "王芳" and rows["W-2"].agent == "李伟"
    assert rows["W-1"].team == "售后一组"
    detail = queries.detail(rows["W-1"].id)
    assert [m.text for m in detail.messages][0] == "你好，我的电饭煲坏了"
    assert [(m.author, m.role) for m in detail.messages][:2] == [("孙先生", "customer"), ("王芳", "agent")]
    assert detail.source_encoding and detail.source_encoding.lower().replace("-", "") in ("gbk", "gb18030", "gb2312")
    assert detail.row.started_at == datetime(2024, 3, 2, 9, 0, 0)
    assert detail.row.duration_ms == 60_000


def test_utf16_transcript_keeps_multiline_message_and_guesses_roles(database: Database) -> None:
    ImportService(database).run([CHATS / "support_utf16.txt"], actor="tester")
    queries = InteractionQueries(database)
    (row,) = list(queries.iterate(InteractionFilter()))
    detail = queries.detail(row.id)
    assert detail.messages[1].text == "Sorry about that, James here.\nLet me look at your account."
    roles = {rule["author"]: rule for rule in detail.role_rules}
    assert roles["Support - James"]["role"] == "agent" and "support" in roles["Support - James"]["reason"].lower()
    assert roles["Noah Wilson"]["role"] == "customer"
    assert row.agent == "Support - James"


def test_whatsapp_multiline_and_system_line(database: Database) -> None:
    ImportService(database).run([CHATS / "whatsapp_android.txt"], actor="tester")
    queries = InteractionQueries(database)
    (row,) = list(queries.iterate(InteractionFilter()))
    messages = queries.detail(row.id).messages
    assert messages[0].role == "system"
    reply = next(m for m in messages if m.author == "Harbour Support")
    assert reply.text == "Hi Ava! Yes, up to 50 metres.\nIt is fine for swimming,\nbut not for diving."
    assert reply.role == "agent"


def test_email_is_an_email_interaction(database: Database) -> None:
    report = ImportService(database).run(
        [CHATS / "warranty.eml"], ImportOptions(defaults=InteractionMetadata(agent="James Porter")), actor="tester"
    )
    assert report.ok
    (row,) = list(InteractionQueries(database).iterate(InteractionFilter()))
    assert (row.channel, row.subject, row.agent) == ("email", "Warranty claim", "James Porter")
    assert row.external_id == "<claim-1@example.com>"


@pytest.mark.parametrize(
    ("name", "channels", "rate"),
    [
        ("mono_16k.wav", 1, 16000),
        ("stereo_8k.wav", 2, 8000),
        ("mono.mp3", 1, 16000),
        ("mono.m4a", 1, 16000),
        ("mono.flac", 1, 16000),
        ("stereo.ogg", 2, 8000),
        ("mono.opus", 1, 48000),
    ],
)
def test_every_audio_format_is_probed_and_stored(database: Database, name: str, channels: int, rate: int) -> None:
    report = ImportService(database).run([AUDIO / name], ImportOptions(defaults=InteractionMetadata(agent="陈静")),
        actor="tester")
    assert outcomes(report)[name][0] == ImportOutcome.IMPORTED, report.results
    with database.session() as session:
        media = session.scalar(select(MediaFile))
        assert (media.channels, media.sample_rate) == (channels, rate)
        assert abs(media.duration_ms - 1500) <= 20
        assert len(media.sha256) == 64 and media.path == str((AUDIO / name).resolve())


def test_same_recording_twice_is_a_duplicate(database: Database, tmp_path: Path) -> None:
    copy = tmp_path / "renamed.wav"
    shutil.copyfile(AUDIO / "mono_16k.wav", copy)
    service = ImportService(database)
    assert service.run([AUDIO / "mono_16k.wav"], actor="tester").ok
    report = service.run([copy], actor="tester")
    assert outcomes(report)["renamed.wav"] == (ImportOutcome.DUPLICATE, "this recording was imported before")
    assert InteractionQueries(database).total() == 1


@pytest.mark.parametrize("name", ["corrupt.wav", "corrupt.mp3", "empty.wav"])
def test_corrupt_audio_is_refused_with_a_reason(database: Database, name: str) -> None:
    report = ImportService(database).run([AUDIO / name, AUDIO / "mono.flac"], actor="tester")
    outcome, reason = outcomes(report)[name]
    assert outcome == ImportOutcome.REFUSED
    assert "audio" in reason
    assert outcomes(report)["mono.flac"][0] == ImportOutcome.IMPORTED
    assert InteractionQueries(database).total() == 1


def test_missing_and_unsupported_files_are_refused(database: Database, tmp_path: Path) -> None:
    report = ImportService(database).run([tmp_path / "nowhere.wav", CHATS / "notes.xyz"], actor="tester")
    assert outcomes(report)["nowhere.wav"] == (ImportOutcome.REFUSED, "file not found")
    assert outcomes(report)["notes.xyz"] == (ImportOutcome.REFUSED, 'unsupported file type ".xyz"')


def test_copy_into_media_library(database: Database, tmp_path: Path) -> None:
    library = tmp_path / "library"
    ImportService(database).run([AUDIO / "mono.mp3"], ImportOptions(copy_media=True, library_dir=library),
        actor="tester")
    with database.session() as session:
        media = session.scalar(select(MediaFile))
        assert media.managed and Path(media.path).is_file() and Path(media.path).is_relative_to(library)
        assert media.original_path == str((AUDIO / "mono.mp3").resolve())


def test_manifest_and_name_pattern_fill_metadata(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "calls"
    folder.mkdir()
    shutil.copyfile(AUDIO / "mono.flac", folder / "张敏_20240305-101500_C889.flac")
    shutil.copyfile(AUDIO / "stereo.ogg", folder / "unmatched.ogg")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("文件名,坐席,团队,队列\nunmatched.ogg,Emma Clarke,Cross-border,Billing\n", encoding="utf-8")
    report = ImportService(database).run(
        [folder],
        ImportOptions(
            defaults=InteractionMetadata(team="Default team"),
            manifest=manifest,
            name_pattern="{agent}_{date:%Y%m%d-%H%M%S}_{customer}",
        ), actor="tester"
    )
    assert report.ok, report.results
    rows = {Path(r.source).name: r for r in InteractionQueries(database).iterate(InteractionFilter())}
    by_pattern = rows["张敏_20240305-101500_C889.flac"]
    assert (by_pattern.agent, by_pattern.customer_ref, by_pattern.team) == ("张敏", "C889", "Default team")
    assert by_pattern.started_at == datetime(2024, 3, 5, 10, 15)
    by_manifest = rows["unmatched.ogg"]
    assert (by_manifest.agent, by_manifest.team, by_manifest.queue) == ("Emma Clarke", "Cross-border", "Billing")


def test_half_written_import_is_rolled_back(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure after the interaction row was written but before its messages leaves nothing behind."""
    original = imports_module.Message

    def exploding_message(**kwargs):  # noqa: ANN003, ANN202
        if kwargs["seq"] == 2:
            raise ValueError("disk full while writing message 2")
        return original(**kwargs)

    monkeypatch.setattr(imports_module, "Message", exploding_message)
    (result,) = ImportService(database).run([CHATS / "livechat.json"], actor="tester").results
    assert result.outcome == ImportOutcome.REFUSED
    assert result.reason == "the file could not be read (ValueError: disk full while writing message 2)"
    with database.session() as session:
        assert session.scalar(select(func.count(Interaction.id))) == 0
        assert session.scalar(select(func.count(Message.id))) == 0
    monkeypatch.setattr(imports_module, "Message", original)
    assert ImportService(database).run([CHATS / "livechat.json"], actor="tester").ok


def test_database_failure_stops_the_batch_and_keeps_what_was_imported(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = ImportService(database)
    real = service._import_one
    calls = {"n": 0}

    def flaky(path, *args):  # noqa: ANN001, ANN002, ANN202
        calls["n"] += 1
        if calls["n"] == 2:
            raise DatabaseLocked("The database is locked by another program")
        return real(path, *args)

    monkeypatch.setattr(service, "_import_one", flaky)
    with pytest.raises(ImportAborted) as caught:
        service.run([AUDIO / "mono.flac", AUDIO / "mono.mp3", AUDIO / "mono.m4a"], actor="tester")
    assert [r.outcome for r in caught.value.report.results] == [ImportOutcome.IMPORTED, ImportOutcome.REFUSED]
    assert InteractionQueries(database).total() == 1


def test_cancel_stops_between_files(database: Database) -> None:
    import threading

    cancel = threading.Event()

    def progress(done: int, _total: int, _label: str) -> None:
        if done == 1:
            cancel.set()

    report = ImportService(database).run(
        [AUDIO / "mono.flac", AUDIO / "mono.mp3", AUDIO / "mono.m4a"], None, progress, cancel, actor="tester"
    )
    assert report.cancelled
    assert len(report.results) == 1


def test_role_correction_moves_the_agent_and_is_audited(database: Database) -> None:
    ImportService(database).run([CHATS / "support_utf16.txt"], actor="tester")
    queries = InteractionQueries(database)
    (row,) = list(queries.iterate(InteractionFilter()))
    corrections = RoleCorrection(database)
    corrections.set_author_role(row.id, "Support - James", "customer", actor="刘洋")
    corrections.set_author_role(row.id, "Noah Wilson", "agent", actor="刘洋")
    detail = queries.detail(row.id)
    assert detail.row.agent == "Noah Wilson"
    assert {m.role for m in detail.messages if m.author == "Noah Wilson"} == {"agent"}
    assert next(r for r in detail.role_rules if r["author"] == "Noah Wilson")["reason"] == "corrected by 刘洋"
    with database.session() as session:
        actions = list(session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "author_role_corrected")))
        assert actions[0] == {"author": "Support - James", "old": "agent", "new": "customer"}


def test_mailbox_agent_is_stored_by_name_not_by_address(database: Database) -> None:
    """Replies from the support domain make the sender the agent; the list shows "James Porter", not his address."""
    report = ImportService(database).run([Path(__file__).parents[1] / "data" / "email" / "threads.mbox"],
        actor="tester")
    assert report.ok, [r.reason for r in report.results]
    agents = {row.agent for row in InteractionQueries(database).iterate(InteractionFilter())}
    assert "James Porter" in agents
    assert "李伟" in agents
    assert not any(agent and "<" in agent for agent in agents)


def test_a_value_the_database_refuses_stops_only_that_file(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database-level refusal of one file (not a dead database) refuses that file; the batch goes on."""
    service = ImportService(database)
    real = service._import_one

    def refusing(path, *args):  # noqa: ANN001, ANN002, ANN202
        if path.name == "mono.mp3":
            raise StorageError("Database error on x: value too long for type character varying(300)")
        return real(path, *args)

    monkeypatch.setattr(service, "_import_one", refusing)
    report = service.run([AUDIO / "mono.flac", AUDIO / "mono.mp3", AUDIO / "mono.m4a"], actor="tester")
    imported, refused = ImportOutcome.IMPORTED, ImportOutcome.REFUSED
    assert [r.outcome for r in report.results] == [imported, refused, imported]
    assert "value too long" in report.results[1].reason
    assert InteractionQueries(database).total() == 2
