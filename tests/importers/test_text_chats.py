"""Plain transcripts and WhatsApp exports: headers, continuation lines, dates, day/month order, system lines."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from qa_studio.domain import AuthorRole
from qa_studio.importers.chat_text import detect_text_format, parse_plain_transcript, parse_whatsapp
from qa_studio.importers.errors import ImportRefused
from qa_studio.importers.registry import parse_conversation_file

CHATS = Path(__file__).parents[1] / "data" / "chats"
ENCRYPTION_NOTICE = (
    "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, "
    "can read or listen to them."
)


def test_english_transcript_with_preamble_and_continuation_lines() -> None:
    (conversation,) = parse_conversation_file(CHATS / "transcript_en.txt")
    assert conversation.source_format == "text"
    assert conversation.metadata == {"preamble": "Chat transcript - ticket 4471"}
    assert [m.author for m in conversation.messages] == [
        "Emma Clarke (Support)",
        "James Porter",
        "Emma Clarke (Support)",
        "James Porter",
    ]
    assert conversation.messages[2].text == (
        "I'm sorry about that. I can see both payments:\n\n- 10:01 £49.99\n- 10:01 £49.99\n"
        "I'll refund the second one now."
    )
    assert conversation.messages[3].sent_at == datetime(2024, 3, 1, 10, 4, 2)


def test_chinese_time_only_transcript_takes_its_day_from_the_date_line_and_passes_midnight() -> None:
    (conversation,) = parse_conversation_file(CHATS / "transcript_zh_time_only.txt")
    assert conversation.metadata == {}
    assert [(m.author, m.sent_at) for m in conversation.messages] == [
        ("王芳", datetime(2024, 3, 1, 23, 58)),
        ("客服李伟", datetime(2024, 3, 1, 23, 59)),
        ("王芳", datetime(2024, 3, 2, 0, 1)),
        ("客服李伟", datetime(2024, 3, 2, 0, 2)),
    ]
    assert conversation.messages[0].text == "你好，还在吗？我的快递显示已签收，但我没收到"  # after the full-width colon
    assert conversation.messages[3].text == "好的，我已联系快递员核实，\n明天上午给您回复。"


def test_a_transcript_with_no_date_is_dated_1970_and_marked_time_only() -> None:
    (conversation,) = parse_conversation_file(CHATS / "transcript_no_date.txt")
    assert conversation.metadata == {"time_only": "1"}
    assert [m.sent_at for m in conversation.messages] == [datetime(1970, 1, 1, 10, 2), datetime(1970, 1, 1, 10, 3)]
    assert conversation.messages[1].text == "Yes, 10:00 to 16:00."


@pytest.mark.parametrize(
    ("line", "author", "sent_at"),
    [
        ("2024-03-01 10:02:03 Alice: hi", "Alice", datetime(2024, 3, 1, 10, 2, 3)),
        ("[2024/3/1 10:02] Alice: hi", "Alice", datetime(2024, 3, 1, 10, 2)),
        ("[2024年3月1日 10:02:03] 王芳：hi", "王芳", datetime(2024, 3, 1, 10, 2, 3)),
        ("[2024-03-01 10:02 PM] Amy: hi", "Amy", datetime(2024, 3, 1, 22, 2)),
        ("[2024-03-01 10:02] Amy: hi", "Amy", datetime(2024, 3, 1, 10, 2)),
        (
            "[2024-03-01T10:02:03+08:00] Alice: hi",
            "Alice",
            datetime(2024, 3, 1, 10, 2, 3, tzinfo=timezone(timedelta(hours=8))),
        ),
    ],
)
def test_header_forms(line: str, author: str, sent_at: datetime) -> None:
    (conversation,) = parse_plain_transcript(line + "\n", "utf-8")
    (message,) = conversation.messages
    assert (message.author, message.text, message.sent_at) == (author, "hi", sent_at)


def test_a_time_without_brackets_or_date_continues_the_message() -> None:
    (conversation,) = parse_plain_transcript("[2024-03-01 10:00] Ann: can you come at\n9:30 tomorrow: ok?\n", "utf-8")
    assert [m.text for m in conversation.messages] == ["can you come at\n9:30 tomorrow: ok?"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[2024-02-30 10:00] Ann: hi\n", 'line 1: timestamp "2024-02-30 10:00" is not a date'),
        ("[2024-03-01 10:00] Ann: hi\n[25:61] Bob: hello\n", 'line 2: timestamp "25:61" is not a date'),
        ("just some notes\nand more\n", "no chat messages found"),
    ],
)
def test_bad_transcripts_are_refused_with_the_line(text: str, reason: str) -> None:
    with pytest.raises(ImportRefused, match=reason):
        parse_plain_transcript(text, "utf-8")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("whatsapp_android_12h.txt", "whatsapp_android"),
        ("whatsapp_android_24h.txt", "whatsapp_android"),
        ("whatsapp_ios.txt", "whatsapp_ios"),
        ("transcript_en.txt", "plain"),
        ("transcript_zh_time_only.txt", "plain"),
        ("no_messages.txt", "plain"),
    ],
)
def test_text_format_is_detected_from_the_lines(name: str, kind: str) -> None:
    assert detect_text_format((CHATS / name).read_text("utf-8")) == kind


def test_whatsapp_android_12_hour_is_month_first() -> None:
    (conversation,) = parse_conversation_file(CHATS / "whatsapp_android_12h.txt")
    assert (conversation.source_format, conversation.metadata) == ("whatsapp_android", {"date_order": "month-first"})
    notice = conversation.messages[0]
    assert (notice.author, notice.role, notice.text) == (
        "system",
        AuthorRole.SYSTEM,
        ENCRYPTION_NOTICE + " Tap to learn more.",
    )
    reply = conversation.messages[2]
    assert reply.sent_at == datetime(2023, 12, 31, 21, 43)  # "9:43\u202fPM"
    assert reply.text == (
        "Hello Olivia, I'm sorry to hear that.\nCould you send a photo of the crack?\n"
        "We will ship a new jug right away."
    )
    assert conversation.messages[3].text == "<Media omitted>"
    assert conversation.messages[4].sent_at == datetime(2024, 1, 2, 10, 5)


def test_whatsapp_android_24_hour_is_day_first_when_a_day_exceeds_twelve() -> None:
    (conversation,) = parse_conversation_file(CHATS / "whatsapp_android_24h.txt")
    assert conversation.metadata == {"date_order": "day-first"}
    assert [m.author for m in conversation.messages] == [
        "system",
        "王芳",
        "李伟（客服）",
        "王芳",
        "system",
        "李伟（客服）",
    ]
    assert conversation.messages[2].text == "您好，王女士。请问是哪个型号？\n另外，麻烦提供一下订单号。"
    security = conversation.messages[4]
    assert (security.role, security.text) == (
        AuthorRole.SYSTEM,
        "Your security code with 王芳 changed. Tap to learn more.",
    )
    assert security.sent_at == datetime(2024, 4, 3, 9, 30)  # 03/04 read day-first because of 14/03


def test_whatsapp_ios_with_direction_marks() -> None:
    (conversation,) = parse_conversation_file(CHATS / "whatsapp_ios.txt")
    # Nothing in this file tells day from month: iOS exports are read day-first, and the report will say so.
    metadata = {"date_order": "day-first", "date_order_assumed": "1"}
    assert (conversation.source_format, conversation.metadata) == ("whatsapp_ios", metadata)
    messages = conversation.messages
    # iOS attributes the encryption notice to the contact; it is WhatsApp's, so it goes to "system".
    assert (messages[0].author, messages[0].role, messages[0].text) == ("system", AuthorRole.SYSTEM, ENCRYPTION_NOTICE)
    assert messages[2].text == "Sorry to hear that, Mia!\nCould you send a photo of the display?"
    assert (messages[3].author, messages[3].text) == ("Mia Davies", "image omitted")
    assert (messages[4].author, messages[4].role) == ("system", AuthorRole.SYSTEM)
    assert messages[4].text == "This business works with other companies to manage this chat."
    assert messages[1].sent_at == datetime(2024, 3, 5, 21, 41, 30)


def test_ios_exports_with_a_second_field_above_twelve_are_month_first() -> None:
    text = "[12/31/23, 9:41:05 PM] Ann: hi\n[1/2/24, 8:00:00 AM] Bob: hello\n"
    (conversation,) = parse_whatsapp(text, "utf-8")
    assert conversation.metadata["date_order"] == "month-first"
    assert [m.sent_at for m in conversation.messages] == [datetime(2023, 12, 31, 21, 41, 5), datetime(2024, 1, 2, 8, 0)]


def test_whatsapp_message_with_empty_text_and_an_impossible_date() -> None:
    (conversation,) = parse_whatsapp("01/02/2024, 10:00 - Ann:\n", "utf-8")
    assert (conversation.messages[0].author, conversation.messages[0].text) == ("Ann", "")
    with pytest.raises(ImportRefused, match='line 2: timestamp "02/30/2024, 10:00" is not a date'):
        parse_whatsapp("01/02/2024, 10:00 - Ann: hi\n02/30/2024, 10:00 - Bob: hi\n", "utf-8")
