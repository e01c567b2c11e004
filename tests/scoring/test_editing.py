"""Editing a scorecard step by step keeps it valid for the same validator as the files, and says what saving does."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_studio.scoring.editing import ScorecardDocument
from qa_studio.scoring.loader import load_scorecard
from qa_studio.scoring.model import CriterionType

FORMS = Path(__file__).parents[2] / "forms"


def test_a_blank_scorecard_is_valid_and_every_type_can_be_chosen() -> None:
    document = ScorecardDocument.blank("returns_desk", "chat")
    assert document.validate().problems == []
    document.add_criterion(0)  # keep one scoring criterion while trying the non-scoring types on the first
    for kind in CriterionType:
        document.set_type(0, 0, kind)
        assert document.validate().problems == [], kind
        assert document.validate().scorecard.criteria()[0].type == kind


def test_change_kind_follows_the_versioning_rules() -> None:
    saved = load_scorecard(FORMS / "phone_call_standard.yaml")
    document = ScorecardDocument.from_scorecard(saved)
    assert document.change_kind(saved) == "unchanged"
    document.criteria(0)[0]["guideline"]["en"] = "Reworded guideline."
    assert document.change_kind(saved) == "wording updated"
    document.criteria(0)[0]["weight"] = 3
    assert document.change_kind(saved) == "new version"
    document.data["key"] = "phone_copy"
    assert document.change_kind(saved) == "created"


def test_problems_are_reported_not_raised() -> None:
    document = ScorecardDocument.blank("x", "call")
    document.criteria(0)[0]["key"] = "bad key!"
    document.data["pass_mark"] = 130
    problems = document.validate().problems
    assert len(problems) >= 2 and document.change_kind(None) == "invalid"
    assert any("pass_mark" in p or "pass mark" in p for p in problems)


def test_adding_moving_and_removing_keeps_keys_unique() -> None:
    document = ScorecardDocument.blank("x", "email")
    second = document.add_section()
    document.add_criterion(second)
    keys = [c["key"] for s in document.sections for c in s["criteria"]]
    assert len(keys) == len(set(keys)) == 3
    # Moving the first section's only criterion down crosses into the next section.
    assert document.move_criterion(0, 0, +1) == (1, 0)
    assert document.criteria(0) == []
    assert document.validate().problems  # an empty section is reported
    document.remove_section(0)
    assert document.validate().problems == []
    assert document.move_section(0, -1) == 0


@pytest.mark.parametrize("name", ["phone_call_standard", "chat_standard", "email_standard"])
def test_shipped_scorecards_round_trip_through_the_document(name: str) -> None:
    saved = load_scorecard(FORMS / f"{name}.yaml")
    assert ScorecardDocument.from_scorecard(saved).validate().scorecard == saved
