"""`qa-studio worker` and `qa-studio media`: transcription workers on any machine that reaches the team database, and
the team media store.

A worker acts as the person its connection proves (a team database login with a staff role, or this computer's
account), takes jobs with leases (services/transcription.py) and says whether it transcribes on a GPU or the CPU.
`media store` shows and sets the store (services/media_store.py), `media move` brings recordings into it, `media get`
copies one out, its hash checked."""

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
    worker.add_argument("--jobs", type=int, default=0, metavar="N",
                        help=tr("transcriptions at once (default one per core, at most 4)"))  # fmt: skip
    worker.add_argument("--threads", type=int, default=0, metavar="N",
                        help=tr("decoder threads per transcription (default: cores / jobs)"))  # fmt: skip
    worker.add_argument("--exit-when-idle", action="store_true",
                        help=tr("stop when no job is waiting or running anywhere"))  # fmt: skip
    worker.add_argument("--lease", type=float, default=None, metavar="SECONDS",
                        help=tr("how long a job stays this worker's without a heartbeat (default 60)"))  # fmt: skip


    media = add("media", tr("the team media store: show or set it, move recordings into it, get one out"),
                run_media)  # fmt: skip
    media.add_argument("action", choices=["store", "move", "get"])
    media.add_argument("id", nargs="?", type=int, help=tr("with get: the interaction"))
    where = media.add_mutually_exclusive_group()
    where.add_argument("--folder", metavar="DIR",
                       help=tr("with store: the team's shared folder (administrators)"))  # fmt: skip
    where.add_argument("--in-database", action="store_true",
                       help=tr("with store: keep recordings inside the team database (small teams; administrators)"))
    media.add_argument("--mount-as", metavar="PATH",
                       help=tr("with store: where this PC reaches the shared folder (kept on this PC)"))  # fmt: skip
    media.add_argument("--out", metavar="FILE", help=tr("with get: where to write the recording"))


def run_media(db: Database, args: argparse.Namespace) -> int:
    from pathlib import Path

    from qa_studio.cli import CliError
    from qa_studio.services.media_store import MediaError, MediaStore
    from qa_studio.storage.models import MediaFile

    store = MediaStore(db)
    try:
        if args.action == "store":
            if args.folder:
                store.set_folder(args.folder)
            elif args.in_database:
                store.set_database()
            if args.mount_as:
                store.set_mount(Path(args.mount_as))
            config = store.config()
            print(tr("Team media store: {store}").format(store=config.describe()))
            if config.kind == "folder":
                reachable = config.mount is not None and config.mount.is_dir()
                print(tr("On this PC at {mount} ({state})").format(
                    mount=config.mount, state=tr("reachable") if reachable else tr("NOT reachable")))  # fmt: skip
            return 0
        if args.action == "move":
            def said(path: str, problem: str | None) -> None:
                print(f"{path}: {problem}" if problem else tr("{path}: in the store").format(path=path), flush=True)

            report = store.move(said)
            print(tr("{moved} moved, {already} already in the store, {failed} not moved").format(
                moved=report.moved, already=report.already, failed=len(report.failed)))  # fmt: skip
            return 0 if not report.failed else 1
        if args.id is None or not args.out:
            raise CliError(tr("media get needs an interaction id and --out FILE"))
        with db.session() as session:
            from sqlalchemy import select

            media = session.scalar(select(MediaFile).where(MediaFile.interaction_id == args.id))
            if media is None:
                raise CliError(tr("interaction {id} has no recording").format(id=args.id))
            stored = (media.path, media.sha256)
        import shutil

        shutil.copyfile(store.local_path(*stored), args.out)
        print(tr("recording of interaction {id} written to {out} (SHA-256 checked)").format(id=args.id, out=args.out))
        return 0
    except MediaError as exc:
        print(f"qa-studio media {args.action}: {exc}", file=sys.stderr)
        return 1


def run_watch(db: Database, args: argparse.Namespace, options: object) -> int:
    """`qa-studio import --watch DIR…`: import what lands in the folders, once whole, until Ctrl+C."""
    from pathlib import Path

    from qa_studio.cli import CliError
    from qa_studio.cli.signin import current_user
    from qa_studio.services.watch import watch_folder

    folders = [Path(p) for p in args.paths]
    if missing := [str(f) for f in folders if not f.is_dir()]:
        raise CliError(tr("--watch needs folders; not a folder: {paths}").format(paths=", ".join(missing)))
    actor = current_user(db, args).name
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda _n, _f: stop.set())

    def said(batch: object) -> None:
        for result in batch.results:  # type: ignore[attr-defined]
            print(f"{result.path}: {result.outcome.value}" + (f" ({result.reason})" if result.reason else ""),
                  flush=True)  # fmt: skip

    print(tr("watching {folders}; Ctrl+C stops").format(folders=", ".join(map(str, folders))), flush=True)
    watchers = [
        threading.Thread(target=watch_folder, args=(db, folder, stop),
                         kwargs={"actor": actor, "options": options, "on_batch": said}, daemon=True)  # fmt: skip
        for folder in folders
    ]
    for watcher in watchers:
        watcher.start()
    for watcher in watchers:
        while watcher.is_alive():
            watcher.join(0.5)
    return 0


def _install_test_hook(service: object) -> None:
    hook = os.environ.get(TEST_HOOK_ENV_VAR)
    if hook:
        module, _, name = hook.partition(":")
        getattr(importlib.import_module(module), name)(service)


def _make_due_work(db: Database, actor: str) -> None:
    """A worker's start makes the recurring work that is due, as the app's start does; a failure is said and the
    worker goes on transcribing."""
    from qa_studio.services.evaluations import EvaluationError
    from qa_studio.services.recurrence import RecurrenceService
    from qa_studio.storage.database import StorageError

    try:
        for made in RecurrenceService(db).create_due(actor):
            print(tr("made {name} for {period}").format(name=made.name, period=made.period), flush=True)
    except (EvaluationError, StorageError, ValueError) as exc:
        print(tr("recurring work not made: {reason}").format(reason=exc), file=sys.stderr)


def run_worker(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.cli import CliError
    from qa_studio.cli.signin import current_user
    from qa_studio.services.transcription import LEASE_SECONDS, TranscriptionService
    from qa_studio.services.workers import WorkerLoop, sensible_jobs, transcription_device

    user = current_user(db, args)
    if user.is_agent:  # the database would refuse every claim; say so once instead of retrying for ever
        raise CliError(tr("{name} is an agent account; a worker needs a staff login (a reviewer is enough)").format(
            name=user.name))  # fmt: skip
    actor = user.name
    _make_due_work(db, actor)
    service = TranscriptionService(db, lease_seconds=args.lease or LEASE_SECONDS, cpu_threads=max(0, args.threads))
    _install_test_hook(service)
    jobs = sensible_jobs(args.jobs)
    device = transcription_device()
    print(tr("worker {name} ({person}): transcribing on the {device}, {jobs} at once").format(
        name=service.worker, person=actor, device="GPU (CUDA)" if device == "cuda" else "CPU", jobs=jobs),
        flush=True)  # fmt: skip
    if 0 < jobs < args.jobs:
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
