""".eml and .mbox: charsets including GB2312/GBK and Big5, encoded-word headers, HTML bodies and threading."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from qa_studio.domain import Channel
from qa_studio.importers.email import html_to_text, parse_eml, parse_mbox, thread_subject
from qa_studio.importers.errors import ImportRefused
from qa_studio.importers.registry import parse_conversation_file

EMAIL = Path(__file__).parents[1] / "data" / "email"
CHINA = timezone(timedelta(hours=8))


def test_utf8_multipart_prefers_the_plain_part() -> None:
    (conversation,) = parse_conversation_file(EMAIL / "order_utf8.eml")
    assert (conversation.channel, conversation.source_format, conversation.encoding) == (Channel.EMAIL, "eml", "utf-8")
    assert (conversation.subject, conversation.external_id) == ("Dented kettle – order 55812", "<kettle-1@example.com>")
    (message,) = conversation.messages
    assert message.author == "Sophie Martin <sophie.martin@example.com>"
    assert message.sent_at == datetime(2024, 3, 5, 8, 30, tzinfo=UTC)
    assert message.text == (
        "Hi,\n\nmy order 55812 arrived with a dented kettle. Could you send a new one?\n\nThanks,\nSophie"
    )


def test_gb2312_label_on_gbk_text_in_body_and_encoded_subject() -> None:
    (conversation,) = parse_conversation_file(EMAIL / "invoice_gbk.eml")
    # 镕 is not in GB2312; Chinese mail clients still label such text gb2312, so GBK must be assumed.
    assert conversation.subject == "发票抬头有误（朱镕电器）"
    assert conversation.encoding == "gb2312"
    (message,) = conversation.messages
    assert message.author == "黄小姐 <huang@example.cn>"
    assert message.sent_at == datetime(2024, 3, 6, 10, 15, tzinfo=CHINA)
    assert message.text == (
        "客服您好：\n\n我上周买的电饭煲发票抬头写错了，应为“朱镕电器有限公司”。\n请重新开具发票，谢谢！\n\n黄小姐"
    )


def test_html_only_big5_body_becomes_text() -> None:
    (conversation,) = parse_conversation_file(EMAIL / "html_only_big5.eml")
    assert (conversation.subject, conversation.encoding) == ("訂單查詢", "big5")
    assert conversation.messages[0].author == "陳小姐 <chen@example.tw>"
    assert conversation.messages[0].text == "您好，\n我的訂單 SO5566 還沒到貨。\n\n謝謝！ 陳小姐"


def test_html_to_text_drops_styles_and_scripts() -> None:
    markup = "<html><head><title>x</title><style>p{}</style></head><body><p>One &amp; two</p><script>no()</script>"
    assert html_to_text(markup + "<ul><li>a</li><li>b</li></ul></body></html>") == "One & two\n\na\n\nb"


def test_undeclared_8bit_headers_are_detected() -> None:
    for codec in ("utf-8", "gbk"):
        raw = "From: 王芳 <wang@shop.example>\nSubject: 退款申请\nDate: Fri, 01 Mar 2024 10:00:00 +0800\n\n请退款\n"
        (conversation,) = parse_eml(raw.encode(codec))
        assert (conversation.subject, conversation.messages[0].author) == ("退款申请", "王芳 <wang@shop.example>")
        assert conversation.messages[0].text == "请退款"


def test_a_character_split_across_two_encoded_words_is_joined() -> None:
    raw = "退款".encode("gbk")
    first, second = base64.b64encode(raw[:3]).decode(), base64.b64encode(raw[3:]).decode()
    data = f"From: a@b.example\nSubject: =?gbk?B?{first}?=\n =?gbk?B?{second}?= now\n\nhi\n".encode("ascii")
    assert parse_eml(data)[0].subject == "退款 now"


def test_a_file_that_is_not_mail_is_refused() -> None:
    with pytest.raises(ImportRefused, match="not an e-mail message"):
        parse_eml(b"just a note\nwith two lines\n")


def test_mbox_threads_by_reply_headers_and_subject_in_date_order() -> None:
    delivery, invoice = parse_conversation_file(EMAIL / "threads.mbox")
    assert (delivery.subject, delivery.external_id, delivery.source_format) == (
        "Delivery address",
        "<addr-1@example.com>",
        "mbox",
    )
    assert [m.author for m in delivery.messages] == [
        "Noah Wilson <noah@example.com>",
        "James Porter <james.porter@harbour.example>",
    ]
    assert delivery.messages[0].text.endswith("\nFrom Monday I work at 12 Quay Street.")  # mboxrd escape undone
    # The reply comes first in the file; the third message has no reply headers and joins by subject.
    assert (invoice.subject, invoice.external_id) == ("发票问题", "<invoice-1@example.cn>")
    assert [m.text for m in invoice.messages] == [
        "你好，请重新开具发票。",
        "黄小姐您好，发票已重新开具，请查收附件。",
        "收到了，谢谢！",
    ]
    assert [m.sent_at for m in invoice.messages] == [
        datetime(2024, 3, 6, 10, 15, tzinfo=CHINA),
        datetime(2024, 3, 6, 11, 0, tzinfo=CHINA),
        datetime(2024, 3, 6, 14, 20, tzinfo=CHINA),
    ]


def test_mbox_reads_bytes_and_paths_alike() -> None:
    path = EMAIL / "threads.mbox"
    assert parse_mbox(path) == parse_mbox(path.read_bytes().replace(b"\n", b"\r\n"))


def test_a_file_that_is_not_an_mbox_is_refused() -> None:
    with pytest.raises(ImportRefused, match='does not start with a "From " line'):
        parse_mbox(b"Subject: hi\n\nbody\n")


@pytest.mark.parametrize(
    ("subject", "thread"),
    [
        ("Re: Fwd: Delivery  address", "delivery address"),
        ("RE[2]: Delivery address", "delivery address"),
        ("AW: Lieferadresse", "lieferadresse"),
        ("回复：发票问题", "发票问题"),
        ("转发: 回复: 发票问题", "发票问题"),
        ("Re: re: ", ""),
    ],
)
def test_thread_subject_strips_reply_and_forward_prefixes(subject: str, thread: str) -> None:
    assert thread_subject(subject) == thread
