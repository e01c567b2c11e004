"""`qa-studio import|list|show|demo`: interactions in, and read back as the signed-in person may see them."""

from __future__ import annotations

import argparse
import contextlib
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from qa_studio.cli.common import EXIT_DATABASE, EXIT_OK, EXIT_REFUSED, Add, CliError, pad, parse_date, print_json
from qa_studio.cli.listing import CHANNELS, STATUSES
from qa_studio.cli.signin import current_user, me
from qa_studio.i18n import tr
from qa_studio.storage.database import Database


def register(add: Add) -> None:
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
    imp.add_argument("--watch", action="store_true",
                     help=tr("keep watching the folders given: import what lands there, once whole"))  # fmt: skip
    order = imp.add_mutually_exclusive_group()
    order.add_argument("--day-first", dest="date_order", action="store_const", const="day-first",
                       help=tr("read dates such as 03/12/2024 as 3 December (default: decided from each file's "
                               "dates)"))  # fmt: skip
    order.add_argument("--month-first", dest="date_order", action="store_const", const="month-first",
                       help=tr("read dates such as 03/12/2024 as 12 March"))

    lst = add("list", tr("list interactions"), _cmd_list)
    lst.add_argument("--agent")
    lst.add_argument("--team")
    lst.add_argument("--channel", choices=list(CHANNELS))
    lst.add_argument("--status", choices=list(STATUSES))
    lst.add_argument("--from", dest="date_from", type=parse_date, metavar="YYYY-MM-DD")
    lst.add_argument("--to", dest="date_to", type=parse_date, metavar="YYYY-MM-DD")
    lst.add_argument("--search", metavar="TEXT", help=tr("free text in names, ids, subjects and messages"))
    lst.add_argument("--limit", type=int)
    lst.add_argument("--fields", metavar="A,B,…", help=tr("columns of --json output, e.g. id,agent,status"))
    lst.add_argument("--auto-below", type=float, metavar="SCORE", help=tr("automatic score under SCORE (AutoQA)"))
    lst.add_argument("--fatal-suspected", action="store_true", help=tr("a fatal failure suspected by AutoQA"))

    show = add("show", tr("show one interaction with its messages or recording details"), _cmd_show)
    show.add_argument("id", type=int)

    demo = add("demo", tr("load demo teams, agents, chats, e-mails and calls"), _cmd_demo)
    demo.add_argument("--folder", help=tr("where to write the demo files (default: your data folder)"))
    demo.add_argument(
        "--no-transcribe", action="store_true", help=tr("leave the demo calls queued instead of transcribing them now")
    )
    demo.set_defaults(skip_sign_in=True)  # signs in itself, after refusing a team database (see _cmd_demo)


def _cmd_import(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.domain import ImportOutcome, ImportResult
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
        date_order=args.date_order,
    )
    if args.watch:
        from qa_studio.cli.media import run_watch

        return run_watch(db, args, options)

    def progress(done: int, total: int, path: str) -> None:
        if not args.json and path and sys.stderr.isatty():
            sys.stderr.write(f"\r[{done + 1}/{total}] {path[-60:]:<60}")

    labels = {
        ImportOutcome.IMPORTED: tr("imported"),
        ImportOutcome.DUPLICATE: tr("duplicate"),
        ImportOutcome.REFUSED: tr("REFUSED"),
    }

    def judged(result: ImportResult) -> None:
        """Each file's line as soon as it is stored or refused: an import killed part-way has said what it kept."""
        if args.json:
            return
        if sys.stderr.isatty():
            sys.stderr.write("\r" + " " * 72 + "\r")
        line = f"{pad(labels[result.outcome], 10)} {result.path}"
        if result.reason:
            line += f" — {result.reason}"
        print(line, flush=True)

    database_failed = False
    try:
        report = ImportService(db).run([Path(p) for p in args.paths], options, progress, actor=me(db, args),
                                       on_result=judged)  # fmt: skip
    except ValueError as exc:  # an invalid file-name pattern
        raise CliError(str(exc)) from None
    except ImportAborted as aborted:  # the database stopped answering part-way; what was imported stays
        report, database_failed = aborted.report, True
    if sys.stderr.isatty() and not args.json:
        sys.stderr.write("\r" + " " * 72 + "\r")
    if args.json:
        print_json(
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
        print(
            tr("{imported} imported ({interactions} interactions), {duplicates} duplicates, {refused} refused").format(
                imported=report.count(ImportOutcome.IMPORTED),
                interactions=report.imported_interactions,
                duplicates=report.count(ImportOutcome.DUPLICATE),
                refused=report.count(ImportOutcome.REFUSED),
            )
        )
        if report.error:
            print("qa-studio import: " + tr("Import stopped: {error}").format(error=report.error), file=sys.stderr)
    if report.error:  # the database failed part-way (what was imported stays), or the manifest was unusable
        return EXIT_DATABASE if database_failed else EXIT_REFUSED
    return EXIT_OK if report.ok else EXIT_REFUSED


def _resolve_named(pairs: list[tuple[int, str]], name: str | None, what: str) -> int | None:
    if name is None:
        return None
    for item_id, item_name in pairs:
        if item_name.casefold() == name.casefold():
            return item_id
    raise CliError(tr("no {what} named {name}").format(what=what, name=name))


def _queries_for(db: Database, args: argparse.Namespace) -> Any:
    """Interaction queries as the signed-in person may read them: masked text for roles that may not unmask."""
    from qa_studio.permissions import may_see_unmasked
    from qa_studio.services.interactions import InteractionQueries

    me = current_user(db, args)
    return me, InteractionQueries(db, masked=not may_see_unmasked(me.role.value))


def _cmd_list(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.services.interactions import InteractionFilter

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
    from qa_studio.cli.listing import FieldError, parse_fields, text_lines, write_json

    if args.limit is not None and args.limit < 0:
        raise CliError(tr("--limit must be 0 (no limit) or more"))
    try:
        fields = parse_fields(args.fields)
    except FieldError as exc:
        raise CliError(str(exc)) from None
    rows = queries.stream(flt, limit=args.limit or None)  # written as read: the first row at once, constant memory
    from qa_studio.cli.quick_list import remember_query

    with contextlib.suppress(OSError):  # a read-only data folder: the next `list` is only as slow as this one
        remember_query(queries, flt, args.limit or None)  # the next `list` with such a filter runs without the ORM
    if args.json and args.search:
        from qa_studio.services.search import SearchService

        # Where the search text was said: the message or the moment of the call, for each row.
        found = list(rows)
        hits = SearchService(db, queries.masked).hits(args.search, [r.id for r in found])
        write_json(found, fields, sys.stdout, lambda row: {"hits": [h.as_json() for h in hits.get(row.id, [])]})
        return EXIT_OK
    if args.json:
        write_json(rows, fields, sys.stdout)
        return EXIT_OK
    count = 0
    for line in text_lines(rows):
        print(line)
        count += 1
    print(tr("{count} interactions").format(count=count))
    return EXIT_OK


def _cmd_show(db: Database, args: argparse.Namespace) -> int:
    me, queries = _queries_for(db, args)
    detail = queries.detail(args.id)
    if detail is not None and me.is_agent and detail.row.agent != dict(queries.agents()).get(me.agent_id):
        detail = None  # another agent's interaction does not exist for this agent
    if detail is None:
        raise CliError(tr("no interaction with id {id}").format(id=args.id))
    if args.json:
        print_json(
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
    from qa_studio.services.demo import DemoRefused, load_demo, refuse_on_team_database

    folder = Path(args.folder) if args.folder else data_dir() / "demo"
    try:
        # Before signing in: the server's owner, who is nobody in QA Studio, is told the same.
        refuse_on_team_database(db)
        summary = load_demo(db, folder, actor=me(db, args))
    except DemoRefused as exc:
        raise CliError(str(exc)) from None
    imported = summary.report.imported_interactions
    transcribed = []
    if summary.queued and not args.no_transcribe:
        from qa_studio.services.transcription import TranscriptionService
        from qa_studio.services.workers import run_pending_at_once, sensible_jobs

        if not args.json:
            print(tr("Transcribing {count} demo calls on this computer…").format(count=len(summary.queued)))
        transcribed = run_pending_at_once(TranscriptionService(db), sensible_jobs(0), actor=me(db, args))
    if args.json:
        print_json(
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
    return EXIT_OK if summary.report.ok else EXIT_REFUSED
