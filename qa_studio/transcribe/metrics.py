"""Call metrics from segment timings: talk time per side, talk ratio, silences, overtalk, holds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from itertools import pairwise
from typing import Any

from qa_studio.transcribe.engine import Segment, Speaker

DEFAULT_HOLD_MS = 30_000


@dataclass(frozen=True, slots=True)
class CallMetrics:
    duration_ms: int
    agent_talk_ms: int
    customer_talk_ms: int
    other_talk_ms: int
    agent_talk_ratio: float | None  # agent talk / all talk; None when nobody spoke
    longest_silence_ms: int
    longest_silence_at_ms: int
    total_silence_ms: int
    overtalk_ms: int
    holds: int
    hold_threshold_ms: int
    # The longest quiet between two stretches of speech: the dead air the hold-etiquette check judges (the ringing
    # before the first word and the quiet after the goodbye are silence, but nobody's dead air). 0 when none.
    longest_pause_ms: int = 0
    longest_pause_at_ms: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _union(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _length(intervals: list[tuple[int, int]]) -> int:
    return sum(end - start for start, end in intervals)


def _intersection(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    total, i, j = 0, 0, 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        total += max(0, end - start)
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def call_metrics(
    segments: Sequence[Segment], duration_ms: int, hold_threshold_ms: int = DEFAULT_HOLD_MS
) -> CallMetrics:
    """Silence counts from the start of the call to its end, outside the union of everyone's speech. A hold is a
    silence of at least `hold_threshold_ms` between two stretches of speech: waiting before anyone speaks (ringing,
    queue music) and the quiet after the goodbye are silences but not holds."""
    by_side = {
        speaker: _union([(s.start_ms, s.end_ms) for s in segments if s.speaker == speaker]) for speaker in Speaker
    }
    speech = _union([(s.start_ms, s.end_ms) for s in segments])
    gaps: list[tuple[int, int]] = []
    position = 0
    for start, end in speech:
        if start > position:
            gaps.append((position, start))
        position = max(position, end)
    if duration_ms > position:
        gaps.append((position, duration_ms))
    longest = max(gaps, key=lambda g: g[1] - g[0], default=(0, 0))
    pauses = [(end, start) for (_, end), (start, _) in pairwise(speech) if start > end]
    pause = max(pauses, key=lambda g: g[1] - g[0], default=None)
    agent, customer = _length(by_side[Speaker.AGENT]), _length(by_side[Speaker.CUSTOMER])
    other = _length(by_side[Speaker.SPEAKER])
    talk = agent + customer
    return CallMetrics(
        duration_ms=duration_ms,
        agent_talk_ms=agent,
        customer_talk_ms=customer,
        other_talk_ms=other,
        agent_talk_ratio=round(agent / talk, 4) if talk else None,
        longest_silence_ms=longest[1] - longest[0],
        longest_silence_at_ms=longest[0],
        total_silence_ms=_length(gaps),
        overtalk_ms=_intersection(by_side[Speaker.AGENT], by_side[Speaker.CUSTOMER]),
        holds=sum(1 for (_, end), (start, _) in pairwise(speech) if start - end >= hold_threshold_ms),
        hold_threshold_ms=hold_threshold_ms,
        longest_pause_ms=pause[1] - pause[0] if pause else 0,
        longest_pause_at_ms=pause[0] if pause else None,
    )
