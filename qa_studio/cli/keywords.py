"""`qa-studio keywords`: the team's keyword lists (complaint words, regulator or lawyer mentions), and how many
interactions mention them per agent, team and period."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from qa_studio.i18n import tr
from qa_studio.storage.database import Database

Add = Callable[[str, str, Callable[[Database, argparse.Namespace], int]], argparse.ArgumentParser]


def register(add: Add) -> None:
    kw = add("keywords", tr("keyword spotting: the team's phrase lists and their counts per agent, team and period"),
             run)  # fmt: skip
    kw.add_argument("action", choices=["list", "add", "remove", "counts"])
    kw.add_argument("name", nargs="?", metavar="LIST", help=tr("with add and remove: the list's name"))
    kw.add_argument("phrases", nargs="*", metavar="PHRASE",
                    help=tr("with add: phrases to spot; with remove: only these phrases (default: the whole list)"))
    kw.add_argument("--team", metavar="NAME", help=tr("with counts: one team"))
    kw.add_argument("--period", metavar="PERIOD", help=tr("with counts: 2026-W47, 2026-10, 2026-Q3, … (default: all)"))
    kw.add_argument("--per", choices=["day", "week", "month"], default="month",
                    help=tr("with counts: one line per day, week or month (default: month)"))  # fmt: skip


def run(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.cli.common import CliError
    from qa_studio.services.keywords import KeywordError
    from qa_studio.services.reporting import ReportError

    try:
        return _run(db, args)
    except (KeywordError, ReportError) as exc:  # a refusal or a bad value: one line, nothing written
        raise CliError(str(exc)) from None


def _run(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.cli.common import CliError, print_json
    from qa_studio.cli.signin import current_user
    from qa_studio.permissions import may_see_unmasked
    from qa_studio.services.keywords import KeywordService
    from qa_studio.services.reporting import parse_period

    me = current_user(db, args)
    if me.role.value == "agent":
        raise CliError(tr("keyword lists are for the QA team"))
    service = KeywordService(db, masked=not may_see_unmasked(me.role.value))
    if args.action in ("add", "remove") and not args.name:
        raise CliError(tr("keywords {action} needs the LIST's name").format(action=args.action))
    if args.action == "add":
        if not args.phrases:
            raise CliError(tr("keywords add needs at least one PHRASE"))
        kept = service.add(args.name, args.phrases, me.name)
        print(tr("{name}: {phrases}").format(name=kept.name, phrases=" · ".join(kept.phrases)))
        return 0
    if args.action == "remove":
        left = service.remove(args.name, me.name, args.phrases or None)
        print(tr("{name} removed").format(name=args.name) if left is None
              else tr("{name}: {phrases}").format(name=left.name, phrases=" · ".join(left.phrases)))  # fmt: skip
        return 0
    if args.action == "list":
        lists = service.lists()
        if args.json:
            print_json([{"name": k.name, "phrases": k.phrases} for k in lists])
        for k in lists if not args.json else []:
            print(tr("{name}: {phrases}").format(name=k.name, phrases=" · ".join(k.phrases)))
        if not lists and not args.json:
            print(tr("No keyword lists yet: add one with qa-studio keywords add NAME PHRASE…"))
        return 0
    period = parse_period(args.period)
    counts = service.counts(args.team, period.start, period.end, args.per)
    if args.json:
        print_json({"per": counts.unit, "agents": [r.as_json() for r in counts.rows],
                    "teams": [r.as_json() for r in counts.per_team()]})  # fmt: skip
        return 0
    print(tr("list · period · team · agent · interactions · mentions"))
    for row in counts.rows:
        print(f"{row.list_name} · {row.period.isoformat()} · {row.team or '—'} · {row.agent or '—'} · "
              f"{row.interactions} · {row.mentions}")  # fmt: skip
    if not counts.rows:
        print(tr("No interaction mentions a listed phrase in this period."))
    return 0
