"""Phone-line calls: the app's pipeline beside a bare faster-whisper call with the same model and settings.

Usage: python benchmarks/bench_phone_calls.py [--model tiny.en|base] [--speed-model base|tiny.en] [--minutes 5]
                                              [--rounds 3] [--compute-type int8|float32|measured]
Prints, for tests/data/phone (real speech, 8 kHz μ-law): per-side WER and words in the wrong turn (stereo),
share of words under the right speaker (mono), words produced on 60 s of ringback, IVR tones, hold music and
silence. Then speed and accuracy on a clean and a noisy stereo call of --minutes (the test call repeated, see
benchmarks/phone_audio.py), run in turn bare, pipeline, bare, pipeline…: bare is faster-whisper as documented
(each side whole, its own VAD, CTranslate2's own thread count, one side after the other), the pipeline is the
engine a worker builds for a job that has the machine to itself (the machine's cores shared between the two
sides, decoded at once). Same model, compute type and decoding settings; each model is loaded once, before
timing, as in a warm worker. Prints the median of the paired ratios pipeline speed / bare speed (target ≥ 1.0),
and each one's WER and words in the wrong turn.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from phone_audio import errors_words_wrong_turns, make_call  # noqa: E402

from qa_studio.services.workers import threads_per_job  # noqa: E402
from qa_studio.transcribe.accuracy import Turn, _align, score_side, speaker_accuracy  # noqa: E402
from qa_studio.transcribe.audio import decode_channels  # noqa: E402
from qa_studio.transcribe.engine import (  # noqa: E402
    FasterWhisperEngine,
    Script,
    Segment,
    Speaker,
    TranscribeOptions,
    Word,
    glossary_hint,
    pick_compute_type,
    to_script,
)
from qa_studio.transcribe.models import BASE_KEY, TINY_EN_KEY, bundled_models, ensure_model_ready  # noqa: E402
from qa_studio.transcribe.pipeline import transcribe_file  # noqa: E402
from qa_studio.transcribe.worker import engine_for_threads  # noqa: E402

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", choices=["base", "tiny.en"], default="tiny.en")
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--compute-type", default="measured", help="int8, float32, or measured as a worker does")
    parser.add_argument("--speed-model", choices=["base", "tiny.en"], default="base")
    args = parser.parse_args()
    key = BASE_KEY if args.model == "base" else TINY_EN_KEY
    reference = json.loads((PHONE / "reference.json").read_text(encoding="utf-8"))
    turns = [Turn(Speaker(t["speaker"]), t["start_ms"], t["end_ms"], t["text"]) for t in reference["turns"]]
    options = TranscribeOptions(language="en")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        model_path = ensure_model_ready(next(m for m in bundled_models() if m.key == key), folder / "models")
        compute_type = args.compute_type
        if compute_type == "measured":
            compute_type = pick_compute_type(model_path, folder / "models" / "compute-types.json")
        engine = FasterWhisperEngine(model_path, compute_type=compute_type)

        def shared(_path: Path, _compute: str) -> FasterWhisperEngine:
            return engine

        print(f"model {args.model}, {compute_type}, beam {options.beam_size}, language en, VAD on")
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

        speed(args, folder)


def speed(args: argparse.Namespace, folder: Path) -> None:
    key = BASE_KEY if args.speed_model == "base" else TINY_EN_KEY
    model_path = ensure_model_ready(next(m for m in bundled_models() if m.key == key), folder / "models")
    compute_type = args.compute_type
    if compute_type == "measured":  # as a worker chooses it
        compute_type = pick_compute_type(model_path, folder / "models" / "compute-types.json")
    options = TranscribeOptions(language="en")
    bare_engine = FasterWhisperEngine(model_path, compute_type=compute_type)
    app_engine = engine_for_threads(model_path, compute_type, threads_per_job(1))

    def app(_path: Path, _compute: str) -> FasterWhisperEngine:
        return app_engine

    print(f"{args.minutes:g}-minute stereo calls, model {args.speed_model}, {compute_type}, beam {options.beam_size},"
          f" language en; {args.rounds} rounds bare/pipeline in turn; the machine is shared with other work")
    for noisy in (False, True):
        call = folder / f"call-{'noisy' if noisy else 'clean'}.wav"
        turns = make_call(call, args.minutes, noisy)
        times: dict[str, list[float]] = {"bare": [], "pipeline": []}
        found: dict[str, list[Segment]] = {}
        for _ in range(args.rounds):  # in turn, so load on the machine falls on both alike
            started = time.perf_counter()
            found["bare"] = bare(bare_engine, call, options)
            times["bare"].append(time.perf_counter() - started)
            started = time.perf_counter()
            found["pipeline"] = transcribe_file(call, model_path, options, engine_factory=app).segments
            times["pipeline"].append(time.perf_counter() - started)
        ratios = [b / a for b, a in zip(times["bare"], times["pipeline"], strict=True)]
        name = "noisy" if noisy else "clean"
        for label in ("bare", "pipeline"):
            errors, words, wrong = errors_words_wrong_turns(turns, found[label])
            print(f"  {name} {label:8}: median {statistics.median(times[label]):.1f} s, WER {errors / words:.1%} "
                  f"({errors} of {words} words), {wrong} words in the wrong turn")  # fmt: skip
        print(f"  {name} pipeline speed / bare speed: median of paired ratios {statistics.median(ratios):.2f} "
              f"(each {', '.join(f'{r:.2f}' for r in ratios)}; target ≥ 1.0)", flush=True)


if __name__ == "__main__":
    main()
