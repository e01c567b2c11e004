"""Whatever a file holds, the readers answer with conversations or ImportRefused, never another exception."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from qa_studio.importers.chat_csv import parse_csv
from qa_studio.importers.chat_json import parse_json
from qa_studio.importers.chat_text import parse_plain_transcript, parse_whatsapp
from qa_studio.importers.email import parse_eml, parse_mbox
from qa_studio.importers.encoding import decode_text
from qa_studio.importers.errors import ImportRefused

# Fragments of every format, so random text often comes close to a real file and reaches the deeper code paths.
_FRAGMENTS = [
    *'[]0123456789:-/., \n\t\r;"{}AaPpMm',
    "王芳",
    "：",
    "\u200e",
    "\u202f",
    "From ",
    "Subject: ",
    "=?gbk?B?",
    "?=",
    "sep=;",
    " - ",
    "timestamp,author,message\n",
]
_JSON_KEYS = st.sampled_from(["messages", "conversations", "author", "from", "text", "body", "timestamp", "role", "id"])
_JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(),
    st.text(max_size=12),
    st.sampled_from(["2024-03-01T10:00:00", "1709715600", "agent", "客服", "9999-99-99"]),
)
_JSON_VALUES = st.recursive(
    _JSON_SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_JSON_KEYS, inner, max_size=5)
)


def _refused_or_read(reader: Callable[[], object]) -> None:
    with contextlib.suppress(ImportRefused):
        reader()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=120).map("".join))
def test_text_readers_on_near_miss_text(text: str) -> None:
    _refused_or_read(lambda: parse_csv(text, None, "utf-8"))
    _refused_or_read(lambda: parse_plain_transcript(text, "utf-8"))
    _refused_or_read(lambda: parse_whatsapp(text, "utf-8"))
    _refused_or_read(lambda: parse_eml(text.encode()))
    _refused_or_read(lambda: parse_mbox(text.encode()))


@settings(max_examples=300, deadline=None)
@given(_JSON_VALUES)
def test_json_reader_on_any_document(document: object) -> None:
    _refused_or_read(lambda: parse_json(json.dumps(document), "utf-8"))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_byte_readers_on_any_bytes(data: bytes) -> None:
    _refused_or_read(lambda: decode_text(data))
    _refused_or_read(lambda: parse_eml(data))
    _refused_or_read(lambda: parse_mbox(data))
