"""Builds the phone-line test calls from real human speech shipped in packages (see tests/data/README.md).

python tests/data/phone/make_phone_calls.py [--pocketsphinx-sdist FILE]

Sources (install or download them first; the script reads them, it fetches nothing but the sdist):
- Debian `asterisk-core-sounds-en-wav`: IVR prompts recorded by Allison Smith (CC BY-SA 3.0) — the agent;
- Debian `asterisk-moh-opsound-wav`: hold music from opsound.org (CC BY-SA 3.0);
- PyPI `pocketsphinx==5.1.1` sdist, test/data/librivox: a LibriVox reading of Sense and Sensibility (public
  domain; the package is BSD-2-Clause) — the customer. Without --pocketsphinx-sdist it is fetched with pip.

Every call goes through what a call recorder does to a phone line: 8 kHz, a 300-3,400 Hz band, G.711 μ-law,
a faint line hiss, and a different level per side (the customer is 18 dB quieter than the agent, one of their
turns quieter still). The same output comes back byte for byte from the same sources (seeded noise).
"""

from __future__ import annotations

import argparse
import io
import json
import struct
import subprocess
import sys
import tarfile
import tempfile
import wave
from pathlib import Path

import numpy as np
from scipy.signal import butter, resample_poly, sosfilt

HERE = Path(__file__).parent
RATE = 8000
ASTERISK = Path("/usr/share/asterisk/sounds/en_US_f_Allison")
MOH = Path("/usr/share/asterisk/moh")
LIBRIVOX = "pocketsphinx-5.1.1/test/data/librivox/sense_and_sensibility_01_austen_64kb-{}.wav"
# The prompts' words as Asterisk's core-sounds-en.txt lists them.
PROMPTS = {
    "queue-thankyou": "Thank you for your patience.",
    "privacy-prompt": "Please enter your phone number, starting with the area code.",
    "followme/pls-hold-while-try": "Please hold while I try to locate the person you are calling.",
    "followme/status": "The person you are calling is not at their desk; I will try to locate them for you.",
    "followme/sorry": "I'm sorry, but I was unable to locate the person you are calling.",
    "priv-introsaved": "Thank you. Please hold, while I attempt to connect you with your party!",
    "auth-thankyou": "Thank you.",
}
# The reading's words as pocketsphinx's test transcription gives them.
READINGS = {
    "0870": "And Mister John Dashwood had then leisure to consider how much there might be prudently in his power "
    "to do for them.",
    "0880": "He was not an ill disposed young man,",
    "0890": "unless to be rather cold hearted and rather selfish is to be ill disposed.",
    "0920": "Had he married a more amiable woman, he might have been made still more respectable than he was;",
    "0930": "he might even have been made amiable himself.",
}
# (speaker, pieces, gap before the turn in seconds, level in dB relative to the side's level)
CALL = [
    ("agent", ["queue-thankyou", "privacy-prompt"], 0.6, 0),
    ("customer", ["0880"], 0.35, 0),
    ("agent", ["followme/pls-hold-while-try"], 0.3, 0),
    ("customer", ["0870"], 0.5, 0),
    ("agent", ["auth-thankyou"], 0.25, 0),  # a short reply: the customer's next turn follows 1.5 s after theirs
    ("customer", ["0890"], 0.3, -6),
    ("agent", ["followme/status"], 0.25, -2),
    ("customer", ["0920"], 0.3, 0),
    ("agent", ["auth-thankyou"], 0.2, 0),
    ("customer", ["0930"], 0.25, 0),
    ("agent", ["followme/sorry"], 0.45, 0),
    ("customer", ["0880"], 0.3, -3),
    ("agent", ["priv-introsaved"], 0.3, 0),
]
AGENT_DBFS, CUSTOMER_DBFS = -16.0, -34.0  # speech RMS of each side
HISS_DBFS = -66.0


def read_wav(data: bytes) -> np.ndarray:
    """Mono 16-bit WAV to float at 8 kHz."""
    with wave.open(io.BytesIO(data)) as handle:
        rate = handle.getframerate()
        samples = np.frombuffer(handle.readframes(handle.getnframes()), dtype=np.int16).astype(np.float64) / 32768
        if handle.getnchannels() == 2:
            samples = samples.reshape(-1, 2).mean(axis=1)
    return samples if rate == RATE else resample_poly(samples, RATE, rate)


def trim(samples: np.ndarray, floor_db: float = -45.0) -> np.ndarray:
    """The recording's own leading and trailing silence off, keeping 30 ms either side of the speech."""
    frame = RATE // 100
    energy = np.array([np.sqrt(np.mean(samples[i : i + frame] ** 2) + 1e-12) for i in range(0, len(samples), frame)])
    loud = np.flatnonzero(20 * np.log10(energy) > 20 * np.log10(energy.max()) + floor_db)
    first, last = max(0, (loud[0] - 3) * frame), min(len(samples), (loud[-1] + 4) * frame)
    return samples[first:last]


def at_level(samples: np.ndarray, dbfs: float) -> np.ndarray:
    active = samples[np.abs(samples) > 0.02 * np.abs(samples).max()]
    return samples * (10 ** (dbfs / 20) / np.sqrt(np.mean(active**2)))


def phone_line(samples: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """300-3,400 Hz band and line hiss; μ-law happens when the file is written."""
    band = butter(4, [300, 3400], btype="band", fs=RATE, output="sos")
    hiss = rng.standard_normal(len(samples)) * 10 ** (HISS_DBFS / 20)
    return sosfilt(band, samples + hiss)


def mulaw(samples: np.ndarray) -> np.ndarray:
    """G.711 μ-law bytes of float samples in [-1, 1]."""
    pcm = np.clip(np.round(samples * 32768), -32768, 32767).astype(np.int32)
    sign = (pcm < 0).astype(np.int32) << 7
    magnitude = np.minimum(np.abs(pcm), 32635) + 0x84
    exponent = np.clip(np.floor(np.log2(magnitude)).astype(np.int32) - 7, 0, 7)
    mantissa = (magnitude >> (exponent + 3)) & 0x0F
    return (~(sign | (exponent << 4) | mantissa) & 0xFF).astype(np.uint8)


def write_mulaw_wav(path: Path, channels: list[np.ndarray]) -> None:
    """A WAVE_FORMAT_MULAW file (format 7, with the fact chunk non-PCM formats need), as call recorders store."""
    frames = np.stack([mulaw(c) for c in channels], axis=1).tobytes()
    count = len(channels[0])
    fmt = struct.pack("<HHIIHHH", 7, len(channels), RATE, RATE * len(channels), len(channels), 8, 0)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
    body += b"fact" + struct.pack("<II", 4, count) + b"data" + struct.pack("<I", len(frames)) + frames
    if len(frames) % 2:
        body += b"\0"
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)


def fetch_sdist(folder: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", "pocketsphinx", "-d", str(folder),
         "pocketsphinx==5.1.1"],
        check=True,
    )  # fmt: skip
    return next(folder.glob("pocketsphinx-5.1.1.tar.gz"))


def build_call(sdist: Path) -> tuple[list[np.ndarray], list[dict]]:
    rng = np.random.default_rng(14)
    pieces: dict[str, np.ndarray] = {}
    with tarfile.open(sdist) as archive:
        for key in READINGS:
            member = archive.extractfile(LIBRIVOX.format(key))
            assert member is not None
            pieces[key] = trim(read_wav(member.read()))
    for key in PROMPTS:
        pieces[key] = trim(read_wav((ASTERISK / f"{key}.wav").read_bytes()))
    sides: dict[str, list[np.ndarray]] = {"agent": [], "customer": []}
    turns: list[dict] = []
    position = 0
    for speaker, keys, gap, level in CALL:
        joint = np.zeros(int(0.15 * RATE))
        speech = np.concatenate([np.concatenate([pieces[k], joint]) for k in keys])[: -len(joint)]
        speech = at_level(speech, (AGENT_DBFS if speaker == "agent" else CUSTOMER_DBFS) + level)
        start = position + int(gap * RATE)
        for side, chunks in sides.items():
            chunks.append(np.zeros(start - position))
            chunks.append(speech if side == speaker else np.zeros(len(speech)))
        position = start + len(speech)
        text = " ".join(PROMPTS[k] if speaker == "agent" else READINGS[k] for k in keys)
        turns.append({"speaker": speaker, "start_ms": start * 1000 // RATE, "end_ms": position * 1000 // RATE,
                      "text": text, "source": keys})  # fmt: skip
    tail = np.zeros(int(0.8 * RATE))
    channels = [phone_line(np.concatenate([*sides[s], tail]), rng) for s in ("agent", "customer")]
    return channels, turns


def hold_audio(seconds: float = 60.0) -> tuple[np.ndarray, list[dict]]:
    """What a line carries while nobody talks: ringback, IVR tones, hold music and silence, 60 s in all."""
    rng = np.random.default_rng(15)
    t = np.arange(int(RATE * 4)) / RATE
    ring_cycle = np.where(t < 2, 0.5 * (np.sin(2 * np.pi * 440 * t) + np.sin(2 * np.pi * 480 * t)), 0.0) * 0.1
    ringback = np.tile(ring_cycle, 4)  # North American ringback: 440 + 480 Hz, 2 s on, 4 s off... 16 s
    keys = []
    dtmf = {"1": (697, 1209), "5": (770, 1336), "9": (852, 1477), "#": (941, 1477), "0": (941, 1336)}
    for key in "159#0159#":
        low, high = dtmf[key]
        tone_t = np.arange(int(0.12 * RATE)) / RATE
        keys += [
            0.08 * (np.sin(2 * np.pi * low * tone_t) + np.sin(2 * np.pi * high * tone_t)),
            np.zeros(int(0.1 * RATE)),
        ]
    beeps = []
    for frequency in (950, 1400, 1800):  # the special-information tones before an IVR message
        tone_t = np.arange(int(0.33 * RATE)) / RATE
        beeps.append(0.1 * np.sin(2 * np.pi * frequency * tone_t))
    tones = np.concatenate([*keys, np.zeros(RATE), *beeps, np.zeros(RATE)])
    music = read_wav((MOH / "macroform-cold_day.wav").read_bytes())[RATE * 20 : RATE * 50]
    music = at_level(music, -20)
    silence = np.zeros(int(RATE * seconds) - len(ringback) - len(tones) - len(music))
    parts = [("ringback", ringback), ("ivr tones", tones), ("hold music", music), ("silence", silence)]
    spans, position = [], 0
    for name, part in parts:
        spans.append(
            {"kind": name, "start_ms": position * 1000 // RATE, "end_ms": (position + len(part)) * 1000 // RATE}
        )
        position += len(part)
    return phone_line(np.concatenate([p for _, p in parts]), rng), spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--pocketsphinx-sdist", type=Path, help="pocketsphinx-5.1.1.tar.gz (fetched with pip if absent)"
    )
    args = parser.parse_args()
    for needed in (ASTERISK, MOH):
        if not needed.is_dir():
            raise SystemExit(
                f"{needed} is missing: apt-get install asterisk-core-sounds-en-wav asterisk-moh-opsound-wav"
            )
    with tempfile.TemporaryDirectory() as tmp:
        sdist = args.pocketsphinx_sdist or fetch_sdist(Path(tmp))
        (agent, customer), turns = build_call(sdist)
    write_mulaw_wav(HERE / "call_stereo.wav", [agent, customer])
    write_mulaw_wav(HERE / "call_mono.wav", [agent + customer])
    hold, spans = hold_audio()
    write_mulaw_wav(HERE / "hold_tones_music.wav", [hold])
    reference = {
        "about": "Who said what when in call_stereo.wav (agent left, customer right) and call_mono.wav (the same call "
        "mixed); hold_tones_music.wav holds no speech. Built by make_phone_calls.py.",
        "duration_ms": len(agent) * 1000 // RATE,
        "turns": turns,
        "hold_tones_music": spans,
    }
    (HERE / "reference.json").write_text(json.dumps(reference, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
