"""One side of a call cut into speech units and decoded without losing track of which unit each word belongs to.

Whisper given one side whole (or joined by its own VAD) glues the first word of a turn to the end of the previous
one and drops the soft opening of a quiet turn. Here each side is levelled first, our VAD (measured on 8 kHz
μ-law phone audio, see tests/transcribe/test_phone_calls.py) finds the units, the units are packed into one
stream with a second of silence between them so Whisper sees every turn start as a start, and each decoded
word goes back to the unit it was spoken in: by how much of it lies inside the unit, with a turn's few leading
words (whose times Whisper stretches back across the silence) kept with the rest of their segment.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qa_studio.transcribe.audio import SAMPLE_RATE
from qa_studio.transcribe.engine import Segment, Word

# Speech level each side is brought to before VAD and decoding (RMS of its active frames), and the most gain
# a very quiet side gets: 40 dB lifts a -50 dBFS customer but not line hiss alone (that has no active frames).
TARGET_RMS = 0.1
MAX_GAIN_DB = 40.0
# Measured on the phone calls in tests/data/phone (the unit's start against the turn's first sound): at
# faster-whisper's 0.5 a quiet turn's unit began up to 450 ms late, its first word cut; at 0.2 with 300 ms of
# padding every turn's unit begins between 260 ms before and 100 ms after it. 300 ms of silence already
# separates two turns of one side (a short reply on the other side lasts about a second).
VAD_THRESHOLD = 0.2
VAD_MIN_SILENCE_MS = 300
VAD_SPEECH_PAD_MS = 300
VAD_MIN_SPEECH_MS = 150
SEPARATOR_S = 1.0
# A run of words inside a segment that lies mostly in another unit only counts as that unit's if it holds this
# much speech there; shorter runs are timing drift and stay with their neighbours.
MIN_RUN_OVERLAP_S = 0.5


@dataclass(frozen=True, slots=True)
class Unit:
    start: int  # samples in the side's audio
    end: int
    packed_start: int  # samples in the packed stream


def level(audio: np.ndarray) -> np.ndarray:
    """The side at TARGET_RMS over its active 20 ms frames (those within 20 dB of the loudest), gain capped."""
    frame = SAMPLE_RATE // 50
    count = len(audio) // frame
    if count == 0:
        return audio
    rms = np.sqrt(np.square(audio[: count * frame].reshape(count, frame), dtype=np.float32).mean(axis=1) + 1e-12)
    active = rms[rms > rms.max() * 0.1]
    gain = min(TARGET_RMS / float(np.sqrt(np.mean(np.square(active)))), 10 ** (MAX_GAIN_DB / 20))
    return np.clip(audio * gain, -1.0, 1.0).astype(np.float32)


def speech_units(audio: np.ndarray) -> list[tuple[int, int]]:
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    options = VadOptions(
        threshold=VAD_THRESHOLD,
        min_silence_duration_ms=VAD_MIN_SILENCE_MS,
        speech_pad_ms=VAD_SPEECH_PAD_MS,
        min_speech_duration_ms=VAD_MIN_SPEECH_MS,
    )
    return [(chunk["start"], chunk["end"]) for chunk in get_speech_timestamps(audio, options)]


def pack(audio: np.ndarray, spans: list[tuple[int, int]]) -> tuple[np.ndarray, list[Unit]]:
    """The units one after another, each levelled, SEPARATOR_S of silence after each."""
    separator = np.zeros(int(SEPARATOR_S * SAMPLE_RATE), dtype=np.float32)
    pieces: list[np.ndarray] = []
    units: list[Unit] = []
    position = 0
    for start, end in spans:
        units.append(Unit(start, end, position))
        # Each unit at the same level too: in a mono call the far end is often much quieter than the near end.
        pieces += [level(audio[start:end]), separator]
        position += end - start + len(separator)
    return (np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.float32)), units


def _overlaps(word: Word, units: list[Unit]) -> list[float]:
    """Seconds of `word` (packed times) inside each unit."""
    start, end = word.start_ms * SAMPLE_RATE / 1000, word.end_ms * SAMPLE_RATE / 1000
    return [
        max(0.0, min(end, u.packed_start + u.end - u.start) - max(start, u.packed_start)) / SAMPLE_RATE for u in units
    ]


def _unit_of_words(words: tuple[Word, ...], units: list[Unit]) -> list[int]:
    """Each word's unit: the one holding most of it; runs with too little speech in their unit join a neighbour
    (the following run at a segment's start, where Whisper stretches the first words back, else the previous)."""
    overlaps = [_overlaps(w, units) for w in words]
    best = []
    for word, share in zip(words, overlaps, strict=True):
        index = int(np.argmax(share))
        if share[index] == 0:  # wholly in a separator: the unit whose edge is nearest
            middle = (word.start_ms + word.end_ms) / 2 * SAMPLE_RATE / 1000
            index = min(
                range(len(units)),
                key=lambda k: max(units[k].packed_start - middle, middle - units[k].packed_start - units[k].end
                                  + units[k].start, 0),
            )  # fmt: skip
        best.append(index)
    runs: list[list[int]] = []  # word indexes per run of one unit
    for i, unit in enumerate(best):
        if runs and best[runs[-1][0]] == unit:
            runs[-1].append(i)
        else:
            runs.append([i])
    if len(runs) == 1:
        return best
    weight = [sum(overlaps[i][best[i]] for i in run) for run in runs]
    strong = [w >= MIN_RUN_OVERLAP_S for w in weight]
    if not any(strong):
        strong[int(np.argmax(weight))] = True
    for r, run in enumerate(runs):
        if strong[r]:
            continue
        following = next((k for k in range(r + 1, len(runs)) if strong[k]), None)
        previous = next((k for k in range(r - 1, -1, -1) if strong[k]), None)
        target = following if (r == 0 or previous is None) and following is not None else previous
        assert target is not None
        for i in run:
            best[i] = best[runs[target][0]]
    return best


def unpack(segments: list[Segment], units: list[Unit]) -> list[Segment]:
    """Segments in the side's own time, one per unit and decoded segment, no word outside its unit's span."""
    placed: list[Segment] = []
    for segment in segments:
        if not segment.words:
            continue
        owners = _unit_of_words(segment.words, units)
        groups: list[tuple[int, list[Word]]] = []
        for word, owner in zip(segment.words, owners, strict=True):
            unit = units[owner]
            shift = (unit.start - unit.packed_start) * 1000 // SAMPLE_RATE
            low, high = unit.start * 1000 // SAMPLE_RATE, unit.end * 1000 // SAMPLE_RATE
            start = min(max(word.start_ms + shift, low), high)
            end = min(max(word.end_ms + shift, start), high)
            if groups and groups[-1][0] == owner:
                groups[-1][1].append(Word(start, end, word.text, word.probability))
            else:
                groups.append((owner, [Word(start, end, word.text, word.probability)]))
        for _, words in groups:
            text = segment.text if len(groups) == 1 else "".join(w.text for w in words).strip()
            placed.append(
                Segment(words[0].start_ms, words[-1].end_ms, text, segment.speaker, tuple(words),
                        segment.avg_logprob, segment.no_speech_prob)
            )  # fmt: skip
    return sorted(placed, key=lambda s: (s.start_ms, s.end_ms))
