"""`qa-studio calibration …`: the calibration workflow headless, for scripts and for leads at a terminal."""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from qa_studio.i18n import tr
from qa_studio.reports.figures import interval_text, number_text, percent_text
from qa_studio.storage.database import Database

Add = Callable[[str, str, Callable[[Database, argparse.Namespace], int]], argparse.ArgumentParser]
ACTIONS = (
    "create", "list", "status", "score", "reveal", "results", "note", "consensus", "close", "drift",
    "export-package", "import-package", "export-answers", "import-answers",
)  # fmt: skip


def register(add: Add) -> None:
    parser = add("calibration", tr("calibration sessions: create, score blind, reveal, compare, agree, close"), run)
    parser.add_argument("action", choices=ACTIONS)
    parser.add_argument("session", nargs="?", type=int, metavar="SESSION", help=tr("session id"))
    parser.add_argument("--title", help=tr("with create: the session's title"))
    parser.add_argument("--scorecard", metavar="KEY", help=tr("with create: the scorecard (its latest version)"))
    parser.add_argument("--interactions", metavar="IDS", help=tr("with create: interaction ids, e.g. 12,15,31"))
    parser.add_argument("--reviewers", metavar="NAMES", help=tr("with create: comma-separated reviewer names"))
    parser.add_argument("--expert", metavar="NAME", help=tr("with create: whose answers are the benchmark"))
    parser.add_argument("--tolerance", type=float, default=5.0, help=tr("points either side still counted as aligned"))
    parser.add_argument("--interaction", type=int, metavar="ID", help=tr("with score and consensus: which item"))
    parser.add_argument("--answers", metavar="FILE", help=tr("with score and consensus: a JSON object of answers"))
    parser.add_argument("--criterion", metavar="KEY", help=tr("with note: the criterion"))
    parser.add_argument("--text", help=tr("with note: the note (empty removes it)"))
    parser.add_argument("--file", metavar="PATH", help=tr("with the package and answers actions: the file"))
    parser.add_argument("--no-media", action="store_true", help=tr("with export-package: leave the recordings out"))
    parser.add_argument("--key", metavar="KEY",
                        help=tr("with import-package: your package key, as the lead gave it to you"))  # fmt: skip
    parser.add_argument("--overwrite", action="store_true",
                        help=tr("with export-package and export-answers: replace a file that already exists"))


def _actor(db: Database, args: argparse.Namespace) -> str:
    """The signed-in person (see qa_studio/cli_people.py): never a name typed on the command line."""
    from qa_studio.cli_people import current_user

    return current_user(db, args).name


def _need(args: argparse.Namespace, *names: str) -> None:
    from qa_studio.cli import CliError

    missing = [f"--{n.replace('_', '-')}" if n != "session" else "SESSION" for n in names if getattr(args, n) is None]
    if missing:
        needed = ", ".join(missing)
        raise CliError(tr("calibration {action} needs {options}").format(action=args.action, options=needed))


def _answers(path: str) -> dict[str, Any]:
    from qa_studio.cli import CliError, _answer_from_json

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise CliError(tr("cannot read {file}: {reason}").format(file=path, reason=exc)) from None
    if not isinstance(data, dict):
        raise CliError(tr("{file} must hold a JSON object of criterion: answer").format(file=path))
    return {key: _answer_from_json(value) for key, value in data.items()}


def _number(value: float) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else round(value, 4)


def run(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.cli import EXIT_OK, CliError, _print_json
    from qa_studio.services.calibration_sessions import CalibrationService
    from qa_studio.services.evaluations import EvaluationError
    from qa_studio.services.scorecards import ScorecardService

    service, actor = CalibrationService(db), _actor(db, args)
    try:
        if args.action == "create":
            _need(args, "title", "scorecard", "interactions", "reviewers")
            try:
                ids = [int(part) for part in args.interactions.replace(" ", "").split(",") if part]
            except ValueError:
                raise CliError(tr("--interactions takes ids separated by commas, e.g. 12,15,31")) from None
            version = ScorecardService(db).latest_version_id(args.scorecard)
            reviewers = [name.strip() for name in args.reviewers.split(",")]
            session_id = service.create(args.title, version, ids, reviewers, actor, args.expert, args.tolerance)
            if args.json:
                _print_json({"session": session_id})
            else:
                print(tr("Calibration session {id} created.").format(id=session_id))
            return EXIT_OK
        if args.action == "list":
            sessions = service.sessions(actor)
            if args.json:
                _print_json([asdict(s) for s in sessions])
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
                _print_json(series)
            for name, points in series.items() if not args.json else []:
                line = ", ".join(f"{p['date']} {p['mean_signed_deviation']:+.1f}" for p in points)
                print(f"{name}: {line}")
            return EXIT_OK
        if args.action in ("export-package", "import-package", "export-answers", "import-answers"):
            try:
                return _package(db, args, actor)
            except OSError as exc:  # a file that may not be written (it exists, or is a link) or cannot be
                raise CliError(tr("cannot write {file}: {reason}").format(file=args.file,
                                                                           reason=exc.strerror or exc)) from None
        _need(args, "session")
        if args.action == "status":
            lines = service.board(args.session)
            if args.json:
                _print_json([asdict(line) for line in lines])
            for line in lines if not args.json else []:
                print(f"{line.person:<16} {line.role:<12} {line.interaction_id:>7}  {line.state}")
            return EXIT_OK
        if args.action in ("score", "consensus"):
            _need(args, "session", "interaction", "answers")
            answers = _answers(args.answers)
            if args.action == "score":
                evaluation = service.score(args.session, args.interaction, answers, actor)
            else:
                evaluation = service.save_consensus(args.session, args.interaction, answers, actor)
            if args.json:
                _print_json({"evaluation": evaluation})
            else:
                print(tr("Saved as evaluation {id}.").format(id=evaluation))
            return EXIT_OK
        if args.action == "reveal":
            service.reveal(args.session, actor)
            print(tr("Session {id} revealed.").format(id=args.session)) if not args.json else _print_json({"ok": True})
            return EXIT_OK
        if args.action == "close":
            service.close(args.session, actor)
            print(tr("Session {id} closed.").format(id=args.session)) if not args.json else _print_json({"ok": True})
            return EXIT_OK
        if args.action == "note":
            _need(args, "session", "criterion", "text")
            service.set_note(args.session, args.criterion, args.text, actor)
            return EXIT_OK
        if args.action == "results":
            return _print_results(service.results(args.session), args.json)
    except (EvaluationError, LookupError) as exc:
        raise CliError(str(exc)) from None
    raise CliError(tr("unknown action {action}").format(action=args.action))


def _print_results(results: Any, as_json: bool) -> int:
    from qa_studio.cli import EXIT_OK, _print_json

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
        _print_json(data)
        return EXIT_OK
    print(f"{results.session.title} — " + tr("benchmark: {source}").format(source=results.benchmark_source or "—"))
    for r in reviewers:
        print(f"  {r['reviewer']:<16} {r['mean_signed_deviation'] or 0:+6.1f}  "
              + tr("within tolerance {share:.0%}, criteria aligned {aligned:.0%}").format(
                  share=r["within_tolerance_share"] or 0, aligned=r["criteria_aligned_share"] or 0))  # fmt: skip
    for c in criteria:
        alpha, kappa = number_text(c["alpha"]), number_text(c["kappa"])
        print(f"  {c['criterion']:<24} {percent_text(c['percent_agreement'])}  α={alpha} "
              f"{interval_text(tuple(v if v is not None else math.nan for v in c['alpha_ci']))}  κ={kappa} "
              f"{interval_text(tuple(v if v is not None else math.nan for v in c['kappa_ci']))}  "
              f"{c['kappa_reading'] or ''}")  # fmt: skip
    print(f"  ICC(2,1)={number_text(data['icc_2_1'])} "
          f"{interval_text((overall.icc_2_1.lower, overall.icc_2_1.upper))}  "
          f"ICC(2,k)={number_text(data['icc_2_k'])} {interval_text((overall.icc_2_k.lower, overall.icc_2_k.upper))}")
    return EXIT_OK


def _package(db: Database, args: argparse.Namespace, actor: str) -> int:
    """Calibration without a shared server: package out, answers back."""
    from qa_studio.cli import EXIT_OK, _print_json
    from qa_studio.services.calibration_package import CalibrationPackages

    packages = CalibrationPackages(db)
    _need(args, "file")
    path = Path(args.file)
    if args.action == "export-package":
        _need(args, "session", "file")
        exported = packages.export_package(args.session, path, actor, include_media=not args.no_media,
                                           overwrite=args.overwrite)  # fmt: skip
        result: dict[str, Any] = {"file": str(path), "keys": exported.keys}
        message = "\n".join([
            tr("Package written to {file}: send it to each reviewer, and give each their own key by another way "
               "(in person, by phone or chat):").format(file=path),
            *(f"  {name}: {key}" for name, key in exported.keys.items()),
        ])  # fmt: skip
    elif args.action == "import-package":
        _need(args, "key")
        packages.verify_package(path, actor, args.key)  # checked whole before anything is written
        imported = packages.import_package(path, actor, args.key)
        result = {"session": imported.session_id, "interactions": imported.interactions, "notices": imported.notices}
        message = "\n".join([tr(
            "Imported as session {id} with {count} interactions: score them, then export your answers."
        ).format(id=imported.session_id, count=imported.interactions), *imported.notices])
    elif args.action == "export-answers":
        _need(args, "session", "file")
        packages.export_answers(args.session, path, actor, args.overwrite)
        result = {"file": str(path)}
        message = tr("Your answers are in {file}: send it back to the lead.").format(file=path)
    else:
        _need(args, "session", "file")
        count = packages.import_answers(args.session, path, actor)
        result = {"items": count}
        message = tr("{count} answered interactions imported.").format(count=count)
    if args.json:
        _print_json(result)
    else:
        print(message)
    return EXIT_OK
