"""Text from users (a customer's message, an agent's name, a comment) written to a spreadsheet or a CSV file stays
data: a spreadsheet program must never run it as a formula. Every workbook and CSV export goes through here.

The rule is the usual one for formula injection: a text that starts with `=`, `+`, `-`, `@`, a tab or a carriage
return is written as text and marked so (in a workbook: a string cell with Excel's quote prefix, which shows the
text unchanged and keeps it text when the cell is edited; in CSV: a leading apostrophe, since CSV has no types).
Numbers, dates and empty cells are written as they are."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from openpyxl.cell.cell import Cell, WriteOnlyCell
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_like(value: Any) -> bool:
    """Whether a spreadsheet program would read this text as a formula (or strip its way into one)."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def _storable(text: str) -> str:
    """The text without the control characters a workbook cannot hold (they would make the whole export fail)."""
    return "".join(ch if ch in "\t\n\r" or ord(ch) >= 32 else "\ufffd" for ch in text)


def csv_field(value: Any) -> Any:
    """A CSV field: text that could start a formula gets a leading apostrophe; anything else is unchanged."""
    return "'" + value if formula_like(value) else value


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [csv_field(value) for value in values]


def set_value(cell: Cell | WriteOnlyCell, value: Any) -> Cell | WriteOnlyCell:
    """Put `value` in a workbook cell: text is always a string cell, never a formula."""
    if isinstance(value, str):
        try:
            cell.value = value
        except IllegalCharacterError:
            value = _storable(value)
            cell.value = value
        if cell.data_type != "s" or formula_like(value):
            cell.data_type = "s"
            cell.quotePrefix = True
    else:
        cell.value = value
    return cell


def write(sheet: Worksheet, row: int, column: int, value: Any) -> Cell:
    """`sheet.cell(row, column, value)` with the value written as data."""
    cell = sheet.cell(row=row, column=column)
    set_value(cell, value)
    return cell


def stream_row(sheet: Any, values: Iterable[Any]) -> list[Any]:
    """A row for a write-only sheet's `append`, with text cells made safe the same way."""
    return [set_value(WriteOnlyCell(sheet), value) if isinstance(value, str) else value for value in values]
