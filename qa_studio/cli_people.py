"""`qa-studio users|team|acknowledge|dispute|decide|coaching` and who the CLI acts as.

The CLI acts as the person the connection proves: the team database's login, or this computer's account; where
local accounts with passwords exist, `--user NAME` with the password from QA_STUDIO_PASSWORD or a prompt. No option
names another person to act as."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from datetime import date

from qa_studio.i18n import tr
from qa_studio.services.identity import CurrentUser, IdentityService
from qa_studio.storage.database import Database

Add = Callable[[str, str, Callable[[Database, argparse.Namespace], int]], argparse.ArgumentParser]
PASSWORD_ENV_VAR = "QA_STUDIO_PASSWORD"
NEW_PASSWORD_ENV_VAR = "QA_STUDIO_NEW_PASSWORD"


def current_user(db: Database, args: argparse.Namespace) -> CurrentUser:
    """Who this command acts as (cached on `args`); SignInError when that cannot be proved."""
    cached = getattr(args, "_current_user", None)
    if cached is not None:
        return cached
    from qa_studio.cli import CliError

    identity = IdentityService(db)
    name = getattr(args, "user", None)
    if not identity.needs_password():
        # The database login or this computer's account; `--user` only names this account the first time it is
        # recognised on a database (as the first-run wizard does), and never makes it someone else.
        user = identity.current(claim_name=name)
        if name and user.name != name:
            raise CliError(tr("you are {me} on this database, not {name}: QA Studio acts only as the person the "
                              "connection or this computer's account proves").format(me=user.name, name=name))
        args._current_user = user
        return user
    if not name:
        raise CliError(tr("this computer's QA Studio has accounts with passwords: give --user NAME"))
    password = os.environ.get(PASSWORD_ENV_VAR)
    if password is None:
        if not sys.stdin.isatty():
            raise CliError(tr("give the password in {var} or run the command at a terminal").format(
                var=PASSWORD_ENV_VAR))  # fmt: skip
        password = getpass.getpass(tr("Password for {name}: ").format(name=name))
    user = identity.sign_in(name, password)
    args._current_user = user
    return user


def _new_password(args: argparse.Namespace, who: str) -> str | None:
    """A password to set: from QA_STUDIO_NEW_PASSWORD, else asked twice at a terminal, else none."""
    from qa_studio.cli import CliError

    if os.environ.get(NEW_PASSWORD_ENV_VAR):
        return os.environ[NEW_PASSWORD_ENV_VAR]
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(tr("New password for {name}: ").format(name=who))
    if first != getpass.getpass(tr("Again: ")):
        raise CliError(tr("the two passwords differ; nothing was changed"))
    return first


def register(add: Add) -> None:
    users = add("users", tr("list people, add them, set roles, disable accounts, reset passwords"), run_users)
    users.add_argument("action", choices=["list", "add", "set-role", "disable", "enable", "reset-password"])
    users.add_argument("name", nargs="?", metavar="NAME")
    users.add_argument("--role", choices=["reviewer", "lead", "trainer", "admin", "agent"])
    users.add_argument("--login", help=tr("database login (team database) or this computer's account name"))
    users.add_argument("--agent", metavar="AGENT", help=tr("with an agent account: the agent whose results it shows"))
    users.add_argument("--password", action="store_true",
                       help=tr("with add: give a password (from {var} or asked)").format(var=NEW_PASSWORD_ENV_VAR))

    team = add("team", tr("turn a PostgreSQL database into a team database (run once, as its owner)"), run_team)
    team.add_argument("action", choices=["enable", "status"])
    team.add_argument("--prefix", default="qa", help=tr("prefix of the group roles (default qa: qa_reviewer, …)"))
    team.add_argument("--admin-name", help=tr("the first administrator's name in QA Studio"))
    team.add_argument("--admin-login", help=tr("the first administrator's database login"))

    ack = add("acknowledge", tr("as the agent: confirm you have read an evaluation"), run_acknowledge)
    ack.add_argument("evaluation", type=int, metavar="EVALUATION")

    dispute = add("dispute", tr("as the agent: dispute one criterion of an evaluation"), run_dispute)
    dispute.add_argument("evaluation", type=int, metavar="EVALUATION")
    dispute.add_argument("--criterion", required=True, metavar="KEY")
    dispute.add_argument("--reason", required=True)
    dispute.add_argument("--proposed", metavar="ANSWER", help=tr("the answer you propose (yes, no, na, an option)"))

    decide = add("decide", tr("as a lead: accept, partly accept or reject a dispute"), run_decide)
    decide.add_argument("dispute", type=int, metavar="DISPUTE")
    decide.add_argument("--decision", required=True, choices=["accept", "partial", "reject"])
    decide.add_argument("--reason", required=True)
    decide.add_argument("--value", metavar="ANSWER", help=tr("with partial: the answer that stands"))

    coaching = add("coaching", tr("coaching records: list an agent's, add an action, set an action's state"),
                   run_coaching)  # fmt: skip
    coaching.add_argument("action", choices=["list", "add-action", "set-action"])
    coaching.add_argument("target", nargs="?", metavar="AGENT_OR_ID")
    coaching.add_argument("--text", help=tr("with add-action: what the agent will do"))
    coaching.add_argument("--due", type=date.fromisoformat, metavar="YYYY-MM-DD")
    coaching.add_argument("--status", choices=["open", "done", "missed"])


def _need(args: argparse.Namespace, *names: str) -> None:
    from qa_studio.cli import CliError

    missing = [n for n in names if getattr(args, n.replace("-", "_")) in (None, "")]
    if missing:
        raise CliError(tr("{command} {action} needs {what}").format(
            command=args.command, action=getattr(args, "action", ""), what=", ".join(
                "--" + n if n not in ("name", "target") else n.upper() for n in missing)))  # fmt: skip


def run_users(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.cli import EXIT_OK, _print_json
    from qa_studio.services.users import UserService

    service = UserService(db)
    if args.action == "list":
        rows = service.list()
        if args.json:
            _print_json([vars_of(u) for u in rows])
            return EXIT_OK
        for user in rows:
            state = tr("active") if user.active else tr("disabled")
            how = user.login or ("password" if user.has_password else "—")
            print(f"{user.name:<20} {user.role:<9} {state:<9} {how}" + (f"  ({user.agent})" if user.agent else ""))
        return EXIT_OK
    actor = current_user(db, args).name
    _need(args, "name")
    if args.action == "add":
        _need(args, "role")
        password = _new_password(args, args.name) if args.password or (args.login and service_is_team(db)) else None
        service.add(args.name, args.role, actor, login=args.login, password=password, agent=args.agent)
        print(tr("added {name} ({role})").format(name=args.name, role=args.role))
    elif args.action == "set-role":
        _need(args, "role")
        service.set_role(args.name, args.role, actor)
        print(tr("{name} is now {role}").format(name=args.name, role=args.role))
    elif args.action in ("disable", "enable"):
        service.set_active(args.name, args.action == "enable", actor)
        print(tr("{name}: {state}").format(name=args.name, state=tr("enabled" if args.action == "enable"
                                                                      else "disabled")))  # fmt: skip
    else:
        password = _new_password(args, args.name)
        if not password:
            from qa_studio.cli import CliError

            raise CliError(tr("give the new password in {var} or run the command at a terminal").format(
                var=NEW_PASSWORD_ENV_VAR))  # fmt: skip
        service.reset_password(args.name, password, actor)
        print(tr("the password of {name} was changed").format(name=args.name))
    return EXIT_OK


def vars_of(user: object) -> dict:
    from dataclasses import asdict

    return asdict(user)  # type: ignore[call-overload]


def service_is_team(db: Database) -> bool:
    return IdentityService(db).is_team_database()


def run_team(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.cli import EXIT_OK, _print_json
    from qa_studio.services.team import TeamService

    service = TeamService(db)
    if args.action == "status":
        status = service.status()
        if args.json:
            _print_json(vars_of(status))
        elif status.team_mode:
            print(tr("{database}: a team database (group roles {prefix}_…); you are {login}").format(
                database=status.database, prefix=status.prefix, login=status.login))  # fmt: skip
        else:
            print(tr("not a team database: everyone who can connect is trusted by the server"))
        return EXIT_OK
    _need(args, "admin-name", "admin-login")
    service.enable(args.prefix, args.admin_name, args.admin_login, _new_password(args, args.admin_login))
    print(tr("{database} is now a team database; {name} ({login}) is its administrator").format(
        database=service.status().database, name=args.admin_name, login=args.admin_login))  # fmt: skip
    return EXIT_OK


def run_acknowledge(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.cli import EXIT_OK
    from qa_studio.services.evaluations import EvaluationService

    EvaluationService(db).acknowledge(args.evaluation, current_user(db, args).name)
    print(tr("evaluation {id} acknowledged").format(id=args.evaluation))
    return EXIT_OK


def run_dispute(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.cli import EXIT_OK
    from qa_studio.services.evaluations import EvaluationService

    number = EvaluationService(db).dispute(
        args.evaluation, args.criterion, args.reason, args.proposed, current_user(db, args).name
    )
    print(tr("dispute {id} raised; a lead will decide it").format(id=number))
    return EXIT_OK


def run_decide(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.cli import EXIT_OK
    from qa_studio.services.evaluations import EvaluationService

    result = EvaluationService(db).resolve_dispute(
        args.dispute, args.decision, args.reason, current_user(db, args).name, args.value
    )
    score = f" — {result.score}" if result is not None else ""
    print(tr("dispute {id} decided: {decision}").format(id=args.dispute, decision=args.decision) + score)
    return EXIT_OK


def run_coaching(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.cli import EXIT_OK, CliError, _print_json
    from qa_studio.services.coaching import CoachingService

    service = CoachingService(db)
    _need(args, "target")
    if args.action == "list":
        me = current_user(db, args)
        if me.is_agent and args.target != me.name:
            raise CliError(tr("an agent sees only their own coaching"))
        records = service.for_agent(args.target)
        if args.json:
            _print_json([vars_of(r) for r in records])
            return EXIT_OK
        for record in records:
            print(f"#{record.id} {record.held_on or '—'} {record.status}  {', '.join(record.focus_criteria)}")
            for action in record.actions:
                print(f"    [{action.id}] {action.status:<7} {action.due_on or '':<10} {action.description}")
        return EXIT_OK
    try:
        target = int(args.target)
    except ValueError:
        raise CliError(tr("{value} is not a number").format(value=args.target)) from None
    actor = current_user(db, args).name
    if args.action == "add-action":
        _need(args, "text")
        action = service.add_action(target, args.text, args.due, actor)
    else:
        _need(args, "status")
        action = service.set_action_status(target, args.status, actor)
    print(f"[{action.id}] {action.status} {action.due_on or ''} {action.description}")
    return EXIT_OK
