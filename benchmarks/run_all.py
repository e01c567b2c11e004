"""The scale and transcription benchmarks in one command, each figure printed beside its anchor as a ratio.

Usage: python benchmarks/run_all.py [--quick] [--transcription-only | --no-transcription]
  --quick: 10,000 and 100,000 interactions only (the 1,000,000-row databases take minutes to build the first time;
  they are kept in $QA_STUDIO_BENCH_CACHE or the temp folder, and in PostgreSQL, for later runs).
PostgreSQL: $QA_STUDIO_BENCH_PG (default postgres@127.0.0.1:5432); left out with --sqlite-only.
Anchors: a bare PySide6 QMainWindow (first paint), a plain indexed SELECT of the same rows (list pages, list --json),
bare faster-whisper on the same 5-minute stereo calls (pipeline speed and WER), and the 3e49aee worker on the same
day's batch of calls (throughput and WER); about half an hour for the transcription part on two shared cores.
On a shared machine the absolute figures are inflated by its load; the ratios are what to compare between runs.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def run(*args: str) -> None:
    print(f"$ {' '.join(['python', *args])}", flush=True)
    subprocess.run([sys.executable, *args], check=False, cwd=HERE.parent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--rounds", type=int, default=5)
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--transcription-only", action="store_true")
    only.add_argument("--no-transcription", action="store_true")
    args = parser.parse_args()
    if not args.no_transcription:
        run(str(HERE / "bench_phone_calls.py"), "--rounds", "3")
        run(str(HERE / "bench_transcribe.py"), "--rounds", "2")
    if args.transcription_only:
        return
    big = 100_000 if args.quick else 1_000_000
    backends = ["sqlite"] if args.sqlite_only else ["sqlite", "postgresql"]
    rounds = str(args.rounds)
    for rows in (10_000, 100_000) if args.quick else (10_000, 100_000, 1_000_000):
        run(str(HERE / "bench_startup.py"), "--rows", str(rows), "--rounds", rounds)
    for backend in backends:
        run(str(HERE / "bench_list_scale.py"), "--rows", str(big), "--backend", backend, "--rounds", rounds)
        run(str(HERE / "bench_cli_list.py"), "--rows", "100000", "--limit-rows", str(big), "--backend", backend,
            "--rounds", "3")  # fmt: skip


if __name__ == "__main__":
    main()
