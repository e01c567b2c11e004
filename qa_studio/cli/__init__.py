"""The qa-studio command line: `main` is the entry point; one module per command group (see app.COMMAND_MODULES),
shared plumbing in common.py, who runs a command in signin.py.

Importing this package loads none of them: `qa-studio list` first tries the quick path (quick_list.py), which needs
neither the ORM nor Qt; the names below are loaded when first asked for."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from typing import Any

from qa_studio.startup import pause_collection, resume_collection

_NAMES = {
    **dict.fromkeys(("EXIT_DATABASE", "EXIT_ERROR", "EXIT_OK", "EXIT_REFUSED", "EXIT_SOME_FAILED", "EXIT_UNEXPECTED",
                     "CliError", "answer_from_json", "parse_date", "print_json"), "qa_studio.cli.common"),
    "build_parser": "qa_studio.cli.app",
    "current_user": "qa_studio.cli.signin",
    "me": "qa_studio.cli.signin",
}  # fmt: skip
# The names command modules imported from the single-file cli.py, so one written against them works once listed.
_OLD_NAMES = {"_print_json": "print_json", "_me": "me", "_parse_date": "parse_date",
              "_answer_from_json": "answer_from_json"}  # fmt: skip

__all__ = [
    "EXIT_DATABASE", "EXIT_ERROR", "EXIT_OK", "EXIT_REFUSED", "EXIT_SOME_FAILED", "EXIT_UNEXPECTED", "CliError",
    "build_parser", "current_user", "main", "me", "print_json",
]  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    """The qa-studio command. Run as a program (no argv given), a plain `list` takes the quick path when it can."""
    pause_collection()  # until the command's modules are loaded, or the app's first screen is painted (startup.py)
    try:
        if argv is None:
            from qa_studio.cli.quick_list import run

            if (done := run(sys.argv[1:])) is not None:
                return done
        from qa_studio.cli.app import main as run_command

        return run_command(argv)
    finally:
        resume_collection()


def __getattr__(name: str) -> Any:
    real = _OLD_NAMES.get(name, name)
    if real not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_NAMES[real]), real)
