"""Scorecards in the database: importing files as versions, wording fixes in place, retiring, reading back."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import yaml
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qa_studio.errors import QT_TRANSLATE_NOOP, NotFound
from qa_studio.resources import FORMS_DIR
from qa_studio.scoring.loader import load_scorecard, scorecard_from_dict, scorecard_to_dict
from qa_studio.scoring.model import Scorecard
from qa_studio.scoring.versioning import scoring_hash
from qa_studio.services import audit
from qa_studio.storage.database import Database
from qa_studio.storage.models import Evaluation, ScorecardVersion, User
from qa_studio.storage.models import Scorecard as ScorecardRow


@dataclass(frozen=True, slots=True)
class ScorecardSummary:
    id: int
    key: str
    name: str
    name_zh: str
    channel: str | None
    retired: bool
    latest_version: int
    latest_version_id: int
    versions: int
    evaluations: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    key: str
    version: int
    action: str  # "created", "new version", "wording updated", "unchanged"


class ScorecardNotAllowed(NotFound):
    """Only leads and administrators change scorecards (a LookupError, so every place that reports a missing
    scorecard reports this too)."""


_TOP_LEVEL_KEY = re.compile(r"^key:[ \t]*([A-Za-z0-9_.-]+)[ \t]*$", re.MULTILINE)


def _top_level_key(path: Path) -> str | None:
    """The `key:` line of a scorecard file at the top level, without parsing the YAML (a shipped form is parsed only
    when its key is not in the database yet; None when the line is not plainly there)."""
    try:
        found = _TOP_LEVEL_KEY.search(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    return found.group(1) if found else None


def _require_editor(session: Session, actor: str) -> None:
    if actor == audit.SYSTEM_ACTOR:
        return  # the shipped scorecards, loaded on a fresh database
    role = session.scalar(select(User.role).where(User.name == actor, User.active.is_(True)))
    if role not in ("lead", "admin"):
        raise ScorecardNotAllowed(
            QT_TRANSLATE_NOOP(
                "Errors",
                "only a lead or an administrator changes scorecards; {value} is not one",
            ),
            value=actor or '?',
        )


class ScorecardService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def import_scorecard(self, scorecard: Scorecard, actor: str) -> ImportOutcome:
        """A scoring change makes a new version; a wording-only change updates the latest version in place."""
        definition = scorecard_to_dict(scorecard)
        digest = scoring_hash(scorecard)
        with self.database.session() as session:
            _require_editor(session, actor)
            row = session.scalar(select(ScorecardRow).where(ScorecardRow.key == scorecard.key))
            if row is None:
                row = ScorecardRow(key=scorecard.key, name=scorecard.name.en, channel=scorecard.channel)
                session.add(row)
                session.flush()
            latest = session.scalar(
                select(ScorecardVersion)
                .where(ScorecardVersion.scorecard_id == row.id)
                .order_by(ScorecardVersion.version.desc())
            )
            row.name, row.channel = scorecard.name.en, scorecard.channel
            if latest is not None and latest.scoring_hash == digest:
                if latest.definition == definition:
                    return ImportOutcome(scorecard.key, latest.version, "unchanged")
                latest.definition = definition
                audit.record(session, "scorecard_reworded", "scorecard_version", latest.id, {}, actor=actor)
                return ImportOutcome(scorecard.key, latest.version, "wording updated")
            version = ScorecardVersion(
                scorecard_id=row.id,
                version=(latest.version + 1) if latest else 1,
                definition=definition,
                scoring_hash=digest,
            )
            session.add(version)
            session.flush()
            audit.record(
                session, "scorecard_version_created", "scorecard_version", version.id,
                {"key": scorecard.key, "version": version.version}, actor=actor,
            )  # fmt: skip
            return ImportOutcome(scorecard.key, version.version, "created" if latest is None else "new version")

    def import_file(self, path: Path, actor: str) -> ImportOutcome:
        return self.import_scorecard(load_scorecard(path), actor)

    def ensure_shipped(self) -> list[ImportOutcome]:
        """The scorecards in forms/, imported once so a fresh install can score straight away."""
        with self.database.session() as session:
            known = set(session.scalars(select(ScorecardRow.key)))
        outcomes = []
        for path in sorted(FORMS_DIR.glob("*.yaml")):
            if _top_level_key(path) in known:  # read and checked only when it is still to be imported (at each start)
                continue
            scorecard = load_scorecard(path)
            if scorecard.key not in known:
                outcomes.append(self.import_scorecard(scorecard, actor=audit.SYSTEM_ACTOR))
        return outcomes

    def list(self, include_retired: bool = True) -> list[ScorecardSummary]:
        with self.database.session() as session:
            evaluations = (
                select(func.count(Evaluation.id))
                .join(ScorecardVersion, ScorecardVersion.id == Evaluation.scorecard_version_id)
                .where(ScorecardVersion.scorecard_id == ScorecardRow.id)
                .correlate(ScorecardRow)
                .scalar_subquery()
            )
            rows = session.execute(select(ScorecardRow, evaluations).order_by(ScorecardRow.key)).all()
            summaries = []
            for row, evaluation_count in rows:
                if row.retired and not include_retired:
                    continue
                versions = sorted(row.versions, key=lambda v: v.version)
                latest = versions[-1]
                summaries.append(
                    ScorecardSummary(
                        row.id,
                        row.key,
                        row.name,
                        latest.definition.get("name", {}).get("zh", ""),
                        row.channel,
                        row.retired,
                        latest.version,
                        latest.id,
                        len(versions),
                        evaluation_count or 0,
                        row.created_at,
                    )  # fmt: skip
                )
            return summaries

    def version(self, version_id: int) -> Scorecard:
        with self.database.session() as session:
            row = session.get(ScorecardVersion, version_id)
            if row is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "no scorecard version {version_id}"), version_id=version_id)
            return scorecard_from_dict(row.definition, f"scorecard version {version_id}")

    def latest(self, key: str) -> Scorecard | None:
        """The latest version of a scorecard, or None when there is no scorecard with that key."""
        try:
            return self.version(self.latest_version_id(key))
        except LookupError:
            return None

    def latest_version_id(self, key: str) -> int:
        with self.database.session() as session:
            version_id = session.scalar(
                select(ScorecardVersion.id)
                .join(ScorecardRow, ScorecardRow.id == ScorecardVersion.scorecard_id)
                .where(ScorecardRow.key == key)
                .order_by(ScorecardVersion.version.desc())
            )
            if version_id is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "no scorecard \"{key}\""), key=key)
            return version_id

    def set_retired(self, key: str, retired: bool = True, *, actor: str) -> None:
        """Retired scorecards are not offered for new evaluations; they are never deleted while evaluations use them."""
        with self.database.session() as session:
            _require_editor(session, actor)
            row = session.scalar(select(ScorecardRow).where(ScorecardRow.key == key))
            if row is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "no scorecard \"{key}\""), key=key)
            row.retired = retired
            audit.record(session, "scorecard_retired" if retired else "scorecard_restored", "scorecard", row.id, {},
                         actor=actor)  # fmt: skip

    def export_yaml(self, key: str, version: int | None = None) -> str:
        with self.database.session() as session:
            query = (
                select(ScorecardVersion)
                .join(ScorecardRow, ScorecardRow.id == ScorecardVersion.scorecard_id)
                .where(ScorecardRow.key == key)
            )
            if version is not None:
                query = query.where(ScorecardVersion.version == version)
            row = session.scalar(query.order_by(ScorecardVersion.version.desc()))
            if row is None:
                if version:
                    raise NotFound(QT_TRANSLATE_NOOP("Errors", "no scorecard \"{key}\" version {version}"), key=key,
                                   version=version)  # fmt: skip
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "no scorecard \"{key}\""), key=key)
            return yaml.safe_dump(row.definition, allow_unicode=True, sort_keys=False)
