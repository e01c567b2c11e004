"""Regenerate the demo call recordings: two espeak-ng voices, agent on the left channel, customer on the right.

Run from the repository root: python resources/demo/make_demo_calls.py (needs espeak-ng and ffmpeg).
"""

from __future__ import annotations

import subprocess
import tempfile
import wave
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
    "call_delivery_wang.opus": [
        ("agent", "Hello, thank you for calling. My name is Fang. How can I help you?", 0.7),
        ("customer", "My parcel has not arrived and the tracking has not changed for four days.", 1.2),
        ("agent", "I understand how frustrating that is. Could you confirm your phone number for verification?", 0.8),
        ("customer", "Sure, it is zero seven seven zero, nine double zero, one two three four.", 0.9),
        ("agent", "Thank you. The courier reports a delay. I will escalate it and call you back within 24 hours.", 0.6),
        ("customer", "Okay, thanks.", 0.4),
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


def build(turns: list[tuple[str, str, float]], target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        left: list[np.ndarray] = []
        right: list[np.ndarray] = []
        for speaker, text, pause in turns:
            voice = AGENT_VOICE if speaker == "agent" else CUSTOMER_VOICE
            audio = synthesise(text, voice, folder)
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
