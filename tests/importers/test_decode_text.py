"""decode_text on the same Chinese chat saved in every supported encoding, and on bytes that are not text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qa_studio.importers.encoding import UNREADABLE, decode_text
from qa_studio.importers.errors import ImportRefused

CHATS = Path(__file__).parents[1] / "data" / "chats"

SIMPLIFIED = (
    "[2024-03-05 09:00:02] 王芳: 你好，我的订单还没到货，订单号是 SO20240301。\n"
    "[2024-03-05 09:00:25] 客服李伟: 您好，王女士！我马上帮您查询物流信息。\n"
    "[2024-03-05 09:01:10] 客服李伟: 包裹已到达本地配送站，预计今天下午送达。\n"
    "请保持电话畅通。\n"
    "[2024-03-05 09:01:42] 王芳：好的，谢谢！\n"
)
TRADITIONAL = (
    "[2024-03-05 09:00:02] 陳美玲: 你好，我的訂單還沒到貨，訂單號是 SO20240301。\n"
    "[2024-03-05 09:00:25] 客服林志明: 您好，陳小姐！我馬上幫您查詢物流資訊。\n"
    "[2024-03-05 09:01:10] 客服林志明: 包裹已到達本地配送站，預計今天下午送達。\n"
    "請保持電話暢通。\n"
    "[2024-03-05 09:01:42] 陳美玲：好的，謝謝！\n"
)


@pytest.mark.parametrize(
    ("name", "encoding", "expected"),
    [
        ("zh_utf8.txt", "utf-8", SIMPLIFIED),
        ("zh_utf8_bom.txt", "utf-8-sig", SIMPLIFIED),
        ("zh_utf16le_bom.txt", "utf-16", SIMPLIFIED),
        ("zh_utf16le_nobom.txt", "utf-16-le", SIMPLIFIED),
        ("zh_utf16be_nobom.txt", "utf-16-be", SIMPLIFIED),
        ("zh_gbk.txt", "gb18030", SIMPLIFIED),
        ("zh_gb18030.txt", "gb18030", SIMPLIFIED + "[2024-03-05 09:02:05] 王芳: 收件人写的是“𠮷田㐀”，没问题吧？\n"),
        ("zh_big5.txt", "big5", TRADITIONAL),
    ],
)
def test_every_encoding_decodes_to_the_exact_text(name: str, encoding: str, expected: str) -> None:
    assert decode_text((CHATS / name).read_bytes()) == (expected, encoding)


def test_the_gbk_and_big5_samples_are_ambiguous_so_the_frequency_rule_is_what_decides() -> None:
    gbk, big5 = (CHATS / "zh_gbk.txt").read_bytes(), (CHATS / "zh_big5.txt").read_bytes()
    # Both byte strings are valid in the other codec too; only the reading made of common characters is right.
    assert gbk.decode("big5") != SIMPLIFIED.replace("\n", "\r\n")
    assert big5.decode("gb18030") != TRADITIONAL


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [("好的，谢谢", "gbk", "gb18030"), ("好的，謝謝", "big5", "big5"), ("退款已經處理完成", "big5", "big5")],
)
def test_short_ambiguous_chinese_is_read_in_the_right_codec(text: str, codec: str, expected: str) -> None:
    assert decode_text(text.encode(codec)) == (text, expected)


def test_utf16_without_bom_is_not_mistaken_for_utf8_with_nuls() -> None:
    # ASCII-only UTF-16 is valid UTF-8 byte for byte (NUL is a valid character), so NULs must be checked first.
    assert decode_text("[10:02] Ann Lee: hi\r\n".encode("utf-16-le")) == ("[10:02] Ann Lee: hi\n", "utf-16-le")


def test_newlines_are_normalised_and_a_bom_removed() -> None:
    assert decode_text(b"\xef\xbb\xbfa\r\nb\rc\n") == ("a\nb\nc\n", "utf-8-sig")


@pytest.mark.parametrize(
    "data",
    [
        (CHATS / "junk.txt").read_bytes(),
        b"\x81\x00\xff" * 50,
        bytes(range(256)) * 4,
        # Western European text in Windows-1252: GB18030 accepts the bytes but the reading is mojibake.
        "Renée Müller".encode("cp1252"),
        "Straße, Größe, Übergröße und Ärger".encode("cp1252"),
    ],
)
def test_bytes_that_are_not_supported_text_are_refused(data: bytes) -> None:
    with pytest.raises(ImportRefused, match=re.escape(UNREADABLE)):
        decode_text(data)


def test_damaged_utf8_says_where_it_breaks() -> None:
    data = "你好，我的订单还没到货".encode() + b"\xff\xfe\xfd" + "谢谢".encode()
    with pytest.raises(ImportRefused, match=r"reads as UTF-8 until byte 33"):
        decode_text(data)
