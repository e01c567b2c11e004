"""SQLAlchemy 2 typed mappings of every stored aggregate; Alembic migrations own the schema built from them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from qa_studio.clock import utcnow

# Explicit constraint names keep migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Team(Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    agents: Mapped[list[Agent]] = relationship(back_populates="team")


class Agent(Base):
    __tablename__ = "agents"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)
    external_ref: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(320))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    team: Mapped[Team | None] = relationship(back_populates="agents")


class User(Base):
    """A person using QA Studio: reviewer, lead, trainer, admin or agent."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # How this person is recognised: the team database's login role (its session_user), or this computer's account.
    login: Mapped[str | None] = mapped_column(String(63), unique=True)
    # Only for local accounts on a shared PC (scrypt, see services/identity.py); a team database checks its own.
    # Deferred: on a team database no person may read this column (it is not even granted), so it is never loaded
    # with the rest of the row.
    password_hash: Mapped[str | None] = mapped_column(String(300), deferred=True)
    # An agent who signs in sees the interactions of this agent record, and nothing else.
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), unique=True)


class TeamSetting(Base):
    """Settings the whole team shares, kept in the database (for example the team database's role prefix)."""

    __tablename__ = "team_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class GlossaryTerm(Base):
    """The team's words for transcription (product names, 退款, 工单号…): every call is decoded with them in mind.
    Everyone reads them; leads and administrators change them."""

    __tablename__ = "glossary_terms"

    id: Mapped[int] = mapped_column(primary_key=True)
    term: Mapped[str] = mapped_column(String(100), unique=True)
    added_by: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class RollupQuality(Base):
    """Submitted evaluations per agent and day and the interaction's survey score, kept by triggers
    (storage/rollups.py); scores in hundredths so the totals stay exact. Agent 0: none; csat 0: no survey."""

    __tablename__ = "rollup_quality"

    agent_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    csat: Mapped[Decimal] = mapped_column(Numeric(5, 2), primary_key=True)
    csat_scale: Mapped[int] = mapped_column(Integer, primary_key=True)
    evaluations: Mapped[int] = mapped_column(BigInteger)
    score_cents: Mapped[int] = mapped_column(BigInteger)
    score_squares: Mapped[int] = mapped_column(BigInteger)
    scored: Mapped[int] = mapped_column(BigInteger)
    passed: Mapped[int] = mapped_column(BigInteger)
    judged: Mapped[int] = mapped_column(BigInteger)
    fatal: Mapped[int] = mapped_column(BigInteger)
    critical: Mapped[int] = mapped_column(BigInteger)


class RollupOutcomes(Base):
    """Submitted evaluations per agent, day, scorecard version and criterion outcomes (evaluations.outcomes), kept by
    triggers."""

    __tablename__ = "rollup_outcomes"

    agent_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    scorecard_version_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    outcomes: Mapped[str] = mapped_column(Text, primary_key=True)
    evaluations: Mapped[int] = mapped_column(BigInteger)


class RollupReviewers(Base):
    """Submitted evaluations per agent, day, reviewer and scorecard version, kept by triggers."""

    __tablename__ = "rollup_reviewers"

    agent_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    reviewer_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scorecard_version_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    evaluations: Mapped[int] = mapped_column(BigInteger)
    score_cents: Mapped[int] = mapped_column(BigInteger)
    scored: Mapped[int] = mapped_column(BigInteger)


class RollupService(Base):
    """Interactions per agent, day, channel, survey score and resolution (-1 unknown), kept by triggers."""

    __tablename__ = "rollup_service"

    agent_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    channel: Mapped[str] = mapped_column(String(20), primary_key=True)
    csat: Mapped[Decimal] = mapped_column(Numeric(5, 2), primary_key=True)
    csat_scale: Mapped[int] = mapped_column(Integer, primary_key=True)
    resolved: Mapped[int] = mapped_column(Integer, primary_key=True)
    interactions: Mapped[int] = mapped_column(BigInteger)
    duration_ms: Mapped[int] = mapped_column(BigInteger)
    timed: Mapped[int] = mapped_column(BigInteger)


class RollupReplies(Base):
    """Agent replies to a customer's turn per agent, day, channel and first or not, with those within the channel's
    response-time standard; kept by triggers, counted again when a standard changes."""

    __tablename__ = "rollup_replies"

    agent_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    channel: Mapped[str] = mapped_column(String(20), primary_key=True)
    first_reply: Mapped[int] = mapped_column(Integer, primary_key=True)
    replies: Mapped[int] = mapped_column(BigInteger)
    met: Mapped[int] = mapped_column(BigInteger)


class RollupCauses(Base):
    """Root causes recorded on failed answers per agent, day, scorecard version and criterion, kept by triggers."""

    __tablename__ = "rollup_causes"

    agent_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    scorecard_version_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    criterion_key: Mapped[str] = mapped_column(String(100), primary_key=True)
    root_cause: Mapped[str] = mapped_column(String(100), primary_key=True)
    failures: Mapped[int] = mapped_column(BigInteger)


class InteractionKpi(Base):
    """Service figures of one interaction from outside QA: a customer survey's CSAT and whether it was resolved."""

    __tablename__ = "interaction_kpis"

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id", ondelete="CASCADE"), unique=True)
    csat: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    csat_scale: Mapped[int | None] = mapped_column(Integer)  # the survey's top score (5 for 1–5)
    resolved: Mapped[bool | None] = mapped_column(Boolean)
    source: Mapped[str | None] = mapped_column(String(300))  # the file it came from
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class KpiStandard(Base):
    """A standard the team measures service against: "first_response.chat" in seconds, "quality_target" 0–1."""

    __tablename__ = "kpi_standards"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[float] = mapped_column(Float)


class ImportBatch(Base):
    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    imported: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    refused: Mapped[int] = mapped_column(Integer, default=0)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)

    files: Mapped[list[ImportFileResult]] = relationship(back_populates="batch", order_by="ImportFileResult.id")


class ImportFileResult(Base):
    __tablename__ = "import_file_results"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")

    batch: Mapped[ImportBatch] = relationship(back_populates="files")


class Interaction(Base):
    """One call, chat, e-mail thread or social thread handled by one agent."""

    __tablename__ = "interactions"
    __table_args__ = (
        Index("ix_interactions_started", "started_at", "id"),
        Index("ix_interactions_agent_started", "agent_id", "started_at"),
        Index("ix_interactions_channel_started", "channel", "started_at"),
        Index("ix_interactions_status_started", "status", "started_at"),
        # Every sortable column of the list, ending in the id the list breaks ties with (migration 0006).
        Index("ix_interactions_channel_id", "channel", "id"),
        Index("ix_interactions_status_id", "status", "id"),
        Index("ix_interactions_queue_id", "queue", "id"),
        Index("ix_interactions_duration_id", "duration_ms", "id"),
        Index("ix_interactions_customer_id", "customer_ref", "id"),
        Index("ix_interactions_agent_id_id", "agent_id", "id"),
        Index("ix_interactions_team_id_id", "team_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    direction: Mapped[str] = mapped_column(String(20), default="inbound")
    queue: Mapped[str | None] = mapped_column(String(200))
    # Local wall-clock time of the contact centre, as the source recorded it.
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    duration_ms: Mapped[int | None] = mapped_column(BigInteger)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    # The team at the time of the interaction: an agent moving team later must not rewrite history.
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)
    external_id: Mapped[str | None] = mapped_column(String(300))
    customer_ref: Mapped[str | None] = mapped_column(String(300))
    # Clear text (subject, message and segment text, words) is loaded only when asked for: it is for the roles that may
    # unmask (qa_studio/permissions.py), and on a team database only they are granted it. Everyone else reads the
    # masked copy, kept beside it by the listeners at the end of this module.
    subject: Mapped[str | None] = mapped_column(Text, deferred=True, deferred_raiseload=True)
    subject_masked: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="new")
    language: Mapped[str | None] = mapped_column(String(20))
    source_path: Mapped[str] = mapped_column(Text)
    source_format: Mapped[str] = mapped_column(String(40))
    source_encoding: Mapped[str | None] = mapped_column(String(40))
    # File hash, plus the conversation's key inside the file for multi-conversation exports.
    source_key: Mapped[str] = mapped_column(String(400), unique=True)
    # How each author's role was decided, so a reviewer can see and correct it.
    role_rules: Mapped[list[Any]] = mapped_column(JSON, default=list)
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    # Talk time, silences, overtalk and holds from the current transcript (qa_studio.transcribe.metrics).
    call_metrics: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    agent: Mapped[Agent | None] = relationship()
    team: Mapped[Team | None] = relationship()
    media: Mapped[MediaFile | None] = relationship(back_populates="interaction", cascade="all, delete-orphan")
    messages: Mapped[list[Message]] = relationship(
        back_populates="interaction", order_by="Message.seq", cascade="all, delete-orphan"
    )


class MediaFile(Base):
    __tablename__ = "media_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id", ondelete="CASCADE"), unique=True)
    path: Mapped[str] = mapped_column(Text)
    original_path: Mapped[str] = mapped_column(Text)
    managed: Mapped[bool] = mapped_column(Boolean, default=False)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    duration_ms: Mapped[int] = mapped_column(BigInteger)
    sample_rate: Mapped[int] = mapped_column(Integer)
    channels: Mapped[int] = mapped_column(Integer)
    codec: Mapped[str] = mapped_column(String(40))
    container: Mapped[str] = mapped_column(String(40))

    interaction: Mapped[Interaction] = relationship(back_populates="media")


class MediaBlob(Base):
    """A chunk of a recording kept in the team database (the store for small teams), keyed by the file's SHA-256.
    Plain bytea rows rather than large objects: rows follow grants, row-level security, backups and deletes like
    every other table, and reading chunk by chunk keeps an hour-long call out of memory."""

    __tablename__ = "media_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Message(Base):
    """A chat message or e-mail in an interaction, in conversation order."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("interaction_id", "seq"),
        # The team page counts replies within the standards from this index alone (services/kpis.py).
        Index("ix_messages_replies", "interaction_id", "reply_number", "reply_wait_ms",
              sqlite_where=sql_text("reply_wait_ms IS NOT NULL"),
              postgresql_where=sql_text("reply_wait_ms IS NOT NULL")),
    )  # fmt: skip

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    text: Mapped[str] = mapped_column(Text, deferred=True, deferred_raiseload=True)
    text_masked: Mapped[str | None] = mapped_column(Text)
    # An agent message that answers a customer's turn: which answer it is (1: the first response) and the wait in
    # milliseconds (rounded up) from the turn's first message; set when messages are stored (kpis.mark_replies).
    reply_number: Mapped[int | None] = mapped_column(Integer)
    reply_wait_ms: Mapped[int | None] = mapped_column(BigInteger)

    interaction: Mapped[Interaction] = relationship(back_populates="messages")


class Transcript(Base):
    """One transcription of a call; re-transcribing adds a version and keeps the old ones."""

    __tablename__ = "transcripts"
    __table_args__ = (UniqueConstraint("interaction_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    engine: Mapped[str] = mapped_column(String(40))
    model: Mapped[str] = mapped_column(String(200))
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    language: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Mono calls split in two: how the agent was named (transcribe/diarize.py SpeakerRule), shown with the transcript.
    speaker_rule: Mapped[str | None] = mapped_column(String(20))

    segments: Mapped[list[TranscriptSegment]] = relationship(
        back_populates="transcript", order_by="TranscriptSegment.seq", cascade="all, delete-orphan"
    )


class TranscriptSegment(Base):
    __tablename__ = "transcript_segments"
    __table_args__ = (UniqueConstraint("transcript_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    transcript_id: Mapped[int] = mapped_column(ForeignKey("transcripts.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    start_ms: Mapped[int] = mapped_column(BigInteger)
    end_ms: Mapped[int] = mapped_column(BigInteger)
    speaker: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, deferred=True, deferred_raiseload=True)
    text_masked: Mapped[str | None] = mapped_column(Text)
    words: Mapped[list[Any]] = mapped_column(JSON, default=list, deferred=True, deferred_raiseload=True)
    # A correction keeps what the engine produced; the database fills it in (migration 0006), so that a person who
    # may not read the clear text can still correct a line that hides nothing.
    original_text: Mapped[str | None] = mapped_column(Text, deferred=True, deferred_raiseload=True)
    original_speaker: Mapped[str | None] = mapped_column(String(20))
    edited_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    edited_at: Mapped[datetime | None] = mapped_column(DateTime)

    transcript: Mapped[Transcript] = relationship(back_populates="segments")


class TranscriptionJob(Base):
    """A queued, running or finished transcription; the queue survives restarts."""

    __tablename__ = "transcription_jobs"
    __table_args__ = (
        Index("ix_transcription_jobs_state", "state", "id"),
        Index("ix_transcription_jobs_claim", "state", "priority", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id", ondelete="CASCADE"), index=True)
    state: Mapped[str] = mapped_column(String(20), default="queued")
    model_key: Mapped[str] = mapped_column(String(300))
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    error: Mapped[str | None] = mapped_column(Text)
    progress_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    total_ms: Mapped[int | None] = mapped_column(BigInteger)
    transcript_id: Mapped[int | None] = mapped_column(ForeignKey("transcripts.id", ondelete="SET NULL"))
    timings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Higher runs first: a reviewer waiting for one call goes before the backlog.
    priority: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Who holds a running job ("machine:pid") and until when; a lapsed lease lets another worker take it over.
    worker: Mapped[str | None] = mapped_column(String(200))
    lease_expires_at: Mapped[datetime | None] = mapped_column(DateTime)
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Scorecard(Base):
    __tablename__ = "scorecards"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    channel: Mapped[str | None] = mapped_column(String(20))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    versions: Mapped[list[ScorecardVersion]] = relationship(
        back_populates="scorecard", order_by="ScorecardVersion.version"
    )


class ScorecardVersion(Base):
    """An immutable snapshot of a scorecard's scoring rules; evaluations point at one."""

    __tablename__ = "scorecard_versions"
    __table_args__ = (UniqueConstraint("scorecard_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scorecard_id: Mapped[int] = mapped_column(ForeignKey("scorecards.id"))
    version: Mapped[int] = mapped_column(Integer)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    scoring_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    scorecard: Mapped[Scorecard] = relationship(back_populates="versions")


ONE_DRAFT = "state = 'draft' AND calibration_session_id IS NULL"


class Evaluation(Base):
    """One reviewer's scoring of one interaction on one scorecard version."""

    __tablename__ = "evaluations"
    __table_args__ = (
        Index("ix_evaluations_interaction", "interaction_id"),
        CheckConstraint("state IN ('draft', 'submitted', 'acknowledged', 'disputed', 'resolved')", name="state"),
        # One open draft per reviewer and interaction, however many windows or processes start one at once.
        Index("uq_evaluations_one_draft", "interaction_id", "reviewer_id", unique=True,
              sqlite_where=sql_text(ONE_DRAFT), postgresql_where=sql_text(ONE_DRAFT)),  # fmt: skip
        # The few evaluations an older version stored without outcomes, found without reading every evaluation.
        Index("ix_evaluations_without_outcomes", "interaction_id", sqlite_where=sql_text("outcomes IS NULL"),
              postgresql_where=sql_text("outcomes IS NULL")),  # fmt: skip
        # Grading times per reviewer read from the index alone, not from rows that carry whole results.
        Index("ix_evaluations_grading", "interaction_id", "state", "calibration_session_id", "reviewer_id",
              "created_at", "submitted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id"))
    scorecard_version_id: Mapped[int] = mapped_column(ForeignKey("scorecard_versions.id"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    calibration_session_id: Mapped[int | None] = mapped_column(ForeignKey("calibration_sessions.id"), index=True)
    # In a calibration session: "participant" (scored blind), "expert" (the benchmark) or "consensus" (agreed).
    calibration_role: Mapped[str | None] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20), default="draft")
    score: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    passed: Mapped[bool | None] = mapped_column(Boolean)
    fatal_failed: Mapped[bool] = mapped_column(Boolean, default=False)
    section_critical_failed: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The result as first submitted: a re-score after a dispute or an edit is shown beside it, never over it.
    original_result: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # Each criterion's outcome of `result` as flags, in one canonical text (services/aggregates.outcomes_text):
    # evaluations with the same outcomes share it, so team figures group by it instead of reading every result.
    outcomes: Mapped[str | None] = mapped_column(Text)
    # Optimistic locking: two reviewers saving the same evaluation cannot silently overwrite each other.
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    answers: Mapped[list[EvaluationAnswer]] = relationship(
        back_populates="evaluation", cascade="all, delete-orphan", order_by="EvaluationAnswer.id"
    )

    __mapper_args__ = {"version_id_col": row_version}


class SelfEvaluation(Base):
    """An agent's own scoring of one of their interactions, shown beside the reviewer's; kept apart from evaluations,
    so it never counts in a figure, a sample or a calibration."""

    __tablename__ = "self_evaluations"
    __table_args__ = (UniqueConstraint("interaction_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    scorecard_version_id: Mapped[int] = mapped_column(ForeignKey("scorecard_versions.id"))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # key → {"value": …, "na": bool}
    score: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    passed: Mapped[bool | None] = mapped_column(Boolean)
    submitted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class EvaluationAnswer(Base):
    __tablename__ = "evaluation_answers"
    __table_args__ = (UniqueConstraint("evaluation_id", "criterion_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluations.id", ondelete="CASCADE"))
    criterion_key: Mapped[str] = mapped_column(String(100))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    points: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    comment: Mapped[str | None] = mapped_column(Text)
    root_cause: Mapped[str | None] = mapped_column(String(100))
    suggested_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    suggestion_accepted: Mapped[bool | None] = mapped_column(Boolean)

    evaluation: Mapped[Evaluation] = relationship(back_populates="answers")


class EvaluationDispute(Base):
    """An agent's challenge of one criterion; a lead accepts, partly accepts or rejects it with a reason."""

    __tablename__ = "evaluation_disputes"

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluations.id", ondelete="CASCADE"), index=True)
    criterion_key: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text)
    proposed_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    raised_by: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(20), default="open")
    resolution_reason: Mapped[str | None] = mapped_column(Text)
    resolved_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)


class SampleAssignment(Base):
    """An interaction picked by a sampling plan and assigned to a reviewer: the reviewer's queue."""

    __tablename__ = "sample_assignments"
    __table_args__ = (UniqueConstraint("interaction_id", "reviewer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id", ondelete="CASCADE"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    plan_name: Mapped[str] = mapped_column(String(200))
    rule: Mapped[str] = mapped_column(Text)
    period: Mapped[str | None] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class CalibrationSession(Base):
    __tablename__ = "calibration_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    scorecard_version_id: Mapped[int] = mapped_column(ForeignKey("scorecard_versions.id"))
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    expert_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    state: Mapped[str] = mapped_column(String(20), default="open")
    tolerance_points: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("5"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revealed_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    notes: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)  # criterion key → the lead's note
    # Optimistic locking: two leads changing the same session cannot silently overwrite each other.
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": row_version}


class CalibrationParticipant(Base):
    __tablename__ = "calibration_participants"

    session_id: Mapped[int] = mapped_column(ForeignKey("calibration_sessions.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)


class CalibrationItem(Base):
    __tablename__ = "calibration_items"

    session_id: Mapped[int] = mapped_column(ForeignKey("calibration_sessions.id", ondelete="CASCADE"), primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id"), primary_key=True)


class RescoreSample(Base):
    """A reviewer's submitted production evaluation drawn for a lead to score again, blind: the lead's answers are
    kept here, apart from evaluations, so a re-score never counts in an agent's figures. On a team database the
    original stays hidden from the re-scorer until `submitted_at` is set (storage/team_sql.py)."""

    __tablename__ = "rescore_samples"
    __table_args__ = (UniqueConstraint("evaluation_id", "rescorer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluations.id", ondelete="CASCADE"), index=True)
    # Copied from the original when drawn: the re-scorer reads these while the original itself is hidden from them.
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id", ondelete="CASCADE"))
    scorecard_version_id: Mapped[int] = mapped_column(ForeignKey("scorecard_versions.id"))
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)  # who scored the original
    rescorer_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    period: Mapped[str | None] = mapped_column(String(40))
    drawn_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    answers: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)  # key → {"value": …, "na": bool}
    score: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    passed: Mapped[bool | None] = mapped_column(Boolean)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)


class RecurringWork(Base):
    """A sampling plan or calibration session that recurs weekly or monthly; `settings` holds what each instance
    is made from (services/recurrence.py)."""

    __tablename__ = "recurring_work"
    __table_args__ = (CheckConstraint("kind IN ('sampling', 'calibration')", name="kind"),
                      CheckConstraint("cadence IN ('weekly', 'monthly')", name="cadence"))  # fmt: skip

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    cadence: Mapped[str] = mapped_column(String(10))
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class RecurrenceInstance(Base):
    """One period's instance of recurring work; unique per (work, period), so two PCs creating it at once make one."""

    __tablename__ = "recurrence_instances"
    __table_args__ = (UniqueConstraint("work_id", "period", name="uq_recurrence_instances_work_period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    work_id: Mapped[int] = mapped_column(ForeignKey("recurring_work.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(20))
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("calibration_sessions.id",
                                                                          ondelete="SET NULL"))  # fmt: skip
    assigned: Mapped[int] = mapped_column(Integer, default=0)  # sampling: items assigned


class CoachingRecord(Base):
    """A trainer's follow-up with an agent, built on chosen evaluations."""

    __tablename__ = "coaching_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"), index=True)
    trainer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    held_on: Mapped[date | None] = mapped_column(Date)
    focus_criteria: Mapped[list[Any]] = mapped_column(JSON, default=list)
    evaluation_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    actions: Mapped[list[CoachingAction]] = relationship(
        back_populates="record", cascade="all, delete-orphan", order_by="CoachingAction.id"
    )


class CoachingAction(Base):
    __tablename__ = "coaching_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("coaching_records.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")

    record: Mapped[CoachingRecord] = relationship(back_populates="actions")


class AuditEntry(Base):
    """Append-only record of who changed what; rows are never updated or deleted."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_entity", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(100))
    entity_type: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # A hash chain set by the database itself (a trigger): each entry's hash covers its fields and the previous hash,
    # so `qa-studio audit verify` finds an entry changed, inserted or removed behind the application's back.
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


@event.listens_for(AuditEntry, "before_update")
@event.listens_for(AuditEntry, "before_delete")
def _audit_is_append_only(_mapper: Any, _connection: Any, target: AuditEntry) -> None:
    raise PermissionError(f"audit entry {target.id} is append-only")


class AutoEvaluation(Base):
    """The automatic answers of an interaction's evidence checks on the latest version of its channel's scorecard,
    kept apart from reviewers' evaluations: one row per interaction, replaced when the scorecard changes."""

    __tablename__ = "auto_evaluations"
    __table_args__ = (Index("ix_auto_evaluations_score", "score"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id", ondelete="CASCADE"), unique=True)
    scorecard_version_id: Mapped[int] = mapped_column(ForeignKey("scorecard_versions.id"))
    # Over the criteria the checks could answer; None when they answered none that counts.
    score: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    fatal_suspected: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    flags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # criterion key → {"value": ..., "evidence": [evidence as a dict, ...]}
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SearchEntry(Base):
    """What was said, one row per chat or e-mail message and per segment of a call's current transcript (as
    corrected), and what reviewers wrote about it (one row per comment of a submitted evaluation outside calibration,
    the comments its agent may read too), kept for search: the text and its masked copy, which people who may not
    unmask search instead.
    SQLite indexes both with an FTS5 trigram table (search_fts), PostgreSQL with pg_trgm where it is installed."""

    __tablename__ = "search_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # message | segment | comment
    # The message's seq, the segment's start in ms, or a comment's moment in ms ("[02:31] ...", else -1).
    position: Mapped[int] = mapped_column(BigInteger)
    text: Mapped[str] = mapped_column(Text)
    masked_text: Mapped[str] = mapped_column(Text)


class KeywordList(Base):
    """A named list of phrases spotted in every interaction (complaint words, regulator or lawyer mentions), kept
    for the whole team: leads and administrators change them, the staff read the counts."""

    __tablename__ = "keyword_lists"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    phrases: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


def _keeps_masked_copy(attribute: Any, copy: str) -> None:
    @event.listens_for(attribute, "set")
    def _mask(target: Any, value: str | None, _old: Any, _initiator: Any) -> None:
        from qa_studio.transcribe.redaction import masked_copy  # its patterns are built with the first write

        setattr(target, copy, masked_copy(value))


# Whoever writes clear text writes its masked copy in the same flush; nothing else writes these columns.
_keeps_masked_copy(Interaction.subject, "subject_masked")
_keeps_masked_copy(Message.text, "text_masked")
_keeps_masked_copy(TranscriptSegment.text, "text_masked")
