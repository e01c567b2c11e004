"""The Chinese catalogue names one thing one way: a term shown in the app, the PDF and the workbook reads the same in
each, with the scorecard's own words (部分 for a section)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

from tests.i18n.test_catalogue_complete import CATALOGUE


def _translations() -> dict[str, dict[str, str]]:
    """source → context → translation."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in ("unfinished", "obsolete"):
                found[message.findtext("source") or ""][name] = translation.text or ""
    return found


def test_section_critical_failures_have_one_name_built_on_the_word_for_a_section() -> None:
    terms = _translations()
    section = terms["Section"]["EvaluationColumns"]
    names = set(terms["Section-critical failures"].values())
    assert len(names) == 1, f"Section-critical failures has several names: {names}"
    assert next(iter(names)).startswith(section)
    for source in ("Section-critical", "section-critical"):
        for context, text in terms[source].items():
            assert text.startswith(section + "关键项"), f"{source} in {context!r}: {text}"


def test_failure_counts_are_not_called_a_kind_of_failure() -> None:
    terms = _translations()
    kind = terms["Failure kind"][""]
    for context in ("", "RootCausePanel"):  # the root causes and repeated failures: counts of failed answers
        count = terms["Failures"][context]
        assert count != kind and count.endswith("次数"), f"Failures in {context!r}: {count}"
