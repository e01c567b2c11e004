"""The hostile-import corpus: broken, malicious and borderline files, each with the verdict QA Studio must give.

    python make_hostile_imports.py OUT_FOLDER

writes every file into OUT_FOLDER and `.expected.json` beside them ({file: [outcome, words the reason contains]}).
The tests write the corpus into a temporary folder on each run (tests/services/test_hostile_imports.py), so
nothing large or binary is kept in the repository; the oversized file is sparse. Every value is invented.
"""

from __future__ import annotations

import json
import os
import random
import struct
import sys
from collections.abc import Callable
from pathlib import Path

import av
import numpy as np

IMPORTED, REFUSED, DUPLICATE = "imported", "refused", "duplicate"
RANDOM = random.Random(18)  # the same "random" bytes on every run
Expected = dict[str, tuple[str, str]]

HELLO = [
    {"author": "Ann Customer", "text": "Hello, my parcel is late.", "timestamp": "2024-03-01T10:00:00"},
    {"author": "Support - Ben", "text": "Sorry to hear that, let me check.", "timestamp": "2024-03-01T10:00:40"},
]


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _messages(**changes: object) -> bytes:
    first = {**HELLO[0], **changes}
    return _json([first, HELLO[1]])


def json_files(add: Callable[[str, bytes, str, str], None]) -> None:
    add("ok_chat.json", _json(HELLO), IMPORTED, "")
    add("ok_chat_again_with_bom.json", b"\xef\xbb\xbf" + _json(HELLO), DUPLICATE, "imported before")
    add("deep_lists.json", b"[" * 5000 + b"]" * 5000, REFUSED, "nests 5,000 levels deep")
    add("deep_objects.json", b'{"a":' * 3000 + b"1" + b"}" * 3000, REFUSED, "nests 3,000 levels deep")
    add("deep_unclosed.json", b"[" * 100_000, REFUSED, "nests 100,000 levels deep")
    huge = _messages(timestamp=0).replace(b'"timestamp": 0', b'"timestamp": ' + b"9" * 5000)
    add("huge_number_timestamp.json", huge, REFUSED, "5,000 characters long")
    add("huge_number_text.json", b'[{"author": "a", "text": ' + b"1" * 20_000 + b"}]", REFUSED, "20,000 characters")
    add("huge_float.json", b'[{"author": "a", "text": "x", "timestamp": 1e308}]', REFUSED, "is not a date")
    add("nan_timestamp.json", b'[{"author": "a", "text": "x", "timestamp": NaN}]', REFUSED, "is not a date")
    add("nul_in_text.json", _messages(text="hello\u0000world"), REFUSED, "NUL character")
    add("nul_in_author.json", _messages(author="Ann\u0000"), REFUSED, "the author contains a NUL")
    add("lone_surrogate.json", b'[{"author": "a", "text": "bad \\ud800 half"}]', REFUSED, "lone surrogate")
    add("year_9999.json", _messages(timestamp="9999-12-31T23:59:59"), REFUSED, "9999-12-31 23:59 is in the future")
    add("year_2099.json", _messages(timestamp="2099-01-01T09:00:00"), REFUSED, "is in the future")
    add("epoch_ms_2100.json", _messages(timestamp=4_102_444_800_000), REFUSED, "is in the future")
    add("year_1900.json", _messages(timestamp="1900-01-01T00:00:00"), REFUSED, "is before 1990")
    add("negative_epoch.json", _messages(timestamp=-2_000_000_000), REFUSED, "is before 1990")
    add("text_is_object.json", _messages(text={"nested": True}), REFUSED, "is not a string")
    add("messages_not_a_list.json", _json({"messages": "oops"}), REFUSED, '"messages" must be a list')
    add("empty_list.json", b"[]", REFUSED, "empty list")
    add("truncated.json", _json(HELLO)[:-30], REFUSED, "not valid JSON")
    add("author_1000_chars.json", _messages(author="A" * 1000), REFUSED, "is 1,000 characters long")
    add("text_300k_chars.json", _messages(text="x" * 300_000), REFUSED, "300,000 characters long")
    add("id_500_chars.json", _json({"id": "C" * 500, "messages": HELLO}), REFUSED, "the conversation id is 500")
    add("agent_with_nul.json", _json({"agent": "Ben\u0000", "messages": HELLO}), REFUSED, 'the "agent" contains')
    one_bad = [{"messages": HELLO, "id": "good-1"}, {"messages": HELLO[:1], "id": "good-2"}, {"messages": "no"}]
    add("one_bad_conversation.json", _json(one_bad), REFUSED, "conversation 3")
    add("scalar.json", b"42", REFUSED, "neither messages nor conversations")
    add("formula_text.json", _messages(text="=cmd|' /C calc'!A0"), IMPORTED, "")


CSV_HEADER = "timestamp,author,message\n"


def csv_files(add: Callable[[str, bytes, str, str], None]) -> None:
    def csv(name: str, body: str, outcome: str, reason: str, header: str = CSV_HEADER) -> None:
        add(name, (header + body).encode("utf-8"), outcome, reason)

    csv("ok.csv", "2024-03-02 09:00,Cara,Where is my refund?\n2024-03-02 09:01,Agent Dan,Checking now.\n", IMPORTED, "")
    csv("unterminated_quote.csv", '2024-03-02 09:00,Cara,"Where is\n2024-03-02 09:01,Dan,hi\n', REFUSED, "never closed")
    csv("swallowed_rows.csv", '2024-03-02 09:00,Cara,"Where is\n2024-03-02 09:01,Dan,hi\nstill"\n', REFUSED,
        "reads as a row of its own")  # fmt: skip
    csv("missing_cells.csv", "2024-03-02 09:00,Cara\n2024-03-02 09:01,Dan,hi\n", REFUSED,
        'the "message" cell is missing')  # fmt: skip
    csv("extra_cells.csv", "2024-03-02 09:00,Cara,one, two, three\n", REFUSED, "must be in quotes")
    csv("no_author_no_text.csv", "2024-03-02 09:00,,\n", REFUSED, "neither an author nor a message")
    csv("impossible_date.csv", "31/02/2024 10:00,Cara,hi\n", REFUSED, '"31/02/2024 10:00" is not a date')
    csv("year_9999.csv", "9999-01-01 10:00,Cara,hi\n", REFUSED, "is in the future")
    csv("year_2099.csv", "2099-06-01 10:00,Cara,hi\n", REFUSED, "is in the future")
    csv("header_only.csv", "", REFUSED, "header but no messages")
    csv("no_known_columns.csv", "1,2,3\n", REFUSED, "choose the columns", header="a,b,c\n")
    csv("excel_sep.csv", "2024-03-02 10:00;Eve;hallo\n", IMPORTED, "", header="sep=;\ntimestamp;author;message\n")
    csv("long_cell.csv", "2024-03-02 10:00,Eve," + "y" * 250_000 + "\n", REFUSED, "longer than 131,072 characters")
    csv("long_author.csv", "2024-03-02 10:00," + "N" * 400 + ",hi\n", REFUSED, "is 400 characters long")
    csv("formula_cells.csv", '2024-03-02 11:00,=HYPERLINK("x"),+SUM(A1)\n', IMPORTED, "")
    add("nul_bytes.csv", (CSV_HEADER + "2024-03-02 10:00,Eve,a\x00b\n").encode(), REFUSED, "not readable as UTF-8")
    add("only_blank_lines.csv", b"\n\n   \n", REFUSED, "only blank lines")
    add("cr_only.csv", (CSV_HEADER + "2024-03-02 12:00,Fay,hi\r2024-03-02 12:01,Agent Gus,hello\r").encode(),
        IMPORTED, "")  # fmt: skip
    add("gbk.csv", "时间,发送人,内容\n2024-03-02 13:00,孙先生,你好\n".encode("gbk"), IMPORTED, "")
    add("tabs.tsv", b"timestamp\tauthor\tmessage\n2024-03-02 14:00\tHal\thi there\n", IMPORTED, "")
    add("utf8_bom_then_garbage.csv", b"\xef\xbb\xbf" + CSV_HEADER.encode() + b"\xff\xfe\xfa", REFUSED,
        "starts as UTF-8 but byte")  # fmt: skip


def text_files(add: Callable[[str, bytes, str, str], None]) -> None:
    add("spaces_8k.txt", b"[10:00]" + b" " * 8000 + b"\n", REFUSED, "no chat messages found")
    add("spaces_30k.txt", (b"[10:00]" + b" " * 30_000 + b"\n") * 20, REFUSED, "no chat messages found")
    add("spaces_then_name.txt", b"[10:00]" + b" " * 30_000 + b"Ivy: hello\n", IMPORTED, "gives times but no date")
    add("name_spaces.txt", b"[10:00] " + b"a b " * 50_000 + b"\n", REFUSED, "no chat messages found")
    add("brackets.txt", b"[" * 200_000, REFUSED, "no chat messages found")
    add("one_5mb_line.txt", b"x" * 5_000_000, REFUSED, "no chat messages found")
    add("ok_transcript.txt", b"[2024-03-01 10:02:03] Jo: hi\n[2024-03-01 10:02:30] Agent Kim: hello\n", IMPORTED, "")
    add("future_transcript.txt", b"[2099-03-01 10:02:03] Jo: hi\n", REFUSED, "is in the future")
    add("day_header_9999.txt", b"--- 9999-12-31 ---\n[10:00] Jo: hi\n", REFUSED, "is in the future")
    add("bad_clock.txt", b"[2024-03-01 25:61] Jo: hi\n", REFUSED, "is not a date")
    add("whatsapp_bad_date.txt", b"31/02/2024, 10:00 - Jo: hi\n31/02/2024, 10:01 - Kim: yo\n", REFUSED,
        "is not a date")  # fmt: skip
    add("whatsapp_ok.txt", b"12/31/23, 9:41 PM - Jo: hi\n12/31/23, 9:42 PM - Kim: hello\n", IMPORTED, "")
    add("binary.txt", bytes(range(256)) * 20, REFUSED, "not readable as UTF-8")
    add("empty.txt", b"", REFUSED, "empty (0 bytes)")
    add("blank.txt", b"   \n\t\n", REFUSED, "only blank lines")
    add("utf16_odd.txt", b"\xff\xfe" + "[2024-03-01 10:00] Jo: hi".encode("utf-16-le") + b"\x00", REFUSED,
        "not valid UTF-16")  # fmt: skip
    add("utf16_lone_surrogate.txt", b"\xff\xfe" + "[2024-03-01 10:00] Jo: ".encode("utf-16-le") + b"\x00\xd8",
        REFUSED, "not valid UTF-16")  # fmt: skip
    add("control_chars.log", b"[2024-03-01 10:05] Lu: bell\x07 and esc\x1b\n", IMPORTED, "")


def _mail(subject: str, body: str, *, date: str = "Mon, 4 Mar 2024 10:00:00 +0000", extra: str = "") -> bytes:
    return (f"From: Mia Buyer <mia@example.com>\nTo: support@shop.example\nSubject: {subject}\nDate: {date}\n"
            f"{extra}MIME-Version: 1.0\n") .encode() + body.encode()  # fmt: skip


def _attachment_only(name: str, payload: str) -> bytes:
    return _mail(
        "",
        f'Content-Type: multipart/mixed; boundary="B"\n\n--B\nContent-Type: application/pdf\n'
        f'Content-Disposition: attachment; filename="{name}"\nContent-Transfer-Encoding: base64\n\n{payload}\n--B--\n',
    )


def mail_files(add: Callable[[str, bytes, str, str], None]) -> None:
    plain = "Content-Type: text/plain; charset=utf-8\n\nMy order has not arrived.\n"
    add("ok.eml", _mail("Late order", plain, extra="Message-ID: <a1@example.com>\n"), IMPORTED, "")
    add("ok_again.eml", _mail("Late order", plain, extra="Message-ID: <a1@example.com>\n"), DUPLICATE, "before")
    add("same_id_other_subject.eml", _mail("Other", plain, extra="Message-ID: <a1@example.com>\n"), IMPORTED, "")
    add("attachment_only_1.eml", _attachment_only("invoice.pdf", "SGVsbG8="), IMPORTED, "")
    add("attachment_only_2.eml", _attachment_only("receipt.pdf", "V29ybGQ="), IMPORTED, "")
    bad_boundary = 'Content-Type: multipart/mixed; boundary="XYZ"\n\n--ABC\nContent-Type: text/plain\n\nKept body.\n'
    add("bad_boundary.eml", _mail("Broken", bad_boundary), IMPORTED, "")
    add("year_9999.eml", _mail("Far", plain, date="Fri, 31 Dec 9999 10:00:00 +0000"), REFUSED, "in the future")
    add("no_headers.eml", RANDOM.randbytes(64).replace(b":", b"") + b"\n\nbody", REFUSED, "not an e-mail message")
    add("empty.eml", b"", REFUSED, "empty (0 bytes)")
    add("nul_body.eml", _mail("Nul", "Content-Type: text/plain\n\nbad\x00byte\n"), REFUSED, "NUL character")
    add("subject_5000.eml", _mail("S" * 5000, plain), REFUSED, "the subject is 5,000 characters long")
    nested = b"Content-Type: text/plain\n\nhello\n"
    for depth in range(2000):
        nested = (f'Content-Type: multipart/mixed; boundary="b{depth}"\n\n--b{depth}\n').encode() + nested
        nested += f"\n--b{depth}--\n".encode()
    add("nested_2000.eml", _mail("Deep", "") + nested, REFUSED, "nested too deeply")
    add("not_mbox.mbox", b"Subject: no From line\n\nhi\n", REFUSED, "does not start with a")
    one = _mail("Thread", plain, extra="Message-ID: <t1@example.com>\n").decode()
    two = _mail("Re: Thread", plain, date="Mon, 4 Mar 2024 11:00:00 +0000",
                extra="Message-ID: <t2@example.com>\nIn-Reply-To: <t1@example.com>\n").decode()  # fmt: skip
    mailbox = f"From mia@example.com Mon Mar  4 10:00:00 2024\n{one}\nFrom x Mon Mar  4 11:00:00 2024\n{two}"
    add("ok.mbox", mailbox.encode(), IMPORTED, "")
    late = _mail("Other", plain, date="Mon, 4 Mar 2099 11:00:00 +0000").decode()
    add("one_future.mbox", f"From a Mon Mar  4 10:00:00 2024\n{one}\nFrom b Mon Mar  4 11:00:00 2099\n{late}".encode(),
        REFUSED, "conversation 2, message 1: the date 2099")  # fmt: skip
    big = "QUFB" * 250_000
    add("big_attachment.eml", _mail("Photo", f'Content-Type: multipart/mixed; boundary="B"\n\n--B\n'
        f"Content-Type: text/plain\n\nSee photo.\n--B\nContent-Type: image/jpeg\nContent-Disposition: attachment; "
        f'filename="p.jpg"\nContent-Transfer-Encoding: base64\n\n{big}\n--B--\n'), IMPORTED, "")  # fmt: skip


def _tone(path: Path, seconds: float, rate: int = 16_000) -> bytes:
    codecs = {".mp3": "libmp3lame", ".flac": "flac", ".wav": "pcm_s16le", ".opus": "libopus", ".m4a": "aac",
              ".ogg": "libopus"}  # fmt: skip
    codec = codecs[path.suffix]
    with av.open(str(path), "w", format="ogg" if path.suffix in (".ogg", ".opus") else None) as out:
        stream = out.add_stream(codec, rate=48_000 if codec == "libopus" else rate)
        stream.layout = "mono"
        samples = (0.3 * np.sin(2 * np.pi * 440 * np.arange(int(seconds * rate)) / rate) * 32767).astype(np.int16)
        target = stream.codec_context.format.name if stream.codec_context.format else "s16"
        resampler = av.AudioResampler(format=target, layout="mono", rate=stream.rate)
        for start in range(0, len(samples), 1024):
            frame = av.AudioFrame.from_ndarray(samples[None, start : start + 1024], format="s16", layout="mono")
            frame.sample_rate = rate
            for resampled in resampler.resample(frame):
                out.mux(stream.encode(resampled))
        for resampled in resampler.resample(None):
            out.mux(stream.encode(resampled))
        out.mux(stream.encode(None))
    data = path.read_bytes()
    path.unlink()
    return data


def _wav_header(rate: int, channels: int, data_bytes: int, bits: int = 16) -> bytes:
    block = channels * bits // 8
    return (b"RIFF" + struct.pack("<I", 36 + data_bytes) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, channels,
            rate, rate * block, block, bits) + b"data" + struct.pack("<I", data_bytes))  # fmt: skip


def audio_files(add: Callable[[str, bytes, str, str], None], scratch: Path) -> None:
    tones = {suffix: _tone(scratch / f"tone{suffix}", 12) for suffix in (".wav", ".mp3", ".flac", ".opus", ".m4a")}
    for suffix, data in tones.items():
        add(f"ok{suffix}", data, IMPORTED, "")
    add("ok_again.wav", tones[".wav"], DUPLICATE, "imported before")
    add("opus_in.ogg", _tone(scratch / "t.ogg", 3), IMPORTED, "")
    pcm = (np.sin(np.arange(160_000) / 5) * 8000).astype("<i2").tobytes()
    add("one_hertz.wav", _wav_header(1, 1, len(pcm)) + pcm, REFUSED, "sample rate is 1 Hz")
    add("megahertz.wav", _wav_header(1_000_000, 1, len(pcm)) + pcm, REFUSED, "sample rate is 1,000,000 Hz")
    add("header_says_12s_has_6s.wav", _wav_header(16_000, 1, 384_000) + pcm[:192_000], IMPORTED,
        "says it lasts 12.0 s but 6.0 s of audio decode")  # fmt: skip
    add("streaming_wav.wav", _wav_header(16_000, 1, 0xFFFFFFFF - 36)[:40] + b"\xff\xff\xff\xff" + pcm[:64_000],
        IMPORTED, "")  # fmt: skip
    add("header_only.wav", _wav_header(16_000, 1, 0), REFUSED, "")
    add("half.mp3", tones[".mp3"][: len(tones[".mp3"]) // 2], IMPORTED, "(the file is cut short or damaged)")
    add("half.flac", tones[".flac"][: len(tones[".flac"]) // 2], IMPORTED, "(the file is cut short or damaged)")
    add("half.m4a", tones[".m4a"][: len(tones[".m4a"]) // 2], REFUSED, "not a readable audio file")
    add("random.mp3", RANDOM.randbytes(20_000), REFUSED, "")
    add("empty.wav", b"", REFUSED, "empty (0 bytes)")
    add("text_as.wav", b"this is not audio at all\n" * 100, REFUSED, "not a readable audio file")
    add("id3_only.mp3", b"ID3\x04\x00\x00\x00\x00\x00\x00", REFUSED, "")
    add("ogg_header_only.ogg", b"OggS" + bytes(60), REFUSED, "")
    add("png_as.m4a", b"\x89PNG\r\n\x1a\n" + RANDOM.randbytes(2000), REFUSED, "no audio stream")
    add("junk.amr", b"#!AMR\n" + RANDOM.randbytes(50), REFUSED, "")
    add("future_mtime.wav", _wav_header(16_000, 1, 32_000) + pcm[:32_000], REFUSED, "modification time")
    add("epoch_mtime.wav", _wav_header(8_000, 1, 32_000) + pcm[32_000:64_000], REFUSED, "is before 1990")


SPECIAL_MTIMES = {"future_mtime.wav": 4_102_444_800, "epoch_mtime.wav": 86_400}


def write_corpus(folder: Path) -> Expected:
    """Write every file into `folder`; return {name: (outcome, words its reason contains)}."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: Expected = {}

    def add(name: str, data: bytes, outcome: str, reason: str) -> None:
        assert name not in expected, name
        (folder / name).write_bytes(data)
        expected[name] = (outcome, reason)

    json_files(add)
    csv_files(add)
    text_files(add)
    mail_files(add)
    scratch = folder / ".scratch"
    scratch.mkdir(exist_ok=True)
    audio_files(add, scratch)
    scratch.rmdir()
    # Bigger than QA Studio reads: sparse, so it costs no disk.
    with (folder / "oversized.json").open("wb") as handle:
        handle.truncate(65 * 1024 * 1024)
    expected["oversized.json"] = (REFUSED, "the file is 65 MB")
    for name, stamp in SPECIAL_MTIMES.items():
        os.utime(folder / name, (stamp, stamp))
    # Hidden, so importing the folder skips it.
    (folder / ".expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False), encoding="utf-8")
    return expected


if __name__ == "__main__":
    written = write_corpus(Path(sys.argv[1]))
    print(f"{len(written)} files written to {sys.argv[1]}")
