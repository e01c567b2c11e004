"""`qa-studio list`: interactions written as they are read, so the first row shows at once and a million rows take
constant memory; `--fields` picks the columns and `--limit` stops the query in the database."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

from qa_studio.cli.text import pad

if TYPE_CHECKING:
    from qa_studio.services.interaction_rows import InteractionRow

FIELDS = ("id", "channel", "started_at", "duration_ms", "agent", "team", "queue", "status", "customer_ref",
          "external_id", "subject", "source", "message_count", "auto_score", "auto_flags")  # fmt: skip


CHANNELS = ("call", "chat", "email", "social")  # --channel
STATUSES = ("new", "transcribed", "evaluated")  # --status


class FieldError(ValueError):
    """An unknown column in --fields: the message names it and lists the known ones."""


def parse_fields(text: str | None) -> tuple[str, ...]:
    if not text:
        return FIELDS
    chosen = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = [name for name in chosen if name not in FIELDS]
    if unknown or not chosen:
        from qa_studio.i18n import tr  # only here: the quick `list` imports this module without Qt

        raise FieldError(
            tr("unknown field {fields} in --fields; choose from: {known}").format(
                fields=", ".join(unknown) or '""', known=", ".join(FIELDS)
            )
        )
    return chosen


# Items two levels in (inside the array, inside the object), as json.dumps(indent=2) lays them out, but through the
# C encoder: the indenting one is pure Python and took two thirds of `list --json`'s time.
_FLAT_ITEMS = json.JSONEncoder(ensure_ascii=False, default=str, separators=(",\n    ", ": "))


def _object_in_array(chosen: dict[str, Any]) -> str:
    """`json.dumps(chosen, indent=2)` indented by two more spaces, for an object inside the array."""
    if not chosen or any(isinstance(value, (list, tuple, dict)) and value for value in chosen.values()):
        return json.dumps(chosen, ensure_ascii=False, indent=2, default=str).replace("\n", "\n  ")
    return "{\n    " + _FLAT_ITEMS.encode(chosen)[1:-1] + "\n  }"


def write_json(rows: Iterable[InteractionRow], fields: tuple[str, ...], out: TextIO,
               extra: Callable[[InteractionRow], dict[str, Any]] | None = None) -> int:  # fmt: skip
    """A JSON array written one object at a time (the same text `json.dump(indent=2)` gave for the whole list);
    `extra` adds keys to each object (a search's hits)."""
    count = 0
    out.write("[")
    for row in rows:
        values = row.as_json()
        chosen = {name: values[name] for name in fields} | (extra(row) if extra is not None else {})
        out.write(("," if count else "") + "\n  " + _object_in_array(chosen))
        count += 1
        if count == 1:
            out.flush()  # the first row at once, whatever the pipe's buffering
    out.write("\n]\n" if count else "]\n")
    return count


def text_lines(rows: Iterable[InteractionRow]) -> Iterator[str]:
    for row in rows:
        when = row.started_at.strftime("%Y-%m-%d %H:%M") if row.started_at else "—"
        yield f"{row.id:>7}  {row.channel:<6} {when:<16}  {pad(row.agent, 16)} {row.status:<11} {row.source}"
