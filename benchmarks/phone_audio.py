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


def make_call(target: Path, minutes: float, noisy: bool, seed: int = 19) -> list[Turn]:
    """The stereo test call repeated to the whole number of times nearest `minutes`, under band-limited line
    noise (NOISY_SNR_DB or CLEAN_SNR_DB), as 16-bit WAV; returns the reference turns of the whole call."""
    agent, customer = decode_channels(PHONE / "call_stereo.wav")
    length = len(agent)
    repeat = max(1, round(minutes * 60 * SAMPLE_RATE / length))
    total = repeat * length
    sides = [np.tile(agent, repeat), np.tile(customer, repeat)]
    rng = np.random.default_rng(seed)
    for index, (side, clean) in enumerate(zip(sides, (agent, customer), strict=True)):
        level = _speech_rms(clean) * 10 ** (-(NOISY_SNR_DB if noisy else CLEAN_SNR_DB) / 20)
        sides[index] = side + level * _band_noise(total, rng)
    frames = np.stack([np.clip(np.round(s * 32767), -32768, 32767).astype(np.int16) for s in sides], axis=1)
    with wave.open(str(target), "wb") as handle:
        handle.setnchannels(2)
        handle.setsampwidth(2)
        handle.setframerate(SAMPLE_RATE)
        handle.writeframes(frames.tobytes())
    period = length * 1000 // SAMPLE_RATE
    turns = [
        Turn(t.speaker, t.start_ms + k * period, t.end_ms + k * period, t.text)
        for k in range(repeat)
        for t in reference_turns()
    ]
    return turns


def errors_words_wrong_turns(turns: list[Turn], segments: list[Segment]) -> tuple[int, int, int]:
    """Word errors over both sides, reference words, and words in the wrong turn."""
    errors = words = wrong = 0
    for speaker in (Speaker.AGENT, Speaker.CUSTOMER):
        score = score_side([t for t in turns if t.speaker == speaker], [s for s in segments if s.speaker == speaker])
        errors, words, wrong = errors + score.errors, words + score.reference_words, wrong + score.wrong_turn
    return errors, words, wrong
