"""Regenerates the speech recordings for the transcription tests with espeak-ng and ffmpeg.

python tests/data/audio/make_audio.py — English only: espeak-ng's Mandarin is not intelligible to Whisper.
"""

from __future__ import annotations

import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
RATE = 16000
ENGLISH_TEXT = "Thank you for calling customer service. Your parcel will arrive tomorrow morning."
STEREO_TURNS = [
    ("agent", "Good morning, my name is Emma. How can I help you today?"),
    ("customer", "My parcel has not arrived yet."),
    ("agent", "I am sorry about that. I will send a replacement today."),
]


def speak(text: str, voice: str, folder: Path) -> np.ndarray:
    raw, resampled = folder / "raw.wav", folder / "16k.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", "150", "-w", str(raw), text], check=True)
    subprocess.run(
        ["ffmpeg", "-y", "-loglevel", "error", "-i", str(raw), "-ar", str(RATE), "-ac", "1", str(resampled)], check=True
    )
    with wave.open(str(resampled)) as handle:
        return np.frombuffer(handle.readframes(handle.getnframes()), dtype=np.int16)


def write(samples: np.ndarray, channels: int, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "out.wav"
        with wave.open(str(wav), "wb") as handle:
            handle.setnchannels(channels)
            handle.setsampwidth(2)
            handle.setframerate(RATE)
            handle.writeframes(samples.astype(np.int16).tobytes())
        subprocess.run(
            ["ffmpeg", "-y", "-loglevel", "error", "-i", str(wav), "-c:a", "libopus", "-b:a", "32k", str(target)],
            check=True,
        )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        english = speak(ENGLISH_TEXT, "en-us", folder)
        pad = np.zeros(RATE // 2, dtype=np.int16)
        write(np.concatenate([pad, english, pad]), 1, HERE / "english_mono.opus")
        left, right = [], []
        for speaker, text in STEREO_TURNS:
            audio = speak(text, "en-us+f3" if speaker == "agent" else "en-gb", folder)
            quiet = np.zeros_like(audio)
            gap = np.zeros(int(0.6 * RATE), dtype=np.int16)
            left += [audio if speaker == "agent" else quiet, gap]
            right += [audio if speaker == "customer" else quiet, gap]
        write(np.stack([np.concatenate(left), np.concatenate(right)], axis=1), 2, HERE / "stereo_call.opus")
    (HERE / "corrupt.opus").write_bytes(b"OggS" + bytes(range(256)) * 8)


if __name__ == "__main__":
    main()
