"""Transcript exports: TXT with labelled turns, SRT, WebVTT and JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import StrEnum

from qa_studio.transcribe.engine import Segment, Speaker

SPEAKER_LABELS = {Speaker.AGENT: "Agent", Speaker.CUSTOMER: "Customer", Speaker.SPEAKER: "Speaker"}


class ExportFormat(StrEnum):
    TXT = "txt"
    SRT = "srt"
    VTT = "vtt"
    JSON = "json"


def _clock(ms: int, separator: str) -> str:
    hours, rest = divmod(max(ms, 0), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def _mmss(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def to_txt(segments: Sequence[Segment], labels: dict[Speaker, str] | None = None) -> str:
    """One line per turn: consecutive segments of the same speaker form one turn."""
    labels = labels or SPEAKER_LABELS
    lines: list[str] = []
    current: Speaker | None = None
    for segment in segments:
        if segment.speaker == current and lines:
            lines[-1] += " " + segment.text
        else:
            lines.append(f"[{_mmss(segment.start_ms)}] {labels[segment.speaker]}: {segment.text}")
            current = segment.speaker
    return "\n".join(lines) + ("\n" if lines else "")


def to_srt(segments: Sequence[Segment], labels: dict[Speaker, str] | None = None) -> str:
    labels = labels or SPEAKER_LABELS
    blocks = [
        f"{number}\n{_clock(s.start_ms, ',')} --> {_clock(s.end_ms, ',')}\n{labels[s.speaker]}: {s.text}\n"
        for number, s in enumerate(segments, start=1)
    ]
    return "\n".join(blocks)


def to_vtt(segments: Sequence[Segment], labels: dict[Speaker, str] | None = None) -> str:
    labels = labels or SPEAKER_LABELS
    cues = [
        f"{_clock(s.start_ms, '.')} --> {_clock(s.end_ms, '.')}\n<v {labels[s.speaker]}>{s.text}\n" for s in segments
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


def to_json(segments: Sequence[Segment], **header: object) -> str:
    document = {
        **header,
        "segments": [
            {
                "start_ms": s.start_ms,
                "end_ms": s.end_ms,
                "speaker": s.speaker.value,
                "text": s.text,
                "words": [
                    {"start_ms": w.start_ms, "end_ms": w.end_ms, "text": w.text, "probability": round(w.probability, 4)}
                    for w in s.words
                ],
            }
            for s in segments
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export(segments: Sequence[Segment], fmt: ExportFormat, **header: object) -> str:
    if fmt == ExportFormat.TXT:
        return to_txt(segments)
    if fmt == ExportFormat.SRT:
        return to_srt(segments)
    if fmt == ExportFormat.VTT:
        return to_vtt(segments)
    return to_json(segments, **header)
