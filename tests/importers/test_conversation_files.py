"""parse_conversation_file: choosing the reader, refusing files with a reason, and staying fast."""

from __future__ import annotations

import json
import statistics
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from qa_studio.importers.encoding import UNREADABLE
from qa_studio.importers.errors import ImportRefused
from qa_studio.importers.registry import SUPPORTED_CHAT_SUFFIXES, parse_conversation_file

DATA = Path(__file__).parents[1] / "data"


@pytest.mark.parametrize(
    ("name", "source_format"),
    [
        ("chats/generic.csv", "csv:generic"),
        ("chats/conversation.json", "json"),
        ("chats/transcript_en.txt", "text"),
        ("chats/whatsapp_android_12h.txt", "whatsapp_android"),
        ("chats/whatsapp_ios.txt", "whatsapp_ios"),
        ("chats/zh_utf16le_bom.txt", "text"),
        ("email/order_utf8.eml", "eml"),
        ("email/threads.mbox", "mbox"),
    ],
)
def test_the_reader_is_chosen_by_suffix_and_content(name: str, source_format: str) -> None:
    assert {c.source_format for c in parse_conversation_file(DATA / name)} == {source_format}


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "the file is empty (0 bytes)"),
        ("junk.txt", UNREADABLE),
        ("no_messages.txt", 'no chat messages found (expected lines like "[2024-03-01 10:02] Name: message")'),
    ],
)
def test_sample_files_that_must_be_refused(name: str, reason: str) -> None:
    with pytest.raises(ImportRefused) as refused:
        parse_conversation_file(DATA / "chats" / name)
    assert str(refused.value) == reason


def test_blank_files_and_unknown_suffixes_are_refused(tmp_path: Path) -> None:
    blank = tmp_path / "blank.csv"
    blank.write_bytes("\ufeff \r\n\t\n".encode())
    with pytest.raises(ImportRefused, match="only blank lines"):
        parse_conversation_file(blank)
    notes = tmp_path / "notes.docx"
    notes.write_bytes(b"PK")
    with pytest.raises(ImportRefused, match='unsupported file type ".docx"'):
        parse_conversation_file(notes)


def test_tab_separated_files_are_read_as_csv(tmp_path: Path) -> None:
    export = tmp_path / "chat.tsv"
    export.write_text("time\tsender\ttext\n2024-03-01 10:00\tAnn\thello, there\n", "utf-8")
    (conversation,) = parse_conversation_file(export)
    assert conversation.messages[0].text == "hello, there"
    assert ".tsv" in SUPPORTED_CHAT_SUFFIXES


def _twenty_message_files(folder: Path) -> list[Path]:
    start = datetime(2024, 3, 1, 9, 0)
    turns = [
        ("王芳" if n % 2 else "客服李伟", start + timedelta(seconds=20 * n), f"第{n}条消息：订单 SO{n} 的物流信息")
        for n in range(20)
    ]
    files = {
        "chat.json": json.dumps(
            [{"author": a, "timestamp": t.isoformat(), "text": x} for a, t, x in turns], ensure_ascii=False
        ).encode(),
        "chat.csv": ("timestamp,author,message\n" + "".join(f"{t},{a},{x}\n" for a, t, x in turns)).encode(),
        "chat.txt": "".join(f"[{t}] {a}: {x}\n" for a, t, x in turns).encode("gb18030"),
        "wa.txt": "".join(f"{t:%d/%m/%Y, %H:%M} - {a}: {x}\n" for a, t, x in turns).encode(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in files]


def test_a_twenty_message_file_parses_in_well_under_two_milliseconds(tmp_path: Path) -> None:
    # 10,000 chat files must import at 200 files/s or more, database included; parsing gets a small share of that.
    for path in _twenty_message_files(tmp_path):
        assert len(parse_conversation_file(path)[0].messages) == 20
        timings = []
        for _ in range(30):
            started = time.perf_counter()
            parse_conversation_file(path)
            timings.append(time.perf_counter() - started)
        assert statistics.median(timings) < 0.002, (path.name, statistics.median(timings))
