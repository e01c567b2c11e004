"""Plain-text chat transcripts (`[time] Name: message`) and WhatsApp "Export chat" files, multi-line messages kept."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from itertools import islice

from qa_studio.domain import AuthorRole, Channel, ParsedConversation, ParsedMessage
from qa_studio.errors import QT_TRANSLATE_NOOP
from qa_studio.importers.errors import ImportRefused
from qa_studio.importers.limits import MAX_MESSAGES_PER_FILE, too_many_messages
from qa_studio.importers.timestamps import DAY_FIRST, MONTH_FIRST, date_order

# Direction marks WhatsApp (iOS) and some editors put around names and at line starts; they are invisible.
_BIDI = str.maketrans("", "", "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
# A time-only transcript that goes back by more than this has crossed midnight.
_MIDNIGHT_JUMP = timedelta(hours=12)
TIME_ONLY_DATE = date(1970, 1, 1)

_DATE = r"(?P<year>\d{4})[-/.年](?P<month>\d{1,2})[-/.月](?P<day>\d{1,2})日?"
_TIME = r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,6}))?)?"
# "AM"/"p.m." only as a word of its own: in "10:02 Amy: hi" the A belongs to the name.
_AMPM = r"(?:\s?(?P<ampm>[AaPp])\.?\s?[Mm]\.?(?![A-Za-z]))?"
_OFFSET = r"(?P<offset>Z|[+-]\d{2}:?\d{2})?"
# [2024-03-01 10:02:03] Name: text  |  [10:02] Name: text  |  2024-03-01 10:02:03 Name: text  ;  ":" or "："
# The author starts with a non-blank after a possessive run of blanks, so a header followed by thousands of spaces
# is rejected in linear time instead of trying every split of the blanks between the name and its colon.
_PLAIN_HEADER = re.compile(
    rf"^(?P<open>\[)?(?P<stamp>(?:{_DATE}[ T])?{_TIME}{_AMPM}{_OFFSET})(?(open)\])"
    r"\s*+(?P<author>[^\s:：\[\]][^:：\[\]]{0,79}?)\s*[:：]\s?(?P<text>.*)$"
)
_RULE = r"[-=—–─*#]{2,}"
# "--- 2024-03-01 ---", "———— 2024年3月1日 星期五 ————": a day header for the time-only lines after it.
# Matched against the stripped line; each \s* follows a fixed token so long blank runs cannot backtrack.
_DATE_LINE = re.compile(
    rf"^(?:(?P<lead>{_RULE})\s*)?{_DATE}(?:\s*(?P<weekday>(?:星期|周|礼拜)[一二三四五六日天]))?(?:\s*(?P<trail>{_RULE}))?$"
)

_WA_DATE = r"(?P<d1>\d{1,2})[/.-](?P<d2>\d{1,2})[/.-](?P<year>\d{4}|\d{2})"
_WA_TIME = r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?" + _AMPM
# Android: "12/31/23, 9:41 PM - Name: text"      iOS: "[31/12/2023, 21:41:05] Name: text"
_ANDROID = re.compile(rf"^(?P<stamp>{_WA_DATE},?\s{_WA_TIME})\s[-–]\s(?P<rest>.*)$")
_IOS = re.compile(rf"^\[(?P<stamp>{_WA_DATE},\s{_WA_TIME})\]\s?(?P<rest>.*)$")
# WhatsApp's own notices, which iOS attributes to the contact although nobody wrote them.
_WA_NOTICES = (
    "Messages and calls are end-to-end encrypted",
    "Messages to this group are now secured with end-to-end encryption",
    "消息和通话已进行端到端加密",
)
_AUTHOR_QUOTES = frozenset('"“”')


def _clock(found: re.Match[str]) -> time:
    """The time of day in a header match; ValueError when it is not one."""
    hour, minute = int(found["hour"]), int(found["minute"])
    if ampm := found["ampm"]:
        if not 1 <= hour <= 12:
            raise ValueError("hour out of range for AM/PM")
        hour = hour % 12 + (12 if ampm in "Pp" else 0)
    fraction = found.groupdict().get("fraction") or ""
    return time(hour, minute, int(found["second"] or 0), int(fraction.ljust(6, "0")) if fraction else 0)


def _offset(value: str | None) -> timezone | None:
    if not value:
        return None
    if value == "Z":
        return UTC
    sign = -1 if value[0] == "-" else 1
    digits = value[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _day(found: re.Match[str]) -> date:
    return date(int(found["year"]), int(found["month"]), int(found["day"]))


def _next_day_header(lines: list[str], start: int) -> date | None:
    """The first decorated date line from `start` on, for time-only messages written before any date line."""
    for line in lines[start:]:
        found = _DATE_LINE.match(line.strip())
        if found and (found["lead"] or found["trail"] or found["weekday"]):
            try:
                return _day(found)
            except ValueError:
                return None
    return None


def parse_plain_transcript(text: str, encoding: str) -> list[ParsedConversation]:
    """Lines like "[2024-03-01 10:02:03] Alice: hi", "[10:02] Alice: hi" or "2024-03-01 10:02:03 Alice：hi".

    Lines that are not a message header continue the message before them. A time-only header takes its date from
    the last date line above it ("--- 2024-03-01 ---", "2024年3月1日 星期五"; before the first message a bare date
    also counts), or the first one below it; a transcript with no date at all is dated 1970-01-01 and gets
    metadata['time_only'] = '1' so the importer can put it on the day it is told. A time-only transcript whose
    clock goes back by more than 12 hours has passed midnight and moves on a day. Lines before the first message
    are kept in metadata['preamble'].
    """
    lines = [line.translate(_BIDI).rstrip() for line in text.split("\n")]
    messages: list[ParsedMessage] = []
    preamble: list[str] = []
    day: date | None = None
    looked_ahead = False
    time_only = False
    previous: datetime | None = None
    for index, line in enumerate(lines):
        dated = _DATE_LINE.match(line.strip())
        if dated and (not messages or dated["lead"] or dated["trail"] or dated["weekday"]):
            try:
                day = _day(dated)
            except ValueError:
                raise ImportRefused(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "line {number}: \"{strip}\" is not a date",
                    ),
                    number=index + 1,
                    strip=line.strip(),
                ) from None
            previous = None
            continue
        header = _PLAIN_HEADER.match(line)
        if header is None or not (header["open"] or header["year"]):
            if messages:
                messages[-1].text += "\n" + line
            elif line.strip():
                preamble.append(line)
            continue
        try:
            clock = _clock(header)
            if header["year"]:
                day = _day(header)
            elif day is None and not looked_ahead:
                looked_ahead = True
                day = _next_day_header(lines, index + 1)
            if day is None:
                day, time_only = TIME_ONLY_DATE, True
            sent_at = datetime.combine(day, clock, _offset(header["offset"]))
        except ValueError:
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "line {number}: timestamp \"{stamp}\" is not a date",
                ),
                number=index + 1,
                stamp=header["stamp"],
            ) from None
        wall = sent_at.replace(tzinfo=None)
        if not header["year"] and previous is not None and wall < previous - _MIDNIGHT_JUMP:
            day += timedelta(days=1)
            sent_at += timedelta(days=1)
            wall += timedelta(days=1)
        previous = wall
        messages.append(ParsedMessage(author=header["author"].strip(), text=header["text"], sent_at=sent_at))
        if len(messages) > MAX_MESSAGES_PER_FILE:
            raise too_many_messages(len(messages))
    if not messages:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "no chat messages found (expected lines like \"[2024-03-01 10:02] Name: message\")",
            ),
        )
    for message in messages:
        message.text = message.text.strip("\n")
    metadata = {"time_only": "1"} if time_only else {}
    if preamble:
        metadata["preamble"] = "\n".join(preamble)
    return [
        ParsedConversation(
            channel=Channel.CHAT, messages=messages, source_format="text", encoding=encoding, metadata=metadata
        )
    ]


def detect_text_format(text: str) -> str:
    """ "whatsapp_android", "whatsapp_ios" or "plain", from the first 50 non-blank lines."""
    android = ios = 0
    head = islice((line for line in text.split("\n", 400) if line.strip()), 50)
    for line in head:
        line = line.translate(_BIDI)
        if _ANDROID.match(line):
            android += 1
        elif _IOS.match(line):
            ios += 1
    if ios > android:
        return "whatsapp_ios"
    return "whatsapp_android" if android else "plain"


def _whatsapp_message(rest: str, sent_at: datetime) -> ParsedMessage:
    author, separator, body = rest.partition(": ")
    if not separator and rest.endswith(":"):
        author, separator, body = rest[:-1], ":", ""
    is_author = separator and 0 < len(author.strip()) <= 80 and not _AUTHOR_QUOTES.intersection(author)
    if not is_author or body.startswith(_WA_NOTICES):
        # Group events and encryption notices: WhatsApp wrote them, not a participant.
        return ParsedMessage(author="system", text=body if is_author else rest, sent_at=sent_at, role=AuthorRole.SYSTEM)
    return ParsedMessage(author=author.strip(), text=body, sent_at=sent_at)


def parse_whatsapp(text: str, encoding: str, order: str | None = None) -> list[ParsedConversation]:
    """A WhatsApp "Export chat" file from Android ("12/31/23, 9:41 PM - Name: text", 12 or 24 hour) or iOS
    ("[31/12/2023, 21:41:05] Name: text", with direction marks).

    Day/month order is decided once for the whole file (see timestamps.date_order) and recorded in
    metadata['date_order'] (with 'date_order_assumed' when nothing in the file told day from month).
    Lines without "Name: " and the encryption notice become system messages by "system"; "<Media omitted>" and
    "image omitted" stay as text; lines that are not a message header continue the message before them.
    """
    lines = [line.translate(_BIDI).rstrip() for line in text.split("\n")]
    ios = detect_text_format(text) == "whatsapp_ios"
    pattern = _IOS if ios else _ANDROID
    headers = {index: found for index, line in enumerate(lines) if (found := pattern.match(line))}
    if not headers:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "no WhatsApp messages found"))
    pairs = [(int(found["d1"]), int(found["d2"])) for found in headers.values()]
    reading, assumed = date_order(pairs, order, DAY_FIRST if ios else MONTH_FIRST)
    day_first = reading == DAY_FIRST
    messages: list[ParsedMessage] = []
    preamble: list[str] = []
    for index, line in enumerate(lines):
        found = headers.get(index)
        if found is None:
            if messages:
                messages[-1].text += "\n" + line
            elif line.strip():
                preamble.append(line)
            continue
        day, month = (found["d1"], found["d2"]) if day_first else (found["d2"], found["d1"])
        year = int(found["year"]) + (2000 if len(found["year"]) == 2 else 0)
        try:
            sent_at = datetime.combine(date(year, int(month), int(day)), _clock(found))
        except ValueError:
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "line {number}: timestamp \"{stamp}\" is not a date",
                ),
                number=index + 1,
                stamp=found["stamp"],
            ) from None
        messages.append(_whatsapp_message(found["rest"], sent_at))
        if len(messages) > MAX_MESSAGES_PER_FILE:
            raise too_many_messages(len(messages))
    for message in messages:
        message.text = message.text.strip("\n")
    metadata = {"date_order": reading, **({"date_order_assumed": "1"} if assumed else {})}
    if preamble:
        metadata["preamble"] = "\n".join(preamble)
    return [
        ParsedConversation(
            channel=Channel.CHAT,
            messages=messages,
            source_format="whatsapp_ios" if ios else "whatsapp_android",
            encoding=encoding,
            metadata=metadata,
        )
    ]
