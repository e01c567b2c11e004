"""`qa-studio report …`: Excel reports headless, one agent, every agent of a team into a folder, a team, or every
answer as rows."""

from __future__ import annotations

import argparse
from pathlib import Path

from qa_studio.cli.common import EXIT_OK, Add, CliError, add_actions, print_json
from qa_studio.i18n import tr
from qa_studio.storage.database import Database


def register(add: Add) -> None:
    kind = add_actions(add("report", tr("Excel and PDF reports: per agent, per team, per calibration, or every answer "
                                        "as a row"), run), dest="kind")  # fmt: skip
    agent = _common(kind("agent", tr("one agent's report, or with --all one per agent")))
    agent.add_argument("--agent", metavar="NAME", help=tr("whose report"))
    agent.add_argument("--all", action="store_true",
                       help=tr("every agent (of --team, if given), with the team report and, for PDF, a pack with a "
                               "cover and contents"))  # fmt: skip
    agent.add_argument("--team", metavar="NAME", help=tr("with --all: only this team's agents"))
    _common(kind("team", tr("one team's report"))).add_argument("--team", metavar="NAME", help=tr("the team"))
    _common(kind("answers", tr("every answer as a row, for a spreadsheet"))).add_argument(
        "--team", metavar="NAME", help=tr("only this team's answers"))
    _common(kind("calibration", tr("a calibration session's results"))).add_argument(
        "--session", type=int, metavar="ID", help=tr("the session (default: the latest revealed)"))


def _common(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--format", choices=["xlsx", "pdf"], default="xlsx",
                        help=tr("file format (default xlsx; answers are always xlsx)"))  # fmt: skip
    parser.add_argument("--out", required=True, metavar="PATH",
                        help=tr("the file; with --all the folder (or a .zip) for one file per agent"))  # fmt: skip
    parser.add_argument("--period", metavar="PERIOD",
                        help=tr("a day 2026-11-20, ISO week 2026-W47, month 2026-10, quarter 2026-Q3 or range "
                                "2026-01-01..2026-03-31 (default: all time)"))  # fmt: skip
    parser.add_argument("--overwrite", action="store_true",
                        help=tr("replace files that already exist (by default an existing file is kept and nothing "
                                "is written)"))  # fmt: skip
    parser.add_argument("--lang", choices=["en", "zh"], default="en",
                        help=tr("language of the headings and the scorecards' labels (default en)"))  # fmt: skip
    return parser


def _calibration_results(db: Database, session_id: int | None):  # noqa: ANN202 - SessionResults
    from qa_studio.services.calibration_sessions import CalibrationService

    service = CalibrationService(db)
    if session_id is None:
        revealed = [s for s in service.sessions() if s.state != "open"]
        if not revealed:
            raise CliError(tr("no calibration session has been revealed yet"))
        session_id = revealed[0].id
    return service.results(session_id)


def _chinese_headings() -> None:
    """Report headings through the same translations as the app, without opening a window."""
    from PySide6.QtCore import QCoreApplication

    from qa_studio.i18n import install_translators

    app = QCoreApplication.instance() or QCoreApplication([])
    install_translators(app, "zh_CN")


def run(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.files import write_file
    from qa_studio.reports.batch import BatchRequest, export_batch
    from qa_studio.reports.pdf import agent_pdf, calibration_pdf, team_pdf
    from qa_studio.reports.xlsx import agent_workbook, answers_workbook, calibration_workbook, team_workbook
    from qa_studio.services.evaluations import EvaluationError
    from qa_studio.services.reporting import ReportError, ReportingService, parse_period

    if args.lang == "zh":
        _chinese_headings()
    service = ReportingService(db)
    written: list[str] = []
    try:
        period = parse_period(args.period)
        out = Path(args.out)
        if args.format == "pdf" and args.kind == "answers":
            raise CliError(tr("every answer as a row is made for spreadsheets; use --format xlsx"))
        if args.kind == "agent":
            if args.all:
                request = BatchRequest(out, period, team=args.team, formats=(args.format,), language=args.lang,
                                       overwrite=args.overwrite)  # fmt: skip
                result = export_batch(service, request)
                written += [str(result.out)] if out.suffix.lower() == ".zip" else [str(p) for p in result.files]
            elif args.agent:
                write = agent_pdf if args.format == "pdf" else agent_workbook
                report = service.agent(args.agent, period)
                write_file(out, lambda path: write(report, path, args.lang), args.overwrite)
                written.append(str(out))
            else:
                raise CliError(tr("report agent needs --agent NAME or --all"))
        elif args.kind == "team":
            if not args.team:
                raise CliError(tr("report team needs --team NAME (teams: {names})").format(
                    names=", ".join(service.team_names()) or "—"))  # fmt: skip
            write_team = team_pdf if args.format == "pdf" else team_workbook
            team = service.team(args.team, period)
            write_file(out, lambda path: write_team(team, path, args.lang), args.overwrite)
            written.append(str(out))
        elif args.kind == "calibration":
            write_calibration = calibration_pdf if args.format == "pdf" else calibration_workbook
            results = _calibration_results(db, args.session)
            write_file(out, lambda path: write_calibration(results, path, args.lang), args.overwrite)
            written.append(str(out))
        else:
            count = write_file(out, lambda path: answers_workbook(service.answers(period, args.team), path),
                               args.overwrite)  # fmt: skip
            written.append(str(out))
            if not args.json:
                print(tr("{count} answers written.").format(count=count))
    except (ReportError, EvaluationError) as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(tr("cannot write {file}: {reason}").format(file=args.out, reason=exc.strerror or exc)) from None
    if args.json:
        print_json({"files": written})
    else:
        for name in written:
            print(name)
    return EXIT_OK
