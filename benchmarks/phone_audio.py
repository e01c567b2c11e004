"""Five-minute stereo phone calls for the transcription benchmarks, built from the real speech in tests/data/phone:
the test call repeated, clean or under phone-line noise, written to a temporary folder with its reference turns."""

from __future__ import annotations

import json
import wave
from pathlib import Path

import numpy as np

from qa_studio.transcribe.accuracy import Turn, score_side
from qa_studio.transcribe.audio import SAMPLE_RATE, decode_channels
from qa_studio.transcribe.engine import Segment, Speaker

PHONE = Path(__file__).parents[1] / "tests" / "data" / "phone"
# Line noise on the noisy call, below each side's own speech level: the quiet customer gets as much noise for its
# level as the agent, the way a bad line sounds on both ends.
NOISY_SNR_DB = 12.0
# A clean line still hisses faintly (and no two clean calls of a batch are then the same recording).
CLEAN_SNR_DB = 40.0


def reference_turns() -> list[Turn]:
    reference = json.loads((PHONE / "reference.json").read_text(encoding="utf-8"))
    return [Turn(Speaker(t["speaker"]), t["start_ms"], t["end_ms"], t["text"]) for t in reference["turns"]]


def _band_noise(length: int, rng: np.random.Generator) -> np.ndarray:
    from scipy.signal import butter, sosfilt

    band = butter(4, [300, 3400], btype="band", fs=SAMPLE_RATE, output="sos")
    noise = sosfilt(band, rng.standard_normal(length))
    return (noise / np.sqrt(np.mean(noise**2))).astype(np.float32)


def _speech_rms(side: np.ndarray) -> float:
    active = side[np.abs(side) > 0.05 * np.abs(side).max()]
    return float(np.sqrt(np.mean(active**2)))


def _slots(length: int) -> list[tuple[int, int, Turn]]:
    """The test call cut into one stretch per turn (samples), each from halfway through the pause before the turn to
    halfway through the pause after it: the other side is silent all through it."""
    turns = reference_turns()
    pauses = [(a.end_ms + b.start_ms) // 2 * SAMPLE_RATE // 1000 for a, b in zip(turns, turns[1:], strict=False)]
    edges = [0, *pauses, length]
    return [(edges[k], edges[k + 1], turn) for k, turn in enumerate(turns)]


def make_call(target: Path, minutes: float, noisy: bool, seed: int = 19, shuffled: bool = False) -> list[Turn]:
    """The stereo test call repeated to the whole number of times nearest `minutes`, under band-limited line
    noise (NOISY_SNR_DB or CLEAN_SNR_DB), as 16-bit WAV; returns the reference turns of the whole call.

    `shuffled`: each repetition has each side's turns in another order (drawn from `seed`), so a call is not the same
    52 s over and over: the pieces a decoder is given, and so its mistakes, then differ from one repetition to the
    next instead of one unlucky piece being counted once per repetition."""
    agent, customer = decode_channels(PHONE / "call_stereo.wav")
    length = len(agent)
    repeat = max(1, round(minutes * 60 * SAMPLE_RATE / length))
    total = repeat * length
    rng = np.random.default_rng(seed)
    if shuffled:
        slots = _slots(length)
        # Agent and customer still take turns, as in the call: each side's turns are shuffled among themselves (two
        # turns of one side back to back would be one turn to a listener, but two to the reference).
        order = []
        for _ in range(repeat):
            shuffled_sides = {
                speaker: iter(rng.permutation([k for k, slot in enumerate(slots) if slot[2].speaker == speaker]))
                for speaker in (Speaker.AGENT, Speaker.CUSTOMER)
            }
            order += [int(next(shuffled_sides[slot[2].speaker])) for slot in slots]
        # The call ends and starts with the agent: a repetition's seam is one side speaking twice, which the test call
        # keeps apart by the pause of its seam (its silence after the last turn and before the first). The shuffled
        # turns at a seam get the same pause, else two turns of one side 300 ms apart would be one turn to a listener.
        first, *_, last = reference_turns()
        seam = (length - last.end_ms * SAMPLE_RATE // 1000) + first.start_ms * SAMPLE_RATE // 1000
        stretches: list[tuple[int, int, int]] = []  # (slot or -1 for a pause, start, end)
        for n, k in enumerate(order):
            if n and n % len(slots) == 0:
                before = slots[order[n - 1]][1] - slots[order[n - 1]][2].end_ms * SAMPLE_RATE // 1000
                after = slots[k][2].start_ms * SAMPLE_RATE // 1000 - slots[k][0]
                stretches.append((-1, 0, max(0, seam - before - after)))
            stretches.append((k, slots[k][0], slots[k][1]))
        sides = [
            np.concatenate([side[start:end] if k >= 0 else np.zeros(end, side.dtype) for k, start, end in stretches])
            for side in (agent, customer)
        ]
        turns, at = [], 0
        for k, start, end in stretches:
            if k >= 0:
                turn = slots[k][2]
                shift = at * 1000 // SAMPLE_RATE - start * 1000 // SAMPLE_RATE
                turns.append(Turn(turn.speaker, turn.start_ms + shift, turn.end_ms + shift, turn.text))
            at += end - start
        total = at
    else:
        sides = [np.tile(agent, repeat), np.tile(customer, repeat)]
        period = length * 1000 // SAMPLE_RATE
        turns = [
            Turn(t.speaker, t.start_ms + k * period, t.end_ms + k * period, t.text)
            for k in range(repeat)
            for t in reference_turns()
        ]
    for index, (side, clean) in enumerate(zip(sides, (agent, customer), strict=True)):
        level = _speech_rms(clean) * 10 ** (-(NOISY_SNR_DB if noisy else CLEAN_SNR_DB) / 20)
        sides[index] = side + level * _band_noise(total, rng)
    frames = np.stack([np.clip(np.round(s * 32767), -32768, 32767).astype(np.int16) for s in sides], axis=1)
    with wave.open(str(target), "wb") as handle:
        handle.setnchannels(2)
        handle.setsampwidth(2)
        handle.setframerate(SAMPLE_RATE)
        handle.writeframes(frames.tobytes())
    return turns


def errors_words_wrong_turns(turns: list[Turn], segments: list[Segment]) -> tuple[int, int, int]:
    """Word errors over both sides, reference words, and words in the wrong turn."""
    errors = words = wrong = 0
    for speaker in (Speaker.AGENT, Speaker.CUSTOMER):
        score = score_side([t for t in turns if t.speaker == speaker], [s for s in segments if s.speaker == speaker])
        errors, words, wrong = errors + score.errors, words + score.reference_words, wrong + score.wrong_turn
    return errors, words, wrong
