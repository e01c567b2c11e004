"""Which reader handles a chat or e-mail file: by suffix, and for .txt by what the text looks like."""

from __future__ import annotations

from pathlib import Path

from qa_studio.domain import ParsedConversation
from qa_studio.errors import QT_TRANSLATE_NOOP
from qa_studio.importers.chat_csv import CsvMapping, parse_csv
from qa_studio.importers.chat_json import parse_json
from qa_studio.importers.chat_text import detect_text_format, parse_plain_transcript, parse_whatsapp
from qa_studio.importers.email import parse_eml, parse_mbox
from qa_studio.importers.encoding import decode_text
from qa_studio.importers.errors import ImportRefused

SUPPORTED_CHAT_SUFFIXES = frozenset({".csv", ".tsv", ".json", ".txt", ".log", ".eml", ".mbox"})


def parse_conversation_file(
    path: Path, csv_mapping: CsvMapping | None = None, date_order: str | None = None
) -> list[ParsedConversation]:
    """Every conversation in a chat log or e-mail file, or ImportRefused saying why the file cannot be read.

    .csv/.tsv use `csv_mapping` (or the preset detected from the header); .txt/.log are a WhatsApp export
    (Android or iOS) or a plain "[time] Name: message" transcript, told apart by their lines. `date_order`
    ("day-first" or "month-first") overrides the day/month order decided from the file's own dates. OSError from
    reading the file is left to the caller.
    """
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_CHAT_SUFFIXES:
        supported = ", ".join(sorted(SUPPORTED_CHAT_SUFFIXES))
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "unsupported file type \"{value}\" (QA Studio reads {supported})",
            ),
            value=suffix or path.name,
            supported=supported,
        )
    data = path.read_bytes()
    if not data:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "the file is empty (0 bytes)"))
    if suffix == ".eml":
        return parse_eml(data)
    if suffix == ".mbox":
        return parse_mbox(data)
    text, encoding = decode_text(data)
    if not text.strip():
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "the file contains only blank lines"))
    if suffix in (".csv", ".tsv"):
        return parse_csv(text, csv_mapping, encoding, date_order)
    if suffix == ".json":
        return parse_json(text, encoding)
    if detect_text_format(text) == "plain":
        return parse_plain_transcript(text, encoding)
    return parse_whatsapp(text, encoding, date_order)
