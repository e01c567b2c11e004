"""Domain values shared by every layer: enums and plain dataclasses, no Qt and no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from qa_studio.errors import QT_TRANSLATE_NOOP


class Channel(StrEnum):
    CALL = "call"
    CHAT = "chat"
    EMAIL = "email"
    SOCIAL = "social"


# Channels as people read them, translated in the context "InteractionColumns" (the list, reports, workbooks).
CHANNEL_LABELS = {
    "call": QT_TRANSLATE_NOOP("InteractionColumns", "Call"),
    "chat": QT_TRANSLATE_NOOP("InteractionColumns", "Chat"),
    "email": QT_TRANSLATE_NOOP("InteractionColumns", "E-mail"),
    "social": QT_TRANSLATE_NOOP("InteractionColumns", "Social"),
}


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class InteractionStatus(StrEnum):
    NEW = "new"
    TRANSCRIBED = "transcribed"
    EVALUATED = "evaluated"


class AuthorRole(StrEnum):
    AGENT = "agent"
    CUSTOMER = "customer"
    SYSTEM = "system"


class UserRole(StrEnum):
    REVIEWER = "reviewer"
    LEAD = "lead"
    TRAINER = "trainer"
    ADMIN = "admin"
    # An agent signs in to see their own results, acknowledge them and dispute a criterion.
    AGENT = "agent"


class SignInMethod(StrEnum):
    """How the current user proved who they are."""

    OS_ACCOUNT = "os_account"  # this computer's login (SQLite, no password of its own)
    LOCAL_PASSWORD = "local_password"  # a QA Studio account with a password on a shared PC (SQLite)
    DATABASE_LOGIN = "database_login"  # the team database's own login role (PostgreSQL session_user)


class EvaluationState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    ACKNOWLEDGED = "acknowledged"
    DISPUTED = "disputed"
    RESOLVED = "resolved"


class ImportOutcome(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    REFUSED = "refused"


@dataclass(slots=True)
class ParsedMessage:
    """One message as read from a chat log or e-mail, before it is stored."""

    author: str
    text: str
    sent_at: datetime | None = None
    # Set only when the source states the role itself (a role column, an e-mail header rule).
    role: AuthorRole | None = None
    # What else tells this message apart from another with the same author, text and time (an e-mail's
    # Message-ID and the hashes of its attachments); part of the duplicate key when set.
    identity: str = ""


@dataclass(slots=True)
class ParsedConversation:
    """One conversation read from a file; a file may hold several (a CSV export, an mbox)."""

    channel: Channel
    messages: list[ParsedMessage]
    source_format: str
    encoding: str
    external_id: str | None = None
    subject: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class RoleDecision:
    """Which role an author got and the rule that decided it, so a user can see and correct it."""

    author: str
    role: AuthorRole
    reason: str


@dataclass(slots=True)
class AudioProbe:
    duration_ms: int
    sample_rate: int
    channels: int
    codec: str
    container: str
    # Set when the recording is stored but something about it is off (cut short: the decoded length is stored).
    warning: str = ""


@dataclass(slots=True)
class ImportResult:
    """What happened to one file (or one conversation inside a file) during an import."""

    path: str
    outcome: ImportOutcome
    reason: str = ""
    interaction_ids: list[int] = field(default_factory=list)
