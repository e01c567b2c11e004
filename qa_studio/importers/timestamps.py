"""Reading the date-and-time forms found in chat exports, manifests and file names."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from qa_studio.errors import QT_TRANSLATE_NOOP, Explained

_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y年%m月%d日 %H:%M:%S",
    "%Y年%m月%d日 %H:%M",
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y%m%d%H%M%S",
    "%Y%m%d-%H%M%S",
    "%Y%m%d_%H%M%S",
    "%Y%m%d",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %I:%M %p",
)


def parse_timestamp(value: str, formats: Sequence[str] = ()) -> datetime:
    """ISO 8601, epoch seconds or milliseconds, the formats above, or `formats` tried first.

    Raises ValueError naming the value. An offset in the value gives an aware datetime.
    """
    text = value.strip()
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    if text.isdigit() and len(text) in (10, 13):
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        return datetime.fromtimestamp(seconds, UTC)
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise NotADate(QT_TRANSLATE_NOOP("Errors", "\"{value}\" is not a date and time QA Studio understands (use e.g. "
                                     "2024-03-01 14:05)"), value=value)  # fmt: skip


class NotADate(Explained, ValueError):
    """A date and time QA Studio cannot read (a ValueError, as callers have always caught)."""


DAY_FIRST, MONTH_FIRST = "day-first", "month-first"


def date_order(pairs: list[tuple[int, int]], chosen: str | None, default: str) -> tuple[str, bool]:
    """The day/month order of a file's numeric dates, decided once from all of them: `chosen` when the user chose
    one; else day-first when a first field is above 12, month-first when a second is; else `default`.

    The second value is True when that default was assumed although some date reads differently both ways
    (03/12 and 12/03, but not 05/05), so the import report can say which reading was used."""
    if chosen in (DAY_FIRST, MONTH_FIRST):
        return chosen, False
    if any(first > 12 for first, _second in pairs):
        return DAY_FIRST, False
    if any(second > 12 for _first, second in pairs):
        return MONTH_FIRST, False
    return default, any(first != second for first, second in pairs)
