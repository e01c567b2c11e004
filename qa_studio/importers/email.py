"""E-mail: one .eml message, or an .mbox grouped into threads; any declared charset, encoded-word headers."""

from __future__ import annotations

import base64
import binascii
import email
import hashlib
import re
from datetime import UTC, datetime
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path

from qa_studio.domain import Channel, ParsedConversation, ParsedMessage
from qa_studio.errors import QT_TRANSLATE_NOOP
from qa_studio.importers.encoding import decode_text
from qa_studio.importers.errors import ImportRefused
from qa_studio.importers.limits import MAX_MESSAGES_PER_FILE, too_many_messages

# Chinese mail clients label GBK text as gb2312 (and Big5 as big5 when it holds HKSCS characters): decode with
# the superset so characters outside the label still read correctly.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "big5": "big5hkscs",
    "x-big5": "big5hkscs",
}
_REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|fw|fwd|aw|wg|sv|vs|回复|答复|转发|回覆|轉寄|轉發)\s*(?:\[\d+\]\s*)?[:：]\s*)+", re.IGNORECASE
)
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_ENCODED_WORD = re.compile(r"=\?([^?*]+)(?:\*[^?]*)?\?([bBqQ])\?([^?]*)\?=")
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
_WHITESPACE = re.compile(r"\s+")
_MBOX_SEPARATOR = re.compile(rb"^From [^\n]*\n", re.MULTILINE)
# mboxrd escapes body lines starting with "From " as ">From " (and ">From " as ">>From "); undo one level.
_MBOXRD_ESCAPE = re.compile(rb"^>(>*From )", re.MULTILINE)


def _decode_bytes(raw: bytes, charset: str | None) -> tuple[str, str]:
    """Text and the charset it was read with: the declared one if it fits, else whatever decode_text finds."""
    if charset:
        label = charset.strip().strip('"').lower()
        try:
            return raw.decode(_SUPERSETS.get(label, label)).replace("\r\n", "\n"), label
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode_text(raw)
    except ImportRefused:
        return raw.decode("utf-8", errors="replace"), "utf-8"


def _word_bytes(found: re.Match[str]) -> bytes:
    payload = found.group(3)
    try:
        if found.group(2) in "bB":
            return base64.b64decode(payload + "=" * (-len(payload) % 4))
        return binascii.a2b_qp(payload.encode("ascii", "replace"), header=True)
    except (binascii.Error, ValueError):
        return found.group(0).encode("ascii", "replace")


def _decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words; adjacent words in one charset are joined as bytes first, because some
    mailers split a multi-byte Chinese character across two words."""
    pieces: list[str] = []
    pending, pending_charset = b"", ""
    position = 0
    for found in _ENCODED_WORD.finditer(value):
        between = value[position : found.start()]
        charset = found.group(1).lower()
        # Whitespace between two encoded words is folding, not text (RFC 2047 section 6.2).
        if not pending or between.strip():
            if pending:
                pieces.append(_decode_bytes(pending, pending_charset)[0])
                pending = b""
            pieces.append(between)
        elif charset != pending_charset:
            pieces.append(_decode_bytes(pending, pending_charset)[0])
            pending = b""
        pending += _word_bytes(found)
        pending_charset = charset
        position = found.end()
    if pending:
        pieces.append(_decode_bytes(pending, pending_charset)[0])
    pieces.append(value[position:])
    return "".join(pieces)


def _raw_header(message: Message, name: str) -> str:
    """The header as written in the file, unfolded, with undeclared 8-bit bytes (common in Chinese mail) decoded."""
    wanted = name.lower()
    value = next((str(raw) for key, raw in message.raw_items() if key.lower() == wanted), "")
    value = _FOLD.sub("", value).strip()
    if not value.isascii():
        # The parser keeps 8-bit header bytes as surrogate escapes; recover them and detect their encoding.
        value = _decode_bytes(value.encode("ascii", "surrogateescape"), None)[0]
    return value


def _header(message: Message, name: str) -> str:
    return " ".join(_decode_words(_raw_header(message, name)).split())


def _author(message: Message) -> str:
    addresses = getaddresses([_raw_header(message, "From")])
    if not addresses:
        return "unknown"
    name, address = addresses[0]
    name = " ".join(_decode_words(name).split())
    return f"{name} <{address}>" if name and address else (name or address or "unknown")


def _date(message: Message) -> datetime | None:
    value = _raw_header(message, "Date")
    if not value:
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


class _HtmlText(HTMLParser):
    """Visible text of an HTML body, with a line break for each block element."""

    _BLOCKS = frozenset({"br", "p", "div", "li", "tr", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"})
    _HIDDEN = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            # Line breaks in HTML source are plain spaces when rendered.
            self.parts.append(_WHITESPACE.sub(" ", data))


def html_to_text(markup: str) -> str:
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _body(message: Message) -> tuple[str, str]:
    """The first text/plain part that is not an attachment, else the first HTML one as text; with its charset.

    A multipart message whose boundary never appears is kept as its raw text rather than dropped.
    """
    plain = html = None
    for candidate in message.walk():
        if candidate.is_multipart() or candidate.get_content_disposition() == "attachment":
            continue
        kind = candidate.get_content_type()
        if kind == "text/plain" and plain is None:
            plain = candidate
        elif kind == "text/html" and html is None:
            html = candidate
    part = plain or html
    if part is None:
        raw = message.get_payload() if message.get_content_maintype() == "multipart" else None
        if isinstance(raw, str) and raw.strip():
            text, charset = _decode_bytes(raw.encode("ascii", "surrogateescape"), message.get_content_charset())
            return text.replace("\r\n", "\n").strip(), charset
        return "", "us-ascii"
    payload = part.get_payload(decode=True)
    text, charset = _decode_bytes(payload if isinstance(payload, bytes) else b"", part.get_content_charset())
    if part.get_content_type() == "text/html":
        return html_to_text(text), charset
    return text.replace("\r\n", "\n").strip(), charset


def _attachments(message: Message) -> list[tuple[str, int, str]]:
    """(file name, size in bytes, SHA-256) of every attachment, in the order they appear."""
    found = []
    for part in message.walk():
        if part.is_multipart():
            continue
        name = part.get_filename()
        if part.get_content_disposition() != "attachment" and not name:
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        label = " ".join(_decode_words(name).split()) if name else "unnamed"
        found.append((label, len(data), hashlib.sha256(data).hexdigest()))
    return found


def _size(count: int) -> str:
    return f"{count / 1024:,.0f} KB" if count >= 1024 else f"{count} bytes"


def _message(message: Message) -> tuple[ParsedMessage, str]:
    """The e-mail as a message (attachments named at the end of its text) and the charset its body was read in."""
    text, charset = _body(message)
    attachments = _attachments(message)
    if attachments:
        listed = "\n".join(f"[attachment: {name}, {_size(size)}]" for name, size, _ in attachments)
        text = f"{text}\n\n{listed}" if text else listed
    identity = " ".join([_message_id(message) or "", *(digest for _, _, digest in attachments)]).strip()
    parsed = ParsedMessage(author=_author(message), text=text, sent_at=_date(message), identity=identity)
    return parsed, charset


def _parse(data: bytes) -> Message:
    # The compat32 policy keeps headers as written: the headers we need are decoded here, with the GBK and
    # undeclared-8-bit tolerance Chinese mail needs, and it is several times faster than the header registry.
    parsed = email.message_from_bytes(data)
    if not parsed.keys():
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "not an e-mail message (no headers)"))
    return parsed


def _message_id(message: Message) -> str | None:
    found = _MESSAGE_ID.search(_raw_header(message, "Message-ID"))
    return found.group(0) if found else None


def _nested_parts_refused(function):  # noqa: ANN001, ANN202 - a decorator for the two entry points
    """The standard library walks MIME parts recursively: thousands of nested parts are refused, not a crash."""

    def guarded(data: bytes | Path) -> list[ParsedConversation]:
        try:
            return function(data)
        except RecursionError:
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the e-mail's parts are nested too deeply to read (a damaged or hostile message)",
                ),
            ) from None

    guarded.__doc__ = function.__doc__
    return guarded


@_nested_parts_refused
def parse_eml(data: bytes) -> list[ParsedConversation]:
    """One conversation holding one message: author "Name <address>" (the address lets the role rules match an
    agents' domain), the Date header as sent_at, the plain-text body (else the HTML body as text)."""
    if not data.strip():
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "the e-mail file is empty"))
    message = _parse(data)
    if not any(message.get(name) for name in ("From", "Subject", "Date")):
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "not an e-mail message (no From, Subject or Date header)"))
    parsed, charset = _message(message)
    return [
        ParsedConversation(
            channel=Channel.EMAIL,
            messages=[parsed],
            source_format="eml",
            encoding=charset,
            external_id=_message_id(message),
            subject=_header(message, "Subject") or None,
        )
    ]


def thread_subject(subject: str) -> str:
    """The subject without reply and forward prefixes (Re:, Fwd:, AW:, 回复:, 转发:…), for grouping a thread."""
    return " ".join(_REPLY_PREFIX.sub("", subject).split()).casefold()


def _split_mbox(data: bytes) -> list[bytes]:
    data = data.replace(b"\r\n", b"\n")
    before, *messages = _MBOX_SEPARATOR.split(data)
    if before.strip() or not messages:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "not an mbox mailbox: it does not start with a \"From \" line"))
    return [_MBOXRD_ESCAPE.sub(rb"\1", message) for message in messages if message.strip()]


class _Threads:
    """Union-find over messages, Message-IDs and subjects, so threads do not depend on the order in the file."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        root = self._parent.setdefault(key, key)
        while root != self._parent[root]:
            root = self._parent[root]
        self._parent[key] = root
        return root

    def join(self, first: str, second: str) -> None:
        self._parent[self.find(first)] = self.find(second)


def _sort_key(item: tuple[int, ParsedMessage]) -> tuple[bool, float, int]:
    index, message = item
    sent = message.sent_at
    if sent is None:
        return (True, 0.0, index)
    # Naive dates (zone -0000) are taken as UTC so they can be ordered with aware ones.
    return (False, (sent if sent.tzinfo else sent.replace(tzinfo=UTC)).timestamp(), index)


@_nested_parts_refused
def parse_mbox(source: Path | bytes) -> list[ParsedConversation]:
    """One conversation per thread, threads in the order their first message appears, messages by date.

    A message belongs to the thread of any message its References / In-Reply-To name; one whose references name
    no message in the mailbox joins the thread with the same subject once Re:/Fwd:/回复:/转发: prefixes are removed.
    """
    data = source.read_bytes() if isinstance(source, Path) else source
    if not data.strip():
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "the mailbox is empty"))
    raws = _split_mbox(data)
    if len(raws) > MAX_MESSAGES_PER_FILE:
        raise too_many_messages(len(raws))
    parsed = [_parse(raw) for raw in raws]
    ids = [_message_id(message) for message in parsed]
    present = {message_id for message_id in ids if message_id}
    threads = _Threads()
    for index, message in enumerate(parsed):
        node = f"#{index}"
        threads.find(node)
        if ids[index]:
            threads.join(node, f"id:{ids[index]}")
        references = _MESSAGE_ID.findall(_raw_header(message, "References") + _raw_header(message, "In-Reply-To"))
        for reference in references:
            threads.join(node, f"id:{reference}")
        subject = thread_subject(_header(message, "Subject"))
        if subject and not present.intersection(references):
            threads.join(node, f"subject:{subject}")
    grouped: dict[str, list[int]] = {}
    for index in range(len(parsed)):
        grouped.setdefault(threads.find(f"#{index}"), []).append(index)
    conversations = []
    for members in grouped.values():
        entries = []
        charsets = []
        for index in members:
            entry, charset = _message(parsed[index])
            charsets.append(charset)
            entries.append((index, entry))
        entries.sort(key=_sort_key)
        first = parsed[entries[0][0]]
        conversations.append(
            ParsedConversation(
                channel=Channel.EMAIL,
                messages=[message for _, message in entries],
                source_format="mbox",
                encoding=charsets[0] if len(set(charsets)) == 1 else "mixed",
                external_id=_message_id(first),
                subject=_header(first, "Subject") or None,
            )
        )
    if not conversations:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "the mailbox holds no messages"))
    return conversations
