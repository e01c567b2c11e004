"""`qa-studio autoqa`: automatic answers of the evidence checks for the backlog or chosen interactions, and how far
each check agrees with reviewers."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from qa_studio.i18n import tr
from qa_studio.storage.database import Database

if TYPE_CHECKING:
    from qa_studio.sampling import RiskRule

Add = Callable[[str, str, Callable[[Database, argparse.Namespace], int]], argparse.ArgumentParser]


def register(add: Add) -> None:
    aq = add("autoqa", tr("automatic answers of the evidence checks, with evidence, score and flags"), run_autoqa)
    aq.add_argument("ids", nargs="*", type=int, metavar="ID", help=tr("interactions to check (default: --all)"))
    aq.add_argument("--all", action="store_true",
                    help=tr("every interaction not yet checked on its channel's current scorecard"))  # fmt: skip
    aq.add_argument("--rerun", action="store_true", help=tr("check again even where the answers are current"))
    aq.add_argument("--agreement", action="store_true",
                    help=tr("per criterion: agreement of the automatic answers with reviewers'"))  # fmt: skip


def run_autoqa(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.cli.common import CliError
    from qa_studio.cli.common import print_json as _print_json
    from qa_studio.cli.signin import current_user
    from qa_studio.domain import UserRole
    from qa_studio.services.autoqa import AutoQAService

    service = AutoQAService(db)
    if args.agreement:
        rows = service.agreement()
        if args.json:
            _print_json([{"criterion": r.criterion_key, "label": r.label, "interactions": r.interactions,
                          "percent_agreement": r.percent, "kappa": r.kappa} for r in rows])  # fmt: skip
            return 0
        print(tr("criterion · interactions scored both ways · agreement · κ"))
        for r in rows:
            percent = "–" if r.percent is None else f"{r.percent:.0f} %"
            kappa = "–" if r.kappa is None else f"{r.kappa:.2f}"
            print(f"{r.label} · {r.interactions} · {percent} · {kappa}")
        return 0
    if not args.all and not args.ids:
        raise CliError(tr("give interaction ids or --all"))
    user = current_user(db, args)
    if user.role == UserRole.AGENT:
        raise CliError(tr("automatic answers are run by reviewers, leads and administrators"))
    report = service.run(None if args.all else args.ids, actor=user.name, rerun=args.rerun)
    if args.json:
        _print_json({"scored": report.scored, "skipped": report.skipped})
    else:
        print(tr("{scored} interactions checked automatically; {skipped} had nothing to check yet (calls not "
                 "transcribed, no scorecard for the channel)").format(scored=report.scored,
                                                                      skipped=report.skipped))  # fmt: skip
    return 0


def add_risk_arguments(sample: argparse.ArgumentParser) -> None:
    """`qa-studio sample` options that draw a share of each agent's sample from AutoQA's flagged interactions."""
    sample.add_argument("--risk-share", type=float, metavar="SHARE",
                        help=tr("share of each agent's sample from flagged interactions, e.g. 0.3"))  # fmt: skip
    sample.add_argument("--risk-flags", metavar="FLAGS",
                        help=tr("comma-separated AutoQA flags, e.g. fatal_suspected,forbidden_phrase"))  # fmt: skip
    sample.add_argument("--risk-below", type=float, metavar="SCORE", help=tr("or an automatic score under SCORE"))


def risk_rule(args: argparse.Namespace) -> RiskRule | None:
    """The plan's risk rule from the options; ValueError (shown as the reason) when they do not make one."""
    from qa_studio.sampling import RiskRule
    from qa_studio.scoring.autoqa import Flag

    if args.risk_share is None:
        if args.risk_flags or args.risk_below is not None:
            raise ValueError(tr("--risk-flags and --risk-below need --risk-share"))
        return None
    flags = tuple(f.strip() for f in (args.risk_flags or "").split(",") if f.strip())
    unknown = [f for f in flags if f not in set(Flag)]
    if unknown:
        raise ValueError(tr("unknown flag {flag}; choose from {flags}").format(
            flag=unknown[0], flags=", ".join(Flag)))  # fmt: skip
    return RiskRule(args.risk_share, flags, args.risk_below)
