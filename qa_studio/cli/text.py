"""Display-width padding for terminal columns: Chinese, Japanese and Korean characters take two (no Qt, no database,
so the quick `list` can use it)."""

from __future__ import annotations

import unicodedata


def width(text: str) -> int:
    """Columns `text` takes in a terminal: Chinese, Japanese and Korean characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 0 if unicodedata.combining(c) else 1
               for c in text)  # fmt: skip


def pad(value: object, columns: int, *, right: bool = False) -> str:
    """`value` padded to `columns` terminal columns (f-string padding counts characters, which misaligns 王芳)."""
    text = "—" if value is None or value == "" else str(value)
    fill = " " * max(columns - width(text), 0)
    return fill + text if right else text + fill
