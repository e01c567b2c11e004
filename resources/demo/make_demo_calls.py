"""Regenerate the English demo call recordings: two espeak-ng voices, agent on the left channel, customer on the
right. The Mandarin call (call_delivery_wang.opus) comes from make_mandarin_demo_call.py.

Run from the repository root: python resources/demo/make_demo_calls.py (needs espeak-ng and ffmpeg).
"""

from __future__ import annotations

import subprocess
import tempfile
import wave
from collections.abc import Callable
from pathlib import Path

import numpy as np

RATE = 16000
HERE = Path(__file__).parent / "calls"
AGENT_VOICE = "en-us+f3"
CUSTOMER_VOICE = "en-gb"

CALLS: dict[str, list[tuple[str, str, float]]] = {
    "call_refund_emma.opus": [
        ("agent", "Thank you for calling Harbour Electronics, my name is Emma. How can I help you today?", 0.6),
        ("customer", "Hi Emma. I ordered a pair of headphones last week and they arrived broken.", 0.8),
        ("agent", "I am sorry to hear that. Before we look at the order, may I have your order number please?", 0.7),
        ("customer", "Yes, it is four five seven two one.", 0.9),
        ("agent", "Thank you. I can see the order. I will send a replacement today at no cost.", 0.6),
        ("customer", "That is great, thank you.", 0.5),
        ("agent", "Is there anything else I can help you with? Thank you for calling, have a nice day.", 0.4),
    ],
    "call_billing_james.opus": [
        ("agent", "Good morning, this is James from customer service. How may I help?", 0.5),
        ("customer", "I was charged twice for my subscription this month.", 0.7),
        ("agent", "Let me check that for you. Please hold for a moment.", 6.0),
        ("agent", "Thank you for holding. I found the duplicate charge and refunded it.", 0.8),
        ("customer", "How long will the refund take?", 0.6),
        ("agent", "It usually takes three to five working days. Have a good day.", 0.4),
    ],
}


def synthesise(text: str, voice: str, folder: Path) -> np.ndarray:
    raw = folder / "turn.wav"
    resampled = folder / "turn16k.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", "160", "-w", str(raw), text], check=True)
    subprocess.run(["ffmpeg", "-y", "-loglevel", "error", "-i", str(raw), "-ar", str(RATE), "-ac", "1", str(resampled)],
                   check=True)
    with wave.open(str(resampled)) as handle:
        return np.frombuffer(handle.readframes(handle.getnframes()), dtype=np.int16)


def espeak_turn(text: str, speaker: str, folder: Path) -> np.ndarray:
    return synthesise(text, AGENT_VOICE if speaker == "agent" else CUSTOMER_VOICE, folder)


def build(turns: list[tuple[str, str, float]], target: Path,
          speak: Callable[[str, str, Path], np.ndarray] = espeak_turn) -> None:  # fmt: skip
    """One stereo call: each turn spoken by `speak(text, speaker, folder)` as 16 kHz int16 samples, the agent on
    the left channel, the customer on the right, silence on the other side and `pause` seconds after each turn."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        left: list[np.ndarray] = []
        right: list[np.ndarray] = []
        for speaker, text, pause in turns:
            audio = speak(text, speaker, folder)
            silence = np.zeros_like(audio)
            gap = np.zeros(int(pause * RATE), dtype=np.int16)
            left += [audio if speaker == "agent" else silence, gap]
            right += [audio if speaker == "customer" else silence, gap]
        stereo = np.stack([np.concatenate(left), np.concatenate(right)], axis=1)
        wav = folder / "call.wav"
        with wave.open(str(wav), "wb") as handle:
            handle.setnchannels(2)
            handle.setsampwidth(2)
            handle.setframerate(RATE)
            handle.writeframes(stereo.tobytes())
        subprocess.run(["ffmpeg", "-y", "-loglevel", "error", "-i", str(wav), "-c:a", "libopus", "-b:a", "32k",
                        str(target)], check=True)


if __name__ == "__main__":
    HERE.mkdir(parents=True, exist_ok=True)
    for name, turns in CALLS.items():
        build(turns, HERE / name)
        print(name, (HERE / name).stat().st_size, "bytes")
