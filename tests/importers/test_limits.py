"""The limits every imported file is held to (importers/limits.py) and where the readers apply them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from qa_studio.importers.chat_csv import parse_csv
from qa_studio.importers.chat_text import parse_plain_transcript
from qa_studio.importers.errors import ImportRefused
from qa_studio.importers.limits import MAX_MESSAGES_PER_FILE, date_reason, unstorable_reason

NOW = datetime(2026, 12, 6, 12, 0)


def test_dates_a_contact_cannot_have() -> None:
    assert date_reason(datetime(2026, 12, 7, 23, 0), NOW) is None  # a clock a day fast or a zone ahead
    assert str(date_reason(datetime(2026, 12, 9), NOW)) == "the date 2026-12-09 00:00 is in the future"
    assert str(date_reason(datetime(1989, 12, 31), NOW)) == "the date 1989-12-31 00:00 is before 1990"
    assert date_reason(datetime(2024, 3, 1, tzinfo=UTC), NOW) is None
    # Converting this to UTC would overflow the calendar: still a clear reason, not an OverflowError.
    last = datetime(9999, 12, 31, 23, 59, tzinfo=timezone(-timedelta(hours=5)))
    assert "is in the future" in str(date_reason(last, NOW))


def test_text_a_database_cannot_store() -> None:
    assert unstorable_reason("plain 中文 text\t\n") is None
    assert str(unstorable_reason("a\x00b")) == "contains a NUL character (\\u0000) at position 2, which is not text"
    assert "lone surrogate \\udc80" in str(unstorable_reason("x\udc80"))


def test_a_csv_with_too_many_rows_is_refused_while_reading() -> None:
    rows = "2024-03-01 10:00,a,b\n" * (MAX_MESSAGES_PER_FILE + 1)
    with pytest.raises(ImportRefused, match=f"more than {MAX_MESSAGES_PER_FILE:,} messages"):
        parse_csv("timestamp,author,message\n" + rows, None, "utf-8")


def test_a_transcript_header_followed_by_blanks_is_read_in_linear_time() -> None:
    import time

    started = time.monotonic()
    with pytest.raises(ImportRefused, match="no chat messages found"):
        parse_plain_transcript("[10:00]" + " " * 200_000 + "\n", "utf-8")
    assert time.monotonic() - started < 1.0
    (conversation,) = parse_plain_transcript("[10:00]" + " " * 50_000 + "Ivy: hello\n", "utf-8")
    assert [(m.author, m.text) for m in conversation.messages] == [("Ivy", "hello")]
