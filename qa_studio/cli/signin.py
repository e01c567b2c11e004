"""Who the CLI acts as: the person the connection proves.

The team database's login, or this computer's account; where local accounts with passwords exist, `--user NAME`
with the password from QA_STUDIO_PASSWORD or a prompt. No option names another person to act as."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from qa_studio.cli.common import CliError
from qa_studio.i18n import tr
from qa_studio.services.identity import CurrentUser, IdentityService
from qa_studio.storage.database import Database

PASSWORD_ENV_VAR = "QA_STUDIO_PASSWORD"
NEW_PASSWORD_ENV_VAR = "QA_STUDIO_NEW_PASSWORD"


def current_user(db: Database, args: argparse.Namespace) -> CurrentUser:
    """Who this command acts as (cached on `args`); SignInError when that cannot be proved."""
    cached = getattr(args, "_current_user", None)
    if cached is not None:
        return cached
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


def me(db: Database, args: argparse.Namespace) -> str:
    """The signed-in person's name: the actor of everything this command writes."""
    return current_user(db, args).name


def new_password(args: argparse.Namespace, who: str) -> str | None:
    """A password to set: from QA_STUDIO_NEW_PASSWORD, else asked twice at a terminal, else none."""
    if os.environ.get(NEW_PASSWORD_ENV_VAR):
        return os.environ[NEW_PASSWORD_ENV_VAR]
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(tr("New password for {name}: ").format(name=who))
    if first != getpass.getpass(tr("Again: ")):
        raise CliError(tr("the two passwords differ; nothing was changed"))
    return first
