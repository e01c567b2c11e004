"""`qa-studio audit`: who changed what, when; and the check of the audit log's seals."""

from __future__ import annotations

import argparse
import json
import sys

from qa_studio.cli.common import EXIT_OK, EXIT_REFUSED, Add, add_actions, pad, print_json
from qa_studio.cli.signin import current_user
from qa_studio.i18n import tr
from qa_studio.storage.database import Database


def register(add: Add) -> None:
    au = add("audit", tr("print the audit log: who changed what, when (old → new); verify: check its seals"),
             _cmd_audit)  # fmt: skip
    _filters(au, default=None)
    action = add_actions(au, required=False)
    _filters(action("list", tr("the audit log (the default)")), default=argparse.SUPPRESS)
    action("verify", tr("check every entry's seal: changed, inserted or removed entries"))


def _filters(parser: argparse.ArgumentParser, default: object) -> None:
    # On the group and on `list` alike, so `audit --entity X` and `audit list --entity X` both work.
    parser.add_argument("--entity", default=default, help=tr("evaluation, interaction, scorecard_version, "
                                                             "import_batch…"))  # fmt: skip
    parser.add_argument("--id", type=int, default=default)
    parser.add_argument("--csv", action="store_true", default=argparse.SUPPRESS if default is argparse.SUPPRESS
                        else False, help=tr("CSV for a spreadsheet"))  # fmt: skip


def _cmd_audit(db: Database, args: argparse.Namespace) -> int:
    import csv

    from qa_studio.reports.cells import csv_field
    from qa_studio.services import audit

    if args.action == "verify":
        checked, problems = audit.verify(db)
        if args.json:
            print_json({"checked": checked, "problems": [{"id": p.entry_id, "problem": p.kind} for p in problems]})
        words = {"changed": tr("changed after it was written"), "broken": tr("an entry before it was removed or "
                 "inserted"), "unsealed": tr("written without its seal")}  # fmt: skip
        for problem in problems if not args.json else []:
            print(tr("entry {id}: {problem}").format(id=problem.entry_id, problem=words[problem.kind]))
        if not args.json:
            print(tr("{count} entries checked, {problems} problem(s)").format(count=checked, problems=len(problems)))
        return EXIT_REFUSED if problems else EXIT_OK
    viewer = current_user(db, args).name
    with db.session() as session:
        rows = [
            {"id": e.id, "at": e.at.isoformat(sep=" ", timespec="seconds"), "actor": e.actor, "action": e.action,
             "entity_type": e.entity_type, "entity_id": e.entity_id, "detail": e.detail}
            for e in audit.entries(session, args.entity, args.id, viewer=viewer)
        ]  # fmt: skip
    if args.json:
        print_json(rows)
    elif args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["id"])
        writer.writeheader()
        for row in rows:
            fields = {**row, "detail": json.dumps(row["detail"], ensure_ascii=False)}
            writer.writerow({key: csv_field(value) for key, value in fields.items()})  # text stays text in Excel
    else:
        for row in rows:
            detail = json.dumps(row["detail"], ensure_ascii=False)
            # An entry about many (an AutoQA run, a sample drawn) names only their kind.
            entity = row["entity_type"] if row["entity_id"] is None else f"{row['entity_type']} {row['entity_id']}"
            print(f"{row['at']}  {pad(row['actor'], 14)} {row['action']:<26} {entity}  {detail}")
    return EXIT_OK
