"""Transcription throughput with several workers: hours of audio transcribed per wall-clock hour with 1, 2 and 3
`qa-studio worker` processes and with one worker running `--jobs 2`, each as a ratio to one worker.

Usage: python benchmarks/bench_workers.py [--calls 8] [--db URL] [--only 1x1|2x1|3x1|1x2]
Short real calls from tests/data/audio (English, tiny.en model). Each configuration gets the same calls, queued
afresh in a new database, and its workers run until the queue is empty (`--exit-when-idle`); the wall time is from
the first worker's start to the last one's exit. `--only` runs one configuration (for an external timer).

What a GPU worker changes (on paper when no card is at hand): CTranslate2 on CUDA in float16 transcribes a call tens
of times faster than two CPU cores, so one GPU worker does the work of many CPU workers; the worker then spends its
time decoding audio (CPU, ffmpeg) and writing to the database, so `--jobs 2` or `3` on a GPU machine keeps the card
busy while the CPU decodes the next call. CPU workers beside it add little, but cost nothing to the queue: the lease
lets any mix of machines share it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select, text

from qa_studio.services.identity import IdentityService
from qa_studio.services.imports import ImportService
from qa_studio.services.transcription import TranscriptionService
from qa_studio.storage.database import open_database
from qa_studio.storage.models import Interaction, MediaFile
from qa_studio.transcribe.engine import pick_compute_type
from qa_studio.transcribe.models import TINY_EN_KEY, bundled_models, ensure_model_ready

AUDIO = Path(__file__).parents[1] / "tests" / "data" / "audio"
RECORDINGS = ("english_mono.opus", "stereo_call.opus")
CONFIGURATIONS = {"1x1": (1, 1), "2x1": (2, 1), "3x1": (3, 1), "1x2": (1, 2)}  # workers x jobs each


def prepare(url: str, calls: int) -> float:
    """`calls` calls queued (the two recordings in turn, each its own interaction); seconds of audio queued."""
    database = open_database(url, backup=False)
    IdentityService(database).current()
    report = ImportService(database).run([AUDIO / name for name in RECORDINGS], actor="bench")
    ids = [i for result in report.results for i in result.interaction_ids]
    with database.session() as session:
        originals = [
            (session.get(Interaction, i), session.scalar(select(MediaFile).where(MediaFile.interaction_id == i)))
            for i in ids
        ]
        for n in range(len(ids), calls):
            call, media = originals[n % len(originals)]
            copy = Interaction(channel="call", source_path=call.source_path, source_format=call.source_format,
                               source_key=f"{call.source_key}#{n}", duration_ms=call.duration_ms)  # fmt: skip
            session.add(copy)
            session.flush()
            session.add(MediaFile(interaction_id=copy.id, path=media.path, original_path=media.original_path,
                                  sha256=media.sha256, size_bytes=media.size_bytes, duration_ms=media.duration_ms,
                                  sample_rate=media.sample_rate, channels=media.channels, codec=media.codec,
                                  container=media.container))  # fmt: skip
        every = list(session.scalars(select(Interaction.id).order_by(Interaction.id)))[:calls]
        seconds = sum(session.get(Interaction, i).duration_ms for i in every) / 1000
    TranscriptionService(database).enqueue(every, TINY_EN_KEY)
    database.dispose()
    return seconds


def run(url: str, workers: int, jobs: int, home: Path) -> float:
    env = dict(os.environ, QA_STUDIO_HOME=str(home))
    command = [sys.executable, "-m", "qa_studio", "--db", url, "worker", "--exit-when-idle", "--jobs", str(jobs)]
    started = time.perf_counter()
    processes = [subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL) for _ in range(workers)]
    for process in processes:
        if process.wait() != 0:
            raise SystemExit(f"a worker failed (exit code {process.returncode})")
    return time.perf_counter() - started


def fresh_url(base: str | None, folder: Path, label: str) -> str:
    if base is None:
        return f"sqlite:///{folder / f'{label}.db'}"
    admin = open_database(base, backup=False)
    name = f"qa_bench_workers_{label}_{os.getpid()}"
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return base.rsplit("/", 1)[0] + f"/{name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=8)
    parser.add_argument("--db", help="a PostgreSQL server URL (a database per configuration is made on it)")
    parser.add_argument("--only", choices=sorted(CONFIGURATIONS))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-workers-") as folder:
        home = Path(folder) / "home"
        home.mkdir()
        os.environ["QA_STUDIO_HOME"] = str(home)
        # The model is made ready and its compute type measured once, before any timing.
        model = ensure_model_ready(next(m for m in bundled_models() if m.key == TINY_EN_KEY), home / "models")
        pick_compute_type(model, home / "models" / "compute-types.json")
        rates = {}
        for label, (workers, jobs) in CONFIGURATIONS.items():
            if args.only and label != args.only:
                continue
            url = fresh_url(args.db, Path(folder), label)
            audio_seconds = prepare(url, args.calls)
            wall = run(url, workers, jobs, home)
            rates[label] = audio_seconds / wall  # audio hours per wall-clock hour
            print(f"{workers} worker(s) x --jobs {jobs}: {audio_seconds:.0f} s of audio in {wall:.1f} s = "
                  f"{rates[label]:.1f} audio hours per hour", flush=True)  # fmt: skip
        if "1x1" in rates:
            print("ratios to one worker: " + ", ".join(f"{label} {rate / rates['1x1']:.2f}"
                                                      for label, rate in rates.items()))  # fmt: skip


if __name__ == "__main__":
    main()
