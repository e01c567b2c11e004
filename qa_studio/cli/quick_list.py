"""`qa-studio list` without loading the ORM, the services or Qt, which took most of the command's time.

It runs the list query exactly as the query builder compiled it (services/interactions.py `stream_statement`, saved
by the full command the first time it runs with the same kind of filter: `remember_query`), fills it with the values
`list_parameters` gives, reads rows through the driver (sqlite3 or psycopg) on the same connection settings, and writes
them with the same code (cli/listing.py), in the words of the same compiled translation (catalogue.py).

It does only the plain case, and nothing that writes: whenever anything is not known to be ordinary (no saved query
for this filter, a newer or older schema, an SQLite file due for its check or its daily backup, an unfinished import,
a first sign-in, passwords, --search, --agent/--team names, AutoQA filters, an error in an argument, Windows' or
macOS' settings store, a language other than English or Chinese), it returns None before writing anything and the
full command runs, which does and explains all of that."""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import json
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from qa_studio.cli.listing import CHANNELS, STATUSES, parse_fields, text_lines, write_json
from qa_studio.services.interaction_rows import InteractionFilter, InteractionRow, list_parameters

FULL_CLI_ENV_VAR = "QA_STUDIO_FULL_CLI"  # set: always the full command (tests compare the two)
_QUERY_SOURCES = ("services/interactions.py", "services/autoqa.py", "services/interaction_rows.py",
                  "storage/models.py", "cli/quick_list.py")  # fmt: skip
_PACKAGE = Path(__file__).resolve().parent.parent
_SQLITE_MOMENT = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy writes a DateTime into SQLite
_PLAIN_VALUE = re.compile(r"^[A-Za-z0-9_.@-]*$")
_PG_NUMERIC = 1700  # PostgreSQL's type oid of numeric columns


declined = ""  # why the last run left the work to the full command (for tests and for whoever wonders why)


class _NotHere(Exception):
    """The quick path does not apply: the full command runs instead."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # the full command's parser says it, in the user's language
        raise _NotHere(message)


def _request(argv: list[str]) -> argparse.Namespace:
    words = list(argv)
    url = None
    while words and words[0].startswith("-"):
        word = words.pop(0)
        if word == "--db" and words:
            url = words.pop(0)
        elif word.startswith("--db="):
            url = word.removeprefix("--db=")
        else:
            raise _NotHere(word)
    if not words or words.pop(0) != "list":
        raise _NotHere("not list")
    parser = _Parser(add_help=False, allow_abbrev=False, exit_on_error=False)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--channel", choices=CHANNELS)
    parser.add_argument("--status", choices=STATUSES)
    parser.add_argument("--from", dest="date_from", type=date.fromisoformat)
    parser.add_argument("--to", dest="date_to", type=date.fromisoformat)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--fields")
    try:
        args, rest = parser.parse_known_args(words)
    except (argparse.ArgumentError, ValueError) as exc:
        raise _NotHere(str(exc)) from None
    if rest or (args.limit is not None and args.limit < 0):
        raise _NotHere("arguments")
    args.db = url
    return args


# --- the language: i18n.configured_language and use_language_outside_gui, without Qt ---------------------------------


def _settings_language() -> str:
    """Settings' "ui/language" from QSettings' own file (Linux keeps it as INI text); anything unusual: not here."""
    if not sys.platform.startswith("linux"):
        raise _NotHere("settings store")
    home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    system = [Path(folder) for folder in (os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(":") if folder]
    # QSettings(organisation, application) reads these in turn; both names are "QA Studio".
    files = [home / "QA Studio" / "QA Studio.conf", home / "QA Studio.conf"]
    files += [name for folder in system for name in (folder / "QA Studio" / "QA Studio.conf",
                                                     folder / "QA Studio.conf")]  # fmt: skip
    value = None
    if files[0].exists():
        section = ""
        for line in files[0].read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line.startswith("[") and line.endswith("]"):
                section = line[1:-1]
            elif section == "ui" and line.split("=", 1)[0].strip() == "language":
                value = line.split("=", 1)[1].strip()
    if value is None and any(name.exists() for name in files[1:]):
        raise _NotHere("settings elsewhere")
    if value is None:
        return ""
    if not _PLAIN_VALUE.match(value):
        raise _NotHere("settings value")
    return value


def _language() -> str | None:
    if chosen := _settings_language():
        return chosen
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(variable):
            return None if value in ("C", "POSIX") else value.split(".")[0].split("@")[0]
    return None


def _catalogue(data: Path) -> Any:
    """None for English (no translator, as on the full path); Chinese from the .qm the app compiled."""
    language = _language()
    if language is None or language in ("C", "POSIX") or re.fullmatch(r"en([_-][A-Za-z]+)?", language):
        return None
    if language != "zh_CN":
        raise _NotHere("language")
    from qa_studio.catalogue import I18N_DIR, Catalogue, compiled_folder

    compiled = compiled_folder(data) / "qa_studio_zh_CN.qm"
    source = I18N_DIR / "qa_studio_zh_CN.ts"
    if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
        raise _NotHere("translation not compiled")
    return Catalogue.read(compiled)


# --- the saved query ---------------------------------------------------------------------------------------------


def _query_folder(data: Path) -> Path:
    """One folder per content of the code that builds the query and of SQLAlchemy: a changed query is never read."""
    digest = hashlib.sha256()
    for name in _QUERY_SOURCES:
        digest.update((_PACKAGE / name).read_bytes())
    spec = importlib.util.find_spec("sqlalchemy")
    if spec is None or spec.origin is None:
        raise _NotHere("sqlalchemy")
    digest.update(Path(spec.origin).read_bytes())  # holds its version
    return data / "cache" / "list-query" / digest.hexdigest()[:16]


def _query_name(dialect: str, masked: bool, names: list[str], limited: bool) -> str:
    return "-".join([dialect, "masked" if masked else "clear", *sorted(names), "limit" if limited else "all"]) + ".json"


def remember_query(queries: Any, flt: InteractionFilter, limit: int | None) -> None:
    """Save the list query as the builder compiled it, for the quick path (the full command calls this); a query the
    quick path could not run exactly the same way is not saved."""
    from sqlalchemy import types

    from qa_studio.paths import data_dir

    if flt.text or flt.auto_score_below is not None or flt.fatal_suspected:
        return
    dialect = queries.database.engine.dialect
    statement = queries.stream_statement(flt, limit)
    compiled = statement.compile(dialect=dialect)
    values = list_parameters(flt)
    processors = compiled._bind_processors
    constants: dict[str, Any] = {}
    moments: list[str] = []
    for name, value in compiled.params.items():
        process = processors.get(name)
        if name in values or name == "list_limit":
            if isinstance(value, datetime) and process is not None:
                if process(value) != value.strftime(_SQLITE_MOMENT):
                    return
                moments.append(name)
            elif process is not None and process(value) != value:
                return
        else:
            value = process(value) if process is not None else value
            if not isinstance(value, (int, str, float, type(None))):
                return
            constants[name] = value
    results: list[str | None] = []
    for column in statement.selected_columns:
        kind, impl = column.type, column.type.dialect_impl(dialect)
        if dialect.name == "sqlite" and isinstance(kind, types.DateTime):
            results.append("datetime")
        elif dialect.name == "sqlite" and isinstance(kind, types.Numeric) and kind.asdecimal:
            results.append(f"decimal:{kind._effective_decimal_return_scale}")
        elif dialect.name == "sqlite" and isinstance(kind, types.JSON):
            results.append("json")
        elif isinstance(kind, types.Numeric):
            # A numeric column on PostgreSQL: psycopg's Decimal, which SQLAlchemy passes on as it is.
            if dialect.name != "postgresql" or impl.result_processor(dialect, _PG_NUMERIC) is not None:
                return
            results.append(None)
        elif impl.result_processor(dialect, None) is None:
            results.append(None)
        else:
            return  # converted in a way the quick path does not copy
    record = {"sql": str(compiled), "positions": compiled.positiontup, "constants": constants, "moments": moments,
              "results": results}  # fmt: skip
    target = _query_folder(data_dir()) / _query_name(dialect.name, queries.masked, list(values), limit is not None)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")
    partial.write_text(json.dumps(record), encoding="utf-8")
    partial.replace(target)


# --- the database: open_database, IdentityService.current and cli/app._run, for the plain case --------------------


class _Source:
    def __init__(self, url: str | None) -> None:
        from qa_studio.paths import default_database_url

        url = url or os.environ.get("QA_STUDIO_DB") or default_database_url()
        self.sealed: tuple[Path, float] | None = None
        if url.startswith("sqlite:///") and "?" not in url:
            self.dialect = "sqlite"
            self._open_sqlite(Path(url.removeprefix("sqlite:///")).expanduser().resolve())
        elif url.split("://", 1)[0] in ("postgresql", "postgres", "postgresql+psycopg"):
            import psycopg

            from qa_studio.storage.connect import POSTGRESQL_CONNECT_ARGS

            self.dialect = "postgresql"
            self.errors: type[Exception] = psycopg.Error
            self.connection = psycopg.connect("postgresql://" + url.split("://", 1)[1], **POSTGRESQL_CONNECT_ARGS)
        else:
            raise _NotHere("url")

    def _open_sqlite(self, path: Path) -> None:
        import sqlite3

        from qa_studio.storage import backup, integrity
        from qa_studio.storage.connect import set_up_sqlite

        if not path.exists():
            raise _NotHere("no file")
        integrity.check_before_open(path)
        checked_at = integrity.last_check(path)
        if checked_at is None or integrity.check_due(checked_at) or backup.backup_due(path):
            raise _NotHere("check or backup due")
        self.errors = sqlite3.Error
        self.connection = sqlite3.connect(str(path), timeout=5.0, check_same_thread=False)
        set_up_sqlite(self.connection, 5000)
        integrity.remember(path)
        self.sealed = (path, checked_at)

    def one(self, sql: str, *values: Any) -> tuple[Any, ...] | None:
        cursor = self.connection.cursor()
        try:
            cursor.execute(sql if self.dialect == "sqlite" else sql.replace("?", "%s"), values)
            return cursor.fetchone()
        finally:
            cursor.close()

    def close(self) -> None:
        try:
            self.connection.close()
        finally:
            if self.sealed is not None:
                from qa_studio.storage import integrity

                path, checked_at = self.sealed
                self.sealed = None
                if path.exists():
                    with contextlib.suppress(OSError):  # the next open checks the file again: slower, never less safe
                        integrity.seal_after_clean_close(path, checked_at)


def _ready(source: _Source) -> None:
    """At the schema's head (else the full command migrates) and no import left unfinished (else it marks it)."""
    from qa_studio.storage.revisions import schema_heads

    cursor = source.connection.cursor()
    try:
        cursor.execute("SELECT version_num FROM alembic_version")
        stored = {row[0] for row in cursor.fetchall()}
    finally:
        cursor.close()
    if stored != schema_heads():
        raise _NotHere("schema")
    try:
        unfinished = source.one("SELECT id FROM import_batches WHERE finished_at IS NULL LIMIT 1")
    except source.errors:  # housekeeping, which the full command also skips for whom the database does not let read it
        source.connection.rollback()
        unfinished = None
    if unfinished is not None:
        raise _NotHere("unfinished import")


def _who(source: _Source) -> tuple[bool, int | None]:
    """(masked, agent_id for an agent) of the person IdentityService.current() recognises without writing."""
    from qa_studio.permissions import may_see_unmasked

    team = source.dialect == "postgresql" and source.one(
        "SELECT value FROM team_settings WHERE key = ?", "role_prefix") is not None  # fmt: skip
    if team:
        login = source.one("SELECT session_user")[0]  # type: ignore[index]
    else:
        if source.one("SELECT count(id) FROM users WHERE password_hash IS NOT NULL")[0]:  # type: ignore[index]
            raise _NotHere("passwords")
        from qa_studio.account import os_login

        login = os_login()
    user = source.one("SELECT role, agent_id, active FROM users WHERE login = ?", login)
    if user is None or not user[2]:
        raise _NotHere("first sign-in or disabled")
    role, agent_id, _active = user
    return not may_see_unmasked(role), agent_id if role == "agent" else None


def _rows(source: _Source, record: dict[str, Any], values: dict[str, Any], masked: bool,
          catalogue: Any) -> Iterator[InteractionRow]:  # fmt: skip
    from qa_studio.transcribe.masks import localise_masks, shown_masks

    shown = shown_masks(catalogue.translate if catalogue is not None else lambda _context, text: text)
    values = {**record["constants"], **values}
    for name in record["moments"]:
        values[name] = values[name].strftime(_SQLITE_MOMENT)
    if source.dialect == "sqlite":
        cursor = source.connection.cursor()
        cursor.execute(record["sql"], [values[name] for name in record["positions"]])
    else:
        cursor = source.connection.cursor(name="qa_studio_list")
        cursor.itersize = 1000
        cursor.execute(record["sql"], values)
    convert = [_converter(kind) for kind in record["results"]]
    try:
        for raw in cursor:
            *plain, flags = (c(v) if c is not None and v is not None else v for c, v in zip(convert, raw, strict=True))
            row = InteractionRow(*plain, flags or [])
            yield replace(row, subject=localise_masks(row.subject, shown)) if masked and row.subject else row
    finally:
        cursor.close()


def _converter(kind: str | None) -> Any:
    if kind is None:
        return None
    if kind == "datetime":
        return datetime.fromisoformat
    if kind == "json":
        return json.loads
    if kind.startswith("decimal:"):
        scale = int(kind.split(":", 1)[1])
        return lambda value: Decimal(f"%.{scale}f" % value)
    raise _NotHere(kind)


def run(argv: list[str]) -> int | None:
    """The list written here, with the exit status; None when the full command must run (nothing written yet)."""
    if os.environ.get(FULL_CLI_ENV_VAR):
        return None
    source = None
    try:
        from qa_studio.paths import data_dir

        args = _request(argv)
        data = data_dir()
        catalogue = _catalogue(data)
        fields = parse_fields(args.fields)
        source = _Source(args.db)
        _ready(source)
        masked, agent_id = _who(source)
        flt = InteractionFilter(agent_id=agent_id, channel=args.channel, status=args.status,
                                date_from=args.date_from, date_to=args.date_to)  # fmt: skip
        values = list_parameters(flt)
        limit = args.limit or None
        if limit is not None:
            values["list_limit"] = limit
        name = _query_name(source.dialect, masked, [n for n in values if n != "list_limit"], limit is not None)
        saved = _query_folder(data) / name
        if not saved.exists():
            raise _NotHere("no saved query")
        rows = _rows(source, json.loads(saved.read_text(encoding="utf-8")), values, masked, catalogue)
        first = next(rows, None)  # a failure up to the first row still leaves the work to the full command
    except Exception as exc:  # noqa: BLE001 - _NotHere, or anything the full command explains in the user's words
        global declined
        declined = f"{type(exc).__name__}: {exc}"
        if source is not None:
            source.close()
        return None
    try:
        return _write(first, rows, args, fields, catalogue)
    finally:
        source.close()


def _write(first: InteractionRow | None, rows: Iterator[InteractionRow], args: argparse.Namespace,
           fields: tuple[str, ...], catalogue: Any) -> int:  # fmt: skip
    def every() -> Iterator[InteractionRow]:
        if first is not None:
            yield first
            yield from rows

    try:
        if args.json:
            write_json(every(), fields, sys.stdout)
            return 0
        count = 0
        for line in text_lines(every()):
            print(line)
            count += 1
        words = "{count} interactions"
        print((catalogue.translate("", words) if catalogue is not None else words).format(count=count))
        return 0
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:
        from qa_studio.cli.app import _silence_stdout

        _silence_stdout()
        return 0
    except Exception as exc:  # noqa: BLE001 - part of the list is written: said in one line, as the full command does
        from qa_studio.cli.app import _unexpected

        return _unexpected(None, exc)
