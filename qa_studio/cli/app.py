"""The qa-studio command: the top-level parser, the command modules it registers, and `main`, the one place that
turns every failure into one line and a documented exit status (common.py lists them)."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import inspect
import os
import sys
from collections.abc import Sequence

from qa_studio import __version__
from qa_studio.cli.common import (
    EXIT_DATABASE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_UNEXPECTED,
    CliError,
    Handler,
    Parser,
    UsageError,
    add_json,
    argparse_in_language,
)  # fmt: skip
from qa_studio.i18n import configured_language, tr, use_language_outside_gui
from qa_studio.startup import resume_collection
from qa_studio.storage.database import DB_ENV_VAR, Database, StorageError, open_database

# One line per command module, each with `register(add)` (or `register(commands, add)` when it needs the
# subparsers object itself); the order is the order of `qa-studio --help`.
COMMAND_MODULES = (
    "qa_studio.cli.interactions",
    "qa_studio.cli.transcription",
    "qa_studio.cli.scorecards",
    "qa_studio.cli.sampling",
    "qa_studio.cli.audit",
    "qa_studio.cli.calibration",
    "qa_studio.cli.reports",
    "qa_studio.cli.people",
    "qa_studio.cli.storage",
    "qa_studio.cli.media",
    "qa_studio.cli.kpi",
    "qa_studio.cli.autoqa",
    "qa_studio.cli.glossary",
    "qa_studio.cli.keywords",
    "qa_studio.cli.reviewers",
    "qa_studio.cli.recurring",
)


def _cmd_gui(_db: Database | None, args: argparse.Namespace) -> int:
    from qa_studio.console import quiet_media_logging

    quiet_media_logging()  # before QtMultimedia loads: its backend's chatter stays off the terminal
    from qa_studio.ui.app import run_gui

    return run_gui(args.db)


def build_parser(commands_too: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without `commands_too`, only what opening the app reads (its options and `gui`), so
    that opening it does not load every command module first (a fifth of a second of its start)."""
    parser = Parser(
        prog="qa-studio",
        description=tr(
            "QA Studio: local-first quality assurance for contact centres. Without a command, opens the app."
        ),
        epilog=tr("Exit status: 0 done; 1 bad input or refused; 2 the database cannot be used; 3 a fault in QA "
                  "Studio (details in the log file); 130 interrupted."),
    )  # fmt: skip
    parser.add_argument("--version", action="version", version=f"QA Studio {__version__}")
    parser.add_argument(
        "--user", metavar="NAME",
        help=tr("your name, where this computer's QA Studio has accounts with passwords (password from "
                "QA_STUDIO_PASSWORD or asked); elsewhere you are the database login or this computer's account"),
    )  # fmt: skip
    parser.add_argument(
        "--db",
        metavar="URL",
        help=tr("database URL (default: ${var}, else the embedded SQLite file in your data folder)").replace(
            "${var}", DB_ENV_VAR
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        add_json(sub)
        return sub

    for name in COMMAND_MODULES if commands_too else ():
        register = importlib.import_module(name).register
        if len(inspect.signature(register).parameters) == 2:
            register(commands, add)
        else:
            register(add)

    gui = commands.add_parser("gui", help=tr("open the app (the default)"))
    gui.set_defaults(handler=_cmd_gui)
    return parser


def _refusals() -> tuple[type[Exception], ...]:
    """Errors that mean "not allowed" or "no such thing": said in one line, nothing written."""
    from qa_studio.scoring.loader import ScorecardInvalid
    from qa_studio.services.coaching import CoachingError
    from qa_studio.services.evaluations import EvaluationError
    from qa_studio.services.identity import SignInError
    from qa_studio.services.team import TeamError
    from qa_studio.services.users import UserError

    return (CliError, SignInError, UserError, TeamError, EvaluationError, CoachingError, ScorecardInvalid, LookupError)


def _say(args: argparse.Namespace | None, message: object) -> None:
    command = getattr(args, "command", None)
    prefix = f"qa-studio {command}" if command else "qa-studio"
    text = str(message)
    print(text if text.startswith("qa-studio") else f"{prefix}: {text}", file=sys.stderr)


def _unexpected(args: argparse.Namespace | None, exc: BaseException) -> int:
    """A fault in QA Studio: one line for the user, the traceback in the log file for whoever fixes it."""
    import traceback

    from qa_studio.paths import data_dir

    log = data_dir() / "logs" / "cli.log"
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as out:
            out.write(f"--- qa-studio {' '.join(sys.argv[1:])}\n")
            out.write("".join(traceback.format_exception(exc)))
        where = tr("details in {file}").format(file=log)
    except OSError:
        where = tr("no log file could be written")
    _say(args, tr("QA Studio failed unexpectedly ({error}: {message}); {where}").format(
        error=type(exc).__name__, message=exc, where=where))  # fmt: skip
    return EXIT_UNEXPECTED


def _opens_gui(argv: Sequence[str]) -> bool:
    """Whether this run opens the app (no command, or `gui`), found without the parser, whose help is translated."""
    words = iter(argv)
    for word in words:
        if word in ("--db", "--user"):
            next(words, None)
        elif word == "-h" or (len(word) > 2 and ("--help".startswith(word) or "--version".startswith(word))):
            return False  # also as argparse takes them shortened (--he, --vers)
        elif not word.startswith("-"):
            return word == "gui"
    return True


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args: argparse.Namespace | None = None
    try:
        opens_gui = _opens_gui(argv)
        if opens_gui:
            import qa_studio.ui  # noqa: F401 - the services before Qt, which the parser's words load (ui/__init__.py)
        else:  # the app installs its own translators when it opens
            use_language_outside_gui(configured_language())
        try:
            with argparse_in_language():
                args = build_parser(commands_too=not opens_gui).parse_args(argv)
        except SystemExit as done:  # --help and --version: printed, and done
            return done.code if isinstance(done.code, int) else EXIT_OK
        except UsageError:
            if not opens_gui:
                raise
            # The app will not open after all: its arguments' error is said in the person's language too.
            use_language_outside_gui(configured_language())
            with argparse_in_language():
                build_parser(commands_too=False).parse_args(argv)
            raise
        return _run(args)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader stopped early (`… | head`): what it wanted was written
        _silence_stdout()
        return EXIT_OK
    except KeyError as exc:  # a LookupError, but never one the services raise to refuse: a fault
        return _unexpected(args, exc)
    except _refusals() as exc:
        # Bad input, or a step the person may not take: said in their language, nothing written.
        _say(args, exc.args[0] if isinstance(exc, LookupError) and exc.args else exc)
        return EXIT_REFUSED
    except StorageError as exc:
        _say(None, exc)
        return EXIT_DATABASE
    except OSError as exc:  # a file named on the command line that is missing, unreadable or may not be written
        name = exc.filename or ""
        _say(args, f"{name}: {exc.strerror or exc}" if name else exc.strerror or exc)
        return EXIT_REFUSED
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback on the terminal
        return _unexpected(args, exc)


def _silence_stdout() -> None:
    """Python would report the closed pipe once more when it flushes stdout at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _run(args: argparse.Namespace) -> int:
    handler = getattr(args, "handler", None)
    if (offline := getattr(args, "no_database", None)) is not None:
        # Such as validating scorecard files: no database needed, so it works anywhere (editors, CI).
        return offline(args)
    if handler is None or handler is _cmd_gui:
        args.db = getattr(args, "db", None)
        return _cmd_gui(None, args)
    resume_collection()  # the command's modules are loaded (startup.py)
    if (before_open := getattr(args, "before_open", None)) is not None and (early := before_open(args)) is not None:
        return early
    database = open_database(args.db)
    try:
        from sqlalchemy import select

        from qa_studio.cli.signin import current_user
        from qa_studio.storage.models import ImportBatch

        if not getattr(args, "skip_sign_in", False):
            me = current_user(database, args)  # every command knows who runs it before it reads a row
            # An import killed last time says so from this start on, noticed by whoever runs a command; housekeeping
            # only, so a read-only account still gets its command run. The importers are loaded only when a batch
            # is unfinished.
            unfinished = None
            with contextlib.suppress(StorageError), database.session() as session:
                unfinished = session.scalar(select(ImportBatch.id).where(ImportBatch.finished_at.is_(None)).limit(1))
            if unfinished is not None:
                from qa_studio.services.imports import mark_interrupted_batches

                with contextlib.suppress(StorageError):
                    mark_interrupted_batches(database, me.name)
        return handler(database, args)
    finally:
        database.dispose()


if __name__ == "__main__":
    sys.exit(main())
