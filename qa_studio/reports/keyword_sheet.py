"""The keyword-spotting sheet of the team workbook: per keyword list and month, the team's total and each agent's
interactions that mention a listed phrase, and how many lines do."""

from __future__ import annotations

from openpyxl import Workbook

from qa_studio.i18n import tr
from qa_studio.services.keywords import KeywordCounts


def keyword_rows(counts: KeywordCounts) -> list[tuple[str, str, str | None, int, int]]:
    """(list, period's first day, agent, interactions, mentions): in each list and period the team's total first
    (agent None), then its agents ("—" for interactions without one)."""
    rows: list[tuple[tuple[str, str, int, str], tuple[str, str, str | None, int, int]]] = []
    for row in counts.per_team():
        rows.append(((row.list_name, row.period.isoformat(), 0, ""),
                     (row.list_name, row.period.isoformat(), None, row.interactions, row.mentions)))  # fmt: skip
    for row in counts.rows:
        rows.append(((row.list_name, row.period.isoformat(), 1, row.agent or ""),
                     (row.list_name, row.period.isoformat(), row.agent or "—", row.interactions, row.mentions)))
    return [values for _key, values in sorted(rows, key=lambda r: r[0])]


def add_keyword_sheet(book: Workbook, counts: KeywordCounts | None) -> None:
    from qa_studio.reports.xlsx import _table, sheet_name

    if counts is None:
        return
    sheet = book.create_sheet(sheet_name(tr("Keywords"), book.sheetnames))
    _table(sheet, [tr("Keyword list"), tr("Month"), tr("Agent"), tr("Interactions mentioning"), tr("Mentions")],
           ([name, month[:7], agent or tr("Whole team"), n, m] for name, month, agent, n, m in keyword_rows(counts)),
           (32, 10, 20, 14, 12))  # fmt: skip
