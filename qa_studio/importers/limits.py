"""Limits every imported file is held to, so one hostile or broken file is refused alone, quickly, with a reason.

Sizes and nesting are checked before parsing (memory and time stay bounded); text and dates are checked after
parsing and before anything is stored (PostgreSQL refuses NUL characters, and a date in 9999 is not a contact).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from qa_studio.clock import utcnow
from qa_studio.domain import ParsedConversation
from qa_studio.importers.errors import ImportRefused

# A year of one busy queue's chats is a few MB; an mbox carries attachments, so it may be larger.
MAX_CHAT_FILE_BYTES = 64 * 1024 * 1024
MAX_MAIL_FILE_BYTES = 256 * 1024 * 1024
MAX_MESSAGES_PER_FILE = 200_000
MAX_MESSAGE_CHARS = 200_000
MAX_SUBJECT_CHARS = 2_000
# JSON exports nest three or four levels (conversations → messages → author); 64 leaves room for any real one.
MAX_JSON_DEPTH = 64
# Numbers in chat exports are epoch times and counts; a 5,000-digit one is an attack on int().
MAX_NUMBER_DIGITS = 40
# Contact centres did not keep chat logs before this, and clocks run a little fast or in another zone.
EARLIEST_DATE = datetime(1990, 1, 1)
FUTURE_TOLERANCE = timedelta(days=2)

# Lone surrogates come from broken UTF-16 or JSON escapes ("\ud800"); no database can store them as text.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def check_file_size(size: int, suffix: str) -> None:
    limit = MAX_MAIL_FILE_BYTES if suffix in (".eml", ".mbox") else MAX_CHAT_FILE_BYTES
    if size > limit:
        raise ImportRefused(
            f"the file is {size / 1024 / 1024:,.0f} MB; QA Studio reads {suffix} files of at most "
            f"{limit // 1024 // 1024} MB (split the export)"
        )


def too_many_messages(count: int) -> ImportRefused:
    return ImportRefused(
        f"the file holds more than {MAX_MESSAGES_PER_FILE:,} messages ({count:,} read so far); QA Studio imports at "
        "most that many per file (split the export)"
    )


def unstorable_reason(value: str) -> str | None:
    """Why a text cannot be stored (a NUL character or a broken UTF-16 half), or None."""
    found = _UNSTORABLE.search(value)
    if found is None:
        return None
    if found.group(0) == "\x00":
        return f"contains a NUL character (\\u0000) at position {found.start() + 1}, which is not text"
    return f"contains a broken character (lone surrogate \\u{ord(found.group(0)):04x}) at position {found.start() + 1}"


def date_reason(value: datetime, now: datetime | None = None) -> str | None:
    """Why a date cannot be when a contact happened (before 1990, or in the future beyond a small tolerance)."""
    try:
        wall = value if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)
    except OverflowError:  # 9999-12-31 23:59 -0500 is beyond the last representable date
        return f"the date {value:%Y-%m-%d %H:%M %z} is in the future"
    latest = (now or utcnow()) + FUTURE_TOLERANCE
    if wall > latest:
        return f"the date {wall:%Y-%m-%d %H:%M} is in the future"
    if wall < EARLIEST_DATE:
        return f"the date {wall:%Y-%m-%d %H:%M} is before {EARLIEST_DATE.year}"
    return None


def check_conversations(conversations: list[ParsedConversation]) -> None:
    """Refuse the file if any message cannot be stored as it is: too many, too long, unstorable text, bad dates."""
    total = sum(len(conversation.messages) for conversation in conversations)
    if total > MAX_MESSAGES_PER_FILE:
        raise ImportRefused(
            f"the file holds {total:,} messages; QA Studio imports at most {MAX_MESSAGES_PER_FILE:,} per file "
            "(split the export)"
        )
    now = utcnow()
    several = len(conversations) > 1
    for number, conversation in enumerate(conversations, start=1):
        # A times-only transcript carries a placeholder day until the importer is told the real one.
        dated = not conversation.metadata.get("time_only")
        prefix = f"conversation {number}, " if several else ""
        fields = {
            "the subject": conversation.subject,
            "the conversation id": conversation.external_id,
            **{f'the "{key}"': value for key, value in conversation.metadata.items()},
        }
        for what, value in fields.items():
            if value and (reason := unstorable_reason(value)):
                raise ImportRefused(f"{prefix}{what} {reason}")
        if conversation.subject and len(conversation.subject) > MAX_SUBJECT_CHARS:
            raise ImportRefused(
                f"{prefix}the subject is {len(conversation.subject):,} characters long (at most {MAX_SUBJECT_CHARS:,})"
            )
        for index, message in enumerate(conversation.messages, start=1):
            where = f"{prefix}message {index}"
            for what, value in (("the author", message.author), ("the text", message.text)):
                if reason := unstorable_reason(value):
                    raise ImportRefused(f"{where}: {what} {reason}")
            if len(message.text) > MAX_MESSAGE_CHARS:
                raise ImportRefused(
                    f"{where}: the text is {len(message.text):,} characters long (at most {MAX_MESSAGE_CHARS:,})"
                )
            if dated and message.sent_at is not None and (reason := date_reason(message.sent_at, now)):
                raise ImportRefused(f"{where}: {reason}")
