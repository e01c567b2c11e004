"""Interaction metadata from outside the file: a manifest CSV, a file-name pattern, or the import dialog."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, fields, replace
from datetime import datetime
from pathlib import Path

from qa_studio.errors import QT_TRANSLATE_NOOP, Explained
from qa_studio.importers.encoding import decode_text
from qa_studio.importers.errors import ImportRefused
from qa_studio.importers.timestamps import parse_timestamp


class PatternInvalid(Explained, ValueError):
    """A file-name pattern that cannot be used (a ValueError, as callers have always caught)."""


@dataclass(frozen=True, slots=True)
class InteractionMetadata:
    """What we know about an interaction besides its content; None means 'not said here'."""

    agent: str | None = None
    team: str | None = None
    queue: str | None = None
    started_at: datetime | None = None
    customer_ref: str | None = None
    external_id: str | None = None
    direction: str | None = None

    def overridden_by(self, other: InteractionMetadata) -> InteractionMetadata:
        """These values, with every value that `other` states taking precedence."""
        changes = {f.name: getattr(other, f.name) for f in fields(self) if getattr(other, f.name) not in (None, "")}
        return replace(self, **changes)


def parse_datetime(value: str) -> datetime:
    """Parse a manifest or dialog date; always naive (the contact centre's wall-clock time)."""
    return parse_timestamp(value).replace(tzinfo=None)


_MANIFEST_COLUMNS = {
    "file": ("file", "filename", "file name", "path", "文件", "文件名"),
    "agent": ("agent", "agent name", "坐席", "客服", "工号"),
    "team": ("team", "group", "团队", "班组"),
    "queue": ("queue", "skill", "队列", "技能组"),
    "started_at": ("started_at", "date", "start", "start time", "datetime", "时间", "开始时间", "日期"),
    "customer_ref": ("customer", "customer_ref", "customer id", "客户", "客户编号"),
    "external_id": ("external_id", "call id", "id", "ticket", "工单号", "通话编号"),
    "direction": ("direction", "方向"),
}


def _canonical(header: str) -> str:
    return " ".join(header.strip().lower().replace("_", " ").split())


@dataclass(slots=True)
class Manifest:
    """Per-file metadata read from a CSV with one row per recording or chat log."""

    by_name: dict[str, InteractionMetadata]

    @classmethod
    def read(cls, path: Path) -> Manifest:
        text, _encoding = decode_text(path.read_bytes())
        reader = csv.reader(io.StringIO(text))
        try:
            header = next(reader)
        except StopIteration:
            raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "manifest {name} is empty"), name=path.name) from None
        lookup = {_canonical(name): index for index, name in enumerate(header)}
        columns: dict[str, int] = {}
        for key, synonyms in _MANIFEST_COLUMNS.items():
            for synonym in synonyms:
                if _canonical(synonym) in lookup:
                    columns[key] = lookup[_canonical(synonym)]
                    break
        if "file" not in columns:
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "manifest {name} has no \"file\" column (found: {names})",
                ),
                name=path.name,
                names=", ".join(header),
            )
        by_name: dict[str, InteractionMetadata] = {}
        for line_number, row in enumerate(reader, start=2):
            if not any(cell.strip() for cell in row):
                continue
            values: dict[str, object] = {}
            for key, index in columns.items():
                cell = row[index].strip() if index < len(row) else ""
                if key == "file" or not cell:
                    continue
                if key == "started_at":
                    try:
                        values[key] = parse_datetime(cell)
                    except ValueError as exc:
                        raise ImportRefused(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "manifest {name} line {line_number}: {exc}",
                            ),
                            name=path.name,
                            line_number=line_number,
                            exc=exc,
                        ) from None
                else:
                    values[key] = cell
            file_cell = row[columns["file"]].strip() if columns["file"] < len(row) else ""
            if file_cell:
                by_name[Path(file_cell.replace("\\", "/")).name.lower()] = InteractionMetadata(**values)  # type: ignore[arg-type]
        return cls(by_name)

    def lookup(self, path: Path) -> InteractionMetadata | None:
        return self.by_name.get(path.name.lower())


_FIELD_RE = re.compile(r"\{(\w+)(?::([^}]*))?\}")
_PATTERN_FIELDS = {"agent", "team", "queue", "date", "customer", "id", "direction", "any"}
_STRFTIME_TO_REGEX = {
    "%Y": r"\d{4}",
    "%m": r"\d{1,2}",
    "%d": r"\d{1,2}",
    "%H": r"\d{1,2}",
    "%M": r"\d{2}",
    "%S": r"\d{2}",
    "%y": r"\d{2}",
}


class FileNamePattern:
    """A user-defined pattern such as ``{agent}_{date:%Y%m%d-%H%M%S}_{customer}`` matched against file stems.

    Fields: agent, team, queue, customer, id, direction, date (with a strftime format), and any (ignored).
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._date_format: str | None = None
        parts: list[str] = []
        position = 0
        seen: set[str] = set()
        for match in _FIELD_RE.finditer(pattern):
            parts.append(re.escape(pattern[position : match.start()]))
            name, fmt = match.group(1), match.group(2)
            if name not in _PATTERN_FIELDS:
                raise PatternInvalid(
                    QT_TRANSLATE_NOOP("Errors", "unknown field \"{field}\" in file-name pattern; use {fields}"),
                    field="{" + name + "}", fields=", ".join(sorted(_PATTERN_FIELDS)),
                )  # fmt: skip
            if name in seen and name != "any":
                raise PatternInvalid(QT_TRANSLATE_NOOP("Errors", "field \"{field}\" appears twice in the file-name "
                                                       "pattern"), field="{" + name + "}")  # fmt: skip
            seen.add(name)
            if name == "date":
                self._date_format = fmt or "%Y%m%d"
                regex = re.escape(self._date_format)
                for code, code_regex in _STRFTIME_TO_REGEX.items():
                    regex = regex.replace(re.escape(code), code_regex)
                parts.append(f"(?P<date>{regex})")
            elif name == "any":
                parts.append(".*?")
            else:
                parts.append(f"(?P<{name}>.+?)")
            position = match.end()
        parts.append(re.escape(pattern[position:]))
        if not seen:
            raise PatternInvalid(QT_TRANSLATE_NOOP("Errors", "the file-name pattern names no field such as {agent} or "
                                                   "{date}"), agent="{agent}", date="{date:%Y%m%d}")  # fmt: skip
        self._regex = re.compile("^" + "".join(parts) + "$")

    def match(self, path: Path) -> InteractionMetadata | None:
        found = self._regex.match(path.stem)
        if not found:
            return None
        groups = found.groupdict()
        started_at = None
        if groups.get("date") and self._date_format:
            try:
                started_at = datetime.strptime(groups["date"], self._date_format)
            except ValueError:
                return None
        return InteractionMetadata(
            agent=groups.get("agent"),
            team=groups.get("team"),
            queue=groups.get("queue"),
            started_at=started_at,
            customer_ref=groups.get("customer"),
            external_id=groups.get("id"),
            direction=groups.get("direction"),
        )
