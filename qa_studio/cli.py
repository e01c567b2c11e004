"""The qa-studio command: no arguments opens the app; subcommands give headless, scriptable access."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from qa_studio import __version__
from qa_studio.i18n import tr
from qa_studio.storage.database import DB_ENV_VAR, Database, StorageError, open_database

EXIT_OK, EXIT_SOME_FAILED, EXIT_ERROR = 0, 1, 2


class CliError(Exception):
    """A usage problem explained to the user; exits with status 2."""


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _me(db: Database, args: argparse.Namespace) -> str:
    """The signed-in person's name: the actor of everything this command writes."""
    from qa_studio.cli_people import current_user

    return current_user(db, args).name


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("{value} is not a date (use YYYY-MM-DD)").format(value=value)) from None


def _cmd_import(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.domain import ImportOutcome
    from qa_studio.importers.chat_csv import CSV_PRESETS
    from qa_studio.importers.metadata import InteractionMetadata, parse_datetime
    from qa_studio.services.imports import ImportAborted, ImportOptions, ImportService

    started_at = None
    if args.date:
        try:
            started_at = parse_datetime(args.date)
        except ValueError as exc:
            raise CliError(f"--date: {exc}") from None
    if args.csv_preset and args.csv_preset not in CSV_PRESETS:
        raise CliError(
            tr("unknown CSV preset {name}; choose one of {names}").format(
                name=args.csv_preset, names=", ".join(sorted(CSV_PRESETS))
            )
        )
    options = ImportOptions(
        defaults=InteractionMetadata(
            agent=args.agent, team=args.team, queue=args.queue, started_at=started_at, customer_ref=args.customer
        ),
        manifest=Path(args.manifest) if args.manifest else None,
        name_pattern=args.pattern,
        csv_mapping=CSV_PRESETS[args.csv_preset] if args.csv_preset else None,
        copy_media=args.copy,
    )

    def progress(done: int, total: int, path: str) -> None:
        if not args.json and path and sys.stderr.isatty():
            sys.stderr.write(f"\r[{done + 1}/{total}] {path[-60:]:<60}")

    try:
        report = ImportService(db).run([Path(p) for p in args.paths], options, progress, actor=_me(db, args))
    except ValueError as exc:  # an invalid file-name pattern
        raise CliError(str(exc)) from None
    except ImportAborted as aborted:
        report = aborted.report
    if sys.stderr.isatty() and not args.json:
        sys.stderr.write("\r" + " " * 72 + "\r")
    if args.json:
        _print_json(
            {
                "batch_id": report.batch_id,
                "imported": report.count(ImportOutcome.IMPORTED),
                "duplicates": report.count(ImportOutcome.DUPLICATE),
                "refused": report.count(ImportOutcome.REFUSED),
                "error": report.error,
                "files": [
                    {
                        "path": r.path,
                        "outcome": r.outcome.value,
                        "reason": r.reason,
                        "interaction_ids": r.interaction_ids,
                    }
                    for r in report.results
                ],
            }
        )
    else:
        labels = {
            ImportOutcome.IMPORTED: tr("imported"),
            ImportOutcome.DUPLICATE: tr("duplicate"),
            ImportOutcome.REFUSED: tr("REFUSED"),
        }
        for result in report.results:
            line = f"{labels[result.outcome]:<10} {result.path}"
            if result.reason:
                line += f" — {result.reason}"
            print(line)
        print(
            tr("{imported} imported ({interactions} interactions), {duplicates} duplicates, {refused} refused").format(
                imported=report.count(ImportOutcome.IMPORTED),
                interactions=report.imported_interactions,
                duplicates=report.count(ImportOutcome.DUPLICATE),
                refused=report.count(ImportOutcome.REFUSED),
            )
        )
        if report.error:
            print(tr("Import stopped: {error}").format(error=report.error), file=sys.stderr)
    if report.error:
        return EXIT_ERROR
    return EXIT_OK if report.ok else EXIT_SOME_FAILED


def _resolve_named(pairs: list[tuple[int, str]], name: str | None, what: str) -> int | None:
    if name is None:
        return None
    for item_id, item_name in pairs:
        if item_name.casefold() == name.casefold():
            return item_id
    raise CliError(tr("no {what} named {name}").format(what=what, name=name))


def _queries_for(db: Database, args: argparse.Namespace) -> Any:
    """Interaction queries as the signed-in person may read them: masked text for roles that may not unmask."""
    from qa_studio.cli_people import current_user
    from qa_studio.permissions import may_see_unmasked
    from qa_studio.services.interactions import InteractionQueries

    me = current_user(db, args)
    return me, InteractionQueries(db, masked=not may_see_unmasked(me.role.value))


def _cmd_list(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.services.interactions import InteractionFilter
    from qa_studio.services.search import SearchService

    me, queries = _queries_for(db, args)
    flt = InteractionFilter(
        # An agent lists only their own interactions, whatever they ask for.
        agent_id=me.agent_id if me.is_agent else _resolve_named(queries.agents(), args.agent, tr("agent")),
        team_id=_resolve_named(queries.teams(), args.team, tr("team")),
        channel=args.channel,
        status=args.status,
        date_from=args.date_from,
        date_to=args.date_to,
        text=args.search or "",
        auto_score_below=args.auto_below,
        fatal_suspected=args.fatal_suspected,
    )
    rows = list(queries.iterate(flt))
    if args.limit:
        rows = rows[: args.limit]
    if args.json:
        # Where the search text was said: the message or the moment of the call, for each row.
        hits = SearchService(db, queries.masked).hits(args.search, [r.id for r in rows]) if args.search else {}
        _print_json([{**row.as_json(), **({"hits": [h.as_json() for h in hits.get(row.id, [])]} if args.search else {})}
                     for row in rows])  # fmt: skip
        return EXIT_OK
    for row in rows:
        when = row.started_at.strftime("%Y-%m-%d %H:%M") if row.started_at else "—"
        print(f"{row.id:>7}  {row.channel:<6} {when:<16}  {(row.agent or '—'):<16} {row.status:<11} {row.source}")
    print(tr("{count} interactions").format(count=len(rows)))
    return EXIT_OK


def _cmd_show(db: Database, args: argparse.Namespace) -> int:
    me, queries = _queries_for(db, args)
    detail = queries.detail(args.id)
    if detail is not None and me.is_agent and detail.row.agent != dict(queries.agents()).get(me.agent_id):
        detail = None  # another agent's interaction does not exist for this agent
    if detail is None:
        raise CliError(tr("no interaction with id {id}").format(id=args.id))
    if args.json:
        _print_json(
            {
                **detail.row.as_json(),
                "direction": detail.direction,
                "source_format": detail.source_format,
                "source_encoding": detail.source_encoding,
                "role_rules": detail.role_rules,
                "messages": [
                    {"author": m.author, "role": m.role, "sent_at": m.sent_at, "text": m.text} for m in detail.messages
                ],
                "media": asdict(detail.media) if detail.media else None,
            }
        )
        return EXIT_OK
    row = detail.row
    print(f"#{row.id} {row.channel} — {row.agent or '—'} ({row.team or '—'}) — {row.started_at or '—'}")
    source = tr("Source")
    print(f"{source}: {row.source} [{detail.source_format}, {detail.source_encoding or '—'}]")
    for rule in detail.role_rules:
        print(f"  {rule['author']} → {rule['role']} ({rule['reason']})")
    for message in detail.messages:
        when = message.sent_at.strftime("%H:%M:%S") if message.sent_at else ""
        print(f"[{when}] {message.author} ({message.role}): {message.text}")
    if detail.media is not None:
        media = detail.media
        audio = tr("Audio")
        print(
            f"{audio}: {media.path} — {media.duration_ms / 1000:.1f} s, {media.sample_rate} Hz, "
            f"{media.channels} ch, {media.codec}/{media.container}"
        )
    return EXIT_OK


def _cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.domain import ImportOutcome
    from qa_studio.paths import data_dir
    from qa_studio.services.demo import load_demo

    folder = Path(args.folder) if args.folder else data_dir() / "demo"
    summary = load_demo(db, folder, actor=_me(db, args))
    imported = summary.report.imported_interactions
    transcribed = []
    if summary.queued and not args.no_transcribe:
        from qa_studio.services.transcription import TranscriptionService

        if not args.json:
            print(tr("Transcribing {count} demo calls on this computer…").format(count=len(summary.queued)))
        transcribed = TranscriptionService(db).run_pending(actor=_me(db, args))
    if args.json:
        _print_json(
            {
                "folder": str(folder),
                "interactions_imported": imported,
                "duplicates": summary.report.count(ImportOutcome.DUPLICATE),
                "refused": summary.report.count(ImportOutcome.REFUSED),
                "users": summary.users,
                "evaluations_submitted": summary.evaluations,
                "calls_transcribed": sum(1 for job in transcribed if job.state == "done"),
                "transcriptions_queued": len(summary.queued) if args.no_transcribe else 0,
            }
        )
    else:
        print(
            tr("Demo data loaded from {folder}: {count} new interactions, {evaluations} evaluations.").format(
                folder=folder, count=imported, evaluations=summary.evaluations
            )
        )
    return EXIT_OK if summary.report.ok else EXIT_SOME_FAILED


def _transcribe_options(args: argparse.Namespace) -> Any:
    from qa_studio.transcribe.engine import Script, TranscribeOptions

    return TranscribeOptions(
        language=args.language,
        beam_size=args.beam_size,
        vad=not args.no_vad,
        initial_prompt=args.prompt,
        agent_channel=args.agent_channel,
        script=Script(args.script),
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
    from qa_studio.services.transcription import TranscriptionService

    service = TranscriptionService(db)
    requeued = service.reset_interrupted()
    ids = list(args.ids)
    if args.all_pending:
        ids += [i for i in service.untranscribed_calls() if i not in ids]
    created, skipped = service.enqueue(ids, _model_key(args.model), _transcribe_options(args)) if ids else ([], [])
    for reason in skipped:
        print(tr("skipped {reason}").format(reason=reason), file=sys.stderr)

    def progress(job_id: int, done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            percent = f"{100 * done / max(total, 1):5.1f}"
            sys.stderr.write("\r" + tr("job {job}: {percent} %").format(job=job_id, percent=percent))

    finished = service.run_pending(progress, actor=_me(db, args))
    if sys.stderr.isatty() and not args.json:
        sys.stderr.write("\r" + " " * 40 + "\r")
    if args.json:
        _print_json(
            {
                "queued": created,
                "requeued_after_restart": requeued,
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
    return EXIT_SOME_FAILED if any(j.state == "failed" for j in finished) else EXIT_OK


def _cmd_transcript(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.cli_people import current_user
    from qa_studio.permissions import may_see_unmasked
    from qa_studio.services.transcription import TranscriptionService
    from qa_studio.transcribe.exports import ExportFormat, export
    from qa_studio.transcribe.redaction import redact

    stored = TranscriptionService(db).current_transcript(args.id)
    if stored is None:
        raise CliError(tr("interaction {id} has no transcript; run qa-studio transcribe {id}").format(id=args.id))
    segments = stored.segments
    role = current_user(db, args).role.value
    if not args.redact and not may_see_unmasked(role):
        print(tr("Your role may not see unmasked transcripts: sensitive numbers are masked."), file=sys.stderr)
        args.redact = True
    if args.redact:
        from dataclasses import replace

        segments = [replace(s, text=redact(s.text), words=()) for s in segments]
    text = export(
        segments, ExportFormat(args.format), interaction_id=args.id, version=stored.version,
        model=stored.model, language=stored.language,
    )  # fmt: skip
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _cmd_models(_db: Database, args: argparse.Namespace) -> int:
    from qa_studio.transcribe.models import catalogue, default_model_key

    models = catalogue()
    if args.json:
        _print_json(
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
        print(f"{marker} {model.key:<26} {model.languages:<13} {model.size_mb:>6} MB  {model.label}")
    return EXIT_OK


def _cmd_scorecard_validate(args: argparse.Namespace) -> int:
    from qa_studio.scoring.loader import ScorecardInvalid, load_scorecard

    failed = False
    for name in args.files:
        try:
            scorecard = load_scorecard(Path(name))
        except ScorecardInvalid as exc:
            failed = True
            for error in exc.errors:
                print(error)
        except OSError as exc:
            failed = True
            print(f"{name}:0: {exc.strerror or exc}")
        else:
            if not args.quiet:
                print(tr("{file}: valid ({count} criteria)").format(file=name, count=len(scorecard.criteria())))
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _cmd_scorecard(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.scoring.loader import ScorecardInvalid
    from qa_studio.services.scorecards import ScorecardService

    service = ScorecardService(db)
    if args.action == "import":
        outcomes, failed = [], False
        for name in args.files:
            try:
                outcomes.append(service.import_file(Path(name), _me(db, args)))
            except ScorecardInvalid as exc:
                failed = True
                for error in exc.errors:
                    print(error, file=sys.stderr)
        if args.json:
            _print_json([asdict(o) for o in outcomes])
        for outcome in outcomes if not args.json else []:
            print(f"{outcome.key} v{outcome.version}: {outcome.action}")
        return EXIT_SOME_FAILED if failed else EXIT_OK
    if args.action == "list":
        summaries = service.list()
        if args.json:
            _print_json([asdict(s) for s in summaries])
        for s in summaries if not args.json else []:
            state = tr("retired") if s.retired else ""
            count = tr("{count} evaluations").format(count=f"{s.evaluations:>6}")
            print(f"{s.key:<24} v{s.latest_version:<3} {count}  {s.name} {state}")
        return EXIT_OK
    if args.action == "export":
        if not args.files:
            raise CliError(tr("name the scorecard key to export"))
        try:
            text = service.export_yaml(args.files[0], args.version)
        except LookupError as exc:
            raise CliError(str(exc)) from None
        if args.out:
            Path(args.out).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return EXIT_OK
    if args.action in ("retire", "restore"):
        for key in args.files:
            try:
                service.set_retired(key, args.action == "retire", actor=_me(db, args))
            except LookupError as exc:
                raise CliError(str(exc)) from None
        return EXIT_OK
    raise CliError(tr("unknown action {action}").format(action=args.action))


def _answer_from_json(value: Any) -> Any:
    from qa_studio.scoring.engine import Answer

    if isinstance(value, dict):
        raw = value.get("value")
        na = raw in ("na", "N/A") or bool(value.get("na"))
        return Answer(None if na else raw, na, value.get("root_cause"), value.get("comment"))
    if value in ("na", "N/A"):
        return Answer(None, True)
    return Answer(value)


def _cmd_evaluate(db: Database, args: argparse.Namespace) -> int:
    """Back-load historical evaluations: each record is drafted, scored and submitted like one from the app. The
    reviewer is the signed-in person; an administrator may back-load other reviewers' evaluations."""
    from sqlalchemy import select

    from qa_studio.cli_people import current_user
    from qa_studio.domain import UserRole
    from qa_studio.services.evaluations import EvaluationError, EvaluationService
    from qa_studio.services.scorecards import ScorecardService
    from qa_studio.storage.models import Interaction

    try:
        records = json.loads(Path(args.file).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise CliError(tr("cannot read {file}: {reason}").format(file=args.file, reason=exc)) from None
    if not isinstance(records, list):
        raise CliError(tr("{file} must hold a JSON list of evaluations").format(file=args.file))
    service, scorecards = EvaluationService(db), ScorecardService(db)
    me = current_user(db, args)
    outcomes, failed = [], False
    for number, record in enumerate(records, start=1):
        try:
            interaction_id = record.get("interaction_id")
            if interaction_id is None and record.get("external_id"):
                with db.session() as session:
                    interaction_id = session.scalar(
                        select(Interaction.id).where(Interaction.external_id == record["external_id"])
                    )
            if interaction_id is None:
                raise EvaluationError("no interaction_id, or no interaction with that external_id")
            version_id = scorecards.latest_version_id(record["scorecard"]) if record.get("scorecard") else None
            reviewer = record.get("reviewer") or me.name
            if reviewer != me.name and me.role is not UserRole.ADMIN:
                raise EvaluationError(f"only an administrator back-loads evaluations for others; {me.name} is "
                                      f"not one, and the file names {reviewer}")  # fmt: skip
            evaluation = service.start(int(interaction_id), reviewer, version_id)
            answers = {key: _answer_from_json(value) for key, value in record.get("answers", {}).items()}
            service.save_draft(evaluation, answers, record.get("comment"))
            result = service.submit(evaluation, reviewer)
            outcomes.append({"record": number, "evaluation_id": evaluation, "score": str(result.score),
                             "passed": result.passed})  # fmt: skip
        except (EvaluationError, LookupError, KeyError, ValueError) as exc:
            failed = True
            outcomes.append({"record": number, "error": str(exc)})
    if args.json:
        _print_json(outcomes)
    else:
        for outcome in outcomes:
            if "error" in outcome:
                print(f"{args.file} #{outcome['record']}: {outcome['error']}")
            else:
                print(
                    tr("#{record}: evaluation {id} scored {score}").format(
                        record=outcome["record"], id=outcome["evaluation_id"], score=outcome["score"]
                    )
                )
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _strata(text: str | None) -> tuple[Any, ...]:
    from qa_studio.sampling import Stratum

    if not text:
        return ()
    strata = []
    for part in text.split(","):
        name, _sep, share = part.partition(":")
        try:
            strata.append(Stratum(name.strip(), float(share), (name.strip(),)))
        except ValueError:
            raise CliError(tr("--strata takes channel:share pairs such as call:0.6,chat:0.4")) from None
    return tuple(strata)


def _cmd_sample(db: Database, args: argparse.Namespace) -> int:
    from datetime import datetime, time

    from qa_studio import cli_autoqa
    from qa_studio.sampling import AssignmentMethod, SamplingPlan
    from qa_studio.services.sampling import SamplingService

    try:
        plan = SamplingPlan(
            per_agent=None if args.percent else args.per_agent,
            percent=args.percent,
            minimum=args.minimum,
            strata=_strata(args.strata),
            date_from=datetime.combine(args.date_from, time.min) if args.date_from else None,
            date_to=datetime.combine(args.date_to, time.max) if args.date_to else None,
            min_duration_ms=int(args.min_duration * 1000) if args.min_duration else None,
            only_unevaluated=not args.include_evaluated,
            seed=args.seed,
            risk=cli_autoqa.risk_rule(args),
        )
    except ValueError as exc:
        raise CliError(str(exc)) from None
    reviewers = [name.strip() for name in args.reviewers.split(",") if name.strip()]
    caps = {name: args.cap for name in reviewers} if args.cap else None
    run = SamplingService(db).draw(
        plan, reviewers, args.name, args.period, AssignmentMethod(args.method), caps, save=not args.dry_run
    , actor=_me(db, args))
    reviewer_of = {a.interaction_id: run.reviewer_names[a.reviewer_id] for a in run.assignment.assignments}
    items = [
        {"interaction_id": i.interaction_id, "agent": run.agent_names[i.agent_id], "rule": i.rule,
         "reviewer": reviewer_of.get(i.interaction_id)}
        for i in run.sample.items
    ]  # fmt: skip
    shortfalls = [
        {"agent": run.agent_names[s.agent_id], "wanted": s.wanted, "available": s.available, "reason": s.reason}
        for s in run.sample.shortfalls
    ]
    if args.json:
        _print_json({"items": items, "shortfalls": shortfalls, "unassigned": run.assignment.unassigned,
                     "excluded": run.sample.excluded, "stored": run.stored})  # fmt: skip
        return EXIT_OK
    for item in items:
        print(f"{item['interaction_id']:>7}  {item['agent']:<16} → {item['reviewer'] or '—':<12} {item['rule']}")
    for shortfall in shortfalls:
        print(tr("SHORT  {agent}: {available} of {wanted} ({reason})").format(**shortfall))
    print(tr("{count} sampled, {stored} assigned").format(count=len(items), stored=run.stored))
    return EXIT_OK


def _cmd_audit(db: Database, args: argparse.Namespace) -> int:
    import csv

    from qa_studio.cli_people import current_user
    from qa_studio.reports.cells import csv_field
    from qa_studio.services import audit

    if args.action == "verify":
        checked, problems = audit.verify(db)
        if args.json:
            _print_json({"checked": checked, "problems": [{"id": p.entry_id, "problem": p.kind} for p in problems]})
        words = {"changed": tr("changed after it was written"), "broken": tr("an entry before it was removed or "
                 "inserted"), "unsealed": tr("written without its seal")}  # fmt: skip
        for problem in problems if not args.json else []:
            print(tr("entry {id}: {problem}").format(id=problem.entry_id, problem=words[problem.kind]))
        if not args.json:
            print(tr("{count} entries checked, {problems} problem(s)").format(count=checked, problems=len(problems)))
        return EXIT_SOME_FAILED if problems else EXIT_OK
    viewer = current_user(db, args).name
    with db.session() as session:
        rows = [
            {"id": e.id, "at": e.at.isoformat(sep=" ", timespec="seconds"), "actor": e.actor, "action": e.action,
             "entity_type": e.entity_type, "entity_id": e.entity_id, "detail": e.detail}
            for e in audit.entries(session, args.entity, args.id, viewer=viewer)
        ]  # fmt: skip
    if args.json:
        _print_json(rows)
    elif args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["id"])
        writer.writeheader()
        for row in rows:
            fields = {**row, "detail": json.dumps(row["detail"], ensure_ascii=False)}
            writer.writerow({key: csv_field(value) for key, value in fields.items()})  # text stays text in Excel
    else:
        for row in rows:
            detail = json.dumps(row["detail"], ensure_ascii=False)
            print(
                f"{row['at']}  {row['actor']:<14} {row['action']:<26} {row['entity_type']} {row['entity_id']}  {detail}"
            )
    return EXIT_OK


def _cmd_gui(_db: Database | None, args: argparse.Namespace) -> int:
    from qa_studio.ui.app import run_gui

    return run_gui(args.db)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qa-studio",
        description=tr(
            "QA Studio: local-first quality assurance for contact centres. Without a command, opens the app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"QA Studio {__version__}")
    parser.add_argument(
        "--user", metavar="NAME",
        help=tr("your name, where this computer's QA Studio has accounts with passwords (password from "
                "QA_STUDIO_PASSWORD or asked); elsewhere you are the database login or this computer's account"),
    )  # fmt: skip
    parser.add_argument(
        "--db",
        metavar="URL",
        help=tr("database URL (default: ${var}, else the embedded SQLite file in your data folder)").replace(
            "${var}", DB_ENV_VAR
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        name: str, help_text: str, handler: Callable[[Database, argparse.Namespace], int]
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        sub.add_argument("--json", action="store_true", help=tr("print machine-readable JSON"))
        return sub

    imp = add("import", tr("import recordings, chat logs and e-mails (files or folders)"), _cmd_import)
    imp.add_argument("paths", nargs="+", metavar="PATH")
    imp.add_argument("--agent", help=tr("agent for files that do not name one"))
    imp.add_argument("--team", help=tr("team for files that do not name one"))
    imp.add_argument("--queue", help=tr("queue for files that do not name one"))
    imp.add_argument("--date", help=tr("start date/time for files that do not give one"))
    imp.add_argument("--customer", help=tr("customer reference"))
    imp.add_argument("--manifest", metavar="CSV", help=tr("CSV with one row per file: file, agent, team, queue, date…"))
    imp.add_argument(
        "--pattern", metavar="PATTERN", help=tr("file-name pattern, e.g. {agent}_{date:%%Y%%m%%d-%%H%%M%%S}_{customer}")
    )
    imp.add_argument("--csv-preset", metavar="NAME", help=tr("column mapping for CSV chat logs (default: detected)"))
    imp.add_argument("--copy", action="store_true", help=tr("copy recordings into the managed media library"))

    lst = add("list", tr("list interactions"), _cmd_list)
    lst.add_argument("--agent")
    lst.add_argument("--team")
    lst.add_argument("--channel", choices=["call", "chat", "email", "social"])
    lst.add_argument("--status", choices=["new", "transcribed", "evaluated"])
    lst.add_argument("--from", dest="date_from", type=_parse_date, metavar="YYYY-MM-DD")
    lst.add_argument("--to", dest="date_to", type=_parse_date, metavar="YYYY-MM-DD")
    lst.add_argument("--search", metavar="TEXT", help=tr("free text in names, ids, subjects and messages"))
    lst.add_argument("--limit", type=int)
    lst.add_argument("--auto-below", type=float, metavar="SCORE", help=tr("automatic score under SCORE (AutoQA)"))
    lst.add_argument("--fatal-suspected", action="store_true", help=tr("a fatal failure suspected by AutoQA"))

    show = add("show", tr("show one interaction with its messages or recording details"), _cmd_show)
    show.add_argument("id", type=int)

    demo = add("demo", tr("load demo teams, agents, chats, e-mails and calls"), _cmd_demo)
    demo.add_argument("--folder", help=tr("where to write the demo files (default: your data folder)"))
    demo.add_argument(
        "--no-transcribe", action="store_true", help=tr("leave the demo calls queued instead of transcribing them now")
    )

    tx = add("transcribe", tr("transcribe calls on this computer (queued jobs run one at a time)"), _cmd_transcribe)
    tx.add_argument("ids", nargs="*", type=int, metavar="ID", help=tr("interaction ids of calls"))
    tx.add_argument("--all-pending", action="store_true", help=tr("every call without a transcript"))
    tx.add_argument("--model", help=tr("base, tiny.en, a model folder, or a catalogue key (see qa-studio models)"))
    tx.add_argument("--language", help=tr("force a language such as en or zh (default: detect)"))
    tx.add_argument("--beam-size", type=int, default=1)
    tx.add_argument("--no-vad", action="store_true", help=tr("do not skip silence"))
    tx.add_argument("--prompt", help=tr("initial prompt or glossary of product names"))
    tx.add_argument("--agent-channel", type=int, choices=[0, 1], default=0, help=tr("stereo side of the agent"))
    tx.add_argument("--script", choices=["simplified", "traditional", "as-is"], default="simplified")

    tt = add("transcript", tr("print or save a call's current transcript"), _cmd_transcript)
    tt.add_argument("id", type=int)
    tt.add_argument("--format", choices=["txt", "srt", "vtt", "json"], default="txt")
    tt.add_argument("--redact", action="store_true", help=tr("mask card, phone and ID numbers and e-mail addresses"))
    tt.add_argument("--out", metavar="FILE")

    add("models", tr("list the transcription models available on this computer"), _cmd_models)

    ev = add("evaluate", tr("score and submit evaluations from an answers file (JSON), e.g. historical ones"),
             _cmd_evaluate)  # fmt: skip
    ev.add_argument("file", metavar="ANSWERS.json")

    sp = add("sample", tr("draw a reproducible sample per agent and assign it to reviewers"), _cmd_sample)
    sp.add_argument("--per-agent", type=int, default=10, help=tr("interactions per agent (default 10)"))
    sp.add_argument("--percent", type=float, help=tr("a percentage of each agent's interactions instead"))
    sp.add_argument("--minimum", type=int, default=0, help=tr("with --percent: at least this many"))
    sp.add_argument("--strata", help=tr("channel shares, e.g. call:0.6,chat:0.4 (short strata fall back)"))
    sp.add_argument("--from", dest="date_from", type=_parse_date, metavar="YYYY-MM-DD")
    sp.add_argument("--to", dest="date_to", type=_parse_date, metavar="YYYY-MM-DD")
    sp.add_argument("--min-duration", type=float, metavar="SECONDS")
    sp.add_argument("--include-evaluated", action="store_true")
    sp.add_argument("--seed", type=int, default=1)
    sp.add_argument("--reviewers", required=True, help=tr("comma-separated reviewer names"))
    sp.add_argument("--method", choices=["round_robin", "load"], default="round_robin")
    sp.add_argument("--cap", type=int, help=tr("most open items per reviewer"))
    sp.add_argument("--name", default="monthly sample")
    sp.add_argument("--period", help=tr("label such as 2026-11"))
    sp.add_argument("--dry-run", action="store_true", help=tr("show the sample without assigning it"))
    from qa_studio import cli_autoqa

    cli_autoqa.add_risk_arguments(sp)

    au = add("audit", tr("print the audit log: who changed what, when (old → new); verify: check its seals"),
             _cmd_audit)  # fmt: skip
    au.add_argument("action", nargs="?", choices=["list", "verify"], default="list")
    au.add_argument("--entity", help=tr("evaluation, interaction, scorecard_version, import_batch…"))
    au.add_argument("--id", type=int)
    au.add_argument("--csv", action="store_true", help=tr("CSV for a spreadsheet"))

    sc = add("scorecard", tr("validate, import, list, export or retire scorecards"), _cmd_scorecard)
    sc.add_argument("action", choices=["validate", "import", "list", "export", "retire", "restore"])
    sc.add_argument("files", nargs="*", metavar="FILE_OR_KEY")
    sc.add_argument("--version", type=int, help=tr("with export: which version (default: the latest)"))
    sc.add_argument("--out", metavar="FILE")
    sc.add_argument("--quiet", action="store_true", help=tr("with validate: print only problems"))

    from qa_studio import cli_autoqa, cli_calibration, cli_people, cli_report, cli_storage

    cli_autoqa.register(add)
    cli_calibration.register(add)
    cli_report.register(add)
    cli_people.register(add)
    cli_storage.register(add)

    gui = commands.add_parser("gui", help=tr("open the app (the default)"))
    gui.set_defaults(handler=_cmd_gui)
    return parser


def _refusals() -> tuple[type[Exception], ...]:
    from qa_studio.services.coaching import CoachingError
    from qa_studio.services.evaluations import EvaluationError
    from qa_studio.services.identity import SignInError
    from qa_studio.services.team import TeamError
    from qa_studio.services.users import UserError

    return (SignInError, UserError, TeamError, EvaluationError, CoachingError)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is _cmd_scorecard and args.action == "validate":
        # Validating files needs no database, so it works anywhere (editors, CI of a scorecard repository).
        return _cmd_scorecard_validate(args)
    if handler is None or handler is _cmd_gui:
        args.db = getattr(args, "db", None)
        return _cmd_gui(None, args)
    from qa_studio import cli_storage

    if (early := cli_storage.before_open(args)) is not None:
        return early
    try:
        database = open_database(args.db)
        try:
            from qa_studio import cli_people
            from qa_studio.services.imports import mark_interrupted_batches

            # An import killed last time says so from this start on; housekeeping only, so a read-only account
            # still gets its command run.
            with contextlib.suppress(StorageError):
                mark_interrupted_batches(database)
            if handler is not cli_people.run_team:  # the server's owner turns team mode on; nobody else is asked
                cli_people.current_user(database, args)  # every command knows who runs it before it reads a row
            return handler(database, args)
        finally:
            database.dispose()
    except CliError as exc:
        print(f"qa-studio {args.command}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except _refusals() as exc:
        # A step the person may not take, or a sign-in that failed: said in their language, nothing written.
        print(f"qa-studio {args.command}: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except StorageError as exc:
        print(f"qa-studio: {exc}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
