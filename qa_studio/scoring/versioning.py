"""Scorecard versions: the lossless definition stored per version, and the scoring hash that decides when an edit
needs a new version (a change to how answers score) and when it does not (wording)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from qa_studio.scoring.model import Condition, Criterion, CriterionType, Scorecard, Text
from qa_studio.scoring.validation import POINTS_TYPES, build_scorecard

# Text for people: correcting it never changes a score, so it is left out of the scoring hash.
WORDING = ("name", "description", "version_note", "label", "guideline")


def _number(value: float) -> float | int:
    # Whole numbers as integers, so a definition exported as YAML reads "points: 5", not "points: 5.0".
    return int(value) if float(value).is_integer() else value


def _text(text: Text) -> dict[str, str]:
    return {"en": text.en, "zh": text.zh}


def _condition(condition: Condition) -> dict[str, Any]:
    when: dict[str, Any] = {}
    if condition.channels:
        when["channel"] = list(condition.channels)
    if condition.queues:
        when["queue"] = list(condition.queues)
    if condition.answer_criterion is not None:
        when["answer"] = {"criterion": condition.answer_criterion, "in": list(condition.answer_in)}
    return when


def _criterion(c: Criterion) -> dict[str, Any]:
    data: dict[str, Any] = {
        "key": c.key, "label": _text(c.label), "guideline": _text(c.guideline), "type": c.type.value,
        "required": c.required,
    }  # fmt: skip
    if c.type in POINTS_TYPES:
        data["points"] = _number(c.points)
    if c.type.scoring:
        data |= {"weight": _number(c.weight), "fail": c.fail.value, "root_cause_required": c.root_cause_required}
    if c.type.has_options:
        data["options"] = [
            {"key": o.key, "label": _text(o.label)}
            | ({"points": _number(o.points), "fails": o.fails} if c.type != CriterionType.SELECT else {})
            for o in c.options
        ]
    if c.type == CriterionType.SCALE:
        data |= {"min": _number(c.scale_min), "max": _number(c.scale_max), "step": _number(c.scale_step)}
        if c.fail_below is not None:
            data["fail_below"] = _number(c.fail_below)
    if c.condition != Condition():
        data["when"] = _condition(c.condition)
    if c.checks:
        data["checks"] = [
            {check.kind: {k: list(v) if isinstance(v, tuple) else v for k, v in check.params}} for check in c.checks
        ]
    return data


def definition_dict(scorecard: Scorecard) -> dict[str, Any]:
    """The scorecard as JSON-ready data in the file format; `scorecard_from_dict` gives back an equal scorecard."""
    data: dict[str, Any] = {
        "key": scorecard.key,
        "name": _text(scorecard.name),
        "description": _text(scorecard.description),
        "version_note": _text(scorecard.version_note),
    }
    if scorecard.channel is not None:
        data["channel"] = scorecard.channel
    return data | {
        "pass_mark": _number(scorecard.pass_mark),
        "bands": [{"label": _text(b.label), "min": _number(b.min_score)} for b in scorecard.bands],
        "root_causes": [{"key": r.key, "label": _text(r.label)} for r in scorecard.root_causes],
        "sections": [
            {"key": s.key, "label": _text(s.label), "weight": _number(s.weight), "bonus": s.bonus,
             "criteria": [_criterion(c) for c in s.criteria]}
            for s in scorecard.sections
        ],
    }  # fmt: skip


def scorecard_from_dict(data: dict[str, Any], source: str = "<stored version>") -> Scorecard:
    """A scorecard from its definition, validated like a file (errors carry line 0: stored data has no lines)."""
    return build_scorecard(data, source)


def _without_wording(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_wording(v) for k, v in value.items() if k not in WORDING}
    if isinstance(value, list):
        return [_without_wording(v) for v in value]
    return value


def scoring_hash(scorecard: Scorecard) -> str:
    """SHA-256 of the definition without its wording: equal hashes score every set of answers identically.

    Everything else counts, conservatively: points, weights, fail kinds, options, scale ranges, conditions, evidence
    checks, required flags, root-cause keys, pass mark, bands and the order of sections and criteria."""
    canonical = json.dumps(
        _without_wording(definition_dict(scorecard)), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
