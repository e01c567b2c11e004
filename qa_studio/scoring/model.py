"""Scorecards as immutable values (sections, criteria, options, bands, conditions, evidence checks) and the
answers a reviewer gives to them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

YES, NO, NA = "yes", "no", "na"


class CriterionType(StrEnum):
    YES_NO = "yes_no"
    YES_NO_NA = "yes_no_na"
    SCALE = "scale"
    CHOICE = "choice"
    DEDUCTIONS = "deductions"
    TEXT = "text"  # non-scoring: a comment field
    SELECT = "select"  # non-scoring: a choice that records information (and can drive conditions)
    DATE = "date"  # non-scoring

    @property
    def scoring(self) -> bool:
        return self not in (CriterionType.TEXT, CriterionType.SELECT, CriterionType.DATE)

    @property
    def has_options(self) -> bool:
        return self in (CriterionType.CHOICE, CriterionType.SELECT, CriterionType.DEDUCTIONS)


class FailKind(StrEnum):
    NONE = "none"
    SECTION_CRITICAL = "section_critical"  # fails its section: the section scores 0
    FATAL = "fatal"  # fails the whole evaluation: the score is 0


@dataclass(frozen=True, slots=True)
class Text:
    """Text in English and Simplified Chinese; either falls back to the other when empty."""

    en: str
    zh: str = ""

    def get(self, language: str = "en") -> str:
        if language.lower().startswith("zh"):
            return self.zh or self.en
        return self.en or self.zh


@dataclass(frozen=True, slots=True)
class Option:
    """A choice's answer (points earned), a deduction (points taken off) or a select's value (no points)."""

    key: str
    label: Text
    points: float = 0.0
    fails: bool = False  # choosing or ticking it fails the criterion


@dataclass(frozen=True, slots=True)
class Condition:
    """When a criterion applies: every given part must hold; an empty condition always holds."""

    channels: tuple[str, ...] = ()
    queues: tuple[str, ...] = ()
    answer_criterion: str | None = None
    answer_in: tuple[str, ...] = ()  # answer tokens: "yes", "no", "na" or option keys


@dataclass(frozen=True, slots=True)
class Check:
    """An evidence check computed from the interaction; `params` are the YAML parameters, lists as tuples."""

    kind: str
    params: tuple[tuple[str, Any], ...] = ()

    def param(self, name: str, default: Any = None) -> Any:
        return dict(self.params).get(name, default)


@dataclass(frozen=True, slots=True)
class Criterion:
    key: str
    label: Text
    type: CriterionType
    points: float = 0.0  # yes/no, scale and deductions; a choice's points are its options'
    weight: float = 1.0
    fail: FailKind = FailKind.NONE
    guideline: Text = field(default_factory=lambda: Text(""))
    options: tuple[Option, ...] = ()
    scale_min: float = 1.0
    scale_max: float = 5.0
    scale_step: float = 1.0
    fail_below: float | None = None
    required: bool = True
    root_cause_required: bool = False
    condition: Condition = field(default_factory=Condition)
    checks: tuple[Check, ...] = ()

    @property
    def max_points(self) -> float:
        """Unweighted points of the best answer; 0 for non-scoring fields."""
        if not self.type.scoring:
            return 0.0
        if self.type == CriterionType.CHOICE:
            return max((o.points for o in self.options), default=0.0)
        return self.points

    @property
    def can_fail(self) -> bool:
        """Whether some answer fails it: a "no", a scale below `fail_below`, an option marked `fails`."""
        if self.type in (CriterionType.YES_NO, CriterionType.YES_NO_NA):
            return True
        if self.type == CriterionType.SCALE:
            return self.fail_below is not None
        return self.type.scoring and any(o.fails for o in self.options)

    def option(self, key: str) -> Option | None:
        return next((o for o in self.options if o.key == key), None)


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    label: Text
    criteria: tuple[Criterion, ...]
    weight: float = 1.0  # share of the overall score; for a bonus section, the most points it can add
    bonus: bool = False


@dataclass(frozen=True, slots=True)
class Band:
    label: Text
    min_score: float


@dataclass(frozen=True, slots=True)
class RootCause:
    key: str
    label: Text


@dataclass(frozen=True, slots=True)
class Scorecard:
    key: str
    name: Text
    sections: tuple[Section, ...]
    channel: str | None = None
    pass_mark: float = 80.0
    bands: tuple[Band, ...] = ()  # lowest `min_score` first
    root_causes: tuple[RootCause, ...] = ()
    description: Text = field(default_factory=lambda: Text(""))
    version_note: Text = field(default_factory=lambda: Text(""))  # what changed in this version, for people

    def criteria(self) -> list[Criterion]:
        return [criterion for section in self.sections for criterion in section.criteria]

    def criterion(self, key: str) -> Criterion | None:
        return next((c for c in self.criteria() if c.key == key), None)

    def band_for(self, score: float) -> Band | None:
        """The highest band whose minimum the score reaches."""
        return next((band for band in reversed(self.bands) if score >= band.min_score), None)


@dataclass(frozen=True, slots=True)
class Answer:
    """A reviewer's answer: `value` is "yes"/"no", a number, an option key, a list of deduction keys, text or an
    ISO date, by criterion type; `not_applicable` marks N/A (value ignored)."""

    value: Any = None
    not_applicable: bool = False
    root_cause: str | None = None
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """Where the interaction came from, for conditional criteria."""

    channel: str | None = None
    queue: str | None = None
