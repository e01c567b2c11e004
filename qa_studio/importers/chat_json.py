"""JSON chat logs: a list of messages, a conversation object, or a list of conversation objects."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from itertools import accumulate
from typing import Any

from qa_studio.domain import AuthorRole, Channel, ParsedConversation, ParsedMessage
from qa_studio.errors import QT_TRANSLATE_NOOP, Phrase
from qa_studio.importers.errors import ImportRefused
from qa_studio.importers.limits import MAX_JSON_DEPTH, MAX_MESSAGES_PER_FILE, MAX_NUMBER_DIGITS, too_many_messages
from qa_studio.importers.roles import role_from_label
from qa_studio.importers.timestamps import parse_timestamp

_AUTHOR_KEYS = ("author", "sender", "from", "name", "nickname", "user")
_TEXT_KEYS = ("text", "message", "body", "content", "msg")
_TIME_KEYS = ("timestamp", "time", "sent_at", "date", "created_at", "datetime")
_ROLE_KEYS = ("role", "type", "sender_type", "author_type", "author_role")
_NAME_KEYS = ("name", "display_name", "nickname", "email", "id")
_ID_KEYS = ("id", "conversation_id", "chat_id", "thread_id")
_METADATA_KEYS = ("agent", "customer", "queue", "team")
_CHANNELS = {
    "chat": Channel.CHAT,
    "im": Channel.CHAT,
    "email": Channel.EMAIL,
    "mail": Channel.EMAIL,
    "social": Channel.SOCIAL,
}
# Epoch numbers above this are milliseconds: as seconds they would lie beyond the year 5000.
_EPOCH_MS_THRESHOLD = 100_000_000_000


# A JSON string, written as an unrolled loop so matching stays linear however long the string is.
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def _nesting(text: str) -> tuple[int, int]:
    """How deeply the JSON text nests lists and objects, and how many objects it holds, counted without parsing
    (strings removed first), so a file that would fill memory as Python objects is refused before it does."""
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    depth = max(accumulate(1 if bracket in "[{" else -1 for bracket in brackets), default=0)
    return depth, brackets.count("{")


def _depth(document: Any) -> int:
    """How deeply a parsed document nests lists and objects (without recursion)."""
    deepest, stack = 0, [(document, 1)]
    while stack:
        value, level = stack.pop()
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else None
        if children is None:
            continue
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in children if isinstance(child, dict | list))
    return deepest


def _too_deep(depth: int) -> ImportRefused:
    return ImportRefused(
        QT_TRANSLATE_NOOP("Errors", "the JSON nests {depth:,} levels deep; chat exports need a few, QA Studio reads at "
                          "most {limit}"), depth=depth, limit=MAX_JSON_DEPTH)  # fmt: skip


def _number(kind: type) -> Any:
    def convert(digits: str) -> Any:
        if len(digits) > MAX_NUMBER_DIGITS:
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the file holds a number {digits_length:,} characters long ({digits}…); numbers in a chat export "
                    "have at most {max_number_digits} digits",
                ),
                digits_length=len(digits),
                digits=digits[:12],
                max_number_digits=MAX_NUMBER_DIGITS,
            )
        return kind(digits)

    return convert


def _lowered(item: dict[Any, Any]) -> dict[str, Any]:
    return {str(key).casefold(): value for key, value in item.items()}


def _first(item: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The value of the first key present with a value (None counts as absent)."""
    return next((item[key] for key in keys if item.get(key) is not None), None)


def _timestamp(value: Any, where: str | Phrase) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if abs(value) >= _EPOCH_MS_THRESHOLD else value
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            raise ImportRefused(
                QT_TRANSLATE_NOOP("Errors", "{where}: timestamp {value} is not a date"), where=where, value=value
            ) from None
    if isinstance(value, str):
        try:
            return parse_timestamp(value)
        except ValueError:
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{where}: timestamp \"{value}\" is not a date (e.g. 2024-03-01T14:05:00)",
                ),
                where=where,
                value=value,
            ) from None
    raise ImportRefused(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{where}: timestamp {value} is not a date",
        ),
        where=where,
        value=json.dumps(value, ensure_ascii=False)[:40],
    )


def _text(value: Any, where: str | Phrase) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and all(isinstance(part, str) for part in value):
        return "\n".join(value)
    if value is None:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{where}: the message has no text (expected one of {names})",
            ),
            where=where,
            names=', '.join(_TEXT_KEYS),
        )
    raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{where}: the message text is not a string"), where=where)


def _message(item: Any, where: str | Phrase) -> ParsedMessage:
    if not isinstance(item, dict):
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Errors", "{where}: a message must be an object with author and text"), where=where
        )
    fields = _lowered(item)
    author = _first(fields, _AUTHOR_KEYS)
    role_value = _first(fields, _ROLE_KEYS)
    if isinstance(author, dict):
        # Some APIs nest the author: {"from": {"name": "Emma Clarke", "type": "agent"}}.
        nested = _lowered(author)
        author = _first(nested, _NAME_KEYS)
        role_value = role_value if role_value is not None else _first(nested, _ROLE_KEYS)
    role: AuthorRole | None = role_from_label(role_value) if isinstance(role_value, str) else None
    name = str(author).strip() if author is not None else ""
    return ParsedMessage(
        author=name or ("system" if role == AuthorRole.SYSTEM else "unknown"),
        text=_text(_first(fields, _TEXT_KEYS), where),
        sent_at=_timestamp(_first(fields, _TIME_KEYS), where),
        role=role,
    )


def _metadata_value(value: Any) -> str | None:
    if isinstance(value, dict):
        value = _first(_lowered(value), _NAME_KEYS)
    if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value).strip():
        return str(value).strip()
    return None


def _conversation(messages: Any, fields: dict[str, Any], where: str | Phrase, encoding: str) -> ParsedConversation:
    if not isinstance(messages, list):
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{where}: \"messages\" must be a list"), where=where)
    parsed = [
        _message(item, Phrase(QT_TRANSLATE_NOOP("Errors", "{where}, message {number}"), where=where, number=number)
                 if where else Phrase(QT_TRANSLATE_NOOP("Errors", "message {number}"), number=number))
        for number, item in enumerate(messages, start=1)
    ]  # fmt: skip
    if not parsed:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Errors", "{where}: the conversation has no messages"),
            where=where or Phrase(QT_TRANSLATE_NOOP("Errors", "the file")),
        )
    metadata = {key: value for key in _METADATA_KEYS if (value := _metadata_value(fields.get(key))) is not None}
    conversation_id = _metadata_value(_first(fields, _ID_KEYS))
    subject = fields.get("subject")
    return ParsedConversation(
        channel=_CHANNELS.get(str(fields.get("channel", "chat")).strip().casefold(), Channel.CHAT),
        messages=parsed,
        source_format="json",
        encoding=encoding,
        external_id=conversation_id,
        subject=(subject.strip() or None) if isinstance(subject, str) else None,
        metadata=metadata,
    )


def _is_conversation(item: Any) -> bool:
    return isinstance(item, dict) and isinstance(_lowered(item).get("messages"), list)


def parse_json(text: str, encoding: str) -> list[ParsedConversation]:
    """Read the three accepted shapes; conversation-level agent, customer, queue and team go into metadata.

    Shapes: [message, …]; {"messages": [message, …], "id", "agent", "customer", "queue", "team", "channel",
    "subject"}; [conversation, …] (also as {"conversations": [...]}). Message keys, first found wins: author/
    sender/from/name; text/message/body/content; timestamp/time/sent_at/date (ISO 8601, or epoch seconds or
    milliseconds as numbers or digit strings); role/type/sender_type.
    """
    # str.count runs at memory speed; the exact scan (slow on big files) runs only when these bounds look hostile.
    if text.count("{") > 2 * MAX_MESSAGES_PER_FILE:
        _deepest, objects = _nesting(text)
        # A message is an object, and may hold one for its author: more than twice the message limit is too many.
        if objects > 2 * MAX_MESSAGES_PER_FILE:
            raise too_many_messages(objects // 2)
    try:
        document = json.loads(text, parse_int=_number(int), parse_float=_number(float))
    except json.JSONDecodeError as exc:
        if text.count("[") + text.count("{") > MAX_JSON_DEPTH and _nesting(text)[0] > MAX_JSON_DEPTH:
            raise _too_deep(_nesting(text)[0]) from None  # an unclosed deep file: the depth is the real problem
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "line {lineno}, column {colno}: not valid JSON ({msg})",
            ),
            lineno=exc.lineno,
            colno=exc.colno,
            msg=exc.msg,
        ) from None
    except RecursionError:
        raise _too_deep(_nesting(text)[0]) from None
    if (depth := _depth(document)) > MAX_JSON_DEPTH:
        raise _too_deep(depth)
    if isinstance(document, dict):
        fields = _lowered(document)
        if isinstance(fields.get("conversations"), list):
            document = fields["conversations"]
        elif "messages" in fields:
            return [_conversation(fields["messages"], fields, "", encoding)]
        else:
            raise ImportRefused(
                QT_TRANSLATE_NOOP("Errors", "the JSON object has no \"messages\" list (nor a \"conversations\" list)")
            )
    if not isinstance(document, list):
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "the JSON file holds neither messages nor conversations"))
    if not document:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "the JSON file holds an empty list: no messages"))
    if _is_conversation(document[0]):
        conversations = []
        for number, item in enumerate(document, start=1):
            if not _is_conversation(item):
                raise ImportRefused(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "conversation {number}: expected an object with a \"messages\" list",
                    ),
                    number=number,
                )
            fields = _lowered(item)
            where = Phrase(QT_TRANSLATE_NOOP("Errors", "conversation {number}"), number=number)
            conversations.append(_conversation(fields["messages"], fields, where, encoding))
        return conversations
    return [_conversation(document, {}, "", encoding)]
