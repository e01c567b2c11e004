"""Exports, call metrics and redaction on hand-built segments."""

from __future__ import annotations

import json

from qa_studio.transcribe.engine import Segment, Speaker, Word, split_at_pauses
from qa_studio.transcribe.exports import ExportFormat, export, to_srt, to_txt, to_vtt
from qa_studio.transcribe.metrics import call_metrics
from qa_studio.transcribe.redaction import Kind, cn_id_valid, find_sensitive, luhn_valid, redact

SEGMENTS = [
    Segment(0, 4_000, "Hello, Emma speaking.", Speaker.AGENT, (Word(0, 600, "Hello,", 0.9),)),
    Segment(3_500, 6_000, "Hi, my parcel is late.", Speaker.CUSTOMER),
    Segment(6_500, 8_000, "Let me check.", Speaker.AGENT),
    Segment(8_100, 9_000, "Please hold.", Speaker.AGENT),
    Segment(50_000, 52_000, "Thanks for holding.", Speaker.AGENT),
]


def test_txt_labels_turns_and_merges_same_speaker() -> None:
    assert to_txt(SEGMENTS).splitlines() == [
        "[00:00] Agent: Hello, Emma speaking.",
        "[00:03] Customer: Hi, my parcel is late.",
        "[00:06] Agent: Let me check. Please hold. Thanks for holding.",
    ]
    mono = [Segment(61_000, 62_000, "One stream.")]
    assert to_txt(mono) == "[01:01] Speaker: One stream.\n"


def test_srt_vtt_json_formats() -> None:
    srt = to_srt(SEGMENTS[:2])
    assert srt.startswith("1\n00:00:00,000 --> 00:00:04,000\nAgent: Hello, Emma speaking.\n\n2\n00:00:03,500")
    vtt = to_vtt(SEGMENTS[:1])
    assert vtt == "WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n<v Agent>Hello, Emma speaking.\n"
    document = json.loads(export(SEGMENTS[:1], ExportFormat.JSON, interaction_id=3))
    assert document["interaction_id"] == 3
    assert document["segments"][0]["words"][0] == {"start_ms": 0, "end_ms": 600, "text": "Hello,", "probability": 0.9}


def test_call_metrics() -> None:
    metrics = call_metrics(SEGMENTS, duration_ms=55_000, hold_threshold_ms=30_000)
    assert metrics.agent_talk_ms == 4_000 + 1_500 + 900 + 2_000
    assert metrics.customer_talk_ms == 2_500
    assert metrics.overtalk_ms == 500
    assert (metrics.longest_silence_ms, metrics.longest_silence_at_ms) == (41_000, 9_000)
    assert metrics.holds == 1
    assert metrics.total_silence_ms == 500 + 100 + 41_000 + 3_000
    assert metrics.agent_talk_ratio == round(8_400 / 10_900, 4)
    assert call_metrics([], 10_000).agent_talk_ratio is None


def test_waiting_before_the_greeting_and_after_the_goodbye_is_silence_but_not_a_hold() -> None:
    greeting = Segment(40_000, 42_000, "Hello, Emma speaking.", Speaker.AGENT)
    goodbye = Segment(43_000, 44_000, "Bye.", Speaker.CUSTOMER)
    metrics = call_metrics([greeting, goodbye], duration_ms=120_000, hold_threshold_ms=30_000)
    assert (metrics.longest_silence_ms, metrics.longest_silence_at_ms) == (76_000, 44_000)
    assert metrics.holds == 0
    assert call_metrics([greeting, goodbye], 120_000, hold_threshold_ms=1_001).holds == 0
    assert call_metrics([greeting, goodbye], 120_000, hold_threshold_ms=1_000).holds == 1  # the gap between turns
    assert call_metrics([], 120_000).holds == 0


def test_split_at_pauses_separates_turns() -> None:
    words = (
        Word(0, 500, " I", 1),
        Word(500, 900, " was", 1),
        Word(5_000, 5_400, " How", 1),
        Word(5_400, 6_000, " long?", 1),
    )
    pieces = split_at_pauses(Segment(0, 6_000, "I was How long?", Speaker.CUSTOMER, words))
    assert [(p.start_ms, p.end_ms, p.text) for p in pieces] == [(0, 900, "I was"), (5_000, 6_000, "How long?")]


def test_redaction_detectors() -> None:
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")
    assert cn_id_valid("11010519491231002X") and not cn_id_valid("110105194912310021")
    text = "Card 4111 1111 1111 1111, 手机 138-1234-5678, ID 11010519491231002X, a@b.cn, four five seven two one."
    assert redact(text) == "Card [card], 手机 [phone], ID [ID], [email], [number]."
    assert [f.kind for f in find_sensitive("call +44 20 7946 0958 now")] == [Kind.PHONE]
    # An order number is a reference, not a person's number (and this one fails Luhn, so it is no card either).
    assert redact("order 4111 1111 1111 1112 ships in two days") == "order 4111 1111 1111 1112 ships in two days"
    assert redact("幺三八一二三四五六七八") == "[number]"
    assert redact("one more thing, two questions") == "one more thing, two questions"
