"""Plumbing every command module shares: exit statuses, the error a command raises to refuse, JSON output, the
argument parser that explains instead of exiting, sub-actions with their own --help, and display-width padding.

Imports nothing from the other command modules, so any of them may import it without a cycle."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from qa_studio.cli.text import pad, width  # noqa: F401 - where command modules have always found them
from qa_studio.i18n import QT_TRANSLATE_NOOP, tr, translate
from qa_studio.storage.database import Database

# The exit statuses README.md documents; nothing else leaves `main`.
EXIT_OK = 0  # done
EXIT_REFUSED = 1  # bad input or refused: a wrong argument, a missing file, an unknown id, a step not allowed
EXIT_DATABASE = 2  # the database cannot be used: unreachable, damaged, newer than this QA Studio
EXIT_UNEXPECTED = 3  # a fault in QA Studio itself: one line here, the details in the log file
EXIT_INTERRUPTED = 130  # stopped with Ctrl+C
EXIT_CODES = (EXIT_OK, EXIT_REFUSED, EXIT_DATABASE, EXIT_UNEXPECTED, EXIT_INTERRUPTED)
# Older names, kept so command modules written against them still read right.
EXIT_SOME_FAILED = EXIT_REFUSED
EXIT_ERROR = EXIT_REFUSED

Handler = Callable[[Database, argparse.Namespace], int]
Add = Callable[[str, str, Handler], argparse.ArgumentParser]


class CliError(Exception):
    """Bad input or a refused step, explained in one line; exits with EXIT_REFUSED."""


class UsageError(CliError):
    """The command line itself is wrong (unknown option, missing argument): one line and where to find --help."""


class Parser(argparse.ArgumentParser):
    """An argument parser that raises UsageError instead of printing usage and exiting with status 2, which the
    exit-status table gives to an unusable database."""

    def parse_args(self, args: Sequence[str] | None = None, namespace: None = None) -> argparse.Namespace:  # type: ignore[override]
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            # Named by the command they were given to, so the hint leads to the help that lists its options.
            words = [self.prog] + [w for w in (getattr(parsed, "command", None), getattr(parsed, "action", None),
                                               getattr(parsed, "kind", None)) if w]  # fmt: skip
            prog = " ".join(words)
            raise UsageError(f"{prog}: " + tr("unrecognized arguments: {args}").format(args=" ".join(extras))
                             + " — " + tr("see {command} --help").format(command=prog))  # fmt: skip
        return parsed

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            f"{self.prog}: {message} — " + tr("see {command} --help").format(command=self.prog)
        )


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("{value} is not a date (use YYYY-MM-DD)").format(value=value)) from None


def add_json(parser: argparse.ArgumentParser, *, nested: bool = False) -> None:
    # A sub-action's default must not overwrite a --json given before the action's name.
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS if nested else False,
                        help=tr("print machine-readable JSON"))  # fmt: skip


def add_actions(
    parser: argparse.ArgumentParser, *, required: bool = True, dest: str = "action"
) -> Callable[[str, str], argparse.ArgumentParser]:
    """Sub-actions of a command group (`calibration score`, `scorecard validate`), each with its own options and
    --help; the chosen one lands in `args.action`, and the group's handler runs."""
    actions = parser.add_subparsers(dest=dest, metavar=dest.upper(), required=required)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        add_json(sub, nested=True)
        return sub

    return action


def need(args: argparse.Namespace, *names: str) -> None:
    """Refuse when options a step needs are missing (for options argparse cannot require on its own)."""
    missing = [n for n in names if getattr(args, n.replace("-", "_"), None) in (None, "")]
    if missing:
        what = ", ".join("--" + n if n not in ("name", "target", "session") else n.upper() for n in missing)
        raise CliError(tr("{command} {action} needs {what}").format(
            command=args.command, action=getattr(args, "action", None) or "", what=what))  # fmt: skip


def write_text(path: Path, text: str, overwrite: bool) -> None:
    """Write a text file the user named; an existing one is kept unless `overwrite` (one line, not a traceback)."""
    from qa_studio.files import write_file

    write_file(path, lambda target: target.write_text(text, encoding="utf-8"), overwrite)


def answer_from_json(value: Any) -> Any:
    from qa_studio.scoring.engine import Answer

    if isinstance(value, dict):
        raw = value.get("value")
        na = raw in ("na", "N/A") or bool(value.get("na"))
        return Answer(None if na else raw, na, value.get("root_cause"), value.get("comment"))
    if value in ("na", "N/A"):
        return Answer(None, True)
    return Answer(value)


# argparse's own words, in the catalogue so that usage lines, group titles and its refusals read in the user's
# language too (argparse looks each up through its module-level gettext function, swapped while parsing).
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
)


@contextmanager
def argparse_in_language() -> Iterator[None]:
    """While the parser is built and used: argparse's words through the catalogue, then as they were."""
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: translate("argparse", text)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]
