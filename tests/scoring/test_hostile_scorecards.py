"""Hostile scorecard files are refused in seconds with a bounded list of problems: alias bombs, deep nesting,
aliases that contain themselves, and files with thousands of mistakes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from qa_studio.scoring.loader import MAX_EXPANDED_VALUES, load_scorecard, load_scorecard_text
from qa_studio.scoring.validation import MAX_REPORTED_ERRORS, ScorecardInvalid


def alias_bomb(levels: int = 6, width: int = 10) -> str:
    lines = ["key: bomb", "name: Bomb", "channel: chat", "pass_mark: 80", f"a0: &a0 [{', '.join(['x'] * width)}]"]
    for level in range(1, levels):
        lines.append(f"a{level}: &a{level} [{', '.join([f'*a{level - 1}'] * width)}]")
    lines.append(f"sections: [{', '.join([f'*a{levels - 1}'] * width)}]")
    return "\n".join(lines) + "\n"


def refused(text: str, seconds: float = 5.0) -> ScorecardInvalid:
    started = time.monotonic()
    with pytest.raises(ScorecardInvalid) as caught:
        load_scorecard_text(text, "hostile.yaml")
    assert time.monotonic() - started < seconds
    return caught.value


def test_an_alias_bomb_is_refused_at_once_with_one_reason() -> None:
    text = alias_bomb()
    assert len(text.encode()) < 8 * 1024
    error = refused(text, seconds=1.0)
    (only,) = error.errors
    assert "aliases (*name) expand to" in only.message and f"at most {MAX_EXPANDED_VALUES:,}" in only.message


def test_a_small_alias_reuse_is_still_fine() -> None:
    text = (
        "key: reuse\nname: Reuse\nchannel: chat\npass_mark: 80\n"
        "options: &yes_no [{key: y, label: Yes, points: 1}, {key: n, label: No, points: 0}]\n"
    )
    error = refused(text)
    assert all("aliases" not in e.message for e in error.errors)  # refused for being incomplete, not for the alias


def test_five_thousand_nested_brackets_are_refused_not_a_recursion_error() -> None:
    error = refused("[" * 5000 + "]" * 5000)
    assert "nested more than" in str(error)


def test_an_alias_inside_itself_is_refused() -> None:
    error = refused("key: loop\nsections: &s [*s]\n")
    assert "refers to the list or mapping that contains it" in str(error)


def test_thousands_of_problems_are_cut_to_a_few_hundred_with_a_count() -> None:
    sections = "".join(f"  - {{key: s{n}, label: S, bogus_{n}: 1, criteria: [{{key: c{n}, type: nope}}]}}\n"
                       for n in range(600))  # fmt: skip
    error = refused("key: many\nname: Many\nchannel: chat\npass_mark: 80\nsections:\n" + sections)
    assert len(error.errors) == MAX_REPORTED_ERRORS + 1
    assert error.more >= 1000
    assert all("aliases" not in e.message for e in error.errors)
    assert error.errors[-1].message == f"… and {error.more:,} more problems not listed"


def test_a_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_text("key: huge\n" + "# padding\n" * 300_000, encoding="utf-8")
    with pytest.raises(ScorecardInvalid, match="a scorecard has at most"):
        load_scorecard(path)
