"""Transcription speed and memory: the app's whole pipeline against a direct faster-whisper call.

Usage: python benchmarks/bench_transcribe.py [--model base|tiny.en] [--minutes 5] [--long-minutes 60]
Needs ffmpeg. Prints: model load time, real-time factors (direct, app mono, app stereo), the app/direct speed
ratio (target ≥ 0.95), and the child process's peak memory on a long recording (target < 1.5 GB).
Set --long-minutes 0 to skip the long run.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import tempfile
import time
from pathlib import Path

from qa_studio.resources import DEMO_CALLS_DIR
from qa_studio.transcribe.engine import TranscribeOptions
from qa_studio.transcribe.models import BASE_KEY, TINY_EN_KEY, bundled_models, ensure_model_ready
from qa_studio.transcribe.worker import Failure, Result, TranscriptionProcess


def make_recording(target: Path, minutes: float, mono: bool) -> float:
    """Repeat the demo calls until `minutes` of stereo (or downmixed mono) audio; returns the length in s."""
    calls = sorted(DEMO_CALLS_DIR.glob("*.opus"))
    listing = target.with_suffix(".txt")
    seconds = 0.0
    lines = []
    while seconds < minutes * 60:
        for call in calls:
            lines.append(f"file '{call}'")
            seconds += 33
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    channels = ["-ac", "1"] if mono else ["-ac", "2"]
    subprocess.run(
        ["ffmpeg", "-y", "-loglevel", "error", "-f", "concat", "-safe", "0", "-i", str(listing), "-t",
         str(minutes * 60), *channels, "-ar", "16000", "-c:a", "libopus", "-b:a", "32k", str(target)],
        check=True,
    )  # fmt: skip
    return minutes * 60


def direct(model_path: Path, audio: Path, options: TranscribeOptions) -> tuple[float, float]:
    from faster_whisper import WhisperModel

    started = time.perf_counter()
    model = WhisperModel(str(model_path), device="cpu", compute_type="float32")
    loaded = time.perf_counter() - started
    segments, _info = model.transcribe(
        str(audio), beam_size=options.beam_size, vad_filter=options.vad, word_timestamps=options.word_timestamps,
        condition_on_previous_text=False,
    )  # fmt: skip
    list(segments)
    return loaded, time.perf_counter() - started


def app(model_path: Path, audio: Path, options: TranscribeOptions) -> tuple[float, Result]:
    started = time.perf_counter()
    process = TranscriptionProcess()
    process.start(1, audio, model_path, options, "float32")
    final = None
    for message in process.messages():
        if isinstance(message, Result | Failure):
            final = message
    elapsed = time.perf_counter() - started
    if not isinstance(final, Result):
        raise SystemExit(f"transcription failed: {final}")
    return elapsed, final


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", choices=["base", "tiny.en"], default="base")
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--long-minutes", type=float, default=60)
    args = parser.parse_args()
    key = BASE_KEY if args.model == "base" else TINY_EN_KEY
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        model_path = ensure_model_ready(next(m for m in bundled_models() if m.key == key), folder / "models")
        options = TranscribeOptions(language="en")
        mono, stereo = folder / "mono.opus", folder / "stereo.opus"
        length = make_recording(mono, args.minutes, mono=True)
        make_recording(stereo, args.minutes, mono=False)
        print(f"model: {args.model}; recording: {length / 60:.1f} min; 2 cores; compute float32, beam 1, VAD on")

        load_s, direct_s = direct(model_path, mono, options)
        app_s, result = app(model_path, mono, options)
        stereo_s, stereo_result = app(model_path, stereo, options)
        print(f"model load: {load_s:.2f} s")
        print(f"direct faster-whisper (load + transcribe): {direct_s:.1f} s = {length / direct_s:.1f}× real time")
        print(f"app pipeline, mono (child process, decode, load, transcribe): {app_s:.1f} s = {length / app_s:.1f}×")
        print(f"app speed / direct speed: {direct_s / app_s:.2f} (target ≥ 0.95)")
        print(
            f"app pipeline, stereo (both sides): {stereo_s:.1f} s = {length / stereo_s:.1f}×; "
            f"stereo/mono cost {stereo_s / app_s:.2f}×"
        )
        print(
            f"segments: mono {len(result.result.segments)}, stereo {len(stereo_result.result.segments)}; "
            f"app timings {result.result.timings}"
        )

        if args.long_minutes:
            long_file = folder / "long.opus"
            long_length = make_recording(long_file, args.long_minutes, mono=False)
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            long_s, _long = app(model_path, long_file, options)
            peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(
                f"long recording {long_length / 60:.0f} min stereo: {long_s:.0f} s = {long_length / long_s:.1f}×, "
                f"child peak memory {peak_mb:.0f} MB (target < 1536 MB; before {before / 1024:.0f} MB)"
            )


if __name__ == "__main__":
    main()
