"""`qa-studio reviewers …`: reviewer consistency for leads: the report (and its workbook), drawing a sample of a
reviewer's evaluations to re-score blind, listing samples, and submitting a re-score from an answers file."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from qa_studio.cli.common import EXIT_OK, Add, CliError, add_actions, answer_from_json, pad, print_json
from qa_studio.cli.signin import me
from qa_studio.i18n import tr
from qa_studio.storage.database import Database


def register(add: Add) -> None:
    action = add_actions(add("reviewers", tr("reviewer consistency: the report, and blind re-scores of reviewers' "
                                             "evaluations by a lead"), run))  # fmt: skip
    report = action("report", tr("each reviewer's alignment, strictness, grading time and volume"))
    report.add_argument("--period", metavar="PERIOD",
                        help=tr("a day 2026-11-20, ISO week 2026-W47, month 2026-10, quarter 2026-Q3 or range "
                                "2026-01-01..2026-03-31 (default: all time)"))  # fmt: skip
    report.add_argument("--team", metavar="NAME", help=tr("only evaluations of this team's agents"))
    report.add_argument("--xlsx", metavar="FILE", help=tr("also write the reviewer workbook"))
    report.add_argument("--overwrite", action="store_true", help=tr("replace the workbook if it exists"))
    draw = action("draw", tr("draw a sample of a reviewer's submitted evaluations for a lead to re-score blind"))
    draw.add_argument("--reviewer", required=True, metavar="NAME", help=tr("whose evaluations"))
    draw.add_argument("--count", type=int, default=5, help=tr("how many (default 5)"))
    draw.add_argument("--rescorer", metavar="NAME", help=tr("the lead who re-scores them (default: you)"))
    draw.add_argument("--period", metavar="PERIOD", help=tr("only evaluations submitted in this period"))
    draw.add_argument("--seed", type=int, default=1)
    samples = action("samples", tr("re-score samples; the original's score only once the re-score is submitted"))
    samples.add_argument("--rescorer", metavar="NAME")
    samples.add_argument("--reviewer", metavar="NAME")
    samples.add_argument("--open", action="store_true", help=tr("only those not yet re-scored"))
    rescore = action("rescore", tr("submit a re-score from a JSON file of answers (criterion key → value)"))
    rescore.add_argument("sample", type=int, metavar="ID")
    rescore.add_argument("file", metavar="ANSWERS.json")


def _report(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.files import write_file
    from qa_studio.reports.figures import number_text, percent_text, score_text
    from qa_studio.reports.reviewer_workbook import reviewer_workbook
    from qa_studio.services.grader_qa import GraderQAService
    from qa_studio.services.reporting import parse_period

    period = parse_period(args.period)
    report = GraderQAService(db).report(period.start, period.end, period.label, team=args.team)
    if args.xlsx:
        try:
            write_file(Path(args.xlsx), lambda path: reviewer_workbook(report, path), args.overwrite)
        except OSError as exc:
            reason = exc.strerror or exc
            raise CliError(tr("cannot write {file}: {reason}").format(file=args.xlsx, reason=reason)) from None
    if args.json:
        print_json({"period": report.period, "reviewers": [
            {"reviewer": line.reviewer, "evaluations": line.figures.evaluations, "average": line.figures.average,
             "leniency": line.figures.leniency, "grading_minutes": line.figures.grading_minutes,
             "rescored": line.rescores.rescored if line.rescores else 0,
             "same_share": line.rescores.same_share if line.rescores else None,
             "difference_from_lead": line.rescores.mean_difference if line.rescores else None,
             "open_rescores": line.open_samples, "volume": report.volume.get(line.reviewer, {}),
             "calibration_deviation": line.figures.calibration.mean_abs_deviation if line.figures.calibration
             else None} for line in report.lines], "files": [args.xlsx] if args.xlsx else []})  # fmt: skip
        return EXIT_OK
    print(tr("Reviewer consistency — {period}").format(period=report.period))
    for line in report.lines:
        r = line.rescores
        print(f"{pad(line.reviewer, 16)} " + tr(
            "{count} evaluations, leniency {leniency}, {minutes} min; re-scored {rescored}: {same} the same, "
            "{difference} points from the lead").format(
            count=line.figures.evaluations, leniency=number_text(line.figures.leniency, 1, signed=True),
            minutes=score_text(line.figures.grading_minutes), rescored=r.rescored if r else 0,
            same=percent_text(r.same_share if r else None),
            difference=number_text(r.mean_difference if r else None, 1, signed=True)))  # fmt: skip
    if args.xlsx:
        print(args.xlsx)
    return EXIT_OK


def _samples(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.reports.figures import score_text
    from qa_studio.services.grader_qa import GraderQAService

    lines = GraderQAService(db).samples(rescorer=args.rescorer, reviewer=args.reviewer, open_only=args.open)
    if args.json:
        print_json([{"id": s.id, "interaction_id": s.interaction_id, "agent": s.agent, "reviewer": s.reviewer,
                     "rescorer": s.rescorer, "period": s.period, "done": s.done,
                     "rescore_score": str(s.rescore_score) if s.rescore_score is not None else None,
                     "original_score": str(s.original_score) if s.original_score is not None else None}
                    for s in lines])  # fmt: skip
        return EXIT_OK
    for s in lines:
        state = (tr("re-scored {mine} (reviewer {theirs})").format(mine=score_text(s.rescore_score),
                                                                   theirs=score_text(s.original_score))
                 if s.done else tr("open"))  # fmt: skip
        print(f"{s.id:>6}  {s.interaction_id:>7}  {pad(s.reviewer, 14)} → {pad(s.rescorer, 14)} {state}")
    return EXIT_OK


def run(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.services.evaluations import EvaluationError
    from qa_studio.services.grader_qa import GraderQAService
    from qa_studio.services.reporting import ReportError, parse_period

    try:
        if args.action == "report":
            return _report(db, args)
        if args.action == "samples":
            return _samples(db, args)
        service = GraderQAService(db)
        if args.action == "draw":
            period = parse_period(args.period) if args.period else None
            ids = service.draw(args.reviewer, args.count, me(db, args), rescorer=args.rescorer,
                               start=period.start if period else None, end=period.end if period else None,
                               period=period.label if period else None, seed=args.seed)  # fmt: skip
            if args.json:
                print_json({"drawn": ids})
            else:
                print(tr("{count} evaluations drawn to re-score: {ids}").format(
                    count=len(ids), ids=", ".join(map(str, ids)) or "—"))  # fmt: skip
            return EXIT_OK
        try:
            raw = json.loads(Path(args.file).read_text(encoding="utf-8-sig"))
        except (OSError, ValueError) as exc:
            raise CliError(tr("cannot read {file}: {reason}").format(file=args.file, reason=exc)) from None
        if not isinstance(raw, dict):
            raise CliError(tr("{file} must hold a JSON object of answers").format(file=args.file))
        result = service.submit(args.sample, {k: answer_from_json(v) for k, v in raw.items()}, me(db, args))
        if args.json:
            print_json({"sample": args.sample, "score": str(result.score), "passed": result.passed})
        else:
            print(tr("re-score {id} submitted: {score}").format(id=args.sample, score=result.score))
        return EXIT_OK
    except (EvaluationError, ReportError) as exc:
        raise CliError(str(exc)) from None
