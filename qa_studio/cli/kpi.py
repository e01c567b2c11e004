"""`qa-studio kpi`: bring CSAT and resolution in from a survey export (a report line per refused row), set the
team's service standards, and print the service KPIs beside quality for a team and period."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from qa_studio.i18n import tr
from qa_studio.reports.figures import number_text, percent_text
from qa_studio.services.kpi_reasons import reason
from qa_studio.storage.database import Database

Add = Callable[[str, str, Callable[[Database, argparse.Namespace], int]], argparse.ArgumentParser]

def register(add: Add) -> None:
    kpi = add("kpi", tr("service KPIs: import CSAT and resolution, set the standards, show the figures"), run)
    kpi.add_argument("action", choices=["import", "standards", "show"])
    kpi.add_argument("file", nargs="?", metavar="FILE", help=tr("with import: the survey export (CSV)"))
    kpi.add_argument("--scale", type=int, default=5, help=tr("with import: the survey's top score (default 5)"))
    for channel in ("chat", "email", "social"):
        kpi.add_argument(f"--{channel}", type=int, metavar="SECONDS",
                         help=tr("with standards: reply within this many seconds on {channel}").format(
                             channel=channel))  # fmt: skip
    kpi.add_argument("--target", type=float, metavar="SHARE",
                     help=tr("with standards: quality pass share target, e.g. 0.92"))  # fmt: skip
    kpi.add_argument("--repeat", type=int, metavar="N",
                     help=tr("with standards: failures of one criterion by one agent in a period that flag a "
                             "repeated failure"))  # fmt: skip
    kpi.add_argument("--team", metavar="NAME", help=tr("with show: the team"))
    kpi.add_argument("--period", metavar="PERIOD", help=tr("with show: 2026-W47, 2026-10, 2026-Q3, … (default: all)"))


def run(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.cli.common import EXIT_OK, EXIT_SOME_FAILED, CliError
    from qa_studio.cli.signin import current_user
    from qa_studio.services.kpis import KpiError, KpiService
    from qa_studio.services.reporting import ReportError, parse_period

    service = KpiService(db)
    try:
        if args.action == "import":
            if not args.file:
                raise CliError(tr("kpi import needs the FILE"))
            result = service.import_csv(Path(args.file), current_user(db, args).name, args.scale)
            for row in result.refused:
                print(tr("line {line}: {reason}").format(line=row.line, reason=reason(row.code, row.params)))
            print(tr("{kept} rows kept, {refused} refused ({encoding})").format(
                kept=result.kept, refused=len(result.refused), encoding=result.encoding))  # fmt: skip
            return EXIT_OK if not result.refused else EXIT_SOME_FAILED
        if args.action == "standards":
            changes = {c: getattr(args, c) for c in ("chat", "email", "social") if getattr(args, c) is not None}
            standards = service.standards()
            if changes or args.target is not None or args.repeat is not None:
                standards = service.set_standards(current_user(db, args).name, changes, args.target, args.repeat)
            for channel, seconds in sorted(standards.response_seconds.items()):
                print(tr("{channel}: reply within {seconds} s").format(channel=channel, seconds=seconds))
            print(tr("quality target: {share}").format(share=percent_text(standards.quality_target)))
            print(tr("repeated failure: {n} failures of one criterion by one agent in the period").format(
                n=standards.repeat_threshold))  # fmt: skip
            return EXIT_OK
        period = parse_period(args.period)
        figures = service.figures(period.start, period.end, args.team)
    except KpiError as error:
        raise CliError(reason(error.code, dict(error.params))) from None
    except ReportError as error:
        raise CliError(str(error)) from None
    target = percent_text(figures.standards.quality_target)
    print(tr("quality pass share {share} (target {target}) over {n} evaluations").format(
        share=percent_text(figures.quality_pass_share), target=target, n=figures.evaluations))  # fmt: skip
    for c in figures.channels:
        print(tr("{channel}: {n} interactions, first reply within standard {first}, every reply {replies}, handling "
                 "{minutes} min, CSAT {csat} ({surveys}), resolved {resolved}").format(
            channel=c.channel, n=c.interactions, first=percent_text(c.first_response_share),
            replies=percent_text(c.reply_share), minutes=number_text(c.handling_minutes, 1),
            csat=number_text(c.csat), surveys=c.csat_n, resolved=percent_text(c.resolution_share)))  # fmt: skip
    for a in figures.agents:
        print(tr("{agent}: QA {qa} ({evaluations}), CSAT {csat} ({surveys}), r = {r} over {pairs}").format(
            agent=a.agent, qa=number_text(a.qa_average, 1), evaluations=a.evaluations, csat=number_text(a.csat),
            surveys=a.surveys, r=number_text(a.correlation), pairs=a.pairs))  # fmt: skip
    return EXIT_OK
