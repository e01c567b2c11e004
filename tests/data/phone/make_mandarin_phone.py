"""Puts the synthesised Mandarin greeting (tests/data/audio/mandarin_mono.opus, a neural voice, see
tests/data/README.md) on a phone line the way make_phone_calls.py does: 8 kHz, 300-3,400 Hz, μ-law, line hiss.

python tests/data/phone/make_mandarin_phone.py

It is not human speech: it checks that the team glossary reaches the decoder (on this line the bundled base model
hears 售后 "after-sales" as 受候 without it), not how well real Mandarin callers are transcribed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from scipy.signal import resample_poly

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from make_phone_calls import at_level, phone_line, write_mulaw_wav  # noqa: E402

from qa_studio.transcribe.audio import decode_channels  # noqa: E402


def main() -> None:
    (voice,) = decode_channels(HERE.parent / "audio" / "mandarin_mono.opus")
    narrow = resample_poly(voice.astype(np.float64), 1, 2)  # 16 kHz to the line's 8 kHz
    write_mulaw_wav(HERE / "mandarin_greeting_tts.wav", [phone_line(at_level(narrow, -20.0), np.random.default_rng(7))])


if __name__ == "__main__":
    main()
