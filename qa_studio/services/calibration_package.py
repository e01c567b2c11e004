"""Calibration without a shared server: the lead exports a package (one file: the session, the scorecard version,
the interactions with their messages or transcript, optionally the recordings); a reviewer imports it into their
own QA Studio, scores blind, and exports an answers file; the lead imports each answers file into the session.
The same blindness and statistics apply: a reviewer's file holds only their own answers, and the lead sees
nothing until the reveal.

A package and an answers file come from someone and may have been changed on the way, so both are signed and
everything in them is checked before anything is written:

- Each session has a secret kept in the lead's database. From it every reviewer gets a **package key** of their
  own (HMAC-SHA256 of the secret, the session and the reviewer's name), which the lead hands over apart from the
  package. The package carries one HMAC-SHA256 per reviewer over the exact bytes of its manifest; the reviewer's
  key must verify theirs before the manifest is even parsed. The answers file is signed with the same key, so the
  lead knows which reviewer it comes from and that nobody else (another reviewer included) could have made it.
- The manifest is checked for its size, nesting, types and lengths; recordings are extracted to temporary files
  with a size cap, checked against the manifest's hashes and sizes, and then moved into the content-addressed
  media library without ever replacing a file that is there.
- A package creates no accounts and no roles: the reviewer importing it must already have one here, and the other
  people it names are matched to existing accounts or not recorded (the import says which).
- A refused file leaves nothing behind: no rows, no files."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from qa_studio.errors import QT_TRANSLATE_NOOP
from qa_studio.files import write_file
from qa_studio.importers.audio import AUDIO_SUFFIXES
from qa_studio.paths import media_library_dir
from qa_studio.scoring.engine import Answer
from qa_studio.scoring.loader import scorecard_from_dict
from qa_studio.scoring.versioning import scoring_hash
from qa_studio.services import audit, search
from qa_studio.services.calibration_sessions import (
    EXPERT,
    PARTICIPANT,
    CalibrationError,
    CalibrationService,
)
from qa_studio.services.kpis import mark_replies
from qa_studio.services.media_store import MediaError, MediaStore
from qa_studio.storage.database import Database, StorageError
from qa_studio.storage.models import (
    Agent,
    CalibrationItem,
    CalibrationParticipant,
    CalibrationSession,
    Evaluation,
    Interaction,
    MediaFile,
    Message,
    ScorecardVersion,
    Transcript,
    TranscriptSegment,
    User,
)
from qa_studio.storage.models import Scorecard as ScorecardRow

PACKAGE_FORMAT = "qa-studio-calibration-package"
ANSWERS_FORMAT = "qa-studio-calibration-answers"
FORMAT_VERSION = 2
MANIFEST, SIGNATURES = "manifest.json", "signatures.json"
SECRET_NOTE = "__package_secret__"  # in the lead's session notes; never shown or exported
MIRROR_NOTE = "__package__"  # in the reviewer's copy: where it came from and the reviewer's key

# Limits against hostile or broken files. A real package holds a few dozen interactions and a few recordings.
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_ANSWERS_BYTES = 16 * 1024 * 1024
MAX_MEDIA_BYTES = 2 * 1024 * 1024 * 1024  # one recording
MAX_PACKAGE_MEDIA_BYTES = 8 * 1024 * 1024 * 1024  # all recordings together
MAX_DEPTH = 32  # nesting of the manifest (a scorecard definition is the deepest part)
MAX_INTERACTIONS = 1000
MAX_ITEMS_PER_INTERACTION = 100_000  # messages or transcript segments
KEY_BYTES = 20  # 160 bits, shown as 32 base-32 characters in groups of four


# Keys and signatures --------------------------------------------------------------------------------------------
def reviewer_key(secret: bytes, session_id: int, created_at: str, reviewer: str) -> str:
    """The key of one reviewer for one session, as the lead hands it over (e.g. "K7QD-2MXA-…")."""
    message = "\x00".join(("qa-studio calibration package", str(session_id), created_at, reviewer)).encode("utf-8")
    raw = hmac.new(secret, message, hashlib.sha256).digest()[:KEY_BYTES]
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _key_bytes(key: str) -> bytes:
    compact = "".join(ch for ch in key.upper() if ch.isalnum())
    try:
        raw = base64.b32decode(compact)
    except ValueError:
        raw = b""
    if len(raw) != KEY_BYTES:
        raise CalibrationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "that is not a package key: the lead's key is 32 letters and digits, e.g. K7QD-2MXA-…",
            ),
        )  # fmt: skip
    return raw


def _tag(key: bytes, data: bytes) -> str:
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def _verified(key: str, data: bytes, tag: Any, what: str) -> None:
    expected = _tag(_key_bytes(key), data).encode("ascii")
    if not isinstance(tag, str) or not hmac.compare_digest(expected, tag.encode("utf-8", "replace")):
        raise CalibrationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the signature of this {what} does not match the key: it was changed after it was exported, it comes "
                "from someone else, or the key is not the one for it",
            ),
            what=what,
        )


# Reading hostile input ------------------------------------------------------------------------------------------
def _json(data: bytes, what: str) -> Any:
    try:
        return json.loads(data.decode("utf-8-sig"))
    except RecursionError:
        raise CalibrationError(
            QT_TRANSLATE_NOOP("Errors", "the {what} is nested too deeply to be a QA Studio file"), what=what
        ) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise CalibrationError(
            QT_TRANSLATE_NOOP("Errors", "the {what} is not readable JSON ({exc})"), what=what, exc=exc
        ) from None


def _depth(value: Any) -> int:
    """How deeply lists and objects nest (iteratively: a hostile file must not exhaust the stack here either)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if level > MAX_DEPTH:
                return level
            stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def _read_limited(stream: IO[bytes], limit: int, what: str) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise CalibrationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the {what} is larger than QA Studio accepts ({number} MB)",
            ),
            what=what,
            number=limit // (1024 * 1024),
        )
    return data


class _Check:
    """Type and length checks of a parsed manifest or answers file, each failure a reason naming the place."""

    def __init__(self, what: str) -> None:
        self.what = what

    def fail(self, where: str, expected: str) -> CalibrationError:
        return CalibrationError(QT_TRANSLATE_NOOP("Errors", "the {what} is malformed: {where} should be {expected}"),
                                what=self.what, where=where, expected=expected)  # fmt: skip

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "an object")
        return value

    def items(self, value: Any, where: str, limit: int) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, "a list")
        if len(value) > limit:
            raise self.fail(where, f"at most {limit} entries")
        return value

    def text(self, data: dict[str, Any], key: str, where: str, limit: int = 100_000, *,
             optional: bool = False) -> str | None:  # fmt: skip
        value = data.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, str) or len(value) > limit or "\x00" in value:
            raise self.fail(f"{where}.{key}", f"text of at most {limit} characters" + (" or null" if optional else ""))
        return value

    def number(self, data: dict[str, Any], key: str, where: str, *, optional: bool = False, integer: bool = True,
               low: float = 0, high: float = 2**53) -> Any:  # fmt: skip
        value = data.get(key)
        if value is None and optional:
            return None
        kinds = (int,) if integer else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds) or not low <= value <= high:
            kind = "a whole number" if integer else "a number"
            raise self.fail(f"{where}.{key}", f"{kind} from {low:g} to {high:g}")
        return value

    def moment(self, data: dict[str, Any], key: str, where: str) -> datetime | None:
        value = self.text(data, key, where, 40, optional=True)
        if value is None:
            return None
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(f"{where}.{key}", "a date and time (ISO 8601)") from None


@dataclass(frozen=True, slots=True)
class PackageExport:
    path: Path
    keys: dict[str, str]  # reviewer (and expert) → the key to hand them


@dataclass(frozen=True, slots=True)
class PackageImport:
    session_id: int  # the local copy of the session
    interactions: int
    reviewer: str
    notices: list[str] = field(default_factory=list)  # people and agents not matched here, and what was done


@dataclass(slots=True)
class _Media:
    member: str  # inside the zip
    sha256: str
    size: int
    suffix: str
    staged: Path | None = None


class CalibrationPackages:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.calibrations = CalibrationService(database)

    # The lead ---------------------------------------------------------------------------------------------------
    def package_keys(self, session_id: int, actor: str) -> dict[str, str]:
        """Each reviewer's (and the expert's) package key for this session; the same every time it is asked."""
        summary = self.calibrations.get(session_id)
        with self.database.session() as session:
            CalibrationService._require_lead(session, actor, "see the package keys")
            calibration = session.get(CalibrationSession, session_id)
            assert calibration is not None
            notes = dict(calibration.notes or {})
            if SECRET_NOTE not in notes:
                notes[SECRET_NOTE] = secrets.token_hex(32)
                calibration.notes = notes
            secret = bytes.fromhex(notes[SECRET_NOTE])
        people = [*summary.reviewers, *([summary.expert] if summary.expert else [])]
        created_at = summary.created_at.isoformat()
        return {name: reviewer_key(secret, summary.id, created_at, name) for name in people}

    def export_package(self, session_id: int, path: Path, actor: str, include_media: bool = True,
                       overwrite: bool = False) -> PackageExport:  # fmt: skip
        summary = self.calibrations.get(session_id)
        if summary.state != "open":
            raise CalibrationError(
                QT_TRANSLATE_NOOP("Errors", "only a session still being scored can be sent out as a package")
            )
        keys = self.package_keys(session_id, actor)
        with self.database.session() as session:
            version = session.get(ScorecardVersion, summary.scorecard_version_id)
            assert version is not None
            interactions, media = [], []
            for interaction_id in summary.interaction_ids:
                row = session.get(Interaction, interaction_id)
                assert row is not None
                # Reviewers score from the package on their own PCs: they get the masked copies, and no word timings
                # (each word is clear text).
                item: dict[str, Any] = {
                    "id": row.id, "channel": row.channel, "direction": row.direction, "queue": row.queue,
                    "started_at": row.started_at.isoformat() if row.started_at else None,
                    "duration_ms": row.duration_ms, "agent": row.agent.name if row.agent else None,
                    "external_id": row.external_id, "subject": row.subject_masked,
                    "messages": [{"seq": m.seq, "author": m.author, "role": m.role, "text": m.text_masked or "",
                                  "sent_at": m.sent_at.isoformat() if m.sent_at else None} for m in row.messages],
                    "transcript": None, "media": None,
                }  # fmt: skip
                transcript = session.scalar(
                    select(Transcript).where(Transcript.interaction_id == row.id, Transcript.is_current.is_(True))
                    .options(selectinload(Transcript.segments))
                )  # fmt: skip
                if transcript is not None:
                    item["transcript"] = {
                        "model": transcript.model, "language": transcript.language,
                        "segments": [{"start_ms": s.start_ms, "end_ms": s.end_ms, "speaker": s.speaker,
                                      "text": s.text_masked or ""} for s in transcript.segments],
                    }  # fmt: skip
                source = None
                if include_media and row.media is not None:
                    with contextlib.suppress(MediaError, OSError):  # a recording out of reach: the package goes without
                        source = MediaStore(self.database).local_path(row.media.path, row.media.sha256)
                if include_media and source is not None and source.is_file():
                    name = f"media/{row.id}{source.suffix.lower()}"
                    item["media"] = {"file": name, "sha256": row.media.sha256, "size_bytes": source.stat().st_size,
                                     "duration_ms": row.media.duration_ms, "sample_rate": row.media.sample_rate,
                                     "channels": row.media.channels, "codec": row.media.codec,
                                     "container": row.media.container}  # fmt: skip
                    media.append((source, name))
                interactions.append(item)
            manifest = json.dumps({
                "format": PACKAGE_FORMAT, "format_version": FORMAT_VERSION,
                "session": {"id": summary.id, "title": summary.title, "created_at": summary.created_at.isoformat(),
                            "tolerance": summary.tolerance, "lead": summary.created_by},
                "reviewers": summary.reviewers, "expert": summary.expert,
                "scorecard": {"key": summary.scorecard_key, "version": summary.scorecard_version,
                              "definition": version.definition},
                "interactions": interactions,
            }, ensure_ascii=False, indent=1).encode("utf-8")  # fmt: skip
            signatures = {"algorithm": "HMAC-SHA256",
                          "reviewers": {name: _tag(_key_bytes(key), manifest) for name, key in keys.items()}}

            def make(partial: Path) -> None:
                with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                    archive.writestr(MANIFEST, manifest)
                    archive.writestr(SIGNATURES, json.dumps(signatures, ensure_ascii=False, indent=1))
                    for source, name in media:
                        archive.write(source, name)

            write_file(Path(path), make, overwrite)
            audit.record(session, "calibration_package_exported", "calibration_session", session_id,
                         {"file": str(path), "media": len(media)}, actor=actor)  # fmt: skip
        return PackageExport(Path(path), keys)

    def import_answers(self, session_id: int, path: Path, actor: str) -> int:
        """A reviewer's returned answers, scored into the session as theirs; returns how many items. Everything is
        checked first: a refused file scores nothing."""
        summary = self.calibrations.get(session_id)
        with self.database.session() as session:
            CalibrationService._require_lead(session, actor, "import returned answers")
        try:
            with Path(path).open("rb") as handle:
                raw = _read_limited(handle, MAX_ANSWERS_BYTES, "answers file")
        except OSError as exc:
            raise CalibrationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} cannot be read ({value})",
                ),
                name=Path(path).name,
                value=exc.strerror or exc,
            ) from None
        check = _Check("answers file")
        outer = check.obj(_json(raw, "answers file"), "the file")
        if outer.get("format") != ANSWERS_FORMAT:
            raise CalibrationError(QT_TRANSLATE_NOOP("Errors", "this is not a calibration answers file"))
        if outer.get("format_version") != FORMAT_VERSION:
            raise CalibrationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "this answers file was made by another version of QA Studio (format {get!r}, expected "
                    "{format_version})",
                ),
                get=outer.get('format_version'),
                format_version=FORMAT_VERSION,
            )  # fmt: skip
        reviewer = check.text(outer, "reviewer", "the file", 200)
        signed = check.text(outer, "signed", "the file", MAX_ANSWERS_BYTES)
        if reviewer not in summary.reviewers and reviewer != summary.expert:
            raise CalibrationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{reviewer} does not take part in “{title}”",
                ),
                reviewer=reviewer,
                title=summary.title,
            )
        key = self.package_keys(session_id, actor)[reviewer]
        _verified(key, signed.encode("utf-8"), outer.get("hmac"), "answers file")
        body = check.obj(_json(signed.encode("utf-8"), "answers file"), "the signed part")
        if _depth(body) > MAX_DEPTH:
            raise CalibrationError(
                QT_TRANSLATE_NOOP("Errors", "the answers file is nested too deeply to be a QA Studio file")
            )
        origin = check.obj(body.get("session"), "session")
        if origin.get("id") != summary.id or origin.get("created_at") != summary.created_at.isoformat():
            raise CalibrationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "these answers belong to another session (“{get}”), not to “{title}”",
                ),
                get=origin.get('title'),
                title=summary.title,
            )  # fmt: skip
        if body.get("reviewer") != reviewer:
            raise CalibrationError(QT_TRANSLATE_NOOP("Errors", "the answers file names two different reviewers"))
        scored = []
        for index, item in enumerate(check.items(body.get("items"), "items", MAX_INTERACTIONS)):
            where = f"items[{index}]"
            item = check.obj(item, where)
            interaction_id = check.number(item, "interaction_id", where)
            if interaction_id not in summary.interaction_ids:
                raise CalibrationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "interaction {interaction_id} is not part of this session",
                    ),
                    interaction_id=interaction_id,
                )
            answers = {}
            for criterion, answer in check.obj(item.get("answers"), f"{where}.answers").items():
                answer = check.obj(answer, f"{where}.answers.{criterion}")
                answers[criterion] = Answer(answer.get("value"), bool(answer.get("not_applicable")),
                                            check.text(answer, "root_cause", where, 100, optional=True),
                                            check.text(answer, "comment", where, optional=True))  # fmt: skip
            scored.append((interaction_id, answers, check.text(item, "comment", where, optional=True)))
        done = {line.interaction_id for line in self.calibrations.board(session_id)
                if line.person == reviewer and line.state == "submitted"}  # fmt: skip
        if already := sorted(i for i, _a, _c in scored if i in done):
            raise CalibrationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{reviewer}'s answers for interaction {already} are already in this session; nothing was imported",
                ),
                reviewer=reviewer,
                already=already[0],
            )  # fmt: skip
        for interaction_id, answers, comment in scored:
            self.calibrations.score(session_id, interaction_id, answers, reviewer, comment)
        with self.database.session() as session:
            audit.record(session, "calibration_answers_imported", "calibration_session", session_id,
                         {"reviewer": reviewer, "items": len(scored), "file": str(path)}, actor=actor)  # fmt: skip
        return len(scored)

    # The reviewer -----------------------------------------------------------------------------------------------
    def import_package(self, path: Path, reviewer: str, key: str) -> PackageImport:
        """The session, its scorecard version and interactions, copied into this database for `reviewer`, whose
        package key (from the lead) must verify the package first."""
        return self._open(Path(path), lambda archive: self._copy_in(
            self._verified_manifest(archive, reviewer, key), archive, reviewer, key, Path(path)))  # fmt: skip

    def verify_package(self, path: Path, reviewer: str, key: str) -> None:
        """Every check an import makes before it writes (signature, manifest, recordings' sizes), writing nothing."""
        self._open(Path(path), lambda archive: self._media_of(self._verified_manifest(archive, reviewer, key),
                                                              archive))  # fmt: skip

    @staticmethod
    def _open(path: Path, use: Callable[[zipfile.ZipFile], Any]) -> Any:
        try:
            with zipfile.ZipFile(path) as archive:
                return use(archive)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError) as exc:
            raise CalibrationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is not a readable calibration package ({exc})",
                ),
                name=path.name,
                exc=exc,
            ) from None
        except OSError as exc:
            raise CalibrationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} cannot be read ({value})",
                ),
                name=path.name,
                value=exc.strerror or exc,
            ) from None

    def _verified_manifest(self, archive: zipfile.ZipFile, reviewer: str, key: str) -> dict[str, Any]:
        names = set(archive.namelist())
        if MANIFEST not in names or SIGNATURES not in names:
            raise CalibrationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "this is not a calibration package of this QA Studio version (no signed manifest)",
                ),
            )  # fmt: skip
        for name, limit in ((MANIFEST, MAX_MANIFEST_BYTES), (SIGNATURES, 1024 * 1024)):
            if archive.getinfo(name).file_size > limit:
                raise CalibrationError(
                    QT_TRANSLATE_NOOP("Errors", "the package's {name} is larger than QA Studio accepts"), name=name
                )
        with archive.open(SIGNATURES) as stream:
            signatures = _json(_read_limited(stream, 1024 * 1024, "signature list"), "signature list")
        tags = signatures.get("reviewers") if isinstance(signatures, dict) else None
        if not isinstance(tags, dict):
            raise CalibrationError(QT_TRANSLATE_NOOP("Errors", "the package's signature list is malformed"))
        if reviewer not in tags:
            raise CalibrationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "this package is not addressed to {reviewer} (it is for {names})",
                ),
                reviewer=reviewer,
                names=', '.join(str(name) for name in list(tags)[:20]),
            )  # fmt: skip
        with archive.open(MANIFEST) as stream:
            manifest = _read_limited(stream, MAX_MANIFEST_BYTES, "manifest")
        _verified(key, manifest, tags[reviewer], "package")
        body = _json(manifest, "package's manifest")
        if _depth(body) > MAX_DEPTH:
            raise CalibrationError(
                QT_TRANSLATE_NOOP("Errors", "the package's manifest is nested too deeply to be a QA Studio file")
            )
        check = _Check("package's manifest")
        body = check.obj(body, "the manifest")
        if body.get("format") != PACKAGE_FORMAT:
            raise CalibrationError(QT_TRANSLATE_NOOP("Errors", "this is not a calibration package"))
        if body.get("format_version") != FORMAT_VERSION:
            raise CalibrationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "this calibration package was made by another version of QA Studio (format {get!r}, expected "
                    "{format_version})",
                ),
                get=body.get('format_version'),
                format_version=FORMAT_VERSION,
            )  # fmt: skip
        self._check_body(body, check, names)
        if reviewer not in body["reviewers"] and reviewer != body.get("expert"):
            raise CalibrationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{reviewer} is not one of this session's reviewers ({names})",
                ),
                reviewer=reviewer,
                names=', '.join(body['reviewers']),
            )  # fmt: skip
        return body

    @staticmethod
    def _check_body(body: dict[str, Any], check: _Check, members: set[str]) -> None:
        """Every field the import reads, of the right type and length (the database would refuse the rest)."""
        origin = check.obj(body.get("session"), "session")
        check.number(origin, "id", "session")
        check.text(origin, "title", "session", 300)
        check.moment(origin, "created_at", "session")
        check.number(origin, "tolerance", "session", integer=False, high=100)
        check.text(origin, "lead", "session", 200)
        for index, name in enumerate(check.items(body.get("reviewers"), "reviewers", 500)):
            if not isinstance(name, str) or not 0 < len(name) <= 200:
                raise check.fail(f"reviewers[{index}]", "a name of at most 200 characters")
        check.text(body, "expert", "the manifest", 200, optional=True)
        card = check.obj(body.get("scorecard"), "scorecard")
        check.text(card, "key", "scorecard", 100)
        definition = check.obj(card.get("definition"), "scorecard.definition")
        check.obj(definition.get("name"), "scorecard.definition.name")
        seen_media: set[str] = set()
        for index, item in enumerate(check.items(body.get("interactions"), "interactions", MAX_INTERACTIONS)):
            where = f"interactions[{index}]"
            item = check.obj(item, where)
            check.number(item, "id", where)
            if check.text(item, "channel", where, 20) not in ("call", "chat", "email"):
                raise check.fail(f"{where}.channel", "call, chat or email")
            check.text(item, "direction", where, 20, optional=True)
            check.text(item, "queue", where, 200, optional=True)
            check.moment(item, "started_at", where)
            check.number(item, "duration_ms", where, optional=True)
            check.text(item, "agent", where, 200, optional=True)
            check.text(item, "external_id", where, 300, optional=True)
            check.text(item, "subject", where, optional=True)
            for m_index, message in enumerate(check.items(item.get("messages", []), f"{where}.messages",
                                                          MAX_ITEMS_PER_INTERACTION)):  # fmt: skip
                m_where = f"{where}.messages[{m_index}]"
                message = check.obj(message, m_where)
                check.number(message, "seq", m_where, high=2**31 - 1)
                check.text(message, "author", m_where, 300)
                check.text(message, "role", m_where, 20)
                check.text(message, "text", m_where, 1_000_000)
                check.moment(message, "sent_at", m_where)
            if len({m["seq"] for m in item.get("messages", [])}) != len(item.get("messages", [])):
                raise check.fail(f"{where}.messages", "messages with different sequence numbers")
            if item.get("transcript") is not None:
                transcript = check.obj(item["transcript"], f"{where}.transcript")
                check.text(transcript, "model", f"{where}.transcript", 200, optional=True)
                check.text(transcript, "language", f"{where}.transcript", 20, optional=True)
                segments = check.items(transcript.get("segments"), f"{where}.transcript.segments",
                                       MAX_ITEMS_PER_INTERACTION)  # fmt: skip
                for s_index, segment in enumerate(segments):
                    s_where = f"{where}.transcript.segments[{s_index}]"
                    segment = check.obj(segment, s_where)
                    check.number(segment, "start_ms", s_where)
                    check.number(segment, "end_ms", s_where)
                    check.text(segment, "speaker", s_where, 20)
                    check.text(segment, "text", s_where, 1_000_000)
                    check.items(segment.get("words") or [], f"{s_where}.words", 100_000)
            if item.get("media") is not None:
                media = check.obj(item["media"], f"{where}.media")
                m_where = f"{where}.media"
                member = check.text(media, "file", m_where, 200)
                suffix = Path(member).suffix.lower()
                if member not in members or suffix not in AUDIO_SUFFIXES or member in seen_media:
                    raise CalibrationError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "the package's manifest names a recording that is not in the package (or not a "
                            "recording): {member}",
                        ),
                        member=member,
                    )  # fmt: skip
                seen_media.add(member)
                digest = check.text(media, "sha256", m_where, 64)
                if len(digest or "") != 64 or any(ch not in "0123456789abcdef" for ch in digest or ""):
                    raise check.fail(f"{m_where}.sha256", "a SHA-256 in hexadecimal")
                size = check.number(media, "size_bytes", m_where)
                if not 0 < size <= MAX_MEDIA_BYTES:
                    raise CalibrationError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "the recording {member} is larger than QA Studio accepts ({number} MB)",
                        ),
                        member=member,
                        number=MAX_MEDIA_BYTES // (1024 * 1024),
                    )  # fmt: skip
                check.number(media, "duration_ms", m_where)
                for name in ("sample_rate", "channels"):
                    check.number(media, name, m_where, high=2**31 - 1)
                for name in ("codec", "container"):
                    check.text(media, name, m_where, 40)

    def _copy_in(self, body: dict[str, Any], archive: zipfile.ZipFile, reviewer: str, key: str,
                 path: Path) -> PackageImport:  # fmt: skip
        origin = body["session"]
        mirror_key = f"calibration-package:{origin['id']}:{origin['created_at']}"
        media = self._media_of(body, archive)
        definition = body["scorecard"]["definition"]
        try:
            card_model = scorecard_from_dict(definition, path.name)
        except Exception as exc:  # any scorecard problem refuses the package, with its reason
            raise CalibrationError(
                QT_TRANSLATE_NOOP("Errors", "the package's scorecard cannot be used: {exc}"), exc=exc
            ) from None
        with self.database.session() as session:
            if session.scalar(select(Interaction.id).where(Interaction.source_key.like(f"{mirror_key}:%"))):
                raise CalibrationError(QT_TRANSLATE_NOOP("Errors", "this package is already imported here"))
            me = session.scalar(select(User).where(User.name == reviewer))
            if me is None:
                raise CalibrationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{reviewer} has no account in this database: sign in to QA Studio as {reviewer} first (an "
                        "administrator may add you under File → Users and roles)",
                    ),
                    reviewer=reviewer,
                )  # fmt: skip
        notices: list[str] = []
        library = media_library_dir()
        created: list[Path] = []
        try:
            self._stage(archive, media, library)
            with self.database.session() as session:
                mirror = self._write_rows(session, body, reviewer, key, mirror_key, card_model, path, notices,
                                          {m.member: m for m in media}, library)  # fmt: skip
                for item in media:
                    self._place(item, library, created)
                audit.record(session, "calibration_package_imported", "calibration_session", mirror.id,
                             {"file": str(path), "origin_session": origin["id"]}, actor=reviewer)  # fmt: skip
                mirror_id = mirror.id
        except BaseException as exc:
            for placed in created:
                placed.unlink(missing_ok=True)
            if isinstance(exc, SQLAlchemyError | StorageError) and not isinstance(exc, CalibrationError):
                raise CalibrationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the database refused the package; nothing was imported ({exc})",
                    ),
                    exc=exc,
                ) from None
            raise
        finally:
            for item in media:
                if item.staged is not None:
                    item.staged.unlink(missing_ok=True)
        return PackageImport(mirror_id, len(body["interactions"]), reviewer, notices)

    @staticmethod
    def _media_of(body: dict[str, Any], archive: zipfile.ZipFile) -> list[_Media]:
        media = [_Media(m["file"], m["sha256"], m["size_bytes"], Path(m["file"]).suffix.lower())
                 for m in (item.get("media") for item in body["interactions"]) if m]  # fmt: skip
        if sum(m.size for m in media) > MAX_PACKAGE_MEDIA_BYTES:
            raise CalibrationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the package's recordings are larger than QA Studio accepts together ({number} MB)",
                ),
                number=MAX_PACKAGE_MEDIA_BYTES // (1024 * 1024),
            )  # fmt: skip
        needed = sum(m.size for m in media)
        if needed and shutil.disk_usage(media_library_dir()).free < needed + 64 * 1024 * 1024:
            raise CalibrationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "there is not enough free space for the package's recordings ({number} MB)",
                ),
                number=needed // (1024 * 1024) + 1,
            )  # fmt: skip
        for item in media:
            if archive.getinfo(item.member).file_size != item.size:
                raise CalibrationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the recording {member} in the package is not the size its manifest says",
                    ),
                    member=item.member,
                )  # fmt: skip
        return media

    @staticmethod
    def _stage(archive: zipfile.ZipFile, media: list[_Media], library: Path) -> None:
        """Extract each recording to a temporary file in the library folder, never past the size the (signed)
        manifest gives, and check its hash."""
        for item in media:
            handle, name = tempfile.mkstemp(prefix=".package-", suffix=".part", dir=library)
            item.staged = Path(name)
            digest, written = hashlib.sha256(), 0
            with os.fdopen(handle, "wb") as out, archive.open(item.member) as source:
                while chunk := source.read(1024 * 1024):
                    written += len(chunk)
                    if written > item.size:
                        raise CalibrationError(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "the recording {member} in the package is larger than its manifest says",
                            ),
                            member=item.member,
                        )  # fmt: skip
                    digest.update(chunk)
                    out.write(chunk)
            if written != item.size or digest.hexdigest() != item.sha256:
                raise CalibrationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the recording {member} in the package is damaged (its hash or size does not match the "
                        "manifest)",
                    ),
                    member=item.member,
                )  # fmt: skip

    @staticmethod
    def _library_path(library: Path, item: _Media) -> Path:
        return library / item.sha256[:2] / f"{item.sha256}{item.suffix}"

    def _place(self, item: _Media, library: Path, created: list[Path]) -> None:
        """Into the content-addressed library: a new file, or the same content already there. A different file at
        that name (a damaged library) is kept, and the package refused."""
        assert item.staged is not None
        target = self._library_path(library, item)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(item.staged, target)
            created.append(target)
            return
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            if not (target.exists() or target.is_symlink()):
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o666)
                created.append(target)
                with os.fdopen(fd, "wb") as out, item.staged.open("rb") as source:
                    while chunk := source.read(1024 * 1024):
                        out.write(chunk)
                return
        if target.is_symlink() or not target.is_file() or _file_sha256(target) != item.sha256:
            raise CalibrationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the media library already holds a different file at {target}; it was kept and the package was "
                    "not imported",
                ),
                target=target,
            )  # fmt: skip

    def _write_rows(self, session: Session, body: dict[str, Any], reviewer: str, key: str, mirror_key: str,
                    card_model: Any, path: Path, notices: list[str], media: dict[str, _Media],
                    library: Path) -> CalibrationSession:  # fmt: skip
        origin = body["session"]
        users = {u.name: u for u in session.scalars(select(User))}
        me = users[reviewer]
        definition = body["scorecard"]["definition"]
        card = session.scalar(select(ScorecardRow).where(ScorecardRow.key == body["scorecard"]["key"]))
        if card is None:
            card = ScorecardRow(key=body["scorecard"]["key"], name=str(definition["name"].get("en") or
                                                                        body["scorecard"]["key"])[:300],
                                channel=card_model.channel)  # fmt: skip
            session.add(card)
            session.flush()
        digest = scoring_hash(card_model)
        version = session.scalar(select(ScorecardVersion).where(ScorecardVersion.scorecard_id == card.id,
                                                                ScorecardVersion.scoring_hash == digest))  # fmt: skip
        if version is None:
            # The lead's version, kept as a version of the same scorecard here.
            latest = max((v.version for v in card.versions), default=0)
            version = ScorecardVersion(scorecard_id=card.id, version=latest + 1, definition=definition,
                                       scoring_hash=digest)  # fmt: skip
            session.add(version)
            session.flush()
        lead = users.get(origin["lead"])
        if lead is None:
            notices.append(f"the lead {origin['lead']} has no account here: the copy is listed as {reviewer}'s")
        mirror = CalibrationSession(
            title=origin["title"], scorecard_version_id=version.id, created_by=(lead or me).id,
            expert_id=me.id if body.get("expert") == reviewer else None, tolerance_points=origin["tolerance"],
            notes={MIRROR_NOTE: {"session": origin["id"], "created_at": origin["created_at"], "key": key,
                                 "lead": origin["lead"]}},
        )  # fmt: skip
        session.add(mirror)
        session.flush()
        if reviewer in body["reviewers"]:
            session.add(CalibrationParticipant(session_id=mirror.id, user_id=me.id))
        agents = {a.name: a for a in session.scalars(select(Agent))}
        for item in body["interactions"]:
            agent = agents.get(item["agent"]) if item.get("agent") else None
            if item.get("agent") and agent is None:
                notices.append(f"the agent {item['agent']} is not known here: interaction {item['id']} is shown "
                               f"without an agent")  # fmt: skip
            local = Interaction(
                channel=item["channel"], direction=item.get("direction") or "inbound", queue=item.get("queue"),
                started_at=datetime.fromisoformat(item["started_at"]) if item.get("started_at") else None,
                duration_ms=item.get("duration_ms"), agent_id=agent.id if agent else None,
                team_id=agent.team_id if agent else None, external_id=item.get("external_id"),
                subject=item.get("subject"), source_path=str(path), source_format="calibration package",
                source_key=f"{mirror_key}:{item['id']}", message_count=len(item.get("messages", [])),
            )  # fmt: skip
            session.add(local)
            session.flush()
            stored = [Message(interaction_id=local.id, seq=message["seq"], author=message["author"],
                              role=message["role"], text=message["text"],
                              sent_at=datetime.fromisoformat(message["sent_at"]) if message.get("sent_at") else None)
                      for message in item.get("messages", [])]  # fmt: skip
            mark_replies(stored)
            session.add_all(stored)
            if item.get("transcript"):
                transcript = Transcript(interaction_id=local.id, version=1, is_current=True, engine="package",
                                        model=item["transcript"].get("model") or "",
                                        language=item["transcript"].get("language"), options={})  # fmt: skip
                session.add(transcript)
                session.flush()
                for seq, segment in enumerate(item["transcript"]["segments"]):
                    session.add(TranscriptSegment(
                        transcript_id=transcript.id, seq=seq, start_ms=segment["start_ms"],
                        end_ms=segment["end_ms"], speaker=segment["speaker"], text=segment["text"],
                        words=segment.get("words") or [],
                    ))  # fmt: skip
                local.status = "transcribed"
            if item.get("media"):
                info, staged = item["media"], media[item["media"]["file"]]
                session.add(MediaFile(interaction_id=local.id, path=str(self._library_path(library, staged)),
                                      original_path=info["file"], managed=True, sha256=staged.sha256,
                                      size_bytes=staged.size, duration_ms=info["duration_ms"],
                                      sample_rate=info["sample_rate"], channels=info["channels"],
                                      codec=info["codec"], container=info["container"]))  # fmt: skip
            session.add(CalibrationItem(session_id=mirror.id, interaction_id=local.id))
        session.flush()
        search.reindex(session, list(session.scalars(
            select(CalibrationItem.interaction_id).where(CalibrationItem.session_id == mirror.id))))  # fmt: skip
        return mirror

    def export_answers(self, local_session_id: int, path: Path, reviewer: str, overwrite: bool = False) -> Path:
        """The reviewer's own submitted answers of an imported package, keyed by the lead's interaction ids and
        signed with the reviewer's package key."""
        with self.database.session() as session:
            mirror = session.get(CalibrationSession, local_session_id)
            origin = (mirror.notes or {}).get(MIRROR_NOTE) if mirror else None
            if mirror is None or origin is None:
                raise CalibrationError(
                    QT_TRANSLATE_NOOP("Errors", "this session was not imported from a calibration package")
                )
            if "key" not in origin:
                raise CalibrationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "this copy was imported by an older QA Studio, whose answers files are not signed; ask the "
                        "lead for a new package",
                    ),
                )  # fmt: skip
            user = session.scalar(select(User).where(User.name == reviewer))
            if user is None:
                raise CalibrationError(QT_TRANSLATE_NOOP("Errors", "{reviewer} has no answers here"), reviewer=reviewer)
            rows = list(session.scalars(
                select(Evaluation).where(Evaluation.calibration_session_id == local_session_id,
                                         Evaluation.reviewer_id == user.id,
                                         Evaluation.calibration_role.in_((PARTICIPANT, EXPERT)))
                .options(selectinload(Evaluation.answers))
            ))  # fmt: skip
            unfinished = [e.interaction_id for e in rows if e.state == "draft"]
            if unfinished or not rows:
                raise CalibrationError(
                    QT_TRANSLATE_NOOP("Errors", "submit every item before sending your answers back")
                )
            items = []
            for evaluation in rows:
                interaction = session.get(Interaction, evaluation.interaction_id)
                assert interaction is not None
                original_id = int(interaction.source_key.rsplit(":", 1)[1])
                items.append({
                    "interaction_id": original_id, "comment": evaluation.comment,
                    "answers": {a.criterion_key: {"value": a.value, "not_applicable": a.not_applicable,
                                                  "root_cause": a.root_cause, "comment": a.comment}
                                for a in evaluation.answers if a.value is not None or a.not_applicable},
                })  # fmt: skip
            signed = json.dumps({
                "reviewer": reviewer,
                "session": {"id": origin["session"], "created_at": origin["created_at"], "title": mirror.title},
                "items": items,
            }, ensure_ascii=False, sort_keys=True)  # fmt: skip
            data = {"format": ANSWERS_FORMAT, "format_version": FORMAT_VERSION, "reviewer": reviewer,
                    "signed": signed, "hmac": _tag(_key_bytes(origin["key"]), signed.encode("utf-8"))}
        text = json.dumps(data, ensure_ascii=False, indent=1)
        write_file(Path(path), lambda partial: partial.write_text(text, encoding="utf-8"), overwrite)
        return Path(path)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()

