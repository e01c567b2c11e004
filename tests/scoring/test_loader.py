"""Scorecard files: the shipped forms load and follow the standards; every kind of mistake is refused with the
file, the exact line and the reason; the published JSON schema agrees with the loader."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from qa_studio.resources import FORMS_DIR
from qa_studio.scoring.loader import ScorecardInvalid, load_scorecard, load_scorecard_text
from qa_studio.scoring.model import CriterionType, FailKind, Text
from qa_studio.scoring.validation import CRITERION_KEYS, OPTION_KEYS, SCORECARD_KEYS, SECTION_KEYS

DATA = Path(__file__).parents[1] / "data" / "scorecards"
SHIPPED = ["phone_call_standard", "chat_standard", "email_standard"]
SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "scorecard.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_scorecards_load_and_are_bilingual(name: str) -> None:
    scorecard = load_scorecard(FORMS_DIR / f"{name}.yaml")
    assert scorecard.key == name and scorecard.channel in ("call", "chat", "email")
    texts: list[Text] = [scorecard.name, scorecard.description, *(b.label for b in scorecard.bands)]
    texts += [r.label for r in scorecard.root_causes] + [s.label for s in scorecard.sections]
    for criterion in scorecard.criteria():
        texts += [criterion.label, *(o.label for o in criterion.options)]
        if criterion.guideline.en or criterion.guideline.zh:
            texts.append(criterion.guideline)
    assert all(text.en and text.zh and text.en != text.zh for text in texts), [t for t in texts if t.en == t.zh]


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_scorecards_follow_the_service_standards(name: str) -> None:
    scorecard = load_scorecard(FORMS_DIR / f"{name}.yaml")
    verification = scorecard.criterion("verification")
    assert verification is not None and verification.fail == FailKind.FATAL  # data privacy
    assert any(c.fail == FailKind.SECTION_CRITICAL for c in scorecard.criteria())
    assert scorecard.criterion("accuracy") is not None and scorecard.criterion("escalation") is not None
    assert [b.min_score for b in scorecard.bands] == [0, 80, 92] and scorecard.pass_mark == 80
    assert any(s.bonus for s in scorecard.sections)
    kinds = {check.kind for c in scorecard.criteria() for check in c.checks}
    assert "expected_phrase" in kinds and kinds & {"first_response_ms", "longest_silence_ms"}


def test_response_time_standards_are_checked() -> None:
    chat = load_scorecard(FORMS_DIR / "chat_standard.yaml")
    email = load_scorecard(FORMS_DIR / "email_standard.yaml")
    assert chat.criterion("first_response").checks[0].param("max_ms") == 30_000
    assert email.criterion("reply_time").checks[0].param("max_ms") == 2 * 3600 * 1000


def test_every_criterion_type_is_shipped() -> None:
    kinds = {c.type for name in SHIPPED for c in load_scorecard(FORMS_DIR / f"{name}.yaml").criteria()}
    assert kinds == set(CriterionType)


INVALID = [
    ("unknown_key.yaml", 11, 'criterion "c1": unknown key "weigth" (did you mean "weight"?)'),
    ("missing_key.yaml", 7, 'criterion "c1" needs "points"'),
    ("duplicate_key.yaml", 9, 'duplicate key "greeting" (first used on line 6)'),
    ("duplicate_section.yaml", 8, 'duplicate key "opening" (first used on line 5)'),
    ("repeated_yaml_key.yaml", 10, '"points" is given twice (first on line 9)'),
    (
        "unknown_type.yaml",
        8,
        'criterion "c1": unknown type "yesno" (did you mean "yes_no"?); use one of yes_no, yes_no_na, scale, '
        "choice, deductions, text, select, date",
    ),
    ("wrong_value_type.yaml", 9, 'criterion "c1": "points" must be a number, not \'five\''),
    ("irrelevant_key.yaml", 10, 'criterion "c1": "max" does not apply to a yes_no criterion'),
    ("scale_range.yaml", 10, 'criterion "tone": min 5 must be below max 1'),
    ("scale_step.yaml", 12, 'criterion "tone": step 0.3 does not divide the range 1–5'),
    ("choice_without_options.yaml", 7, 'criterion "accuracy": a choice criterion needs "options"'),
    ("zero_weight.yaml", 6, 'section "s1": "weight" must be above 0, not 0'),
    ("negative_criterion_weight.yaml", 10, 'criterion "c1": "weight" must be above 0, not -1'),
    ("pass_mark.yaml", 3, 'the scorecard: "pass_mark" must be between 0 and 100, not 120'),
    ("bands_order.yaml", 6, "bands go from the lowest min to the highest: 80 comes after 90"),
    (
        "condition_unknown.yaml",
        14,
        'criterion "escalation" depends on "escalaton_needed", which does not exist '
        '(did you mean "escalation_needed"?)',
    ),
    (
        "forward_condition.yaml",
        11,
        'criterion "escalation" depends on "escalation_needed", which comes later (line 12): conditions may only '
        "look at earlier answers",
    ),
    ("condition_cycle.yaml", 11, 'criterion "c1" depends on itself'),
    ("condition_value.yaml", 14, 'criterion "calmed": "upset" cannot be answered maybe; its answers are na, no, yes'),
    ("condition_never.yaml", 11, 'criterion "c1": never applies, since this is a chat scorecard'),
    ("unknown_channel.yaml", 3, 'unknown channel "phone"; use one of call, chat, email, social'),
    ("fatal_comment.yaml", 10, 'criterion "notes": a text field does not score, so it cannot be fatal'),
    (
        "never_fails.yaml",
        10,
        'criterion "tone": no answer fails it, so it can never be section_critical (set fail_below)',
    ),
    (
        "bonus_fatal.yaml",
        14,
        'criterion "wow": a bonus section only adds points, so it cannot hold a fatal criterion',
    ),
    ("root_cause_undefined.yaml", 10, 'criterion "c1": needs a root cause but the scorecard has no root_causes'),
    (
        "unknown_check.yaml",
        11,
        'criterion "c1": unknown check "first_reponse_ms" (did you mean "first_response_ms"?)',
    ),
    ("check_parameters.yaml", 12, 'criterion "c1": "max_ms" of check "first_response_ms" must be above 0'),
    (
        "check_channel.yaml",
        12,
        'criterion "c1": check "longest_silence_ms" needs a call transcript, but this is a chat scorecard',
    ),
    (
        "syntax.yaml",
        8,
        "not valid YAML: expected ',' or '}', but got '<stream end>' (while parsing a flow mapping on line 7)",
    ),
    ("top_level_list.yaml", 1, "the scorecard must be a mapping of keys to values, not a list"),
    ("empty.yaml", 1, "the file is empty: a scorecard needs key, name, pass_mark and sections"),
    ("nothing_to_score.yaml", 4, "nothing to score: add a scoring criterion to a section that is not a bonus"),
    ("not_utf8.yaml", 2, "not UTF-8 text: save the file as UTF-8"),
]


@pytest.mark.parametrize(("name", "line", "reason"), INVALID)
def test_invalid_file_is_refused_with_file_line_and_reason(name: str, line: int, reason: str) -> None:
    path = DATA / "invalid" / name
    with pytest.raises(ScorecardInvalid) as caught:
        load_scorecard(path)
    assert [str(error) for error in caught.value.errors] == [f"{path}:{line}: {reason}"]
    assert str(caught.value) == f"{path}:{line}: {reason}"


def test_every_invalid_sample_is_tested() -> None:
    assert {name for name, _line, _reason in INVALID} == {p.name for p in (DATA / "invalid").iterdir()}


def test_every_error_is_reported_in_line_order_not_just_the_first() -> None:
    text = (
        "key: x\nname: X\npass_mark: 80\nsections:\n  - key: s\n    criteria:\n"
        "      - {key: b, type: scale, points: 5, min: 5, max: 1}\n"
        "      - {key: a, type: nope}\n"
        "      - {key: c, type: choice, optons: []}\n"
        "bands: [{label: L, min: 120}]\n"
    )
    with pytest.raises(ScorecardInvalid) as caught:
        load_scorecard_text(text, "many.yaml")
    assert str(caught.value).splitlines() == [
        'many.yaml:7: criterion "b": min 5 must be below max 1',
        'many.yaml:8: criterion "a": unknown type "nope"; use one of yes_no, yes_no_na, scale, choice, deductions, '
        "text, select, date",
        'many.yaml:9: criterion "c": unknown key "optons" (did you mean "options"?)',
        'many.yaml:9: criterion "c": a choice criterion needs "options"',
        'many.yaml:10: band "L": "min" must be 0–100, not 120',
    ]


def test_yes_and_no_stay_text_and_booleans_are_only_true_and_false() -> None:
    card = load_scorecard_text(
        "key: y\nname: Y\npass_mark: 50\nsections:\n  - key: s\n    criteria:\n"
        "      - {key: asked, type: select, options: [{key: yes}, {key: no}, {key: on}]}\n"
        "      - key: follow_up\n        type: yes_no\n        points: 1\n        required: false\n"
        "        when: {answer: {criterion: asked, in: [yes]}}\n"
    )
    assert [o.key for o in card.criteria()[0].options] == ["yes", "no", "on"]
    assert card.criterion("follow_up").condition.answer_in == ("yes",) and not card.criterion("follow_up").required
    with pytest.raises(ScorecardInvalid, match='"bonus" must be true or false'):
        load_scorecard_text("key: y\nname: Y\npass_mark: 5\nsections:\n  - key: s\n    bonus: yes\n    criteria: []\n")


def test_plain_text_means_both_languages_and_a_missing_language_falls_back() -> None:
    card = load_scorecard_text(
        "key: t\nname: Plain\npass_mark: 50\nsections:\n  - key: s\n    label: {zh: 开场}\n    criteria:\n"
        "      - {key: c, type: yes_no, points: 1}\n"
    )
    assert card.name == Text("Plain", "Plain") and card.sections[0].label.get("en") == "开场"
    assert card.criteria()[0].label == Text("c", "c")  # no label: the key


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeff".encode() + (FORMS_DIR / "chat_standard.yaml").read_bytes())
    assert load_scorecard(path) == load_scorecard(FORMS_DIR / "chat_standard.yaml")


def test_yaml_tags_cannot_run_code() -> None:
    with pytest.raises(ScorecardInvalid, match="could not determine a constructor"):
        load_scorecard_text("key: !!python/object/apply:os.system [echo hi]\n")


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_scorecards_match_the_published_schema(name: str) -> None:
    # Other tools read YAML 1.1, where an unquoted yes is a boolean: the shipped files quote it.
    jsonschema.validate(yaml.safe_load((FORMS_DIR / f"{name}.yaml").read_text(encoding="utf-8")), SCHEMA)


def test_schema_refuses_what_the_loader_refuses() -> None:
    document = yaml.safe_load((DATA / "valid" / "all_types.yaml").read_text(encoding="utf-8"))
    jsonschema.validate(document, SCHEMA)
    section = document["sections"][0]
    for broken in (
        {**document, "pass_mark": 120},
        {**document, "chanel": "chat"},
        {**document, "sections": [{**section, "weight": 0}]},
        {**document, "sections": [{"key": "s", "criteria": [{"key": "c", "type": "yesno", "points": 1}]}]},
        {**document, "sections": [{"key": "s", "criteria": [{"key": "c", "type": "choice"}]}]},
        {**document, "sections": [{"key": "s", "criteria": [{"key": "c", "type": "yes_no"}]}]},
        {**document, "sections": [{"key": "s", "criteria": [{"key": "c", "type": "text", "fail": "fatal"}]}]},
        {**document, "sections": [{"key": "s", "criteria": [{"key": "c", "type": "yes_no", "points": 1,
                                                             "checks": [{"first_reponse_ms": {"max_ms": 1}}]}]}]},
    ):  # fmt: skip
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, SCHEMA)


def test_schema_knows_the_same_keys_as_the_loader() -> None:
    definitions = SCHEMA["$defs"]
    assert set(SCHEMA["properties"]) == set(SCORECARD_KEYS)
    assert set(definitions["section"]["properties"]) == set(SECTION_KEYS)
    assert set(definitions["criterion"]["properties"]) == set(CRITERION_KEYS)
    assert set(definitions["option"]["properties"]) == set(OPTION_KEYS)
