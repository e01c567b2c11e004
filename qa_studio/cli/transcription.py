"""`qa-studio transcribe|transcript|models`: calls transcribed on this computer, and their transcripts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from qa_studio.cli.common import EXIT_OK, EXIT_REFUSED, Add, CliError, pad, print_json, write_text
from qa_studio.cli.signin import current_user, me
from qa_studio.i18n import tr
from qa_studio.storage.database import Database


def register(add: Add) -> None:
    tx = add("transcribe", tr("transcribe calls on this computer (one job per core at once)"), _cmd_transcribe)
    tx.add_argument("ids", nargs="*", type=int, metavar="ID", help=tr("interaction ids of calls"))
    tx.add_argument("--all-pending", action="store_true", help=tr("every call without a transcript"))
    tx.add_argument("--model", help=tr("base, tiny.en, a model folder, or a catalogue key (see qa-studio models)"))
    tx.add_argument("--language", help=tr("force a language such as en or zh (default: detect)"))
    tx.add_argument("--beam-size", type=_beam_size, metavar="N",
                    help=tr("decoder beam, 1 to 10 (default 2: fewer errors on phone lines than 1 for a little time)"))
    tx.add_argument("--no-vad", action="store_true", help=tr("do not skip silence"))
    tx.add_argument("--prompt", help=tr("initial prompt: a sentence in the style of the calls (the team's words go "
                                        "in the glossary: qa-studio glossary)"))
    tx.add_argument("--agent-channel", type=int, choices=[0, 1], default=0, help=tr("stereo side of the agent"))
    tx.add_argument("--separate-speakers", action="store_true",
                    help=tr("mono calls: tell agent and customer apart (the agent is who says --greeting, else who "
                            "speaks first)"))  # fmt: skip
    tx.add_argument("--greeting", metavar="TEXT", help=tr("with --separate-speakers: the company's opening phrase"))
    tx.add_argument("--script", choices=["simplified", "traditional", "as-is"], default="simplified")

    tt = add("transcript", tr("print or save a call's current transcript"), _cmd_transcript)
    tt.add_argument("id", type=int)
    tt.add_argument("--format", choices=["txt", "srt", "vtt", "json"], default="txt")
    tt.add_argument("--redact", action="store_true", help=tr("mask card, phone and ID numbers and e-mail addresses"))
    tt.add_argument("--out", metavar="FILE")

    add("models", tr("list the transcription models available on this computer"), _cmd_models)


def _beam_size(value: str) -> int:
    from qa_studio.transcribe.engine import MAX_BEAM

    if not value.strip().isdigit() or not 1 <= int(value) <= MAX_BEAM:
        raise argparse.ArgumentTypeError(tr("the beam size is a whole number from 1 to {most}").format(most=MAX_BEAM))
    return int(value)


def _transcribe_options(args: argparse.Namespace) -> Any:
    from qa_studio.transcribe.engine import BEAM_SIZE, Script, TranscribeOptions

    return TranscribeOptions(
        language=args.language,
        beam_size=args.beam_size or BEAM_SIZE,
        vad=not args.no_vad,
        initial_prompt=args.prompt,
        agent_channel=args.agent_channel,
        script=Script(args.script),
        separate_speakers=args.separate_speakers,
        greeting=args.greeting or None,
    )


def _model_key(value: str | None) -> str | None:
    if value is None:
        return None
    if ":" in value:
        return value
    if Path(value).is_dir():
        return f"local:{Path(value).resolve()}"
    return f"bundled:{value}" if value in ("base", "tiny.en") else f"download:{value}"


def _cmd_transcribe(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.services.transcription import PRIORITY_BACKLOG, PRIORITY_WAITING, TranscriptionService
    from qa_studio.services.workers import run_pending_at_once, sensible_jobs

    # No reset at start: a job another machine runs stays its own; a vanished worker's is taken once its lease lapses.
    service = TranscriptionService(db)
    ids = list(args.ids)
    # One call asked for by name is someone waiting for it: it goes before the backlog.
    priority = PRIORITY_WAITING if len(ids) == 1 and not args.all_pending else PRIORITY_BACKLOG
    if args.all_pending:
        ids += [i for i in service.untranscribed_calls() if i not in ids]
    created, skipped = (
        service.enqueue(ids, _model_key(args.model), _transcribe_options(args), priority) if ids else ([], [])
    )
    for reason in skipped:  # each names its call: not a call, no such id, or already queued (then run below)
        print(reason, file=sys.stderr)

    def progress(job_id: int, done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            percent = f"{100 * done / max(total, 1):5.1f}"
            sys.stderr.write("\r" + tr("job {job}: {percent} %").format(job=job_id, percent=percent))

    finished = run_pending_at_once(service, sensible_jobs(0), progress, actor=me(db, args))
    if sys.stderr.isatty() and not args.json:
        sys.stderr.write("\r" + " " * 40 + "\r")
    if args.json:
        print_json(
            {
                "queued": created,
                "skipped": skipped,
                "jobs": [
                    {"id": j.id, "interaction_id": j.interaction_id, "state": j.state, "error": j.error}
                    for j in finished
                ],
            }
        )
    else:
        for job in finished:
            line = tr("job {job} (interaction {interaction}): {state}").format(
                job=job.id, interaction=job.interaction_id, state=job.state
            )
            print(line + (f" — {job.error}" if job.error else ""))
        if not finished:
            print(tr("Nothing to transcribe."))
    return EXIT_REFUSED if any(j.state == "failed" for j in finished) else EXIT_OK


def _cmd_transcript(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.permissions import may_see_unmasked
    from qa_studio.services.transcription import TranscriptionService
    from qa_studio.transcribe.exports import ExportFormat, export
    from qa_studio.transcribe.redaction import localise_masks

    role = current_user(db, args).role.value
    if not args.redact and not may_see_unmasked(role):
        print(tr("Your role may not see unmasked transcripts: sensitive numbers are masked."), file=sys.stderr)
        args.redact = True
    stored = TranscriptionService(db).current_transcript(args.id, masked=args.redact)
    if stored is None:
        raise CliError(_no_transcript(db, args))
    segments = stored.segments
    if args.redact:
        from dataclasses import replace

        segments = [replace(s, text=localise_masks(s.text)) for s in segments]
    text = export(
        segments, ExportFormat(args.format), interaction_id=args.id, version=stored.version,
        model=stored.model, language=stored.language,
    )  # fmt: skip
    if not args.out:
        sys.stdout.write(text)
        return EXIT_OK
    write_text(Path(args.out), text, overwrite=True)  # a transcript is re-exported over the last export
    print(tr("Transcript of interaction {id} (version {version}, {format}) written to {file}.").format(
        id=args.id, version=stored.version, format=args.format, file=args.out))  # fmt: skip
    return EXIT_OK


def _no_transcript(db: Database, args: argparse.Namespace) -> str:
    """Why there is no transcript, with a next step that works: only calls are transcribed."""
    from qa_studio.permissions import may_see_unmasked
    from qa_studio.services.interactions import InteractionQueries

    me_ = current_user(db, args)
    detail = InteractionQueries(db, masked=not may_see_unmasked(me_.role.value)).detail(args.id)
    if detail is None:
        return tr("no interaction with id {id}").format(id=args.id)
    if detail.row.channel != "call":
        return tr("interaction {id} is a {channel}, not a call: its messages are its text; see qa-studio show "
                  "{id}").format(id=args.id, channel=detail.row.channel)  # fmt: skip
    return tr("interaction {id} has no transcript; run qa-studio transcribe {id}").format(id=args.id)


def _cmd_models(_db: Database, args: argparse.Namespace) -> int:
    from qa_studio.transcribe.models import catalogue, default_model_key

    models = catalogue()
    if args.json:
        print_json(
            [
                {
                    "key": m.key,
                    "label": m.label,
                    "languages": m.languages,
                    "size_mb": m.size_mb,
                    "source": m.source,
                    "default": m.key == default_model_key(),
                }
                for m in models
            ]
        )
        return EXIT_OK
    for model in models:
        marker = "*" if model.key == default_model_key() else " "
        print(f"{marker} {pad(model.key, 26)} {pad(model.languages, 13)} {model.size_mb:>6} MB  {model.label}")
    return EXIT_OK
