"""Limits every imported file is held to, so one hostile or broken file is refused alone, quickly, with a reason.

Sizes and nesting are checked before parsing (memory and time stay bounded); text and dates are checked after
parsing and before anything is stored (PostgreSQL refuses NUL characters, and a date in 9999 is not a contact).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from qa_studio.clock import utcnow
from qa_studio.domain import ParsedConversation
from qa_studio.errors import QT_TRANSLATE_NOOP, Phrase
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
            QT_TRANSLATE_NOOP(
                "Errors",
                "the file is {number:,.0f} MB; QA Studio reads {suffix} files of at most {number_2} MB (split the "
                "export)",
            ),
            number=size / 1024 / 1024,
            suffix=suffix,
            number_2=limit // 1024 // 1024,
        )


def too_many_messages(count: int) -> ImportRefused:
    return ImportRefused(
        QT_TRANSLATE_NOOP("Errors", "the file holds more than {limit:,} messages ({count:,} read so far); QA Studio "
                          "imports at most that many per file (split the export)"), limit=MAX_MESSAGES_PER_FILE,
        count=count)  # fmt: skip


def unstorable_reason(value: str) -> Phrase | None:
    """Why a text cannot be stored (a NUL character or a broken UTF-16 half), or None."""
    found = _UNSTORABLE.search(value)
    if found is None:
        return None
    if found.group(0) == "\x00":
        return Phrase(QT_TRANSLATE_NOOP("Errors", "contains a NUL character (\\u0000) at position {position}, which "
                                        "is not text"), position=found.start() + 1)  # fmt: skip
    return Phrase(QT_TRANSLATE_NOOP("Errors", "contains a broken character (lone surrogate {code}) at position "
                                    "{position}"), code=f"\\u{ord(found.group(0)):04x}",
                  position=found.start() + 1)  # fmt: skip


def date_reason(value: datetime, now: datetime | None = None) -> Phrase | None:
    """Why a date cannot be when a contact happened (before 1990, or in the future beyond a small tolerance)."""
    try:
        wall = value if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)
    except OverflowError:  # 9999-12-31 23:59 -0500 is beyond the last representable date
        future = QT_TRANSLATE_NOOP("Errors", "the date {date} is in the future")
        return Phrase(future, date=f"{value:%Y-%m-%d %H:%M %z}")
    latest = (now or utcnow()) + FUTURE_TOLERANCE
    if wall > latest:
        return Phrase(QT_TRANSLATE_NOOP("Errors", "the date {date} is in the future"), date=f"{wall:%Y-%m-%d %H:%M}")
    if wall < EARLIEST_DATE:
        return Phrase(QT_TRANSLATE_NOOP("Errors", "the date {date} is before {year}"), date=f"{wall:%Y-%m-%d %H:%M}",
                      year=EARLIEST_DATE.year)  # fmt: skip
    return None


def check_conversations(conversations: list[ParsedConversation]) -> None:
    """Refuse the file if any message cannot be stored as it is: too many, too long, unstorable text, bad dates."""
    total = sum(len(conversation.messages) for conversation in conversations)
    if total > MAX_MESSAGES_PER_FILE:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the file holds {total:,} messages; QA Studio imports at most {max_messages_per_file:,} per file "
                "(split the export)",
            ),
            total=total,
            max_messages_per_file=MAX_MESSAGES_PER_FILE,
        )
    now = utcnow()
    several = len(conversations) > 1
    for number, conversation in enumerate(conversations, start=1):
        # A times-only transcript carries a placeholder day until the importer is told the real one.
        dated = not conversation.metadata.get("time_only")
        prefix = Phrase(QT_TRANSLATE_NOOP("Errors", "conversation {number}, "), number=number) if several else ""
        fields = [
            (Phrase(QT_TRANSLATE_NOOP("Errors", "the subject")), conversation.subject),
            (Phrase(QT_TRANSLATE_NOOP("Errors", "the conversation id")), conversation.external_id),
            *((Phrase(QT_TRANSLATE_NOOP("Errors", "the \"{key}\""), key=key), value)
              for key, value in conversation.metadata.items()),
        ]  # fmt: skip
        for what, value in fields:
            if value and (reason := unstorable_reason(value)):
                raise ImportRefused(
                    QT_TRANSLATE_NOOP("Errors", "{prefix}{what} {reason}"), prefix=prefix, what=what, reason=reason
                )
        if conversation.subject and len(conversation.subject) > MAX_SUBJECT_CHARS:
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{prefix}the subject is {subject_length:,} characters long (at most {max_subject_chars:,})",
                ),
                prefix=prefix,
                subject_length=len(conversation.subject),
                max_subject_chars=MAX_SUBJECT_CHARS,
            )
        for index, message in enumerate(conversation.messages, start=1):
            where = Phrase(QT_TRANSLATE_NOOP("Errors", "{prefix}message {index}"), prefix=prefix, index=index)
            for what, value in ((Phrase(QT_TRANSLATE_NOOP("Errors", "the author")), message.author),
                                (Phrase(QT_TRANSLATE_NOOP("Errors", "the text")), message.text)):  # fmt: skip
                if reason := unstorable_reason(value):
                    raise ImportRefused(
                        QT_TRANSLATE_NOOP("Errors", "{where}: {what} {reason}"), where=where, what=what, reason=reason
                    )
            if len(message.text) > MAX_MESSAGE_CHARS:
                raise ImportRefused(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: the text is {text_length:,} characters long (at most {max_message_chars:,})",
                    ),
                    where=where,
                    text_length=len(message.text),
                    max_message_chars=MAX_MESSAGE_CHARS,
                )
            if dated and message.sent_at is not None and (reason := date_reason(message.sent_at, now)):
                raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{where}: {reason}"), where=where, reason=reason)
