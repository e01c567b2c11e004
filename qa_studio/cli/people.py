"""`qa-studio users|team|acknowledge|dispute|decide|coaching`: people, the team database and the agent's and
lead's workflow steps, each as the signed-in person (see signin.py)."""

from __future__ import annotations

import argparse

from qa_studio.cli.common import EXIT_OK, Add, CliError, add_actions, pad, parse_date, print_json
from qa_studio.cli.signin import NEW_PASSWORD_ENV_VAR, current_user, new_password
from qa_studio.i18n import tr
from qa_studio.services.identity import IdentityService
from qa_studio.storage.database import Database


def register(add: Add) -> None:
    users = add_actions(add("users", tr("list people, add them, set roles, disable accounts, reset passwords"),
                            run_users))  # fmt: skip
    users("list", tr("everyone with an account, their role and how they sign in"))
    adding = users("add", tr("add a person with a role; on a team database, also gives a person recorded without a "
                             "database login (before team mode) their own"))  # fmt: skip
    adding.add_argument("name", metavar="NAME")
    adding.add_argument("--role", required=True, choices=ROLES)
    adding.add_argument("--login", help=tr("database login (team database) or this computer's account name"))
    adding.add_argument("--agent", metavar="AGENT", help=tr("with an agent account: the agent whose results it shows"))
    adding.add_argument("--password", action="store_true",
                        help=tr("give a password (from {var} or asked)").format(var=NEW_PASSWORD_ENV_VAR))
    set_role = users("set-role", tr("give a person another role"))
    set_role.add_argument("name", metavar="NAME")
    set_role.add_argument("--role", required=True, choices=ROLES)
    for action, help_text in (("disable", tr("stop an account signing in (its history stays)")),
                              ("enable", tr("let a disabled account sign in again")),
                              ("reset-password", tr("set a new password (from {var} or asked)").format(
                                  var=NEW_PASSWORD_ENV_VAR))):  # fmt: skip
        users(action, help_text).add_argument("name", metavar="NAME")

    team_parser = add("team", tr("turn a PostgreSQL database into a team database (run once, as its owner)"), run_team)
    team_parser.set_defaults(skip_sign_in=True)  # the server's owner turns team mode on; nobody else is asked
    team = add_actions(team_parser)
    enable = team("enable", tr("create the group roles, grants and row-level security and the first administrator"))
    enable.add_argument("--prefix", default="qa", help=tr("prefix of the group roles (default qa: qa_reviewer, …)"))
    enable.add_argument("--admin-name", required=True, help=tr("the first administrator's name in QA Studio"))
    enable.add_argument("--admin-login", required=True, help=tr("the first administrator's database login"))
    team("status", tr("whether this is a team database, and who you are on it"))

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

    coaching = add_actions(add("coaching", tr("coaching records: list an agent's, add an action, set an action's "
                                              "state"), run_coaching))  # fmt: skip
    coaching("list", tr("an agent's coaching records and their actions")).add_argument("target", metavar="AGENT")
    add_action = coaching("add-action", tr("add an action to a coaching record"))
    add_action.add_argument("target", type=int, metavar="RECORD")
    add_action.add_argument("--text", required=True, help=tr("what the agent will do"))
    add_action.add_argument("--due", type=parse_date, metavar="YYYY-MM-DD")
    set_action = coaching("set-action", tr("mark an action open, done or missed"))
    set_action.add_argument("target", type=int, metavar="ACTION")
    set_action.add_argument("--status", required=True, choices=["open", "done", "missed"])


ROLES = ["reviewer", "lead", "trainer", "admin", "agent"]


def run_users(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.services.users import UserService

    service = UserService(db)
    if args.action == "list":
        rows = service.list()
        if args.json:
            print_json([vars_of(u) for u in rows])
            return EXIT_OK
        for user in rows:
            state = tr("active") if user.active else tr("disabled")
            how = user.login or ("password" if user.has_password else "—")
            agent = f"  ({user.agent})" if user.agent else ""
            print(f"{pad(user.name, 20)} {user.role:<9} {pad(state, 9)} {how}{agent}")
        return EXIT_OK
    actor = current_user(db, args).name
    if args.action == "add":
        password = new_password(args, args.name) if args.password or (args.login and service_is_team(db)) else None
        known = any(user.name == args.name.strip() for user in service.list())
        added = service.add(args.name, args.role, actor, login=args.login, password=password, agent=args.agent)
        if known:  # someone recorded before team mode, now given their own login
            print(tr("{name} ({role}) now signs in as {login}").format(name=added.name, role=added.role,
                                                                         login=added.login))  # fmt: skip
        else:
            print(tr("added {name} ({role})").format(name=args.name, role=args.role))
    elif args.action == "set-role":
        service.set_role(args.name, args.role, actor)
        print(tr("{name} is now {role}").format(name=args.name, role=args.role))
    elif args.action in ("disable", "enable"):
        service.set_active(args.name, args.action == "enable", actor)
        print(tr("{name}: {state}").format(name=args.name, state=tr("enabled" if args.action == "enable"
                                                                      else "disabled")))  # fmt: skip
    else:
        password = new_password(args, args.name)
        if not password:
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
    from qa_studio.services.team import TeamService

    service = TeamService(db)
    if args.action == "status":
        status = service.status()
        if args.json:
            print_json(vars_of(status))
        elif status.team_mode:
            print(tr("{database}: a team database (group roles {prefix}_…); you are {login}").format(
                database=status.database, prefix=status.prefix, login=status.login))  # fmt: skip
        else:
            print(tr("not a team database: everyone who can connect is trusted by the server"))
        return EXIT_OK
    service.enable(args.prefix, args.admin_name, args.admin_login, new_password(args, args.admin_login))
    print(tr("{database} is now a team database; {name} ({login}) is its administrator").format(
        database=service.status().database, name=args.admin_name, login=args.admin_login))  # fmt: skip
    return EXIT_OK


def run_acknowledge(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.services.evaluations import EvaluationService

    EvaluationService(db).acknowledge(args.evaluation, current_user(db, args).name)
    print(tr("evaluation {id} acknowledged").format(id=args.evaluation))
    return EXIT_OK


def run_dispute(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.services.evaluations import EvaluationService

    number = EvaluationService(db).dispute(
        args.evaluation, args.criterion, args.reason, args.proposed, current_user(db, args).name
    )
    print(tr("dispute {id} raised; a lead will decide it").format(id=number))
    return EXIT_OK


def run_decide(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.services.evaluations import EvaluationService

    result = EvaluationService(db).resolve_dispute(
        args.dispute, args.decision, args.reason, current_user(db, args).name, args.value
    )
    score = f" — {result.score}" if result is not None else ""
    print(tr("dispute {id} decided: {decision}").format(id=args.dispute, decision=args.decision) + score)
    return EXIT_OK


def run_coaching(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.services.coaching import CoachingService

    service = CoachingService(db)
    if args.action == "list":
        me = current_user(db, args)
        if me.is_agent and args.target != me.name:
            raise CliError(tr("an agent sees only their own coaching"))
        records = service.for_agent(args.target)
        if args.json:
            print_json([vars_of(r) for r in records])
            return EXIT_OK
        for record in records:
            print(f"#{record.id} {record.held_on or '—'} {record.status}  {', '.join(record.focus_criteria)}")
            for action in record.actions:
                print(f"    [{action.id}] {pad(action.status, 7)} {pad(action.due_on or ' ', 10)} {action.description}")
        return EXIT_OK
    target = args.target
    actor = current_user(db, args).name
    if args.action == "add-action":
        action = service.add_action(target, args.text, args.due, actor)
    else:
        action = service.set_action_status(target, args.status, actor)
    print(f"[{action.id}] {action.status} {action.due_on or ''} {action.description}")
    return EXIT_OK
