"""One recording to one transcript: decode, transcribe each side of a stereo call, merge into one timeline."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from qa_studio.transcribe import diarize, turns
from qa_studio.transcribe.audio import SAMPLE_RATE, decode_channels, to_float
from qa_studio.transcribe.engine import (
    PIECE_S,
    Engine,
    FasterWhisperEngine,
    Segment,
    Speaker,
    TranscribeOptions,
    Word,
    audio_duration_ms,
)

ProgressCallback = Callable[[int, int], None]  # audio milliseconds done, total
EngineFactory = Callable[[Path, str], Engine]
# A channel this quiet holds no speech; skipping it saves the fixed cost of a transcribe() call.
SILENT_PEAK = 0.003 * 32768  # in int16 units
# Sides whose difference carries less than this share of their energy are one mix copied to both channels.
SAME_SIGNAL_ENERGY = 1e-3
# Whisper's feature extraction holds the spectrogram of everything it is given: hour-long channels are
# transcribed in windows of this length, cut at the quietest second near each boundary.
WINDOW_MS = 10 * 60_000
CUT_SEARCH_MS = 20_000


@dataclass(slots=True)
class TranscriptResult:
    segments: list[Segment]  # one timeline, sorted by start
    language: str | None
    duration_ms: int
    channels: int  # in the file; a stereo file may still have been transcribed as one stream
    engine: str
    model: str  # the folder that was loaded; the caller keeps the catalogue key it resolved to that folder
    options: TranscribeOptions
    timings: dict[str, float] = field(default_factory=dict)
    speaker_rule: str | None = None  # how agent and customer were told apart in a mono call


def _same_signal(left: np.ndarray, right: np.ndarray, block: int = 1 << 20) -> bool:
    """A "stereo" file whose two sides carry the same mix is really mono. Lossy codecs make the copies differ a
    little, so compare energies, block by block to keep an hour-long call from needing float copies of itself."""
    difference = total = 0.0
    for start in range(0, len(left), block):
        a = left[start : start + block].astype(np.float32)
        b = right[start : start + block].astype(np.float32)
        difference += float(np.square(a - b).sum())
        total += float(np.square(a).sum() + np.square(b).sum())
    return difference <= SAME_SIGNAL_ENERGY * total


def _mix(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Both sides as one int16 stream; halving each first keeps the sum inside int16."""
    return np.right_shift(left, 1) + np.right_shift(right, 1)


def windows(audio: np.ndarray, window_ms: int | None = None) -> list[tuple[int, int]]:
    """Sample ranges covering `audio`; boundaries moved to the quietest 100 ms within ±CUT_SEARCH_MS."""
    size = (window_ms or WINDOW_MS) * SAMPLE_RATE // 1000
    if len(audio) <= size * 1.2:
        return [(0, len(audio))]
    search = CUT_SEARCH_MS * SAMPLE_RATE // 1000
    step = SAMPLE_RATE // 10
    ranges: list[tuple[int, int]] = []
    start = 0
    while len(audio) - start > size * 1.2:
        target = start + size
        low, high = max(start + step, target - search), min(len(audio) - step, target + search)
        blocks = audio[low:high][: (high - low) // step * step].astype(np.float32).reshape(-1, step)
        cut = low + int(np.argmin(np.abs(blocks).mean(axis=1))) * step + step // 2
        ranges.append((start, cut))
        start = cut
    ranges.append((start, len(audio)))
    return ranges


def _shift(segment: Segment, offset_ms: int) -> Segment:
    words = tuple(Word(w.start_ms + offset_ms, w.end_ms + offset_ms, w.text, w.probability) for w in segment.words)
    return Segment(
        segment.start_ms + offset_ms, segment.end_ms + offset_ms, segment.text, segment.speaker, words,
        segment.avg_logprob, segment.no_speech_prob,
    )  # fmt: skip


def merge_sides(agent: list[Segment], customer: list[Segment]) -> list[Segment]:
    labelled = [s.with_speaker(Speaker.AGENT) for s in agent] + [s.with_speaker(Speaker.CUSTOMER) for s in customer]
    return sorted(labelled, key=lambda s: (s.start_ms, s.end_ms))


def _speech_groups(audio: np.ndarray, limit_ms: int = WINDOW_MS) -> tuple[np.ndarray, list[list[tuple[int, int]]]]:
    """One side levelled and cut into speech units by VAD, in packed groups of at most `limit_ms` (a unit longer
    than that is a group of its own)."""
    levelled = turns.level(to_float(audio))
    spans = turns.speech_units(levelled)
    groups: list[list[tuple[int, int]]] = []
    size = 0
    limit = limit_ms * SAMPLE_RATE // 1000
    for span in spans:
        length = span[1] - span[0] + int(turns.SEPARATOR_S * SAMPLE_RATE)
        if not groups or size + length > limit:
            groups.append([])
            size = 0
        groups[-1].append(span)
        size += length
    return levelled, groups


def _transcribe_units(
    engine: Engine,
    prepared: tuple[np.ndarray, list[list[tuple[int, int]]]],
    options: TranscribeOptions,
    language: str | None,
    segment_done: Callable[[Segment, int], None],
) -> tuple[list[Segment], str | None]:
    """One side's speech groups (`_speech_groups`) decoded, and every word put back in the unit it was spoken in
    (see transcribe/turns.py)."""
    levelled, groups = prepared
    found: list[Segment] = []
    for group in groups:
        packed, units = turns.pack(levelled, group)
        # VAD already ran on the side; later groups keep the language detected in the first.
        group_options = replace(options, vad=False, language=language or options.language)
        decoded, detected = engine.transcribe(packed, group_options)
        language = language or detected
        for segment in turns.unpack(decoded, units):
            found.append(segment)
            segment_done(segment, segment.end_ms)
    return found, language


def _batched(
    engine: Engine,
    sides: list[np.ndarray],
    speakers: list[Speaker],
    options: TranscribeOptions,
    duration: int,
    on_segment: Callable[[Segment], None] | None,
    on_progress: ProgressCallback | None,
    timings: dict[str, float],
) -> tuple[list[list[Segment]], str | None]:
    """Every side's speech units packed into pieces of at most PIECE_S, decoded in batches by the engine's
    `transcribe_pieces`; each word goes back to the unit it was spoken in (turns.unpack). On an engine with two
    decoders (`workers`) half the pieces go to each, decoded at the same time."""
    limit_ms = PIECE_S * 1000
    pieces: list[tuple[int, np.ndarray, list[turns.Unit]]] = []
    for side, audio in enumerate(sides):
        if not _silent(audio):
            levelled, groups = _speech_groups(audio, limit_ms)
            pieces += [(side, *turns.pack(levelled, group)) for group in groups]
    results: list[list[Segment]] = [[] for _ in sides]
    total = duration * len(sides)
    samples = sum(len(packed) for _, packed, _ in pieces) or 1
    done = 0
    lock = threading.Lock()
    if on_progress is not None:  # the speech is found; the first batch's words come a few seconds later
        on_progress(0, total)

    def piece_done(n: int, decoded: list[Segment]) -> None:
        nonlocal done
        side, packed, units = pieces[n]
        placed = turns.unpack(decoded, units)
        with lock:
            results[side] += placed
            done += len(packed)
            if on_segment is not None:
                for segment in placed:
                    on_segment(segment.with_speaker(speakers[side]))
            if on_progress is not None:
                on_progress(min(total, total * done // samples), total)

    def decode(numbers: list[int], language: str | None) -> str | None:
        if not numbers:
            return language
        _found, detected = engine.transcribe_pieces(  # type: ignore[attr-defined]
            [pieces[n][1] for n in numbers], replace(options, language=language),
            lambda k, found: piece_done(numbers[k], found),
        )  # fmt: skip
        return language or detected

    redecoded = getattr(engine, "redecoded", 0)
    # A unit longer than a piece (a long stretch without a pause) goes through Whisper's sequential windows.
    limit = limit_ms * SAMPLE_RATE // 1000
    short = [n for n, (_, packed, _) in enumerate(pieces) if len(packed) <= limit]
    long = [n for n, (_, packed, _) in enumerate(pieces) if len(packed) > limit]
    timings["pieces"] = len(short)
    language = options.language
    workers = min(getattr(engine, "workers", 1), len(short))
    if workers >= 2:
        if language is None:  # detected on the first piece, as one decoder would detect it, and kept by all
            language = decode(short[:1], None)
            short = short[1:]
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="pieces") as pool:
            for future in [pool.submit(decode, short[k::workers], language) for k in range(workers)]:
                future.result()
    else:
        language = decode(short, language)
    for n in long:
        found, detected = engine.transcribe(pieces[n][1], replace(options, vad=False, language=language))
        language = language or detected
        piece_done(n, found)
    for side in results:
        side.sort(key=lambda s: (s.start_ms, s.end_ms))
    timings["redecoded"] = getattr(engine, "redecoded", 0) - redecoded
    if on_progress is not None:
        on_progress(total, total)
    return results, language


def _silent(audio: np.ndarray) -> bool:
    return bool(audio.size) and max(int(audio.max()), -int(audio.min())) < SILENT_PEAK


def _default_engine(model_path: Path, compute_type: str) -> Engine:
    return FasterWhisperEngine(model_path, compute_type=compute_type)


def transcribe_file(
    path: Path,
    model_path: Path,
    options: TranscribeOptions,
    on_progress: ProgressCallback | None = None,
    on_segment: Callable[[Segment], None] | None = None,
    *,
    compute_type: str = "auto",
    engine_factory: EngineFactory = _default_engine,
) -> TranscriptResult:
    """Stereo calls: each side is levelled and cut into speech units by VAD, so the silent stretches of one side
    cost nothing; the sides are then merged into one timeline labelled agent/customer. Mono, identical sides, or
    `agent_channel=None`: one stream, "speaker". The model is loaded once for the whole file.

    With VAD on an engine that decodes pieces in batches (`transcribe_pieces`, FasterWhisperEngine), the units of
    all sides are packed into pieces of at most PIECE_S and decoded together (`_batched`); `on_segment` hears each
    piece's segments as its batch is done, not in timeline order, and `timings` counts the pieces and those decoded
    again alone. Other engines get each side's units in groups of up to WINDOW_MS, one transcribe() call each."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    # int16 halves the memory of long recordings; each window becomes float32 only while it is transcribed.
    channels = decode_channels(path, pcm16=True)
    timings["decode_s"] = time.perf_counter() - started
    duration = audio_duration_ms(channels[0])
    two_sides = len(channels) == 2 and not _same_signal(channels[0], channels[1])
    stereo = two_sides and options.agent_channel is not None
    if stereo:
        sides = channels
    elif two_sides:
        sides = [_mix(channels[0], channels[1])]
    else:
        sides = channels[:1]
    total = duration * len(sides)
    started = time.perf_counter()
    engine = engine_factory(model_path, compute_type)
    timings["load_s"] = time.perf_counter() - started
    started = time.perf_counter()
    results: list[list[Segment]] = []
    language: str | None = options.language
    batched = options.vad and hasattr(engine, "transcribe_pieces")
    if batched:
        speakers = [Speaker.SPEAKER]
        if stereo:
            speakers = [Speaker.AGENT if n == options.agent_channel else Speaker.CUSTOMER for n in range(2)]
        results, language = _batched(engine, sides, speakers, options, duration, on_segment, on_progress, timings)
    for index, audio in enumerate([] if batched else sides):
        offset = duration * index
        speaker = Speaker.SPEAKER
        if stereo:
            speaker = Speaker.AGENT if index == options.agent_channel else Speaker.CUSTOMER

        def segment_done(segment: Segment, at_ms: int, offset: int = offset, speaker: Speaker = speaker) -> None:
            if on_segment is not None:
                on_segment(segment.with_speaker(speaker))
            if on_progress is not None:
                on_progress(min(offset + at_ms, total), total)

        if _silent(audio):
            results.append([])
        elif options.vad:
            side, language = _transcribe_units(engine, _speech_groups(audio), options, language, segment_done)
            results.append(side)
        else:
            side = []
            for first, last in windows(audio):
                window_offset = first * 1000 // SAMPLE_RATE

                def window_done(segment: Segment, at_ms: int, shift: int = window_offset) -> None:
                    segment_done(_shift(segment, shift), at_ms + shift)

                # Later windows keep the language detected in the first, so one call does not flip mid-way.
                window_options = replace(options, language=language) if language else options
                found, detected = engine.transcribe(to_float(audio[first:last]), window_options, window_done)
                side += [_shift(s, window_offset) for s in found]
                language = language or detected
            results.append(side)
        if on_progress is not None:
            on_progress(offset + duration, total)
    timings["transcribe_s"] = time.perf_counter() - started
    if stereo:
        assert options.agent_channel is not None
        segments = merge_sides(results[options.agent_channel], results[1 - options.agent_channel])
    else:
        segments = results[0]
    speaker_rule = None
    if not stereo and options.separate_speakers and segments:
        started = time.perf_counter()
        segments, speaker_rule = diarize.separate(
            turns.level(to_float(sides[0])), segments, options.greeting, options.swap_speakers
        )
        timings["separate_s"] = time.perf_counter() - started
    return TranscriptResult(
        segments=segments,
        language=language,
        duration_ms=duration,
        channels=len(channels),
        engine=getattr(engine, "name", type(engine).__name__),
        model=str(model_path),
        options=options,
        timings=timings,
        speaker_rule=speaker_rule,
    )
