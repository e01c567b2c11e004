"""CSV chat exports: a column mapping (presets for common exports, or the user's own), one or many conversations."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from qa_studio.domain import AuthorRole, Channel, ParsedConversation, ParsedMessage
from qa_studio.errors import QT_TRANSLATE_NOOP, Phrase
from qa_studio.importers.errors import ImportRefused
from qa_studio.importers.limits import MAX_MESSAGES_PER_FILE, too_many_messages
from qa_studio.importers.roles import ROLE_LABELS
from qa_studio.importers.timestamps import DAY_FIRST, MONTH_FIRST, date_order, parse_timestamp


@dataclass(frozen=True, slots=True)
class CsvMapping:
    """Which column holds what. Column names compare ignoring case, spaces and underscores.

    `synonyms` gives other accepted header names for a mapped column name, so one preset covers small variations
    between exports; `role_values` maps values of the role column (compared case-insensitively) to roles; values it
    does not know leave the role to the role rules. `timestamp_formats` (strptime) are tried before the built-in
    forms. `description` tells the user which headers the mapping expects.
    """

    name: str
    timestamp: str
    author: str
    text: str
    role: str | None = None
    conversation_id: str | None = None
    timestamp_formats: tuple[str, ...] = ()
    synonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    role_values: Mapping[str, AuthorRole] = field(default_factory=lambda: dict(ROLE_LABELS), hash=False)
    description: str = field(default="", compare=False)


CSV_PRESETS: dict[str, CsvMapping] = {
    "generic": CsvMapping(
        "generic",
        "timestamp",
        "author",
        "message",
        role="role",
        conversation_id="conversation_id",
        synonyms={
            "timestamp": ("time", "date", "datetime", "sent_at", "created_at"),
            "author": ("sender", "name", "from", "user", "nickname"),
            "message": ("text", "content", "body", "msg"),
            "role": ("type", "sender_type", "author_type", "author_role"),
            "conversation_id": ("conversation", "chat_id", "session_id", "ticket_id", "thread_id"),
        },
        description=(
            "Headers timestamp, author, message, optional role and conversation_id; also accepted: time/date/"
            "sent_at, sender/name/from/user, text/content/body, type/sender_type, chat_id/session_id/ticket_id."
        ),
    ),
    "zendesk_chat": CsvMapping(
        "zendesk_chat",
        "Timestamp",
        "Name",
        "Message",
        role="Sender Type",
        conversation_id="Chat ID",
        synonyms={"Sender Type": ("Sender", "Type"), "Chat ID": ("Conversation ID", "Ticket ID")},
        description="Zendesk Chat transcript, one row per message: Chat ID, Timestamp, Name, Sender Type, Message.",
    ),
    "livechat": CsvMapping(
        "livechat",
        "Date",
        "Author Name",
        "Text",
        role="Author Type",
        conversation_id="Chat ID",
        synonyms={"Author Name": ("Author",), "Author Type": ("User Type",), "Chat ID": ("Thread ID",)},
        description="LiveChat export, one row per message: Chat ID, Date, Author Name, Author Type, Text.",
    ),
    "wecom": CsvMapping(
        "wecom",
        "时间",
        "发送人",
        "内容",
        role="角色",
        conversation_id="会话ID",
        synonyms={
            "时间": ("发送时间", "消息时间"),
            "发送人": ("发送者", "昵称"),
            "内容": ("消息内容", "消息"),
            "角色": ("身份", "发送方"),
            "会话ID": ("会话编号", "会话"),
        },
        description="WeCom / WeChat customer-service export: 会话ID, 时间, 发送人, 角色 (客服/客户), 内容.",
    ),
}

# Excel writes "sep=;" as the first line of a CSV to say which delimiter follows.
_EXCEL_SEP = re.compile(r"^sep=([,;\t])$")
_QUOTED = re.compile(r'"[^"]*"')
_SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/\d{2,4}\b")
_DAY_FIRST_FORMATS = (
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%d/%m/%y %H:%M:%S",
    "%d/%m/%y %H:%M",
)


def _canonical(name: str) -> str:
    return "".join(name.casefold().split()).replace("_", "")


def _locate(positions: Mapping[str, int], wanted: str, mapping: CsvMapping) -> int | None:
    """Index of the column for `wanted` (by its name, then its synonyms), or None."""
    for name in (wanted, *mapping.synonyms.get(wanted, ())):
        if (index := positions.get(_canonical(name))) is not None:
            return index
    return None


def _positions(header: list[str]) -> dict[str, int]:
    positions: dict[str, int] = {}
    for index, name in enumerate(header):
        positions.setdefault(_canonical(name), index)
    return positions


def detect_csv_mapping(header: list[str]) -> CsvMapping | None:
    """The preset whose time, author and text columns are all in the header, or None.

    When several fit, the one that also finds the most optional columns (role, conversation id) under their own
    names wins, and a vendor preset wins over "generic" on a tie.
    """
    positions = _positions(header)
    best: tuple[tuple[int, int, bool], CsvMapping] | None = None
    for mapping in CSV_PRESETS.values():
        if any(_locate(positions, col, mapping) is None for col in (mapping.timestamp, mapping.author, mapping.text)):
            continue
        columns = [c for c in (mapping.role, mapping.conversation_id) if c]
        columns += [mapping.timestamp, mapping.author, mapping.text]
        present = sum(_locate(positions, c, mapping) is not None for c in columns)
        by_own_name = sum(_canonical(c) in positions for c in columns)
        rank = (present, by_own_name, mapping.name != "generic")
        if best is None or rank > best[0]:
            best = (rank, mapping)
    return best[1] if best else None


def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV: Excel's "sep=" line, else the most frequent of , ; and tab in the header line.

    Looking only at the header (outside quotes) is exact for exports and far cheaper than csv.Sniffer, which also
    guesses quoting rules wrongly on small files (it reports doublequote=False for files that use "").
    """
    first_line = text.split("\n", 1)[0]
    if found := _EXCEL_SEP.match(first_line.strip()):
        return found.group(1)
    unquoted = _QUOTED.sub("", first_line)
    counts = {delimiter: unquoted.count(delimiter) for delimiter in ",;\t"}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else ","


def _missing_columns_reason(missing: list[tuple[str, str]], mapping: CsvMapping, header: list[str]) -> Phrase:
    parts = []
    for what, wanted in missing:
        names = [wanted, *mapping.synonyms.get(wanted, ())]
        quoted = ", ".join(f'"{name}"' for name in names)
        kind = Phrase(_COLUMN_KINDS.get(what, what))
        parts.append(Phrase(QT_TRANSLATE_NOOP("Errors", "no {what} column ({names})"), what=kind, names=quoted)
                     if len(names) > 1 else
                     Phrase(QT_TRANSLATE_NOOP("Errors", "no \"{name}\" column for the {what}"), name=wanted, what=kind))
    columns = ", ".join(name for name in header if name.strip()) or "—"
    return Phrase(QT_TRANSLATE_NOOP("Errors", "the CSV has {missing}; its columns are: {columns}"),
                  missing=_Joined(parts), columns=columns)  # fmt: skip


_COLUMN_KINDS = {"time": QT_TRANSLATE_NOOP("Errors", "time"), "author": QT_TRANSLATE_NOOP("Errors", "author"),
                 "message text": QT_TRANSLATE_NOOP("Errors", "message text")}  # fmt: skip


class _Joined(Phrase):
    """Several phrases as one, each rendered in the reader's language."""

    def __init__(self, parts: list[Phrase]) -> None:
        super().__init__("")
        self.parts = parts

    def render(self, english: bool = False) -> str:
        return "; ".join(part.render(english) for part in self.parts)


def _timestamp_formats(
    mapping: CsvMapping, stamps: list[str], order: str | None = None
) -> tuple[tuple[str, ...], Phrase, dict[str, str]]:
    """The formats to try first, how to tell the user what was expected, and the day/month order for metadata.

    The mapping's own formats if it has any; else the order decided from every slash date in the file (see
    timestamps.date_order): day-first formats, or none, leaving slash dates month-first (the built-in order), as
    exports from US tools write them.
    """
    if mapping.timestamp_formats:
        formats = " | ".join(mapping.timestamp_formats)
        return mapping.timestamp_formats, Phrase(QT_TRANSLATE_NOOP("Errors", "expected {formats}"), formats=formats), {}
    pairs = [(int(found.group(1)), int(found.group(2))) for stamp in stamps if (found := _SLASH_DATE.match(stamp))]
    if not pairs:
        return (), Phrase(QT_TRANSLATE_NOOP("Errors", "expected e.g. 2024-03-01 14:05:00")), {}
    reading, assumed = date_order(pairs, order, MONTH_FIRST)
    metadata = {"date_order": reading, **({"date_order_assumed": "1"} if assumed else {})}
    if reading == DAY_FIRST:
        day_first = QT_TRANSLATE_NOOP("Errors", "dates in this file are read day/month/year")
        return _DAY_FIRST_FORMATS, Phrase(day_first), metadata
    return (), Phrase(QT_TRANSLATE_NOOP("Errors", "dates in this file are read month/day/year")), metadata


def _read_rows(text: str) -> tuple[list[str], list[tuple[int, list[str]]], str]:
    """The header, the data rows (each with the file line it starts on) and the delimiter.

    Strict quoting: a quote opened and never closed is refused, naming the line it opens on, instead of
    swallowing every row after it into one message.
    """
    delimiter = sniff_delimiter(text)
    first_line, _, rest = text.partition("\n")
    skipped = 0
    if _EXCEL_SEP.match(first_line.strip()):
        text, skipped = rest, 1
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    previous_end = 0
    try:
        for row in reader:
            # line_num counts physical lines, so a row after a quoted cell with line breaks still gets its own line.
            rows.append((previous_end + 1 + skipped, row))
            previous_end = reader.line_num
            if len(rows) > MAX_MESSAGES_PER_FILE + 1:
                raise too_many_messages(len(rows) - 1)
    except csv.Error as exc:
        start = previous_end + 1 + skipped
        if "unexpected end of data" in str(exc):
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "line {start}: a quoted cell opened on this line is never closed (the file ends inside it)",
                ),
                start=start,
            ) from None
        if "field larger than field limit" in str(exc):
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "line {start}: a cell is longer than {field_size_limit:,} characters (is a quote left open?)",
                ),
                start=start,
                field_size_limit=csv.field_size_limit(),
            ) from None
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Errors", "line {start}: not readable as CSV ({exc})"), start=start, exc=exc
        ) from None
    if not rows or not any(cell.strip() for cell in rows[0][1]):
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "the CSV file is empty"))
    return rows[0][1], rows[1:], delimiter


def _required_columns(header: list[str], mapping: CsvMapping | None) -> tuple[CsvMapping, int, int, int]:
    """The mapping to use and the indexes of its time, author and text columns; refused naming what is missing."""
    positions = _positions(header)
    chosen = mapping or detect_csv_mapping(header)
    # With no preset fitting, say what the generic layout lacks: the widest list of accepted names.
    reference = chosen or CSV_PRESETS["generic"]
    wanted = (("time", reference.timestamp), ("author", reference.author), ("message text", reference.text))
    found = [_locate(positions, name, reference) for _, name in wanted]
    missing = [(what, name) for (what, name), index in zip(wanted, found, strict=True) if index is None]
    if chosen is None or missing:
        reason = _missing_columns_reason(missing, reference, header)
        if chosen:
            raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{reason}"), reason=reason)
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{reason} — choose the columns for time, author and text"),
                            reason=reason)  # fmt: skip
    time_at, author_at, text_at = (index for index in found if index is not None)
    return chosen, time_at, author_at, text_at


def _missing_cells(header: list[str], row: list[str], columns: tuple[int, ...]) -> str:
    names = [f'"{header[index]}"' for index in sorted(columns) if index >= len(row)]
    return " and ".join(names)


def _refuse_swallowed_rows(
    value: str, line_number: int, delimiter: str, time_at: int, needed: int, formats: tuple[str, ...]
) -> None:
    """A message whose lines read as rows of this file is rows swallowed by a stray quote: refuse, do not merge."""
    if "\n" not in value:
        return
    for offset, line in enumerate(value.split("\n")[1:], start=1):
        if line.count(delimiter) + 1 < needed:
            continue
        cells = next(csv.reader([line], delimiter=delimiter), [])
        if len(cells) < needed or not cells[time_at].strip():
            continue
        try:
            parse_timestamp(cells[time_at], formats)
        except ValueError:
            continue
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "line {line_number}: a quoted message runs over line {number}, which reads as a row of its own "
                "(\"{line}\") — a quote is probably not closed",
            ),
            line_number=line_number,
            number=line_number + offset,
            line=line[:60],
        )


def parse_csv(
    text: str, mapping: CsvMapping | None, encoding: str, order: str | None = None
) -> list[ParsedConversation]:
    """One conversation per conversation-id value in first-seen order, or one for the whole file.

    With no mapping the columns are detected from the header (see detect_csv_mapping).
    """
    header, rows, delimiter = _read_rows(text)
    mapping, time_at, author_at, text_at = _required_columns(header, mapping)
    needed = max(time_at, author_at, text_at) + 1
    positions = _positions(header)
    role_at = _locate(positions, mapping.role, mapping) if mapping.role else None
    conversation_at = _locate(positions, mapping.conversation_id, mapping) if mapping.conversation_id else None
    role_values = {label.casefold(): role for label, role in mapping.role_values.items()}

    def cell(row: list[str], index: int | None) -> str:
        return row[index].strip() if index is not None and index < len(row) else ""

    formats, expected, dated = _timestamp_formats(mapping, [cell(row, time_at) for _, row in rows], order)
    conversations: dict[str, list[ParsedMessage]] = {}
    for line_number, row in rows:
        if not any(value.strip() for value in row):
            continue
        if len(row) < needed:
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "line {line_number}: the row has {row_length} cell{word} but the header has {header_length} "
                    "columns; the {missing_cells} cell is missing",
                ),
                line_number=line_number,
                row_length=len(row),
                word='s' if len(row) != 1 else '',
                header_length=len(header),
                missing_cells=_missing_cells(header, row, (time_at, author_at, text_at)),
            )
        if len(row) > len(header) and any(value.strip() for value in row[len(header) :]):
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "line {line_number}: the row has {row_length} cells but the header has {header_length} columns "
                    "(a \"{delimiter}\" inside a message must be in quotes)",
                ),
                line_number=line_number,
                row_length=len(row),
                header_length=len(header),
                delimiter=delimiter,
            )
        stamp = cell(row, time_at)
        sent_at: datetime | None = None
        if stamp:
            try:
                sent_at = parse_timestamp(stamp, formats)
            except ValueError:
                raise ImportRefused(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "line {line_number}: timestamp \"{stamp}\" is not a date ({expected})",
                    ),
                    line_number=line_number,
                    stamp=stamp,
                    expected=expected,
                ) from None
        role = role_values.get(cell(row, role_at).casefold())
        if not cell(row, author_at) and not cell(row, text_at):
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "line {line_number}: the row has neither an author nor a message",
                ),
                line_number=line_number,
            )
        _refuse_swallowed_rows(row[text_at], line_number, delimiter, time_at, needed, formats)
        author = cell(row, author_at) or ("system" if role == AuthorRole.SYSTEM else "unknown")
        message = ParsedMessage(author=author, text=cell(row, text_at), sent_at=sent_at, role=role)
        conversations.setdefault(cell(row, conversation_at), []).append(message)
    if not conversations:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "the CSV file has a header but no messages"))
    return [
        ParsedConversation(
            channel=Channel.CHAT,
            messages=messages,
            source_format=f"csv:{mapping.name}",
            encoding=encoding,
            external_id=conversation_id or None,
            metadata=dict(dated),
        )
        for conversation_id, messages in conversations.items()
    ]
