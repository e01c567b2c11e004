"""JSON chat logs in each accepted shape, key synonyms, epoch times, conversation metadata and refusals."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from qa_studio.domain import AuthorRole, Channel
from qa_studio.importers.chat_json import parse_json
from qa_studio.importers.errors import ImportRefused
from qa_studio.importers.registry import parse_conversation_file

CHATS = Path(__file__).parents[1] / "data" / "chats"
CHINA = timezone(timedelta(hours=8))


def test_a_list_of_messages_with_epoch_milliseconds_and_type_as_role() -> None:
    (conversation,) = parse_conversation_file(CHATS / "messages_list.json")
    assert conversation.source_format == "json" and conversation.external_id is None
    assert [(m.author, m.role) for m in conversation.messages] == [
        ("Sophie Martin", AuthorRole.CUSTOMER),
        ("Helper Bot", AuthorRole.SYSTEM),
        ("James Porter", AuthorRole.AGENT),
    ]
    assert conversation.messages[0].text == "Hi, can I change my order?"
    assert conversation.messages[2].sent_at == datetime(2024, 3, 6, 9, 0, 30, tzinfo=UTC)


def test_a_conversation_object_keeps_its_id_subject_and_metadata() -> None:
    (conversation,) = parse_conversation_file(CHATS / "conversation.json")
    assert (conversation.external_id, conversation.subject, conversation.channel) == (
        "WX-2024-0301",
        "退货申请",
        Channel.CHAT,
    )
    assert conversation.metadata == {"agent": "李伟", "customer": "王芳", "queue": "售后", "team": "售后一组"}
    assert [m.author for m in conversation.messages] == ["王芳", "李伟", "王芳"]
    # The nested author object states the role; the others are left to the role rules.
    assert [m.role for m in conversation.messages] == [None, AuthorRole.AGENT, None]
    assert conversation.messages[0].sent_at == datetime(2024, 3, 1, 10, 0, tzinfo=CHINA)
    assert conversation.messages[2].text == "衣服尺码不合适\n还没有拆吊牌"


def test_a_list_of_conversations_with_epoch_seconds_as_numbers_and_strings() -> None:
    first, second = parse_conversation_file(CHATS / "conversations.json")
    assert (first.external_id, first.metadata) == ("J1", {"agent": "Emma Clarke"})
    assert [m.sent_at for m in first.messages] == [
        datetime(2024, 3, 6, 9, 0, tzinfo=UTC),
        datetime(2024, 3, 6, 9, 0, 30, tzinfo=UTC),
    ]
    assert [m.text for m in first.messages] == ["Is the kettle 1.7 litres?", "Yes, 1.7 litres."]
    assert (second.external_id, second.metadata) == ("J2", {"queue": "returns"})
    assert second.messages[1].sent_at == datetime(2024, 3, 6, 11, 0, 45)  # no offset in the file: naive


def test_malformed_json_names_line_and_column() -> None:
    with pytest.raises(ImportRefused, match=r"^line 4, column 5: not valid JSON \(Expecting ',' delimiter\)$"):
        parse_conversation_file(CHATS / "malformed.json")


def test_conversations_key_and_email_channel() -> None:
    document = {
        "conversations": [
            {"id": 7, "channel": "Email", "messages": [{"from": "ann@example.com", "body": "Hello", "date": None}]}
        ]
    }
    (conversation,) = parse_json(json.dumps(document), "utf-8")
    assert (conversation.external_id, conversation.channel) == ("7", Channel.EMAIL)
    assert (conversation.messages[0].author, conversation.messages[0].sent_at) == ("ann@example.com", None)


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ([], "an empty list"),
        ({"chat": []}, 'no "messages" list'),
        ("hello", "neither messages nor conversations"),
        ([{"author": "Ann", "text": "hi"}, {"author": "Bob"}], "message 2: the message has no text"),
        ([{"author": "Ann", "text": "hi", "timestamp": True}], "message 1: timestamp true is not a date"),
        ([{"author": "Ann", "text": "hi", "time": "yesterday"}], 'message 1: timestamp "yesterday" is not a date'),
        ([{"author": "Ann", "text": {"rich": "x"}}], "message 1: the message text is not a string"),
        ([{"messages": [{"author": "A", "text": "x"}]}, {"id": 2}], 'conversation 2: expected an object with a "m'),
        ({"messages": []}, "the conversation has no messages"),
    ],
)
def test_documents_that_are_not_chats_are_refused_with_where(document: object, reason: str) -> None:
    with pytest.raises(ImportRefused, match=reason.replace("(", r"\(")):
        parse_json(json.dumps(document), "utf-8")
