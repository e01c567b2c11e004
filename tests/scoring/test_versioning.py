"""Versions: a wording fix keeps the scoring hash, any scoring change alters it, and the stored definition gives
back exactly the scorecard it was made from."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from qa_studio.resources import FORMS_DIR
from qa_studio.scoring.loader import ScorecardInvalid, load_scorecard, load_scorecard_text
from qa_studio.scoring.versioning import definition_dict, scorecard_from_dict, scoring_hash

SHIPPED = ["phone_call_standard", "chat_standard", "email_standard"]
SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "scorecard.schema.json").read_text(encoding="utf-8"))
CHAT = load_scorecard(FORMS_DIR / "chat_standard.yaml")


def changed(edit: Callable[[dict[str, Any]], Any]) -> str:
    """The scoring hash of the chat form after `edit` on its definition."""
    data = copy.deepcopy(definition_dict(CHAT))
    edit(data)
    return scoring_hash(scorecard_from_dict(data))


def criterion(data: dict[str, Any], key: str) -> dict[str, Any]:
    return next(c for s in data["sections"] for c in s["criteria"] if c["key"] == key)


@pytest.mark.parametrize("name", SHIPPED)
def test_definition_round_trips_exactly_through_json(name: str) -> None:
    scorecard = load_scorecard(FORMS_DIR / f"{name}.yaml")
    stored = json.loads(json.dumps(definition_dict(scorecard), ensure_ascii=False))  # as the database keeps it
    again = scorecard_from_dict(stored)
    assert again == scorecard
    assert definition_dict(again) == stored
    assert scoring_hash(again) == scoring_hash(scorecard)


@pytest.mark.parametrize("name", SHIPPED)
def test_definition_is_a_valid_scorecard_file(name: str) -> None:
    definition = definition_dict(load_scorecard(FORMS_DIR / f"{name}.yaml"))
    jsonschema.validate(definition, SCHEMA)
    assert load_scorecard_text(json.dumps(definition, ensure_ascii=False)) == scorecard_from_dict(definition)


def test_whole_numbers_are_stored_as_integers() -> None:
    first = definition_dict(CHAT)["sections"][0]
    assert first["weight"] == 15 and isinstance(first["weight"], int)
    assert criterion(definition_dict(CHAT), "need_analysed")["step"] == 0.5


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: criterion(d, "first_response")["label"].update(en="First reply in 30 s or less"),
        lambda d: criterion(d, "first_response")["guideline"].update(zh="新的说明"),
        lambda d: criterion(d, "accuracy")["options"][0]["label"].update(en="Correct"),
        lambda d: d["sections"][0]["label"].update(zh="开始"),
        lambda d: d["bands"][0]["label"].update(en="Below standard"),
        lambda d: d["root_causes"][0]["label"].update(en="Knowledge"),
        lambda d: d.update(name="Chat standard", description="Reworded", version_note="Typo fixed"),
    ],
)
def test_a_wording_fix_keeps_the_scoring_hash(edit: Callable[[dict[str, Any]], Any]) -> None:
    assert changed(edit) == scoring_hash(CHAT)


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: criterion(d, "first_response").update(points=6),
        lambda d: criterion(d, "clarity").update(weight=2),
        lambda d: d["sections"][1].update(weight=40),
        lambda d: criterion(d, "relevance").update(fail="section_critical", fail_below=2),
        lambda d: criterion(d, "verification").update(fail="section_critical"),
        lambda d: criterion(d, "accuracy")["options"][1].update(points=7),
        lambda d: criterion(d, "accuracy")["options"][1].update(fails=True),
        lambda d: criterion(d, "forbidden")["options"].pop(0),
        lambda d: criterion(d, "need_analysed").update(step=1),
        lambda d: criterion(d, "need_analysed").update(fail_below=3),
        lambda d: criterion(d, "escalation")["when"]["answer"].update({"in": ["tier_3"]}),
        lambda d: criterion(d, "complaint_tier")["when"].update(queue=["Complaints"]),
        lambda d: criterion(d, "first_response")["checks"][0]["first_response_ms"].update(max_ms=60000),
        lambda d: criterion(d, "greeting").update(required=False),
        lambda d: d.update(pass_mark=85),
        lambda d: d["bands"][1].update(min=75),
        lambda d: d["bands"].pop(),
        lambda d: d["sections"][0]["criteria"].pop(),
        lambda d: d["sections"][0]["criteria"].append({"key": "new", "type": "yes_no", "points": 1}),
        lambda d: d["sections"].pop(),
        lambda d: d["sections"][-1].update(bonus=False),
    ],
)
def test_a_scoring_change_alters_the_scoring_hash(edit: Callable[[dict[str, Any]], Any]) -> None:
    assert changed(edit) != scoring_hash(CHAT)


def test_a_stored_definition_is_validated_too() -> None:
    data = definition_dict(CHAT)
    criterion(data, "first_response")["points"] = -1
    with pytest.raises(ScorecardInvalid) as caught:
        scorecard_from_dict(data, "scorecard version 7")
    assert str(caught.value) == 'scorecard version 7:0: criterion "first_response": "points" must be above 0, not -1'
