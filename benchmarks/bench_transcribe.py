"""A day's batch of phone calls through `qa-studio worker` with this checkout's defaults, beside the same worker
from an anchor commit (before the warm child, threads per job and jobs at once), run in turn A B A B.

Usage: python benchmarks/bench_transcribe.py [--anchor 3e49aee] [--calls 8] [--rounds 2] [--model base|tiny.en]
                                             [--minutes M] [--compute-type measured|int8|float32]
The calls are the real speech of tests/data/phone (stereo, 8 kHz μ-law) repeated to 30 s-2 min (or each to
--minutes: `--calls 2 --minutes 5` is a clean and a noisy five-minute call), every other one under phone-line
noise (benchmarks/phone_audio.py), written to a temporary folder with their reference turns. With --shuffled each
repetition has each side's turns in another order, so the same unlucky stretch is not counted once per repetition.
Each run gets the same calls queued afresh in a new SQLite database (by that side's own code, whose migrations
made it) and one worker with no options but --exit-when-idle, started in the benchmark's folder, until the queue
is empty; the anchor runs from `git archive` of its commit in a small venv that
reuses this one's packages. Both share one compute-type measurement (the same type, chosen as the app does).
Prints per round the wall time of each and their ratio, then the median of the paired ratios (audio hours per
hour, target ≥ 2.0) and the word error rate and words in the wrong turn of each (target: equal or lower), on all
the calls and on the clean and the noisy ones apart, and
the CPU seconds each used: on a machine busy with other work a job on one thread gets a smaller share of the cores
than one on four, so the wall-time ratio understates what the same change gives on a machine of its own.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import time
import wave
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from phone_audio import errors_words_wrong_turns, make_call  # noqa: E402

from qa_studio.services.transcription import TranscriptionService  # noqa: E402
from qa_studio.storage.database import open_database  # noqa: E402
from qa_studio.transcribe.accuracy import Turn  # noqa: E402
from qa_studio.transcribe.engine import pick_compute_type  # noqa: E402
from qa_studio.transcribe.models import BASE_KEY, TINY_EN_KEY, bundled_models, ensure_model_ready  # noqa: E402

ROOT = Path(__file__).parents[1]
MINUTES = (0.5, 1.0, 1.5, 2.0, 1.0, 0.5, 2.0, 1.5)  # a day's calls, short and longer; no two alike


def anchor_python(commit: str, folder: Path) -> Path:
    """A Python that imports QA Studio as it was at `commit`, with this environment's packages."""
    source = folder / "src"
    source.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "qa_studio"], capture_output=True, check=True)
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(source, filter="data")
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    where = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = Path(subprocess.run([str(venv / "bin" / "python"), "-c", where], capture_output=True, text=True,
                               check=True).stdout.strip())  # fmt: skip
    # Paths in a .pth file are added without reading that folder's own .pth files: this checkout's editable
    # install stays out, the anchor's source comes first.
    (site / "anchor.pth").write_text(f"{source}\n{sysconfig.get_paths()['purelib']}\n", encoding="utf-8")
    return venv / "bin" / "python"


def make_calls(folder: Path, count: int, length: float | None = None,
               shuffled: bool = False) -> list[tuple[Path, list[Turn], float]]:  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    calls = []
    for n in range(count):
        minutes = length or MINUTES[n % len(MINUTES)]
        path = folder / f"call-{n:02d}-{'noisy' if n % 2 else 'clean'}.wav"
        turns = make_call(path, minutes, noisy=bool(n % 2), seed=n, shuffled=shuffled)
        with wave.open(str(path)) as handle:
            seconds = handle.getnframes() / handle.getframerate()
        calls.append((path, turns, seconds))
    return calls


# Run by each side's own Python: a database made by this checkout's migrations is one the anchor refuses to open.
QUEUE = """
import json, sys
from pathlib import Path
from qa_studio.services.identity import IdentityService
from qa_studio.services.imports import ImportService
from qa_studio.services.transcription import TranscriptionService
from qa_studio.storage.database import open_database
from qa_studio.storage.models import Interaction
url, model_key, *paths = sys.argv[1:]
database = open_database(url, backup=False)
IdentityService(database).current()
report = ImportService(database).run([Path(p) for p in paths], actor="bench")
ids = {}
with database.session() as session:
    for result in report.results:
        (interaction_id,) = result.interaction_ids
        ids[interaction_id] = session.get(Interaction, interaction_id).source_path
TranscriptionService(database).enqueue(sorted(ids), model_key)
database.dispose()
print(json.dumps(ids))
"""


def queue(python: Path, url: str, calls: list[tuple[Path, list[Turn], float]], model_key: str,
          home: Path) -> dict[int, tuple[list[Turn], bool]]:  # fmt: skip
    """The calls imported and queued in a new database, by the Python whose worker will transcribe them; each
    call's reference turns and whether it is under line noise."""
    env = dict(os.environ, QA_STUDIO_HOME=str(home))
    done = subprocess.run([str(python), "-c", QUEUE, url, model_key, *(str(path) for path, _, _ in calls)],
                          env=env, cwd=home, capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"queueing the calls failed: {done.stderr[-2000:]}")
    sources = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        int(i): next((turns, "noisy" in path.name) for path, turns, _ in calls if str(path) == source)
        for i, source in sources.items()
    }


def run_worker(python: Path, url: str, home: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the worker and its transcription processes, user + system).

    The worker starts in `home`: `python -m` puts the working folder first on the path, so started from a checkout
    the anchor's worker would import that checkout's qa_studio instead of the anchor's."""
    env = dict(os.environ, QA_STUDIO_HOME=str(home))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([str(python), "-m", "qa_studio", "--db", url, "worker", "--exit-when-idle"], env=env,
                          cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"the worker failed: {done.stderr[-2000:]}")
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


Score = dict[str, tuple[int, int, int]]  # "all", "clean", "noisy": (word errors, reference words, wrong turn)


def accuracy(url: str, references: dict[int, tuple[list[Turn], bool]]) -> Score:
    database = open_database(url, backup=False)
    service = TranscriptionService(database)
    score = dict.fromkeys(("all", "clean", "noisy"), (0, 0, 0))
    for interaction_id, (turns, noisy) in references.items():
        stored = service.current_transcript(interaction_id)
        if stored is None:
            raise SystemExit(f"interaction {interaction_id} has no transcript")
        found = errors_words_wrong_turns(turns, stored.segments)
        for kind in ("all", "noisy" if noisy else "clean"):
            score[kind] = tuple(a + b for a, b in zip(score[kind], found, strict=True))  # type: ignore[assignment]
    database.dispose()
    return score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--anchor", default="3e49aee", help="the commit to compare with")
    parser.add_argument("--calls", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--model", choices=["base", "tiny.en"], default="base")
    parser.add_argument("--minutes", type=float, help="every call this long (default: a day's mix, 30 s-2 min)")
    parser.add_argument("--shuffled", action="store_true",
                        help="each repetition of the test call with each side's turns in another order")  # fmt: skip
    parser.add_argument("--compute-type", choices=["measured", "int8", "float32"], default="measured",
                        help="both sides' compute type: measured as the app does (the default), or this one")
    args = parser.parse_args()
    key = BASE_KEY if args.model == "base" else TINY_EN_KEY
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        folder = Path(tmp)
        home = folder / "home"
        model = ensure_model_ready(next(m for m in bundled_models() if m.key == key), home / "models")
        cache = home / "models" / "compute-types.json"
        compute_type = pick_compute_type(model, cache)
        if args.compute_type != "measured":  # where the two are about as fast, the measurement can pick either
            cache.write_text(json.dumps(dict.fromkeys(json.loads(cache.read_text(encoding="utf-8")),
                                                      args.compute_type)), encoding="utf-8")  # fmt: skip
            compute_type = pick_compute_type(model, cache)
        pythons = {"anchor": anchor_python(args.anchor, folder / "anchor"), "new": Path(sys.executable)}
        for label, python in pythons.items():  # each side's worker imports its own qa_studio
            where = subprocess.run([str(python), "-c", "import qa_studio; print(qa_studio.__file__)"], cwd=home,
                                   capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
            print(f"{label}: {where}")
        calls = make_calls(folder / "calls", args.calls, args.minutes, args.shuffled)
        audio_s = sum(seconds for _, _, seconds in calls)
        batch = f"{len(calls)} {args.minutes:g}-minute" if args.minutes else f"a day's batch: {len(calls)}"
        print(f"{batch} stereo phone calls, {audio_s / 60:.1f} min of audio, half under line "
              f"noise; model {args.model} ({compute_type}); {os.cpu_count()} cores, shared with other work; anchor "
              f"{args.anchor} (its defaults) vs this checkout (its defaults), {args.rounds} rounds A B", flush=True)
        walls: dict[str, list[float]] = {"anchor": [], "new": []}
        cpus: dict[str, list[float]] = {"anchor": [], "new": []}
        scores: dict[str, Score] = {}
        for round_ in range(args.rounds):
            for label, python in pythons.items():
                url = f"sqlite:///{folder / f'{label}-{round_}.db'}"
                references = queue(python, url, calls, key, home)
                wall, cpu = run_worker(python, url, home)
                walls[label].append(wall)
                cpus[label].append(cpu)
                scores[label] = accuracy(url, references)
            a, b = walls["anchor"][-1], walls["new"][-1]
            print(f"  round {round_ + 1}: anchor {a:.1f} s, new {b:.1f} s, throughput ratio {a / b:.2f}; CPU "
                  f"anchor {cpus['anchor'][-1]:.0f} s, new {cpus['new'][-1]:.0f} s", flush=True)  # fmt: skip
        ratios = [a / b for a, b in zip(walls["anchor"], walls["new"], strict=True)]
        for label in pythons:
            wall = statistics.median(walls[label])
            parts = [
                f"{kind} WER {errors / max(1, words):.2%} ({errors} of {words} words), {wrong} in the wrong turn"
                for kind, (errors, words, wrong) in scores[label].items() if words
            ]  # fmt: skip
            print(f"{label:6}: median {wall:.1f} s = {audio_s / wall:.1f} audio hours per hour; " + "; ".join(parts))
        print(f"throughput new / anchor: median of paired ratios {statistics.median(ratios):.2f} "
              f"(min {min(ratios):.2f}, max {max(ratios):.2f}; target ≥ 2.0)")
        # CPU seconds per audio second depend less on what else the machine runs than wall time does.
        cpu_ratios = [a / b for a, b in zip(cpus["anchor"], cpus["new"], strict=True)]
        print(f"CPU seconds anchor / new: median of paired ratios {statistics.median(cpu_ratios):.2f} "
              f"(min {min(cpu_ratios):.2f}, max {max(cpu_ratios):.2f})")


if __name__ == "__main__":
    main()
