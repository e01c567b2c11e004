"""CSV chat exports: every preset, detection from headers, delimiters, several conversations and refusals."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from qa_studio.domain import AuthorRole
from qa_studio.importers.chat_csv import CSV_PRESETS, CsvMapping, detect_csv_mapping, parse_csv, sniff_delimiter
from qa_studio.importers.errors import ImportRefused
from qa_studio.importers.registry import parse_conversation_file

CHATS = Path(__file__).parents[1] / "data" / "chats"


def test_generic_preset_with_roles_multiline_cells_and_doubled_quotes() -> None:
    (conversation,) = parse_conversation_file(CHATS / "generic.csv")
    assert (conversation.source_format, conversation.encoding, conversation.external_id) == (
        "csv:generic",
        "utf-8",
        None,
    )
    assert [(m.author, m.role) for m in conversation.messages] == [
        ("James Porter", AuthorRole.CUSTOMER),
        ("Emma Clarke", AuthorRole.AGENT),
        ("Emma Clarke", AuthorRole.AGENT),
        ("James Porter", AuthorRole.CUSTOMER),
    ]
    assert conversation.messages[0].text == "Hello, my order 55812 hasn't arrived."
    assert conversation.messages[2].text == (
        "It was held at the depot; it arrives tomorrow.\nYou'll get a text with a one-hour slot."
    )
    assert conversation.messages[3].text == 'Great, thanks "Emma"!'
    assert conversation.messages[3].sent_at == datetime(2024, 3, 4, 14, 1, 45)


def test_several_conversation_ids_split_in_first_seen_order_using_header_synonyms() -> None:
    conversations = parse_conversation_file(CHATS / "several_conversations.csv")
    assert [c.external_id for c in conversations] == ["C-17", "C-18", "C-19"]
    first = conversations[0]
    assert [m.text for m in first.messages] == [
        "Is the blue kettle back in stock?",
        "Yes — it came back this morning.",
        "Great, ordering now.",
    ]
    assert [m.role for m in first.messages] == [AuthorRole.CUSTOMER, AuthorRole.AGENT, AuthorRole.CUSTOMER]
    assert [(m.author, m.role) for m in conversations[1].messages] == [
        ("李伟", AuthorRole.AGENT),
        ("王芳", AuthorRole.CUSTOMER),
    ]


def test_zendesk_chat_preset_with_utc_times_and_a_system_row() -> None:
    (conversation,) = parse_conversation_file(CHATS / "zendesk_chat.csv")
    assert (conversation.source_format, conversation.external_id) == ("csv:zendesk_chat", "Z-9")
    assert conversation.messages[1].sent_at == datetime(2024, 3, 6, 8, 0, 31, tzinfo=UTC)
    assert [m.role for m in conversation.messages] == [
        AuthorRole.CUSTOMER,
        AuthorRole.AGENT,
        AuthorRole.CUSTOMER,
        AuthorRole.SYSTEM,
    ]
    assert (conversation.messages[3].author, conversation.messages[3].text) == ("system", "Chat rated Good")


def test_livechat_preset_semicolons_and_day_first_dates() -> None:
    (conversation,) = parse_conversation_file(CHATS / "livechat_semicolon.csv")
    assert (conversation.source_format, conversation.external_id) == ("csv:livechat", "L-42")
    assert conversation.messages[0].text == "Hi, the vacuum's battery lasts 5 minutes, not 50."
    # 15/03/2024 shows the file is day-first, so every date in it is read that way.
    assert [m.sent_at for m in conversation.messages] == [
        datetime(2024, 3, 15, 10, 0, 0),
        datetime(2024, 3, 15, 10, 0, 40),
        datetime(2024, 3, 15, 10, 1, 30),
    ]


def test_wecom_preset_in_gbk_with_chinese_headers_and_roles() -> None:
    first, second = parse_conversation_file(CHATS / "wecom_gbk.csv")
    assert (first.source_format, first.encoding) == ("csv:wecom", "gb18030")
    assert [first.external_id, second.external_id] == ["W-1", "W-2"]
    assert [(m.author, m.role, m.text) for m in first.messages][:2] == [
        ("孙先生", AuthorRole.CUSTOMER, "你好，我的电饭煲坏了"),
        ("王芳", AuthorRole.AGENT, "您好，我是客服王芳，请提供订单号"),
    ]
    assert second.messages[1].sent_at == datetime(2024, 3, 2, 11, 0, 35)


def test_missing_text_column_is_named() -> None:
    with pytest.raises(ImportRefused, match=r'no message text column \("message", "text"') as refused:
        parse_conversation_file(CHATS / "missing_text_column.csv")
    assert "its columns are: timestamp, author, role" in str(refused.value)


def test_a_mapping_naming_a_column_that_is_not_there_is_refused_with_its_name() -> None:
    mapping = CsvMapping("custom", timestamp="timestamp", author="author", text="body")
    with pytest.raises(ImportRefused, match='the CSV has no "body" column for the message text'):
        parse_conversation_file(CHATS / "missing_text_column.csv", mapping)


def test_unparseable_timestamp_names_its_line() -> None:
    expected = 'line 4: timestamp "31/02/2024 10:00" is not a date (dates in this file are read day/month/year)'
    with pytest.raises(ImportRefused, match=re.escape(expected)):
        parse_conversation_file(CHATS / "bad_timestamp.csv")


def test_line_numbers_count_physical_lines_after_a_multiline_cell() -> None:
    text = 'timestamp,author,message\n2024-03-01 10:00,Ann,"two\nlines"\nyesterday,Bob,hi\n'
    with pytest.raises(ImportRefused, match='line 4: timestamp "yesterday"'):
        parse_csv(text, None, "utf-8")


@pytest.mark.parametrize(
    ("header", "preset"),
    [
        (["timestamp", "author", "role", "message"], "generic"),
        (["  TimeStamp ", "Author", "MESSAGE"], "generic"),
        (["time", "sender", "type", "content", "session_id"], "generic"),
        (["Chat ID", "Timestamp", "Name", "Sender Type", "Message"], "zendesk_chat"),
        (["chat_id", "date", "author_name", "author_type", "text"], "livechat"),
        (["会话ID", "时间", "发送人", "角色", "内容"], "wecom"),
        (["发送时间", "发送者", "消息内容"], "wecom"),
    ],
)
def test_presets_are_detected_from_headers_ignoring_case_spaces_and_underscores(header: list[str], preset: str) -> None:
    assert detect_csv_mapping(header) is CSV_PRESETS[preset]


def test_no_preset_for_an_unknown_header() -> None:
    assert detect_csv_mapping(["Ticket", "Wann", "Wer", "Nachricht"]) is None


@pytest.mark.parametrize("name", sorted(CSV_PRESETS))
def test_each_preset_documents_its_columns(name: str) -> None:
    mapping = CSV_PRESETS[name]
    for column in (mapping.timestamp, mapping.author, mapping.text, mapping.role, mapping.conversation_id):
        assert column and column in mapping.description


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2;3\n", ";"),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ('"x;y",b,c\n', ","),
        ("sep=;\na;b\n", ";"),
        ("message\nhello\n", ","),
    ],
)
def test_delimiter_is_sniffed_from_the_header(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter


def test_excel_separator_line_and_custom_formats_and_role_values() -> None:
    text = "sep=;\nWann;Wer;Nachricht;Seite\n05.03.2024 10:00;Ann;Hallo;Kunde\nbad;Bob;x;Mitarbeiter\n"
    mapping = CsvMapping(
        "custom",
        timestamp="Wann",
        author="Wer",
        text="Nachricht",
        role="Seite",
        timestamp_formats=("%d.%m.%Y %H:%M",),
        role_values={"Kunde": AuthorRole.CUSTOMER, "Mitarbeiter": AuthorRole.AGENT},
    )
    refusal = 'line 4: timestamp "bad" is not a date (expected %d.%m.%Y %H:%M)'
    with pytest.raises(ImportRefused, match=re.escape(refusal)):
        parse_csv(text, mapping, "utf-8")
    (conversation,) = parse_csv(text.replace("bad", "05.03.2024 10:01"), mapping, "utf-8")
    assert [(m.sent_at, m.role) for m in conversation.messages] == [
        (datetime(2024, 3, 5, 10, 0), AuthorRole.CUSTOMER),
        (datetime(2024, 3, 5, 10, 1), AuthorRole.AGENT),
    ]


def test_header_without_rows_is_refused() -> None:
    with pytest.raises(ImportRefused, match="a header but no messages"):
        parse_csv("timestamp,author,message\n\n", None, "utf-8")


def test_mappings_stay_hashable_and_comparable() -> None:
    generic = CSV_PRESETS["generic"]
    assert hash(generic) == hash(CSV_PRESETS["generic"])
    assert CsvMapping("custom", "a", "b", "c") == CsvMapping("custom", "a", "b", "c")
