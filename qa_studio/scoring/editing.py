"""Editing a scorecard definition (the same data as a scorecard file) step by step, keeping it well-formed for the
validator: the scorecard editor works on this, so the editor and the file loader can never disagree."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from qa_studio.scoring.model import CriterionType, Scorecard
from qa_studio.scoring.validation import CRITERION_KEYS, ScorecardInvalid, build_scorecard
from qa_studio.scoring.versioning import definition_dict, scoring_hash

TEXT = {"en": "", "zh": ""}


def _text(en: str, zh: str = "") -> dict[str, str]:
    return {"en": en, "zh": zh}


def default_criterion(key: str, kind: CriterionType = CriterionType.YES_NO) -> dict[str, Any]:
    criterion: dict[str, Any] = {"key": key, "label": _text("New criterion", "新评分项"), "guideline": dict(TEXT),
                                 "type": kind.value, "required": True}  # fmt: skip
    return conform_to_type(criterion, kind)


def conform_to_type(criterion: dict[str, Any], kind: CriterionType) -> dict[str, Any]:
    """The criterion with type `kind`: keys that mean nothing for it are dropped, ones it needs get defaults."""
    result = {k: v for k, v in criterion.items() if k in CRITERION_KEYS and kind in CRITERION_KEYS[k]}
    result["type"] = kind.value
    if kind in CRITERION_KEYS["points"]:
        result.setdefault("points", 5)
    if kind.scoring:
        result.setdefault("weight", 1)
        result.setdefault("fail", "none")
        result.setdefault("root_cause_required", False)
    if kind == CriterionType.SCALE:
        result.setdefault("min", 1)
        result.setdefault("max", 5)
        result.setdefault("step", 1)
    if kind.has_options:
        priced = kind in (CriterionType.CHOICE, CriterionType.DEDUCTIONS)
        options = result.get("options") or [
            {"key": "option_1", "label": _text("Option 1", "选项一")},
            {"key": "option_2", "label": _text("Option 2", "选项二")},
        ]
        cleaned = []
        for index, option in enumerate(options):
            item = {"key": option.get("key") or f"option_{index + 1}", "label": option.get("label") or dict(TEXT)}
            if priced:
                default = 2 if kind == CriterionType.DEDUCTIONS else max(0, 5 - index * 5)
                points = option.get("points", default)
                # A deduction takes something off: a zero carried over from a choice would be refused.
                item["points"] = default if kind == CriterionType.DEDUCTIONS and not points or points < 0 else points
                item["fails"] = bool(option.get("fails", False))
            cleaned.append(item)
        result["options"] = cleaned
    return result


def _unique(base: str, taken: set[str]) -> str:
    stem = re.sub(r"[^\w-]+", "_", base).strip("_") or "item"
    if stem not in taken:
        return stem
    number = 2
    while f"{stem}_{number}" in taken:
        number += 1
    return f"{stem}_{number}"


@dataclass(frozen=True, slots=True)
class Validation:
    scorecard: Scorecard | None
    problems: list[str]


class ScorecardDocument:
    """A scorecard being edited. Sections and criteria are addressed by index; every change keeps the structure
    the validator expects, and `validate()` says what is still wrong in the reviewer's terms."""

    def __init__(self, definition: dict[str, Any]) -> None:
        self.data: dict[str, Any] = copy.deepcopy(definition)
        self.data.setdefault("sections", [])
        self.data.setdefault("bands", [])
        self.data.setdefault("root_causes", [])

    @classmethod
    def from_scorecard(cls, scorecard: Scorecard) -> ScorecardDocument:
        return cls(definition_dict(scorecard))

    @classmethod
    def blank(cls, key: str, channel: str | None) -> ScorecardDocument:
        data: dict[str, Any] = {
            "key": key, "name": _text("New scorecard", "新评分表"), "description": dict(TEXT),
            "version_note": dict(TEXT), "pass_mark": 80,
            "bands": [{"label": _text("Needs improvement", "待改进"), "min": 0},
                      {"label": _text("Meets the standard", "达标"), "min": 80}],
            "root_causes": [],
            "sections": [{"key": "section_1", "label": _text("Section 1", "第一部分"), "weight": 1, "bonus": False,
                          "criteria": [default_criterion("criterion_1")]}],
        }  # fmt: skip
        if channel:
            data["channel"] = channel
        return cls(data)

    # Reading ---------------------------------------------------------------------------------------------------
    @property
    def sections(self) -> list[dict[str, Any]]:
        return self.data["sections"]

    def criteria(self, section: int) -> list[dict[str, Any]]:
        return self.sections[section].setdefault("criteria", [])

    def criterion_keys(self) -> set[str]:
        return {c.get("key", "") for s in self.sections for c in s.get("criteria", [])}

    def validate(self) -> Validation:
        try:
            return Validation(build_scorecard(copy.deepcopy(self.data), self.data.get("key") or "scorecard"), [])
        except ScorecardInvalid as exc:
            # Stored definitions have no lines: the message names the section and criterion instead.
            return Validation(None, [error.message for error in exc.errors])

    # Sections --------------------------------------------------------------------------------------------------
    def add_section(self, after: int | None = None) -> int:
        key = _unique("section", {s.get("key", "") for s in self.sections})
        section = {"key": key, "label": _text("New section", "新部分"), "weight": 1, "bonus": False,
                   "criteria": [default_criterion(_unique("criterion", self.criterion_keys()))]}  # fmt: skip
        index = len(self.sections) if after is None else after + 1
        self.sections.insert(index, section)
        return index

    def remove_section(self, index: int) -> None:
        del self.sections[index]

    def move_section(self, index: int, step: int) -> int:
        target = max(0, min(len(self.sections) - 1, index + step))
        self.sections.insert(target, self.sections.pop(index))
        return target

    # Criteria --------------------------------------------------------------------------------------------------
    def add_criterion(self, section: int, after: int | None = None, kind: CriterionType = CriterionType.YES_NO) -> int:
        criteria = self.criteria(section)
        index = len(criteria) if after is None else after + 1
        criteria.insert(index, default_criterion(_unique("criterion", self.criterion_keys()), kind))
        return index

    def remove_criterion(self, section: int, index: int) -> None:
        del self.criteria(section)[index]

    def move_criterion(self, section: int, index: int, step: int) -> tuple[int, int]:
        """Up or down; past the first or last criterion it moves into the neighbouring section."""
        criteria = self.criteria(section)
        target = index + step
        if 0 <= target < len(criteria):
            criteria.insert(target, criteria.pop(index))
            return section, target
        neighbour = section + (1 if step > 0 else -1)
        if not 0 <= neighbour < len(self.sections):
            return section, index
        moved = criteria.pop(index)
        destination = self.criteria(neighbour)
        position = 0 if step > 0 else len(destination)
        destination.insert(position, moved)
        return neighbour, position

    def set_type(self, section: int, index: int, kind: CriterionType) -> None:
        criteria = self.criteria(section)
        criteria[index] = conform_to_type(criteria[index], kind)

    # Saving ----------------------------------------------------------------------------------------------------
    def change_kind(self, saved: Scorecard | None) -> str:
        """What saving would do against the latest saved version: "created", "new version", "wording updated",
        "unchanged" — or "invalid" while problems remain."""
        checked = self.validate()
        if checked.scorecard is None:
            return "invalid"
        if saved is None or saved.key != checked.scorecard.key:
            return "created"
        if scoring_hash(saved) != scoring_hash(checked.scorecard):
            return "new version"
        return "unchanged" if definition_dict(saved) == definition_dict(checked.scorecard) else "wording updated"
