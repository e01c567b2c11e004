"""Phone-line calls: the app's pipeline beside a bare faster-whisper call with the same model and settings.

Usage: python benchmarks/bench_phone_calls.py [--model tiny.en|base] [--minutes 5] [--rounds 3]
Prints, for tests/data/phone (real speech, 8 kHz μ-law): per-side WER and words in the wrong turn (stereo),
share of words under the right speaker (mono), words produced on 60 s of ringback, IVR tones, hold music and
silence; then the speed of both on a stereo call of --minutes (the test call repeated), run interleaved, and
the ratio pipeline speed / bare speed (target ≥ 1.0). The model is loaded once and shared: load time is
left out of both.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from qa_studio.transcribe.accuracy import Turn, _align, score_side, speaker_accuracy
from qa_studio.transcribe.audio import SAMPLE_RATE, decode_channels
from qa_studio.transcribe.engine import (
    FasterWhisperEngine,
    Script,
    Segment,
    Speaker,
    TranscribeOptions,
    Word,
    glossary_hint,
    to_script,
)
from qa_studio.transcribe.models import BASE_KEY, TINY_EN_KEY, bundled_models, ensure_model_ready
from qa_studio.transcribe.pipeline import transcribe_file

PHONE = Path(__file__).parents[1] / "tests" / "data" / "phone"
GLOSSARY = ("售后服务中心", "快递", "退款", "工单号")
HAN = re.compile(r"[\u3400-\u9fff]")


def bare(engine: FasterWhisperEngine, path: Path, options: TranscribeOptions) -> list[Segment]:
    """faster-whisper as its documentation shows it: each channel whole, its own VAD, the app's settings."""
    channels = decode_channels(path)
    speakers = [Speaker.AGENT, Speaker.CUSTOMER] if len(channels) == 2 else [Speaker.SPEAKER]
    found: list[Segment] = []
    for audio, speaker in zip(channels, speakers, strict=True):
        raw, _info = engine._model.transcribe(
            audio, language=options.language, beam_size=options.beam_size, vad_filter=True,
            word_timestamps=True, condition_on_previous_text=False, hotwords=glossary_hint(options.glossary),
        )  # fmt: skip
        for s in raw:
            words = tuple(Word(round(w.start * 1000), round(w.end * 1000), w.word, w.probability) for w in s.words)
            found.append(Segment(round(s.start * 1000), round(s.end * 1000), s.text.strip(), speaker, words))
    return sorted(found, key=lambda s: s.start_ms)


def report(name: str, segments: list[Segment], turns: list[Turn]) -> None:
    parts = []
    for speaker in (Speaker.AGENT, Speaker.CUSTOMER):
        score = score_side([t for t in turns if t.speaker == speaker], [s for s in segments if s.speaker == speaker])
        parts.append(f"{speaker} WER {score.wer:.1%}, {score.wrong_turn} words in the wrong turn")
    print(f"  {name:9} stereo: " + "; ".join(parts))


def long_call(target: Path, minutes: float) -> None:
    agent, customer = decode_channels(PHONE / "call_stereo.wav", pcm16=True)
    repeat = int(np.ceil(minutes * 60 * SAMPLE_RATE / len(agent)))
    frames = np.stack([np.tile(agent, repeat), np.tile(customer, repeat)], axis=1)[: int(minutes * 60 * SAMPLE_RATE)]
    import wave

    with wave.open(str(target), "wb") as handle:
        handle.setnchannels(2)
        handle.setsampwidth(2)
        handle.setframerate(SAMPLE_RATE)
        handle.writeframes(frames.tobytes())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", choices=["base", "tiny.en"], default="tiny.en")
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--compute-type", default="int8")
    args = parser.parse_args()
    key = BASE_KEY if args.model == "base" else TINY_EN_KEY
    reference = json.loads((PHONE / "reference.json").read_text(encoding="utf-8"))
    turns = [Turn(Speaker(t["speaker"]), t["start_ms"], t["end_ms"], t["text"]) for t in reference["turns"]]
    options = TranscribeOptions(language="en")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        model_path = ensure_model_ready(next(m for m in bundled_models() if m.key == key), folder / "models")
        engine = FasterWhisperEngine(model_path, compute_type=args.compute_type)

        def shared(_path: Path, _compute: str) -> FasterWhisperEngine:
            return engine

        print(f"model {args.model}, {args.compute_type}, beam {options.beam_size}, language en, VAD on")
        report("bare", bare(engine, PHONE / "call_stereo.wav", options), turns)
        app = transcribe_file(PHONE / "call_stereo.wav", model_path, options, engine_factory=shared)
        report("pipeline", app.segments, turns)
        mono = transcribe_file(
            PHONE / "call_mono.wav", model_path, TranscribeOptions(language="en", separate_speakers=True),
            engine_factory=shared,
        )  # fmt: skip
        right, total = speaker_accuracy(turns, mono.segments)
        print(f"  pipeline  mono: {right}/{total} = {right / max(1, total):.1%} words under the right speaker "
              f"({mono.speaker_rule}); bare faster-whisper: no speakers (all 'speaker')")  # fmt: skip
        for name, segments in (
            ("bare", bare(engine, PHONE / "hold_tones_music.wav", options)),
            ("pipeline", transcribe_file(PHONE / "hold_tones_music.wav", model_path, options,
                                         engine_factory=shared).segments),
        ):  # fmt: skip
            words = sum(len(s.words) for s in segments)
            print(
                f"  {name:9} 60 s of ringback, IVR tones, hold music, silence: {words} words "
                f"{[s.text for s in segments]}"
            )

        if args.model == "base":  # the glossary on a Mandarin phone line (a synthesised voice: see tests/data)
            greeting = "您好欢迎来到售后服务中心请问有什么可以帮您"
            for glossary in ((), GLOSSARY):
                zh = TranscribeOptions(language="zh", glossary=glossary)
                for name, segments in (
                    ("bare", bare(engine, PHONE / "mandarin_greeting_tts.wav", zh)),
                    ("pipeline", transcribe_file(PHONE / "mandarin_greeting_tts.wav", model_path, zh,
                                                 engine_factory=shared).segments),
                ):  # fmt: skip
                    said = to_script("".join(s.text for s in segments), Script.SIMPLIFIED, "zh")
                    errors, _pairs = _align(list(greeting), HAN.findall(said))
                    print(f"  {name:9} Mandarin phone line, glossary {'on ' if glossary else 'off'}: "
                          f"CER {errors / len(greeting):.1%} {said}")  # fmt: skip
            held = transcribe_file(PHONE / "hold_tones_music.wav", model_path,
                                   TranscribeOptions(language="zh", glossary=GLOSSARY), engine_factory=shared)
            print(f"  pipeline  hold music etc. with the glossary: {sum(len(s.words) for s in held.segments)} words")

        call = folder / "long.wav"
        long_call(call, args.minutes)
        times: dict[str, list[float]] = {"bare": [], "pipeline": []}
        for _ in range(args.rounds):  # interleaved, so load on the machine falls on both alike
            started = time.perf_counter()
            bare(engine, call, options)
            times["bare"].append(time.perf_counter() - started)
            started = time.perf_counter()
            transcribe_file(call, model_path, options, engine_factory=shared)
            times["pipeline"].append(time.perf_counter() - started)
        bare_s, app_s = statistics.median(times["bare"]), statistics.median(times["pipeline"])
        print(
            f"{args.minutes:g}-minute stereo call, median of {args.rounds}: "
            f"bare {bare_s:.1f} s, pipeline {app_s:.1f} s "
            f"(each: {', '.join(f'{b:.1f}/{a:.1f}' for b, a in zip(times['bare'], times['pipeline'], strict=True))})"
        )
        print(f"pipeline speed / bare faster-whisper speed: {bare_s / app_s:.2f} (target ≥ 1.0)")


if __name__ == "__main__":
    main()
