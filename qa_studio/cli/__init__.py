"""The qa-studio command line: `main` is the entry point; one module per command group (see app.COMMAND_MODULES),
shared plumbing in common.py, who runs a command in signin.py."""

from qa_studio.cli.app import build_parser, main
from qa_studio.cli.common import (
    EXIT_DATABASE,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_SOME_FAILED,
    EXIT_UNEXPECTED,
    CliError,
    answer_from_json,
    parse_date,
    print_json,
)  # fmt: skip
from qa_studio.cli.signin import current_user, me

# The names command modules imported from the single-file cli.py, so one written against them works once listed.
_print_json, _me, _parse_date, _answer_from_json = print_json, me, parse_date, answer_from_json

__all__ = [
    "EXIT_DATABASE", "EXIT_ERROR", "EXIT_OK", "EXIT_REFUSED", "EXIT_SOME_FAILED", "EXIT_UNEXPECTED", "CliError",
    "build_parser", "current_user", "main", "me", "print_json",
]  # fmt: skip
