"""`qa-studio glossary list|add|remove`: the team's words for transcription, used for every call decoded."""

from __future__ import annotations

import argparse

from qa_studio.cli.common import EXIT_OK, Add, CliError, print_json
from qa_studio.cli.signin import me
from qa_studio.i18n import tr
from qa_studio.storage.database import Database


def register(add: Add) -> None:
    glossary = add("glossary", tr("the team's glossary for transcription: list, add or remove terms"), _cmd_glossary)
    glossary.add_argument("action", choices=["list", "add", "remove"])
    example = tr("with add and remove: product names and service words, e.g. 退款 工单号")
    glossary.add_argument("terms", nargs="*", metavar="TERM", help=example)


def _cmd_glossary(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.services.glossary import GlossaryError, GlossaryService

    service = GlossaryService(db)
    if args.action != "list" and not args.terms:
        raise CliError(tr("glossary {action} needs at least one TERM").format(action=args.action))
    try:
        if args.action == "add":
            added = service.add(args.terms, actor=me(db, args))
            print(tr("{count} terms added").format(count=len(added)))
        elif args.action == "remove":
            removed = service.remove(args.terms, actor=me(db, args))
            print(tr("{count} terms removed").format(count=len(removed)))
    except GlossaryError as error:
        raise CliError(str(error)) from None
    terms = service.terms()
    if args.json:
        print_json({"terms": list(terms)})
    elif args.action == "list":
        for term in terms:
            print(term)
    return EXIT_OK
