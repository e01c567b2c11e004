"""Calibration without a shared server: the lead exports a package (one file: the session, the scorecard version,
the interactions with their messages or transcript, optionally the recordings); a reviewer imports it into their
own QA Studio, scores blind, and exports an answers file; the lead imports each answers file into the session.
The same blindness and statistics apply: a reviewer's file holds only their own answers, and the lead sees
nothing until the reveal.

A package and an answers file carry a SHA-256 of their content; a changed, truncated or foreign file is refused
with the reason."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from qa_studio.paths import media_library_dir
from qa_studio.scoring.engine import Answer
from qa_studio.scoring.loader import scorecard_from_dict
from qa_studio.scoring.versioning import scoring_hash
from qa_studio.services import audit
from qa_studio.services.calibration_sessions import (
    EXPERT,
    PARTICIPANT,
    CalibrationError,
    CalibrationService,
)
from qa_studio.services.directory import agent_by_name, user_by_name
from qa_studio.storage.database import Database
from qa_studio.storage.models import (
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
FORMAT_VERSION = 1


def _digest(data: dict[str, Any]) -> str:
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _sealed(data: dict[str, Any]) -> dict[str, Any]:
    return {**data, "sha256": _digest(data)}


def _unsealed(data: Any, expected_format: str, what: str) -> dict[str, Any]:
    if not isinstance(data, dict) or data.get("format") != expected_format:
        raise CalibrationError(f"this is not a {what}")
    if data.get("format_version") != FORMAT_VERSION:
        raise CalibrationError(f"this {what} was made by another version of QA Studio (format "
                               f"{data.get('format_version')}, expected {FORMAT_VERSION})")  # fmt: skip
    body = {k: v for k, v in data.items() if k != "sha256"}
    if data.get("sha256") != _digest(body):
        raise CalibrationError(f"this {what} was changed after it was exported (its checksum does not match)")
    return body


@dataclass(frozen=True, slots=True)
class PackageImport:
    session_id: int  # the local copy of the session
    interactions: int
    reviewer: str


class CalibrationPackages:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.calibrations = CalibrationService(database)

    # The lead ---------------------------------------------------------------------------------------------------
    def export_package(self, session_id: int, path: Path, actor: str, include_media: bool = True) -> Path:
        summary = self.calibrations.get(session_id)
        if summary.state != "open":
            raise CalibrationError("only a session still being scored can be sent out as a package")
        with self.database.session() as session:
            CalibrationService._require_lead(session, actor, "export a calibration package")
            version = session.get(ScorecardVersion, summary.scorecard_version_id)
            assert version is not None
            interactions, media = [], []
            for interaction_id in summary.interaction_ids:
                row = session.get(Interaction, interaction_id)
                assert row is not None
                item: dict[str, Any] = {
                    "id": row.id, "channel": row.channel, "direction": row.direction, "queue": row.queue,
                    "started_at": row.started_at.isoformat() if row.started_at else None,
                    "duration_ms": row.duration_ms, "agent": row.agent.name if row.agent else None,
                    "external_id": row.external_id, "subject": row.subject,
                    "messages": [{"seq": m.seq, "author": m.author, "role": m.role, "text": m.text,
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
                        "segments": [{"start_ms": s.start_ms, "end_ms": s.end_ms, "speaker": s.speaker, "text": s.text,
                                      "words": s.words} for s in transcript.segments],
                    }  # fmt: skip
                if include_media and row.media is not None and Path(row.media.path).is_file():
                    name = f"media/{row.id}{Path(row.media.path).suffix}"
                    item["media"] = {"file": name, "sha256": row.media.sha256, "duration_ms": row.media.duration_ms,
                                     "sample_rate": row.media.sample_rate, "channels": row.media.channels,
                                     "codec": row.media.codec, "container": row.media.container}  # fmt: skip
                    media.append((Path(row.media.path), name))
                interactions.append(item)
            manifest = _sealed({
                "format": PACKAGE_FORMAT, "format_version": FORMAT_VERSION,
                "session": {"id": summary.id, "title": summary.title, "created_at": summary.created_at.isoformat(),
                            "tolerance": summary.tolerance, "lead": summary.created_by},
                "reviewers": summary.reviewers, "expert": summary.expert,
                "scorecard": {"key": summary.scorecard_key, "version": summary.scorecard_version,
                              "definition": version.definition},
                "interactions": interactions,
            })  # fmt: skip
            audit.record(session, "calibration_package_exported", "calibration_session", session_id,
                         {"file": str(path), "media": len(media)}, actor=actor)  # fmt: skip
        path = Path(path)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
            for source, name in media:
                archive.write(source, name)
        return path

    def import_answers(self, session_id: int, path: Path, actor: str) -> int:
        """A reviewer's returned answers, scored into the session as theirs; returns how many items."""
        body = self._read_json(path, ANSWERS_FORMAT, "calibration answers file")
        summary = self.calibrations.get(session_id)
        origin = body.get("session") or {}
        if origin.get("id") != summary.id or origin.get("created_at") != summary.created_at.isoformat():
            raise CalibrationError(f"these answers belong to another session (“{origin.get('title')}”), "
                                   f"not to “{summary.title}”")  # fmt: skip
        reviewer = body.get("reviewer")
        if reviewer not in summary.reviewers and reviewer != summary.expert:
            raise CalibrationError(f"{reviewer} does not take part in “{summary.title}”")
        with self.database.session() as session:
            CalibrationService._require_lead(session, actor, "import returned answers")
        count = 0
        for item in body.get("items", []):
            if item.get("interaction_id") not in summary.interaction_ids:
                raise CalibrationError(f"interaction {item.get('interaction_id')} is not part of this session")
            answers = {key: Answer(a.get("value"), bool(a.get("not_applicable")), a.get("root_cause"),
                                   a.get("comment")) for key, a in item.get("answers", {}).items()}  # fmt: skip
            self.calibrations.score(session_id, item["interaction_id"], answers, reviewer, item.get("comment"))
            count += 1
        with self.database.session() as session:
            audit.record(session, "calibration_answers_imported", "calibration_session", session_id,
                         {"reviewer": reviewer, "items": count, "file": str(path)}, actor=actor)  # fmt: skip
        return count

    # The reviewer -----------------------------------------------------------------------------------------------
    def import_package(self, path: Path, reviewer: str) -> PackageImport:
        """The session, its scorecard version and interactions, copied into this database for `reviewer`."""
        try:
            with zipfile.ZipFile(path) as archive:
                manifest = json.loads(archive.read("manifest.json").decode("utf-8"))
                body = _unsealed(manifest, PACKAGE_FORMAT, "calibration package")
                if reviewer not in body["reviewers"] and reviewer != body.get("expert"):
                    raise CalibrationError(f"{reviewer} is not one of this session's reviewers "
                                           f"({', '.join(body['reviewers'])})")  # fmt: skip
                return self._copy_in(body, archive, reviewer, Path(path))
        except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CalibrationError(f"{Path(path).name} is not a readable calibration package ({exc})") from None

    def _copy_in(self, body: dict[str, Any], archive: zipfile.ZipFile, reviewer: str, path: Path) -> PackageImport:
        origin = body["session"]
        mirror_key = f"calibration-package:{origin['id']}:{origin['created_at']}"
        with self.database.session() as session:
            existing = session.scalar(select(Interaction.id).where(Interaction.source_key.like(f"{mirror_key}:%")))
            if existing is not None:
                raise CalibrationError("this package is already imported here")
            card = session.scalar(select(ScorecardRow).where(ScorecardRow.key == body["scorecard"]["key"]))
            if card is None:
                card = ScorecardRow(key=body["scorecard"]["key"], name=body["scorecard"]["definition"]["name"]["en"],
                                    channel=body["scorecard"]["definition"].get("channel"))  # fmt: skip
                session.add(card)
                session.flush()
            definition = body["scorecard"]["definition"]
            digest = scoring_hash(scorecard_from_dict(definition, path.name))
            version = session.scalar(
                select(ScorecardVersion).where(
                    ScorecardVersion.scorecard_id == card.id, ScorecardVersion.scoring_hash == digest
                )
            )
            if version is None:
                # The lead's version, kept as a version of the same scorecard here.
                latest = max((v.version for v in card.versions), default=0)
                version = ScorecardVersion(scorecard_id=card.id, version=latest + 1, definition=definition,
                                           scoring_hash=digest)  # fmt: skip
                session.add(version)
                session.flush()
            lead = user_by_name(session, origin["lead"], "lead")
            people = [user_by_name(session, name, "reviewer") for name in body["reviewers"]]
            expert = user_by_name(session, body["expert"], "reviewer") if body.get("expert") else None
            mirror = CalibrationSession(
                title=origin["title"], scorecard_version_id=version.id, created_by=lead.id,
                expert_id=expert.id if expert else None, tolerance_points=origin["tolerance"],
                notes={"__package__": {"session": origin["id"], "created_at": origin["created_at"]}},
            )  # fmt: skip
            session.add(mirror)
            session.flush()
            for person in people:
                session.add(CalibrationParticipant(session_id=mirror.id, user_id=person.id))
            library = media_library_dir()
            for item in body["interactions"]:
                agent = agent_by_name(session, item["agent"]) if item.get("agent") else None
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
                for message in item.get("messages", []):
                    session.add(Message(interaction_id=local.id, seq=message["seq"], author=message["author"],
                                        role=message["role"], text=message["text"],
                                        sent_at=datetime.fromisoformat(message["sent_at"]) if message.get("sent_at")
                                        else None))  # fmt: skip
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
                    media = item["media"]
                    target = library / f"package-{origin['id']}-{Path(media['file']).name}"
                    with archive.open(media["file"]) as source, target.open("wb") as out:
                        shutil.copyfileobj(source, out)
                    if hashlib.sha256(target.read_bytes()).hexdigest() != media["sha256"]:
                        raise CalibrationError(f"the recording of interaction {item['id']} in the package is damaged")
                    session.add(MediaFile(interaction_id=local.id, path=str(target), original_path=media["file"],
                                          managed=True, sha256=media["sha256"], size_bytes=target.stat().st_size,
                                          duration_ms=media["duration_ms"], sample_rate=media["sample_rate"],
                                          channels=media["channels"], codec=media["codec"],
                                          container=media["container"]))  # fmt: skip
                session.add(CalibrationItem(session_id=mirror.id, interaction_id=local.id))
            audit.record(session, "calibration_package_imported", "calibration_session", mirror.id,
                         {"file": str(path), "origin_session": origin["id"]}, actor=reviewer)  # fmt: skip
            return PackageImport(mirror.id, len(body["interactions"]), reviewer)

    def export_answers(self, local_session_id: int, path: Path, reviewer: str) -> Path:
        """The reviewer's own submitted answers of an imported package, keyed by the lead's interaction ids."""
        with self.database.session() as session:
            mirror = session.get(CalibrationSession, local_session_id)
            origin = (mirror.notes or {}).get("__package__") if mirror else None
            if mirror is None or origin is None:
                raise CalibrationError("this session was not imported from a calibration package")
            user = session.scalar(select(User).where(User.name == reviewer))
            if user is None:
                raise CalibrationError(f"{reviewer} has no answers here")
            rows = list(session.scalars(
                select(Evaluation).where(Evaluation.calibration_session_id == local_session_id,
                                         Evaluation.reviewer_id == user.id,
                                         Evaluation.calibration_role.in_((PARTICIPANT, EXPERT)))
                .options(selectinload(Evaluation.answers))
            ))  # fmt: skip
            unfinished = [e.interaction_id for e in rows if e.state == "draft"]
            if unfinished or not rows:
                raise CalibrationError("submit every item before sending your answers back")
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
            data = _sealed({
                "format": ANSWERS_FORMAT, "format_version": FORMAT_VERSION, "reviewer": reviewer,
                "session": {"id": origin["session"], "created_at": origin["created_at"], "title": mirror.title},
                "items": items,
            })  # fmt: skip
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        return Path(path)

    @staticmethod
    def _read_json(path: Path, expected: str, what: str) -> dict[str, Any]:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CalibrationError(f"{Path(path).name} is not a readable {what} ({exc})") from None
        return _unsealed(data, expected, what)
