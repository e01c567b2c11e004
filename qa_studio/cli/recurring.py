"""`qa-studio due` and `qa-studio recurring …`: what is due or overdue for the signed-in person (recurring work that
is due is made first), and setting up sampling plans and calibration sessions that recur weekly or monthly."""

from __future__ import annotations

import argparse
from typing import Any

from qa_studio.cli.common import EXIT_OK, Add, CliError, add_actions, need, pad, print_json
from qa_studio.cli.signin import me
from qa_studio.i18n import tr
from qa_studio.storage.database import Database


def register(add: Add) -> None:
    add("due", tr("make the recurring work that is due, then list what is due or overdue for you"), run_due)
    action = add_actions(add("recurring", tr("sampling plans and calibration sessions that recur weekly or monthly"),
                             run_recurring))  # fmt: skip
    new = action("add", tr("set up recurring work"))
    new.add_argument("--name", required=True)
    new.add_argument("--kind", choices=["sampling", "calibration"], required=True)
    new.add_argument("--cadence", choices=["weekly", "monthly"], required=True)
    new.add_argument("--reviewers", required=True, help=tr("comma-separated reviewer names"))
    new.add_argument("--per-agent", type=int, default=10, help=tr("sampling: interactions per agent (default 10)"))
    new.add_argument("--seed", type=int, default=1)
    new.add_argument("--scorecard", metavar="KEY", help=tr("calibration: the scorecard"))
    new.add_argument("--items", type=int, default=3, help=tr("calibration: interactions per session (default 3)"))
    new.add_argument("--expert", metavar="NAME", help=tr("calibration: the expert whose answers are the benchmark"))
    action("list", tr("every recurring work and the last period made"))
    for verb, text in (("pause", tr("stop making new instances")), ("resume", tr("make new instances again"))):
        action(verb, text).add_argument("name", metavar="NAME")


def run_due(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.i18n import translate
    from qa_studio.services.due import KIND_LABELS, DueService
    from qa_studio.services.recurrence import RecurrenceService

    person = me(db, args)
    recurrence = RecurrenceService(db)
    created = recurrence.create_due(person)
    summary = DueService(db).summary(person)
    waiting = recurrence.due()
    if args.json:
        print_json({"created": [{"name": c.name, "kind": c.kind.value, "period": c.period, "session": c.session_id,
                                 "assigned": c.assigned} for c in created],
                    "due": {k.value: {"due": c.due, "overdue": c.overdue} for k, c in summary.counts.items()},
                    "recurring_due": [{"name": d.name, "kind": d.kind.value, "period": d.period} for d in waiting]})
        return EXIT_OK  # fmt: skip
    for c in created:
        print(tr("made {name} for {period}").format(name=c.name, period=c.period))
    for kind, count in summary.counts.items():
        if count.due:
            print(tr("{what}: {due} due, {overdue} overdue").format(
                what=translate("Due", KIND_LABELS[kind]), due=count.due, overdue=count.overdue))  # fmt: skip
    for d in waiting:
        print(tr("still due: {name} for {period} (a lead's start makes it)").format(name=d.name, period=d.period))
    if not created and not summary.total_due and not waiting:
        print(tr("nothing is due"))
    return EXIT_OK


def run_recurring(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.services.evaluations import EvaluationError
    from qa_studio.services.recurrence import Cadence, RecurrenceService, WorkKind, describe

    service = RecurrenceService(db)
    try:
        if args.action == "add":
            reviewers = [r.strip() for r in args.reviewers.split(",") if r.strip()]
            settings: dict[str, Any] = {"reviewers": reviewers}
            if args.kind == "sampling":
                settings |= {"per_agent": args.per_agent, "seed": args.seed}
            else:
                need(args, "scorecard")
                settings |= {"scorecard": args.scorecard, "items": args.items, "expert": args.expert}
            work_id = service.add(args.name, WorkKind(args.kind), Cadence(args.cadence), settings, me(db, args))
            print_json({"id": work_id}) if args.json else print(tr("recurring work {id} added").format(id=work_id))
        elif args.action == "list":
            works = service.works()
            if args.json:
                print_json([{"name": w.name, "kind": w.kind.value, "cadence": w.cadence.value, "active": w.active,
                             "last_period": w.last_period, "settings": w.settings} for w in works])  # fmt: skip
            for w in [] if args.json else works:
                state = "" if w.active else tr("(paused)")
                print(f"{pad(w.name, 24)} {w.kind.value:<11} {w.cadence.value:<8} {w.last_period or '—':<9} "
                      f"{describe(w.settings, w.kind)} {state}")
        else:
            service.set_active(args.name, args.action == "resume", me(db, args))
    except EvaluationError as exc:
        raise CliError(str(exc)) from None
    return EXIT_OK
