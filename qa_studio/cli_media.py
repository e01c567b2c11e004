"""`qa-studio worker`: a transcription worker on any machine that reaches the team database.

It acts as the person its connection proves (a team database login with a staff role, or this computer's account),
takes jobs with leases (services/transcription.py) and says whether it transcribes on a GPU or the CPU."""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
import threading
from collections.abc import Callable

from qa_studio.i18n import tr
from qa_studio.storage.database import Database

Add = Callable[[str, str, Callable[[Database, argparse.Namespace], int]], argparse.ArgumentParser]
# For the test suite only: "module:function" called with the worker's TranscriptionService before it starts, so the
# lease tests can put a fast stand-in for the Whisper child in separate worker processes. Never set in use.
TEST_HOOK_ENV_VAR = "QA_STUDIO_TEST_WORKER_HOOK"


def register(add: Add) -> None:
    worker = add("worker", tr("transcribe queued calls from the (team) database until stopped"), run_worker)
    worker.add_argument("--jobs", type=int, default=1, metavar="N",
                        help=tr("transcriptions at once on this machine (default 1; at most its cores)"))  # fmt: skip
    worker.add_argument("--exit-when-idle", action="store_true",
                        help=tr("stop when no job is waiting or running anywhere"))  # fmt: skip
    worker.add_argument("--lease", type=float, default=None, metavar="SECONDS",
                        help=tr("how long a job stays this worker's without a heartbeat (default 60)"))  # fmt: skip


def _install_test_hook(service: object) -> None:
    hook = os.environ.get(TEST_HOOK_ENV_VAR)
    if hook:
        module, _, name = hook.partition(":")
        getattr(importlib.import_module(module), name)(service)


def run_worker(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.cli_people import current_user
    from qa_studio.services.transcription import LEASE_SECONDS, TranscriptionService
    from qa_studio.services.workers import WorkerLoop, sensible_jobs, transcription_device

    actor = current_user(db, args).name
    service = TranscriptionService(db, lease_seconds=args.lease or LEASE_SECONDS)
    _install_test_hook(service)
    jobs = sensible_jobs(args.jobs)
    device = transcription_device()
    print(tr("worker {name} ({person}): transcribing on the {device}, {jobs} at once").format(
        name=service.worker, person=actor, device="GPU (CUDA)" if device == "cuda" else "CPU", jobs=jobs),
        flush=True)  # fmt: skip
    if jobs < args.jobs:
        print(tr("this machine has {cores} cores: {jobs} at once, not {asked}").format(
            cores=os.cpu_count(), jobs=jobs, asked=args.jobs), file=sys.stderr)  # fmt: skip

    stop = threading.Event()

    def on_signal(_signum: int, _frame: object) -> None:
        stop.set()
        service.interrupt_all()  # running jobs go back to the queue at once for another worker

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, on_signal)

    def report(view: object) -> None:
        print(tr("job {job} (interaction {interaction}): {state}").format(
            job=view.id, interaction=view.interaction_id, state=view.state)  # type: ignore[attr-defined]
            + (f" — {view.error}" if view.error else ""), flush=True)  # type: ignore[attr-defined]  # fmt: skip

    loop = WorkerLoop(service, actor, jobs, on_finished=report)
    finished = loop.run(stop, exit_when_idle=args.exit_when_idle)
    for problem in loop.problems:
        print(problem, file=sys.stderr)
    print(tr("worker {name}: {count} job(s) finished").format(name=service.worker, count=len(finished)), flush=True)
    return 0
