"""`qa-studio scorecard …` and `qa-studio evaluate`: scorecards checked, imported, exported and retired, and
evaluations back-loaded from a file."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from qa_studio.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    Add,
    CliError,
    add_actions,
    answer_from_json,
    pad,
    print_json,
    write_text,
)  # fmt: skip
from qa_studio.cli.signin import current_user, me
from qa_studio.errors import QT_TRANSLATE_NOOP
from qa_studio.i18n import tr
from qa_studio.storage.database import Database


def register(add: Add) -> None:
    action = add_actions(add("scorecard", tr("validate, import, list, export or retire scorecards"), _cmd_scorecard))
    validate = action("validate", tr("check scorecard files without a database (for editors and CI)"))
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.add_argument("--quiet", action="store_true", help=tr("print only problems"))
    validate.set_defaults(no_database=_cmd_scorecard_validate)
    action("import", tr("add scorecard files, or a new version of one already here")).add_argument(
        "files", nargs="+", metavar="FILE")
    action("list", tr("every scorecard with its latest version"))
    export = action("export", tr("write a scorecard version as YAML"))
    export.add_argument("files", nargs=1, metavar="KEY")
    export.add_argument("--version", type=int, help=tr("which version (default: the latest)"))
    export.add_argument("--out", metavar="FILE", help=tr("the file (default: print it)"))
    export.add_argument("--overwrite", action="store_true", help=tr("replace a file that already exists"))
    action("retire", tr("no new evaluations with these scorecards")).add_argument("files", nargs="+", metavar="KEY")
    action("restore", tr("use retired scorecards again")).add_argument("files", nargs="+", metavar="KEY")

    ev = add("evaluate", tr("score and submit evaluations from an answers file (JSON), e.g. historical ones"),
             _cmd_evaluate)  # fmt: skip
    ev.add_argument("file", metavar="ANSWERS.json")


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
        except FileNotFoundError:
            failed = True
            print(tr("{file}: there is no such file").format(file=name))
        except OSError as exc:
            failed = True
            print(tr("{file}: cannot be read: {reason}").format(file=name, reason=exc.strerror or exc))
        else:
            if not args.quiet:
                print(tr("{file}: valid ({count} criteria)").format(file=name, count=len(scorecard.criteria())))
    return EXIT_REFUSED if failed else EXIT_OK


def _cmd_scorecard(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.scoring.loader import ScorecardInvalid
    from qa_studio.services.scorecards import ScorecardService

    service = ScorecardService(db)
    if args.action == "import":
        outcomes, failed = [], False
        for name in args.files:
            try:
                outcomes.append(service.import_file(Path(name), me(db, args)))
            except ScorecardInvalid as exc:
                failed = True
                for error in exc.errors:
                    print(error, file=sys.stderr)
            except OSError as exc:  # a missing or unreadable file: said, and the other files still imported
                failed = True
                print("qa-studio scorecard import: " + tr("cannot read {file}: {reason}").format(
                    file=name, reason=exc.strerror or exc), file=sys.stderr)  # fmt: skip
        if args.json:
            print_json([asdict(o) for o in outcomes])
        for outcome in outcomes if not args.json else []:
            print(f"{outcome.key} v{outcome.version}: {outcome.action}")
        return EXIT_REFUSED if failed else EXIT_OK
    if args.action == "list":
        summaries = service.list()
        if args.json:
            print_json([asdict(s) for s in summaries])
        for s in summaries if not args.json else []:
            state = tr("retired") if s.retired else ""
            count = tr("{count} evaluations").format(count=f"{s.evaluations:>6}")
            print(f"{pad(s.key, 24)} v{s.latest_version:<3} {count}  {s.name} {state}")
        return EXIT_OK
    if args.action == "export":
        try:
            text = service.export_yaml(args.files[0], args.version)
        except LookupError as exc:
            raise CliError(str(exc)) from None
        if not args.out:
            sys.stdout.write(text)
            return EXIT_OK
        write_text(Path(args.out), text, args.overwrite)
        if args.json:
            print_json({"file": args.out})
        else:
            print(tr("Scorecard {key} written to {file}.").format(key=args.files[0], file=args.out))
        return EXIT_OK
    if args.action in ("retire", "restore"):
        for key in args.files:
            try:
                service.set_retired(key, args.action == "retire", actor=me(db, args))
            except LookupError as exc:
                raise CliError(str(exc)) from None
            if not args.json:
                print((tr("{key}: retired") if args.action == "retire" else tr("{key}: in use again")).format(key=key))
        return EXIT_OK
    raise CliError(tr("unknown action {action}").format(action=args.action))


def _cmd_evaluate(db: Database, args: argparse.Namespace) -> int:
    """Back-load historical evaluations: each record is drafted, scored and submitted like one from the app. The
    reviewer is the signed-in person; an administrator may back-load other reviewers' evaluations."""
    from sqlalchemy import select

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
                raise EvaluationError(QT_TRANSLATE_NOOP("Errors", "no interaction_id, or no interaction with that "
                                                        "external_id"))  # fmt: skip
            version_id = scorecards.latest_version_id(record["scorecard"]) if record.get("scorecard") else None
            reviewer = record.get("reviewer") or me.name
            if reviewer != me.name and me.role is not UserRole.ADMIN:
                raise EvaluationError(QT_TRANSLATE_NOOP("Errors", "only an administrator back-loads evaluations for "
                                                        "others; {me} is not one, and the file names {reviewer}"),
                                      me=me.name, reviewer=reviewer)  # fmt: skip
            evaluation = service.start(int(interaction_id), reviewer, version_id)
            answers = {key: answer_from_json(value) for key, value in record.get("answers", {}).items()}
            service.save_draft(evaluation, answers, record.get("comment"))
            result = service.submit(evaluation, reviewer)
            outcomes.append({"record": number, "evaluation_id": evaluation, "score": str(result.score),
                             "passed": result.passed})  # fmt: skip
        except (EvaluationError, LookupError, KeyError, ValueError) as exc:
            failed = True
            outcomes.append({"record": number, "error": str(exc)})
    if args.json:
        print_json(outcomes)
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
    return EXIT_REFUSED if failed else EXIT_OK
