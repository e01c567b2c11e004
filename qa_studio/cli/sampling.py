"""`qa-studio sample`: a reproducible sample per agent, assigned to reviewers."""

from __future__ import annotations

import argparse
from typing import Any

from qa_studio.cli.autoqa import add_risk_arguments, risk_rule
from qa_studio.cli.common import EXIT_OK, Add, CliError, pad, parse_date, print_json
from qa_studio.cli.signin import me
from qa_studio.i18n import tr
from qa_studio.storage.database import Database


def register(add: Add) -> None:
    sp = add("sample", tr("draw a reproducible sample per agent and assign it to reviewers"), _cmd_sample)
    sp.add_argument("--per-agent", type=int, default=10, help=tr("interactions per agent (default 10)"))
    sp.add_argument("--percent", type=float, help=tr("a percentage of each agent's interactions instead"))
    sp.add_argument("--minimum", type=int, default=0, help=tr("with --percent: at least this many"))
    sp.add_argument("--strata", help=tr("channel shares, e.g. call:0.6,chat:0.4 (short strata fall back)"))
    sp.add_argument("--from", dest="date_from", type=parse_date, metavar="YYYY-MM-DD")
    sp.add_argument("--to", dest="date_to", type=parse_date, metavar="YYYY-MM-DD")
    sp.add_argument("--min-duration", type=float, metavar="SECONDS")
    sp.add_argument("--include-evaluated", action="store_true")
    sp.add_argument("--seed", type=int, default=1)
    sp.add_argument("--reviewers", required=True, help=tr("comma-separated reviewer names"))
    sp.add_argument("--method", choices=["round_robin", "load"], default="round_robin")
    sp.add_argument("--cap", type=int, help=tr("most open items per reviewer"))
    sp.add_argument("--name", default="monthly sample")
    sp.add_argument("--period", help=tr("label such as 2026-11"))
    sp.add_argument("--dry-run", action="store_true", help=tr("show the sample without assigning it"))
    add_risk_arguments(sp)


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
            risk=risk_rule(args),
        )
    except ValueError as exc:
        raise CliError(str(exc)) from None
    reviewers = [name.strip() for name in args.reviewers.split(",") if name.strip()]
    caps = {name: args.cap for name in reviewers} if args.cap else None
    run = SamplingService(db).draw(
        plan, reviewers, args.name, args.period, AssignmentMethod(args.method), caps, save=not args.dry_run
    , actor=me(db, args))
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
    risk_short = [{"agent": run.agent_names[agent_id], "asked": asked, "found": found}
                  for agent_id, (asked, found) in run.sample.risk_short.items()]  # fmt: skip
    if args.json:
        print_json({"items": items, "shortfalls": shortfalls, "unassigned": run.assignment.unassigned,
                     "excluded": run.sample.excluded, "stored": run.stored, "risk_short": risk_short})  # fmt: skip
        return EXIT_OK
    for item in items:
        print(f"{item['interaction_id']:>7}  {pad(item['agent'], 16)} → {pad(item['reviewer'], 12)} {item['rule']}")
    for shortfall in shortfalls:
        print(tr("SHORT  {agent}: {available} of {wanted} ({reason})").format(**shortfall))
    for short in risk_short:
        print(tr("RISK   {agent}: {found} of {asked} flagged by the risk rule; the rest drawn at random")
              .format(**short))  # fmt: skip
    print(tr("{count} sampled, {stored} assigned").format(count=len(items), stored=run.stored))
    return EXIT_OK
