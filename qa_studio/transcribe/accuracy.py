"""A transcript measured against a reference of who said what when: word error rate per side, words placed in
the wrong turn, and the share of words under the right speaker. Used by the tests and the benchmark."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qa_studio.transcribe.engine import Segment, Speaker

# Spellings that differ only in form, not in what was said.
_SAME_WORD = {"mr": "mister", "mrs": "missus", "ok": "okay"}
_CONTRACTIONS = [(re.compile(p), r) for p, r in (
    (r"\bi'm\b", "i am"), (r"'re\b", " are"), (r"'ll\b", " will"), (r"'ve\b", " have"), (r"\bcan't\b", "cannot"),
    (r"n't\b", " not"), (r"\b(it|that|there|what|he|she)'s\b", r"\1 is"),
)]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Turn:
    speaker: Speaker
    start_ms: int
    end_ms: int
    text: str


def words_of(text: str) -> list[str]:
    text = text.lower().replace("-", " ").replace("\u2019", "'")
    for pattern, full in _CONTRACTIONS:
        text = pattern.sub(full, text)
    return [_SAME_WORD.get(w, w) for w in re.findall(r"[a-z0-9']+", text)]


def _align(reference: Sequence[str], hypothesis: Sequence[str]) -> tuple[int, list[tuple[int, int]]]:
    """Edit distance and the (reference index, hypothesis index) pairs aligned as matches or substitutions."""
    rows, cols = len(reference) + 1, len(hypothesis) + 1
    cost = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        cost[i][0] = i
    for j in range(cols):
        cost[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            cost[i][j] = min(
                cost[i - 1][j] + 1, cost[i][j - 1] + 1, cost[i - 1][j - 1] + (reference[i - 1] != hypothesis[j - 1])
            )
    pairs: list[tuple[int, int]] = []
    i, j = len(reference), len(hypothesis)
    while i and j:
        if cost[i][j] == cost[i - 1][j - 1] + (reference[i - 1] != hypothesis[j - 1]):
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif cost[i][j] == cost[i - 1][j] + 1:
            i -= 1
        else:
            j -= 1
    return cost[-1][-1], pairs[::-1]


def word_error_rate(reference: str, hypothesis: str) -> float:
    ref = words_of(reference)
    return _align(ref, words_of(hypothesis))[0] / max(1, len(ref))


@dataclass(frozen=True, slots=True)
class HypothesisWord:
    text: str
    start_ms: int
    end_ms: int
    segment: int  # index of the segment that holds it


def _hypothesis_words(segments: Sequence[Segment]) -> list[HypothesisWord]:
    found: list[HypothesisWord] = []
    for index, segment in enumerate(segments):
        if segment.words:
            for word in segment.words:
                found += [HypothesisWord(w, word.start_ms, word.end_ms, index) for w in words_of(word.text)]
        else:  # no word timings: the words share the segment's span
            found += [HypothesisWord(w, segment.start_ms, segment.end_ms, index) for w in words_of(segment.text)]
    return found


def _turn_at(turns: Sequence[Turn], at_ms: float) -> int:
    """The turn that holds `at_ms`, else the nearest one."""
    return min(range(len(turns)), key=lambda k: max(turns[k].start_ms - at_ms, at_ms - turns[k].end_ms, 0))


@dataclass(frozen=True, slots=True)
class SideScore:
    reference_words: int
    errors: int  # substitutions, deletions and insertions
    wrong_turn: int  # words aligned to a turn that their time or their segment does not belong to

    @property
    def wer(self) -> float:
        return self.errors / max(1, self.reference_words)


def score_side(turns: Sequence[Turn], segments: Sequence[Segment]) -> SideScore:
    """One side's turns against the segments the transcript put under that side. A word is in the wrong turn when
    the reference word it stands for belongs to another turn than the one its time falls in, or than the turn most
    of its segment's words stand for (a turn's first word glued to the end of the previous segment)."""
    reference = [(w, k) for k, turn in enumerate(turns) for w in words_of(turn.text)]
    hypothesis = _hypothesis_words(sorted(segments, key=lambda s: s.start_ms))
    errors, pairs = _align([w for w, _ in reference], [h.text for h in hypothesis])
    said_in = {j: reference[i][1] for i, j in pairs}
    by_segment: dict[int, list[int]] = {}
    for j, turn in said_in.items():
        by_segment.setdefault(hypothesis[j].segment, []).append(turn)
    wrong = 0
    for j, turn in said_in.items():
        word = hypothesis[j]
        timed = _turn_at(turns, (word.start_ms + word.end_ms) / 2)
        turns_here = by_segment[word.segment]
        majority = max(set(turns_here), key=turns_here.count)
        wrong += timed != turn or majority != turn
    return SideScore(len(reference), errors, wrong)


def speaker_accuracy(turns: Sequence[Turn], segments: Sequence[Segment], tolerance_ms: int = 0) -> tuple[int, int]:
    """(words under the speaker who was talking at that moment, all words with a time). With `tolerance_ms`, a word
    also counts as under the right speaker when a turn of its speaker lies that close: Whisper stamps the last word
    of a short turn a few hundred milliseconds late, into the pause before the other speaker's answer."""
    hypothesis = _hypothesis_words(segments)

    def right(word: HypothesisWord) -> bool:
        at = (word.start_ms + word.end_ms) / 2
        speaker = segments[word.segment].speaker
        if turns[_turn_at(turns, at)].speaker == speaker:
            return True
        return any(t.speaker == speaker and max(t.start_ms - at, at - t.end_ms, 0) <= tolerance_ms for t in turns)

    return sum(1 for word in hypothesis if right(word)), len(hypothesis)
