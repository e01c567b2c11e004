"""`qa-studio calibration …`: the calibration workflow headless, for scripts and for leads at a terminal."""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import asdict
from pathlib import Path
from typing import Any

from qa_studio.cli.common import EXIT_OK, Add, CliError, add_actions, answer_from_json, pad, print_json
from qa_studio.cli.signin import me
from qa_studio.i18n import tr
from qa_studio.reports.figures import interval_text, number_text, percent_text
from qa_studio.storage.database import Database


def register(add: Add) -> None:
    action = add_actions(add("calibration", tr("calibration sessions: create, score blind, reveal, compare, agree, "
                                               "close"), run))  # fmt: skip
    create = action("create", tr("create a session: the same interactions scored blind by several reviewers"))
    create.add_argument("--title", required=True, help=tr("the session's title"))
    create.add_argument("--scorecard", required=True, metavar="KEY", help=tr("the scorecard (its latest version)"))
    create.add_argument("--interactions", required=True, metavar="IDS", help=tr("interaction ids, e.g. 12,15,31"))
    create.add_argument("--reviewers", required=True, metavar="NAMES", help=tr("comma-separated reviewer names"))
    create.add_argument("--expert", metavar="NAME", help=tr("whose answers are the benchmark"))
    create.add_argument("--tolerance", type=float, default=5.0, help=tr("points either side still counted as aligned"))
    action("list", tr("the sessions you run or take part in"))
    for name, help_text in (("status", tr("who has scored which interaction")),
                            ("reveal", tr("show everyone's answers (for good)")),
                            ("results", tr("agreement per reviewer and per criterion")),
                            ("close", tr("close the session"))):  # fmt: skip
        _session(action(name, help_text))
    for name, help_text in (("score", tr("score one interaction of the session blind")),
                            ("consensus", tr("save the agreed answers for one interaction"))):  # fmt: skip
        scoring = _session(action(name, help_text))
        scoring.add_argument("--interaction", required=True, type=int, metavar="ID", help=tr("which interaction"))
        scoring.add_argument("--answers", required=True, metavar="FILE", help=tr("a JSON object of answers"))
    note = _session(action("note", tr("a note on one criterion, for the discussion")))
    note.add_argument("--criterion", required=True, metavar="KEY", help=tr("the criterion"))
    note.add_argument("--text", required=True, help=tr("the note (empty removes it)"))
    action("drift", tr("each reviewer's deviation from the benchmark over the sessions"))
    export_package = _session(action("export-package", tr("a package for reviewers without the shared database")))
    _file(export_package)
    export_package.add_argument("--no-media", action="store_true", help=tr("leave the recordings out"))
    import_package = _file(action("import-package", tr("as a reviewer: take in the lead's package")))
    import_package.add_argument("--key", required=True, metavar="KEY",
                                help=tr("your package key, as the lead gave it to you"))  # fmt: skip
    _file(_session(action("export-answers", tr("as a reviewer: your answers, to send back to the lead"))))
    _file(_session(action("import-answers", tr("as the lead: take in a reviewer's answers"))), overwrite=False)


def _session(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("session", type=int, metavar="SESSION", help=tr("session id"))
    return parser


def _file(parser: argparse.ArgumentParser, *, overwrite: bool = True) -> argparse.ArgumentParser:
    parser.add_argument("--file", required=True, metavar="PATH", help=tr("the file"))
    if overwrite:
        parser.add_argument("--overwrite", action="store_true", help=tr("replace a file that already exists"))
    return parser


def _answers(path: str) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise CliError(tr("cannot read {file}: {reason}").format(file=path, reason=exc)) from None
    if not isinstance(data, dict):
        raise CliError(tr("{file} must hold a JSON object of criterion: answer").format(file=path))
    return {key: answer_from_json(value) for key, value in data.items()}


def _signed(value: float | None) -> str:
    """A deviation in points as the calibration window writes it (reports/figures.py)."""
    from qa_studio.reports.figures import SCORE_PLACES, number_text

    return number_text(value, SCORE_PLACES, signed=True)


def _number(value: float) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else round(value, 4)


def run(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.services.calibration_sessions import CalibrationService
    from qa_studio.services.evaluations import EvaluationError
    from qa_studio.services.scorecards import ScorecardService

    service, actor = CalibrationService(db), me(db, args)
    try:
        if args.action == "create":
            try:
                ids = [int(part) for part in args.interactions.replace(" ", "").split(",") if part]
            except ValueError:
                raise CliError(tr("--interactions takes ids separated by commas, e.g. 12,15,31")) from None
            version = ScorecardService(db).latest_version_id(args.scorecard)
            reviewers = [name.strip() for name in args.reviewers.split(",")]
            session_id = service.create(args.title, version, ids, reviewers, actor, args.expert, args.tolerance)
            if args.json:
                print_json({"session": session_id})
            else:
                print(tr("Calibration session {id} created.").format(id=session_id))
            return EXIT_OK
        if args.action == "list":
            sessions = service.sessions(actor)
            if args.json:
                print_json([asdict(s) for s in sessions])
            for s in sessions if not args.json else []:
                print(f"{s.id:>4}  {s.state:<9} {s.created_at:%Y-%m-%d}  {s.title}  "
                      f"({s.scorecard_key} v{s.scorecard_version}, {len(s.reviewers)} reviewers)")  # fmt: skip
            return EXIT_OK
        if args.action == "drift":
            drift = service.drift()
            series = {name: [{"session": s.id, "title": s.title, "date": s.created_at.date().isoformat(),
                              "mean_signed_deviation": _number(r.mean_signed_deviation),
                              "within_tolerance_share": _number(r.within_tolerance_share),
                              "criterion_alignment": _number(r.criterion_alignment)} for s, r in points]
                      for name, points in drift.items()}  # fmt: skip
            if args.json:
                print_json(series)
            for name in series if not args.json else []:
                # A session revealed a moment ago may have no figure yet for a reviewer: shown as —, never a crash.
                line = ", ".join(f"{s.created_at.date().isoformat()} {_signed(r.mean_signed_deviation)}"
                                 for s, r in drift[name])  # fmt: skip
                print(f"{name}: {line or '—'}")
            if not series and not args.json:
                print(tr("No revealed calibration session yet."))
            return EXIT_OK
        if args.action in ("export-package", "import-package", "export-answers", "import-answers"):
            try:
                return _package(db, args, actor)
            except OSError as exc:  # a file missing, or one that may not be written (it exists, or is a link)
                verb = tr("cannot read {file}: {reason}") if args.action.startswith("import") else tr(
                    "cannot write {file}: {reason}")
                raise CliError(verb.format(file=args.file, reason=exc.strerror or exc)) from None
        if args.action == "status":
            lines = service.board(args.session)
            if args.json:
                print_json([asdict(line) for line in lines])
            for line in lines if not args.json else []:
                print(f"{pad(line.person, 16)} {pad(line.role, 12)} {line.interaction_id:>7}  {line.state}")
            return EXIT_OK
        if args.action in ("score", "consensus"):
            answers = _answers(args.answers)
            if args.action == "score":
                evaluation = service.score(args.session, args.interaction, answers, actor)
            else:
                evaluation = service.save_consensus(args.session, args.interaction, answers, actor)
            if args.json:
                print_json({"evaluation": evaluation})
            else:
                print(tr("Saved as evaluation {id}.").format(id=evaluation))
            return EXIT_OK
        if args.action == "reveal":
            service.reveal(args.session, actor)
            print(tr("Session {id} revealed.").format(id=args.session)) if not args.json else print_json({"ok": True})
            return EXIT_OK
        if args.action == "close":
            service.close(args.session, actor)
            print(tr("Session {id} closed.").format(id=args.session)) if not args.json else print_json({"ok": True})
            return EXIT_OK
        if args.action == "note":
            service.set_note(args.session, args.criterion, args.text, actor)
            print(tr("Note on {criterion} saved.").format(criterion=args.criterion)) if not args.json else print_json(
                {"ok": True})
            return EXIT_OK
        if args.action == "results":
            return _print_results(service.results(args.session), args.json)
    except (EvaluationError, LookupError) as exc:
        raise CliError(str(exc)) from None
    raise CliError(tr("unknown action {action}").format(action=args.action))


def _print_results(results: Any, as_json: bool) -> int:
    reviewers = [
        {
            "reviewer": r.reviewer,
            "mean_signed_deviation": _number(r.mean_signed_deviation),
            "mean_abs_deviation": _number(r.mean_abs_deviation),
            "within_tolerance_share": _number(r.within_tolerance_share),
            "criterion_alignment": _number(r.criterion_alignment),
            "criteria_aligned_share": _number(r.criteria_aligned_share),
            "critical_missed": len(r.critical_missed),
            "critical_wrongly_failed": len(r.critical_wrongly_failed),
        }
        for r in results.stats.reviewers
    ]
    criteria = [
        {"criterion": c.criterion, "percent_agreement": _number(c.percent_agreement), "alpha": _number(c.alpha),
         "alpha_ci": [_number(v) for v in c.alpha_ci], "kappa": _number(c.kappa),
         "kappa_ci": [_number(v) for v in c.kappa_ci], "kappa_reading": c.kappa_reading,
         "level": c.level, "note": results.notes.get(c.criterion)}
        for c in results.stats.criteria
    ]  # fmt: skip
    overall = results.stats.overall
    data = {
        "session": results.session.id, "title": results.session.title, "benchmark": results.benchmark_source,
        "reviewers": reviewers, "criteria": criteria,
        "icc_2_1": _number(overall.icc_2_1.value), "icc_2_k": _number(overall.icc_2_k.value),
        "icc_2_1_ci": [_number(overall.icc_2_1.lower), _number(overall.icc_2_1.upper)],
        "icc_2_k_ci": [_number(overall.icc_2_k.lower), _number(overall.icc_2_k.upper)],
    }  # fmt: skip
    if as_json:
        print_json(data)
        return EXIT_OK
    print(f"{results.session.title} — " + tr("benchmark: {source}").format(source=results.benchmark_source or "—"))
    for r in reviewers:
        print(f"  {pad(r['reviewer'], 16)} {_signed(r['mean_signed_deviation']):>6}  "
              + tr("within tolerance {share:.0%}, criteria aligned {aligned:.0%}").format(
                  share=r["within_tolerance_share"] or 0, aligned=r["criteria_aligned_share"] or 0))  # fmt: skip
    for c in criteria:
        alpha, kappa = number_text(c["alpha"]), number_text(c["kappa"])
        print(f"  {pad(c['criterion'], 24)} {percent_text(c['percent_agreement'])}  α={alpha} "
              f"{interval_text(tuple(v if v is not None else math.nan for v in c['alpha_ci']))}  κ={kappa} "
              f"{interval_text(tuple(v if v is not None else math.nan for v in c['kappa_ci']))}  "
              f"{c['kappa_reading'] or ''}")  # fmt: skip
    print(f"  ICC(2,1)={number_text(data['icc_2_1'])} "
          f"{interval_text((overall.icc_2_1.lower, overall.icc_2_1.upper))}  "
          f"ICC(2,k)={number_text(data['icc_2_k'])} {interval_text((overall.icc_2_k.lower, overall.icc_2_k.upper))}")
    return EXIT_OK


def _package(db: Database, args: argparse.Namespace, actor: str) -> int:
    """Calibration without a shared server: package out, answers back."""
    from qa_studio.services.calibration_package import CalibrationPackages

    packages = CalibrationPackages(db)
    path = Path(args.file)
    if args.action == "export-package":
        exported = packages.export_package(args.session, path, actor, include_media=not args.no_media,
                                           overwrite=args.overwrite)  # fmt: skip
        result: dict[str, Any] = {"file": str(path), "keys": exported.keys}
        message = "\n".join([
            tr("Package written to {file}: send it to each reviewer, and give each their own key by another way "
               "(in person, by phone or chat):").format(file=path),
            *(f"  {name}: {key}" for name, key in exported.keys.items()),
        ])  # fmt: skip
    elif args.action == "import-package":
        packages.verify_package(path, actor, args.key)  # checked whole before anything is written
        imported = packages.import_package(path, actor, args.key)
        result = {"session": imported.session_id, "interactions": imported.interactions, "notices": imported.notices}
        message = "\n".join([tr(
            "Imported as session {id} with {count} interactions: score them, then export your answers."
        ).format(id=imported.session_id, count=imported.interactions), *imported.notices])
    elif args.action == "export-answers":
        packages.export_answers(args.session, path, actor, args.overwrite)
        result = {"file": str(path)}
        message = tr("Your answers are in {file}: send it back to the lead.").format(file=path)
    else:
        count = packages.import_answers(args.session, path, actor)
        result = {"items": count}
        message = tr("{count} answered interactions imported.").format(count=count)
    if args.json:
        print_json(result)
    else:
        print(message)
    return EXIT_OK
