"""Importing recordings, chat logs and e-mails: one transaction per file, a verdict per file."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import String, select, text
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from qa_studio.clock import utcnow
from qa_studio.domain import (
    AudioProbe,
    AuthorRole,
    Channel,
    ImportOutcome,
    ImportResult,
    ParsedConversation,
)
from qa_studio.errors import QT_TRANSLATE_NOOP, Phrase
from qa_studio.importers.audio import AUDIO_SUFFIXES, sha256_file
from qa_studio.importers.chat_csv import CsvMapping
from qa_studio.importers.errors import ImportRefused
from qa_studio.importers.limits import check_conversations, date_reason, unstorable_reason
from qa_studio.importers.metadata import FileNamePattern, InteractionMetadata, Manifest
from qa_studio.importers.reader import (
    AUDIO,
    CONVERSATIONS,
    ReadLimits,
    ReadRequest,
    file_reader,
    unexpected,
)
from qa_studio.importers.registry import SUPPORTED_CHAT_SUFFIXES
from qa_studio.importers.roles import apply_roles, assign_roles, author_display_name
from qa_studio.paths import media_library_dir
from qa_studio.services import audit, running
from qa_studio.services.directory import agent_by_name, agent_names, team_by_name
from qa_studio.services.kpis import mark_replies
from qa_studio.services.media_store import MediaError, MediaStore, StoreConfig
from qa_studio.storage.database import Database, DatabaseLocked, DatabaseUnavailable, StorageError, WriteConflict
from qa_studio.storage.models import ImportBatch, ImportFileResult, Interaction, MediaFile, Message

ProgressCallback = Callable[[int, int, str], None]
IMPORTABLE_SUFFIXES = AUDIO_SUFFIXES | SUPPORTED_CHAT_SUFFIXES
# Stored in an unfinished batch's file list when a later start finds it was killed (no schema change needed).
INTERRUPTED_PATH = "(import interrupted)"
INTERRUPTED_REASON = "QA Studio stopped during this import (closed, killed or a power cut); files listed before this "
INTERRUPTED_REASON += "line were imported, the rest were not: import the folder again (duplicates are skipped)"
# On a shared server another PC may be importing right now: only a batch this old is certainly dead there.
_SHARED_SERVER_STALE = timedelta(hours=12)
_log = logging.getLogger(__name__)


@dataclass(slots=True)
class ImportOptions:
    """How to import a batch. Per-file metadata (manifest, then file-name pattern, then what the file itself
    says) takes precedence over `defaults`, which are the values typed into the import dialog."""

    defaults: InteractionMetadata = field(default_factory=InteractionMetadata)
    manifest: Path | None = None
    name_pattern: str | None = None
    csv_mapping: CsvMapping | None = None
    copy_media: bool = False
    library_dir: Path | None = None
    # "day-first" or "month-first" for dates such as 03/12/2024; None decides per file from all its dates.
    date_order: str | None = None
    read_limits: ReadLimits = field(default_factory=ReadLimits)


@dataclass(slots=True)
class ImportReport:
    batch_id: int | None
    results: list[ImportResult]
    cancelled: bool = False
    error: str | None = None

    def count(self, outcome: ImportOutcome) -> int:
        return sum(1 for result in self.results if result.outcome == outcome)

    @property
    def imported_interactions(self) -> int:
        return sum(len(result.interaction_ids) for result in self.results)

    @property
    def ok(self) -> bool:
        return self.error is None and self.count(ImportOutcome.REFUSED) == 0


class ImportAborted(StorageError):
    """The database stopped answering mid-batch; files already imported stay imported."""

    def __init__(self, message: str, report: ImportReport) -> None:
        super().__init__(message)
        self.report = report


def _manifest_problem(path: Path, exc: Exception) -> ImportRefused:
    """Why a batch stops before its first file: the manifest is missing, unreadable or not a manifest."""
    if isinstance(exc, FileNotFoundError):
        return ImportRefused(QT_TRANSLATE_NOOP("Errors", "the manifest {path} does not exist"), path=str(path))
    if isinstance(exc, OSError):
        return ImportRefused(QT_TRANSLATE_NOOP("Errors", "the manifest {path} cannot be read: {reason}"),
                             path=str(path), reason=exc.strerror or exc)  # fmt: skip
    return ImportRefused(QT_TRANSLATE_NOOP("Errors", "the manifest {path}: {reason}"), path=str(path), reason=exc)


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders (recursively, in name order, skipping hidden files); keep files as given."""
    collected: list[Path] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path)
                hidden = any(part.startswith(".") for part in relative.parts)
                if child.is_file() and not hidden and child.suffix.lower() in IMPORTABLE_SUFFIXES:
                    collected.append(child)
        else:
            collected.append(path)
    return collected


def conversation_key(conversation: ParsedConversation) -> str:
    """Content identity: the same conversation exported twice (any encoding, any file name) is one interaction.

    E-mail also counts its subject, Message-IDs and attachment hashes: two different e-mails from one sender in
    the same second (attachment-only, say) are two interactions.
    """
    parts: list[object] = [
        conversation.channel.value,
        conversation.external_id or "",
        [(m.author, m.text, m.sent_at.isoformat() if m.sent_at else "") for m in conversation.messages],
    ]
    if conversation.channel == Channel.EMAIL:
        parts += [conversation.subject or "", [m.identity for m in conversation.messages]]
    canonical = json.dumps(parts, ensure_ascii=False)
    return "conv:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _legacy_email_key(conversation: ParsedConversation) -> str | None:
    """The key versions before 0.2 gave an e-mail, still trusted when it includes a Message-ID, so e-mails imported
    then are recognised as duplicates."""
    if conversation.channel != Channel.EMAIL or not conversation.external_id:
        return None
    canonical = json.dumps(
        [
            conversation.channel.value,
            conversation.external_id,
            [(m.author, m.text, m.sent_at.isoformat() if m.sent_at else "") for m in conversation.messages],
        ],
        ensure_ascii=False,
    )
    return "conv:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# How a column's value is named when it is too long or unstorable.
_COLUMN_WORDS = {
    "author": QT_TRANSLATE_NOOP("Errors", "the author"),
    "external_id": QT_TRANSLATE_NOOP("Errors", "the conversation id"),
    "customer_ref": QT_TRANSLATE_NOOP("Errors", "the customer"),
    "queue": QT_TRANSLATE_NOOP("Errors", "the queue"),
    "source_encoding": QT_TRANSLATE_NOOP("Errors", "the encoding name"),
}


def _say(template: str, **params: object) -> str:
    """A reason in an import report, in the reader's language."""
    return str(Phrase(template, **params))


def _refused_by_database(exc: Exception) -> str:
    return _say(QT_TRANSLATE_NOOP("Errors", "the database refused this file: {reason}"), reason=exc)


def _recording_before() -> str:
    return _say(QT_TRANSLATE_NOOP("Errors", "this recording was imported before"))


# Several people importing the same folder at once: whoever stores a file first wins, and the others' inserts break
# a unique key (the interaction's source, or an agent or team both were making) and roll back. Such a file is tried
# again, and then finds what the other stored: a duplicate, reported exactly as one imported earlier. A conflict
# that keeps coming back is a real refusal.
CONFLICT_ATTEMPTS = 3
T = TypeVar("T")


def _again_on_conflict(store: Callable[[], T]) -> T:
    for attempt in range(1, CONFLICT_ATTEMPTS + 1):
        try:
            return store()
        except WriteConflict:
            if attempt == CONFLICT_ATTEMPTS:
                raise
            _log.info("another import stored the same file at the same moment; trying it again")
    raise AssertionError("unreachable")


def _check_columns(session: Session) -> None:
    """Refuse, naming the value, what the database would refuse: text longer than its column, or a NUL character.

    Checked before the flush, so SQLite (which would store it) and PostgreSQL (which would refuse it) agree.
    """
    for instance in session.new:
        table = getattr(instance, "__table__", None)
        if table is None:
            continue
        where = Phrase(QT_TRANSLATE_NOOP("Errors", "message {number}: "), number=instance.seq + 1) if isinstance(
            instance, Message) else ""  # fmt: skip
        for column in table.columns:
            value = getattr(instance, column.key, None)
            if not isinstance(value, str):
                continue
            what = Phrase(_COLUMN_WORDS[column.key]) if column.key in _COLUMN_WORDS else Phrase(
                QT_TRANSLATE_NOOP("Errors", "the {column}"), column=column.key.replace("_", " "))  # fmt: skip
            if reason := unstorable_reason(value):
                raise ImportRefused(
                    QT_TRANSLATE_NOOP("Errors", "{where}{what} {reason}"), where=where, what=what, reason=reason
                )
            length = column.type.length if isinstance(column.type, String) else None
            if length and len(value) > length:
                raise ImportRefused(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}{what} is {value_length:,} characters long (\"{value}…\"); at most {length} fit",
                    ),
                    where=where,
                    what=what,
                    value_length=len(value),
                    value=value[:40],
                    length=length,
                )


def _unexpected_reason(exc: BaseException) -> str:
    return str(unexpected(exc))


def _read_request(path: Path, options: ImportOptions) -> ReadRequest | None:
    """What the reader is asked for this file; None for a path refused before reading (missing, not a file, a
    type QA Studio does not read)."""
    if path.suffix.lower() not in IMPORTABLE_SUFFIXES or not path.is_file():
        return None
    return _request_for(path, options)


def _request_for(path: Path, options: ImportOptions) -> ReadRequest:
    if path.suffix.lower() in AUDIO_SUFFIXES:
        return ReadRequest(AUDIO, path)
    return ReadRequest(CONVERSATIONS, path, options.csv_mapping, options.date_order)


def mark_interrupted_batches(database: Database, actor: str) -> int:
    """Close import batches a killed QA Studio left unfinished, saying so in their file list and in the audit trail
    (`qa-studio audit --entity import_batch`), as noticed by `actor`; returns how many.

    A batch run on this computer holds a lock file while it runs (services/running.py): unlocked means its
    process died. A batch with no lock file here ran elsewhere: on SQLite (one computer's file) it is dead; on a
    shared server only if it started long ago, since another PC may be importing right now.
    """
    tag = database.display_url
    cutoff = utcnow() - _SHARED_SERVER_STALE
    with database.session() as session:
        unfinished = session.scalars(select(ImportBatch).where(ImportBatch.finished_at.is_(None))).all()
        batches = []
        for batch in unfinished:
            found = running.state(tag, batch.id)
            if found == "dead" or (found == "unknown" and (database.is_sqlite or batch.started_at <= cutoff)):
                batches.append(batch)
        for batch in batches:
            results = session.scalars(select(ImportFileResult).where(ImportFileResult.batch_id == batch.id)).all()
            batch.finished_at = utcnow()
            batch.cancelled = True
            batch.imported = sum(r.outcome == ImportOutcome.IMPORTED.value for r in results)
            batch.duplicates = sum(r.outcome == ImportOutcome.DUPLICATE.value for r in results)
            batch.refused = sum(r.outcome == ImportOutcome.REFUSED.value for r in results)
            session.add(
                ImportFileResult(
                    batch_id=batch.id,
                    path=INTERRUPTED_PATH,
                    outcome=ImportOutcome.REFUSED.value,
                    reason=INTERRUPTED_REASON,
                )
            )
            audit.record(session, "import_interrupted", "import_batch", batch.id,
                         {"imported": batch.imported, "duplicates": batch.duplicates, "refused": batch.refused},
                         actor=actor)  # fmt: skip
        return len(batches)


class ImportService:
    def __init__(self, database: Database) -> None:
        self.database = database
        self._store: MediaStore | None = None
        self._store_config: StoreConfig | None = None

    def run(
        self,
        paths: Sequence[Path],
        options: ImportOptions | None = None,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        *,
        actor: str,
        on_result: Callable[[ImportResult], None] | None = None,
    ) -> ImportReport:
        """`on_result` hears each file's verdict as soon as the file is stored or refused, so a batch cut short
        (kill -9, a lost server) has already said what it kept."""
        heard = on_result or (lambda _result: None)
        options = options or ImportOptions()
        pattern = FileNamePattern(options.name_pattern) if options.name_pattern else None
        # The team media store, read once per batch: with one, every recording goes into it.
        self._store = MediaStore(self.database)
        self._store_config = self._store.config()
        files = collect_files(paths)
        manifest = None
        report = ImportReport(batch_id=None, results=[])
        if options.manifest is not None:
            try:
                manifest = Manifest.read(options.manifest)
            except (ImportRefused, OSError) as exc:
                problem = _manifest_problem(options.manifest, exc)
                report.results.append(ImportResult(str(options.manifest), ImportOutcome.REFUSED, str(problem)))
                heard(report.results[-1])
                report.error = str(problem)
                return report
            files = [f for f in files if f.resolve() != options.manifest.resolve()]
        mark_interrupted_batches(self.database, actor)
        with self.database.session() as session:
            batch = ImportBatch()
            session.add(batch)
            session.flush()
            report.batch_id = batch.id
        mark = running.RunningMark(self.database.display_url, report.batch_id)
        try:
            finished = self._run_batch(files, options, manifest, pattern, report, progress, cancel, actor,
                                       heard)  # fmt: skip
        except BaseException:
            mark.release(finished=False)
            raise
        mark.release()
        return finished

    def _run_batch(
        self,
        files: list[Path],
        options: ImportOptions,
        manifest: Manifest | None,
        pattern: FileNamePattern | None,
        report: ImportReport,
        progress: ProgressCallback | None,
        cancel: threading.Event | None,
        actor: str,
        heard: Callable[[ImportResult], None],
    ) -> ImportReport:
        # Each file is read by a child process (the next one while this one is stored), then stored in its own
        # transaction.
        with file_reader(options.read_limits) as reader:
            tickets: dict[int, int] = {}

            def read_ahead(index: int) -> None:
                if index < len(files) and index not in tickets and (request := _read_request(files[index], options)):
                    tickets[index] = reader.submit(request)

            for index, path in enumerate(files):
                if progress is not None:
                    progress(index, len(files), str(path))
                if cancel is not None and cancel.is_set():
                    report.cancelled = True
                    break
                read_ahead(index)
                read_ahead(index + 1)
                ticket = tickets.pop(index, None)
                # A file that appeared after the look-ahead is read when it is wanted.
                read = partial(reader.result, ticket) if ticket else partial(reader.read, _request_for(path, options))
                started = time.monotonic()
                try:
                    result = self._import_one(path, options, manifest, pattern, read)
                except StorageError as exc:
                    if self._database_unusable(exc):
                        report.error = str(exc)
                        report.results.append(ImportResult(str(path), ImportOutcome.REFUSED, str(exc)))
                        heard(report.results[-1])
                        raise ImportAborted(str(exc), report) from exc
                    # The database refused one value of this file (and rolled the file back); the batch goes on.
                    result = ImportResult(str(path), ImportOutcome.REFUSED, _refused_by_database(exc))
                finally:
                    if ticket:
                        reader.forget(ticket)  # refused before it was read (a wrong date given for it, say)
                _log.debug("imported %s in %.2f s", path, time.monotonic() - started)
                report.results.append(result)
                self._record_file(report.batch_id, result)
                heard(result)
        if progress is not None:
            progress(len(files) if not report.cancelled else len(report.results), len(files), "")
        # Chats and e-mails get their automatic answers at once; calls once they are transcribed.
        imported = [i for result in report.results for i in result.interaction_ids]
        if imported:
            from qa_studio.services import search
            from qa_studio.services.autoqa import AutoQAService

            with self.database.session() as session:
                search.reindex(session, imported)
            AutoQAService(self.database).run_quietly(imported, actor=actor)
        self._finish_batch(report, actor)
        return report

    def _database_unusable(self, exc: StorageError) -> bool:
        """Only a database that cannot be reached, is locked or no longer answers stops a batch."""
        if isinstance(exc, DatabaseLocked | DatabaseUnavailable):
            return True
        try:
            with self.database.session() as session:
                session.execute(text("SELECT 1"))
        except (StorageError, SQLAlchemyError):
            return True
        return False

    def _record_file(self, batch_id: int | None, result: ImportResult) -> None:
        """Each file's verdict is written as it is known, so a killed import still says what it had done."""
        with self.database.session() as session:
            session.add(
                ImportFileResult(
                    batch_id=batch_id, path=result.path, outcome=result.outcome.value, reason=result.reason
                )
            )

    def _finish_batch(self, report: ImportReport, actor: str) -> None:
        with self.database.session() as session:
            batch = session.get(ImportBatch, report.batch_id)
            assert batch is not None
            batch.finished_at = utcnow()
            batch.imported = report.count(ImportOutcome.IMPORTED)
            batch.duplicates = report.count(ImportOutcome.DUPLICATE)
            batch.refused = report.count(ImportOutcome.REFUSED)
            batch.cancelled = report.cancelled
            audit.record(
                session,
                "import",
                "import_batch",
                batch.id,
                {"imported": batch.imported, "duplicates": batch.duplicates, "refused": batch.refused},
                actor=actor,
            )

    def _import_one(
        self,
        path: Path,
        options: ImportOptions,
        manifest: Manifest | None,
        pattern: FileNamePattern | None,
        read: Callable[[], Any],
    ) -> ImportResult:
        """One file's verdict; `read()` gives what the reader made of it (conversations or an audio probe)."""
        if not path.exists():
            return ImportResult(str(path), ImportOutcome.REFUSED, _say(QT_TRANSLATE_NOOP("Errors", "file not found")))
        if not path.is_file():
            return ImportResult(str(path), ImportOutcome.REFUSED, _say(QT_TRANSLATE_NOOP("Errors", "not a file")))
        suffix = path.suffix.lower()
        if suffix not in IMPORTABLE_SUFFIXES:
            return ImportResult(str(path), ImportOutcome.REFUSED, _say(
                QT_TRANSLATE_NOOP("Errors", "unsupported file type \"{kind}\""), kind=suffix or path.name))
        outside = options.defaults
        if pattern is not None and (matched := pattern.match(path)) is not None:
            outside = outside.overridden_by(matched)
        if manifest is not None and (listed := manifest.lookup(path)) is not None:
            outside = outside.overridden_by(listed)
        try:
            if outside.started_at is not None and (reason := date_reason(outside.started_at)):
                raise ImportRefused(
                    QT_TRANSLATE_NOOP("Errors", "the start time given for this file is wrong: {reason}"), reason=reason
                )
            if suffix in AUDIO_SUFFIXES:
                return self._import_audio(path, outside, options, read())
            return self._import_conversations(path, outside, options, read())
        except (ImportRefused, MediaError) as exc:
            return ImportResult(str(path), ImportOutcome.REFUSED, str(exc))
        except OSError as exc:
            reason = _say(QT_TRANSLATE_NOOP("Errors", "cannot read the file: {reason}"), reason=exc.strerror or exc)
            return ImportResult(str(path), ImportOutcome.REFUSED, reason)
        except StorageError:
            raise
        except Exception as exc:  # one file's surprise (RecursionError, a parser bug) never stops the batch
            _log.exception("importing %s failed", path)
            return ImportResult(str(path), ImportOutcome.REFUSED, _unexpected_reason(exc))

    def _import_audio(
        self, path: Path, meta: InteractionMetadata, options: ImportOptions, probe: AudioProbe
    ) -> ImportResult:
        digest = sha256_file(path)
        key = f"audio:{digest}"
        started_at = meta.started_at or datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
        if reason := date_reason(started_at):
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{reason} (the file's modification time): give the call's date in a manifest",
                ),
                reason=reason,
            )
        return _again_on_conflict(lambda: self._store_audio(path, meta, options, probe, digest, key, started_at))

    def _store_audio(
        self,
        path: Path,
        meta: InteractionMetadata,
        options: ImportOptions,
        probe: AudioProbe,
        digest: str,
        key: str,
        started_at: datetime,
    ) -> ImportResult:
        with self.database.session() as session:
            if session.scalar(select(Interaction.id).where(Interaction.source_key == key)) is not None:
                return ImportResult(str(path), ImportOutcome.DUPLICATE, _recording_before())
            stored_path, managed = str(path.resolve()), False
            if self._store is not None and self._store_config is not None and self._store_config.active:
                stored_path, managed = self._store.put(session, path, digest, self._store_config), True
            elif options.copy_media:
                stored_path, managed = str(self._copy_into_library(path, digest, options.library_dir)), True
            interaction = self._new_interaction(session, Channel.CALL, meta, path, "audio", None, key)
            interaction.started_at = started_at
            interaction.duration_ms = probe.duration_ms
            interaction.media = MediaFile(
                path=stored_path,
                original_path=str(path.resolve()),
                managed=managed,
                sha256=digest,
                size_bytes=path.stat().st_size,
                duration_ms=probe.duration_ms,
                sample_rate=probe.sample_rate,
                channels=probe.channels,
                codec=probe.codec,
                container=probe.container,
            )
            _check_columns(session)
            try:
                session.flush()
            except IntegrityError:
                session.rollback()
                return ImportResult(str(path), ImportOutcome.DUPLICATE, _recording_before())
            return ImportResult(str(path), ImportOutcome.IMPORTED, probe.warning, [interaction.id])

    @staticmethod
    def _copy_into_library(path: Path, digest: str, library_dir: Path | None) -> Path:
        folder = (library_dir or media_library_dir()) / digest[:2]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{digest}{path.suffix.lower()}"
        if not target.exists():
            partial = target.with_suffix(target.suffix + ".part")
            shutil.copyfile(path, partial)
            partial.replace(target)
        return target

    def _import_conversations(
        self, path: Path, meta: InteractionMetadata, options: ImportOptions, conversations: list[ParsedConversation]
    ) -> ImportResult:
        if not conversations:
            raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "the file contains no conversation"))
        check_conversations(conversations)
        created, duplicates = _again_on_conflict(lambda: self._store_conversations(path, meta, conversations))
        if not created:
            what = _say(QT_TRANSLATE_NOOP("Errors", "all {count} conversations were imported before"), count=duplicates)
            if duplicates == 1:
                what = _say(QT_TRANSLATE_NOOP("Errors", "this conversation was imported before"))
            return ImportResult(str(path), ImportOutcome.DUPLICATE, what)
        notes = [_say(QT_TRANSLATE_NOOP("Errors", "{count} of {total} conversations were imported before"),
                      count=duplicates, total=len(conversations))] if duplicates else []  # fmt: skip
        if assumed := next((c.metadata["date_order"] for c in conversations if c.metadata.get("date_order_assumed")),
                           None):  # fmt: skip
            reading = (QT_TRANSLATE_NOOP("Errors", "day/month/year") if assumed == "day-first" else
                       QT_TRANSLATE_NOOP("Errors", "month/day/year"))  # fmt: skip
            notes.append(_say(QT_TRANSLATE_NOOP(
                "Errors", "nothing in this file tells day from month (every date such as 03/12 reads both ways): its "
                "dates were read as {reading}; if that is wrong, import it with the other date order"),
                reading=Phrase(reading)))  # fmt: skip
        if meta.started_at is None and any(c.metadata.get("time_only") for c in conversations):
            notes.append(_say(QT_TRANSLATE_NOOP(
                "Errors", "warning: the transcript gives times but no date, so it is dated 1970-01-01; import it again "
                "with the date in the import dialog, a manifest or a file-name pattern")))  # fmt: skip
        return ImportResult(str(path), ImportOutcome.IMPORTED, "; ".join(notes), created)

    def _store_conversations(
        self, path: Path, meta: InteractionMetadata, conversations: list[ParsedConversation]
    ) -> tuple[list[int], int]:
        """The file's conversations not stored before, in one transaction: their ids, and how many were stored."""
        created: list[int] = []
        duplicates = 0
        with self.database.session() as session:
            known_agents = None
            for index, conversation in enumerate(conversations):
                key = conversation_key(conversation)
                keys = [key] + ([legacy] if (legacy := _legacy_email_key(conversation)) else [])
                if session.scalar(select(Interaction.id).where(Interaction.source_key.in_(keys))) is not None:
                    duplicates += 1
                    continue
                if known_agents is None:
                    known_agents = agent_names(session)
                interaction = self._store_conversation(session, path, conversation, meta, key, known_agents, index)
                created.append(interaction.id)
        return created, duplicates

    def _store_conversation(
        self,
        session: Session,
        path: Path,
        conversation: ParsedConversation,
        outside: InteractionMetadata,
        key: str,
        known_agents: list[str],
        index: int,
    ) -> Interaction:
        own = conversation.metadata
        meta = InteractionMetadata(
            agent=own.get("agent"),
            team=own.get("team"),
            queue=own.get("queue"),
            customer_ref=own.get("customer"),
        ).overridden_by(outside)
        decisions = assign_roles(conversation.messages, known_agents, agent_hint=meta.agent)
        apply_roles(conversation.messages, decisions)
        # E-mail authors arrive as "Name <address>": the agent is stored by name, the customer keeps the address.
        stated_agent = next((d.author for d in decisions if d.role == AuthorRole.AGENT), None)
        agent_name = meta.agent or (author_display_name(stated_agent) if stated_agent else None)
        customer = meta.customer_ref or next((d.author for d in decisions if d.role == AuthorRole.CUSTOMER), None)
        interaction = self._new_interaction(
            session,
            conversation.channel,
            meta.overridden_by(InteractionMetadata(agent=agent_name, customer_ref=customer)),
            path,
            conversation.source_format,
            conversation.encoding,
            key,
        )
        if agent_name and agent_name not in known_agents:
            known_agents.append(agent_name)
        interaction.external_id = meta.external_id or conversation.external_id
        interaction.subject = conversation.subject
        interaction.role_rules = [{"author": d.author, "role": d.role.value, "reason": d.reason} for d in decisions]
        times = [m.sent_at for m in conversation.messages if m.sent_at is not None]
        first, last = (min(times), max(times)) if times else (None, None)
        if first is not None and first.tzinfo is not None:
            first, last = first.replace(tzinfo=None), last.replace(tzinfo=None) if last else None
        if own.get("time_only") and meta.started_at is not None and first is not None:
            # A times-only transcript takes its date from the manifest, pattern or dialog.
            shift = datetime.combine(meta.started_at.date(), first.time()) - first
            first, last = first + shift, (last + shift if last else None)
            for message in conversation.messages:
                if message.sent_at is not None:
                    message.sent_at = message.sent_at.replace(tzinfo=None) + shift
        interaction.started_at = meta.started_at or first
        # A single e-mail or message has no meaningful duration.
        if first is not None and last is not None and len(times) > 1:
            interaction.duration_ms = int((last - first).total_seconds() * 1000)
        interaction.message_count = len(conversation.messages)
        stored = [
            Message(
                interaction=interaction,
                seq=seq,
                author=m.author,
                role=(m.role or AuthorRole.CUSTOMER).value,
                sent_at=m.sent_at.replace(tzinfo=None) if m.sent_at else None,
                text=m.text,
            )
            for seq, m in enumerate(conversation.messages)
        ]
        mark_replies(stored)
        session.add_all(stored)
        _check_columns(session)
        session.flush()
        return interaction

    @staticmethod
    def _new_interaction(
        session: Session,
        channel: Channel,
        meta: InteractionMetadata,
        path: Path,
        source_format: str,
        encoding: str | None,
        key: str,
    ) -> Interaction:
        agent = agent_by_name(session, meta.agent, meta.team) if meta.agent else None
        team_id = agent.team_id if agent is not None else None
        if team_id is None and meta.team:
            team = team_by_name(session, meta.team)
            team_id = team.id if team else None
        interaction = Interaction(
            channel=channel.value,
            direction=meta.direction or "inbound",
            queue=meta.queue,
            agent_id=agent.id if agent else None,
            team_id=team_id,
            customer_ref=meta.customer_ref,
            external_id=meta.external_id,
            source_path=str(path.resolve()),
            source_format=source_format,
            source_encoding=encoding,
            source_key=key,
            status="new",
            role_rules=[],
        )
        session.add(interaction)
        return interaction
