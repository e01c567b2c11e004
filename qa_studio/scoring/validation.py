"""Validating a scorecard definition (read from YAML, with lines, or stored, without) into a Scorecard, reporting
every problem as FILE:LINE: reason rather than stopping at the first."""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction
from typing import Any, TypeVar

from qa_studio.errors import QT_TRANSLATE_NOOP, Phrase
from qa_studio.scoring.conditions import token
from qa_studio.scoring.evidence import CHECK_PARAMETERS, CHECK_SOURCE, check_problems
from qa_studio.scoring.model import (
    NA,
    NO,
    YES,
    Band,
    Check,
    Condition,
    Criterion,
    CriterionType,
    FailKind,
    Option,
    RootCause,
    Scorecard,
    Section,
    Text,
)

CHANNELS = ("call", "chat", "email", "social")
_KEY = re.compile(r"[\w-]+")
_ALL = frozenset(CriterionType)
_SCORING = frozenset(t for t in CriterionType if t.scoring)
POINTS_TYPES = frozenset({CriterionType.YES_NO, CriterionType.YES_NO_NA, CriterionType.SCALE, CriterionType.DEDUCTIONS})
_OPTION_TYPES = frozenset(t for t in CriterionType if t.has_options)
_PRICED_OPTION_TYPES = frozenset({CriterionType.CHOICE, CriterionType.DEDUCTIONS})
_SCALE = frozenset({CriterionType.SCALE})
# Conditions look at answers that are one of a few values.
_CONDITION_TARGETS = frozenset(
    {CriterionType.YES_NO, CriterionType.YES_NO_NA, CriterionType.CHOICE, CriterionType.SELECT}
)

SCORECARD_KEYS = (
    "key", "name", "description", "version_note", "channel", "pass_mark", "bands", "root_causes", "sections",
)  # fmt: skip

_Member = TypeVar("_Member", bound=Enum)
SECTION_KEYS = ("key", "label", "weight", "bonus", "criteria")
# Each key of a criterion, and of an option, with the criterion types it means something for.
CRITERION_KEYS: dict[str, frozenset[CriterionType]] = {
    "key": _ALL, "label": _ALL, "guideline": _ALL, "type": _ALL, "required": _ALL, "when": _ALL,
    "points": POINTS_TYPES, "weight": _SCORING, "fail": _SCORING, "root_cause_required": _SCORING, "checks": _SCORING,
    "options": _OPTION_TYPES, "min": _SCALE, "max": _SCALE, "step": _SCALE, "fail_below": _SCALE,
}  # fmt: skip
OPTION_KEYS: dict[str, frozenset[CriterionType]] = {
    "key": _ALL,
    "label": _ALL,
    "points": _PRICED_OPTION_TYPES,
    "fails": _PRICED_OPTION_TYPES,
}
BAND_KEYS = ("label", "min")
ROOT_CAUSE_KEYS = ("key", "label")
WHEN_KEYS = ("channel", "queue", "answer")
ANSWER_KEYS = ("criterion", "in")
TEXT_KEYS = ("en", "zh")


@dataclass(frozen=True, slots=True)
class ScorecardError:
    file: str
    line: int  # 1-based; 0 for a stored definition, which has no lines
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


# More problems than this say "rewrite the file", not "fix these": the rest are counted, not listed.
MAX_REPORTED_ERRORS = 200


class ScorecardInvalid(Exception):
    """A scorecard that cannot be used; `errors` holds the problems found in line order, at most
    MAX_REPORTED_ERRORS of them and then one line saying how many more there are (`more`)."""

    def __init__(self, errors: list[ScorecardError], more: int = 0) -> None:
        more += max(0, len(errors) - MAX_REPORTED_ERRORS)
        errors = errors[:MAX_REPORTED_ERRORS]
        if more:
            last = errors[-1] if errors else ScorecardError("<scorecard>", 0, "")
            more_problems = Phrase(QT_TRANSLATE_NOOP("Errors", "… and {more:,} more problems not listed"), more=more)
            errors = [*errors, ScorecardError(last.file, last.line, str(more_problems))]
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors
        self.more = more


def _line(container: Any, key: str | None = None) -> int:
    """Where a mapping (or one of its keys) or a list starts; the YAML reader records it, stored data has none."""
    if key is not None and key in getattr(container, "key_lines", {}):
        return container.key_lines[key]
    return getattr(container, "line", 0)


def _kind_of(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return "text" if isinstance(value, str) else type(value).__name__


def _named(item: Any, kind: str, anonymous: str) -> str:
    """How messages name a section, criterion, option or root cause: by its key when it has one."""
    key = item.get("key") if isinstance(item, dict) else None
    return f'{kind} "{key}"' if isinstance(key, str) and key else anonymous


def _did_you_mean(name: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, sorted(choices), n=1)
    return str(Phrase(QT_TRANSLATE_NOOP("Errors", " (did you mean \"{name}\"?)"), name=close[0])) if close else ""


def _exact(value: float) -> Fraction:
    # Via str, so 0.1 is one tenth rather than the binary float next to it.
    return Fraction(str(value))


# Building a scorecard from a mapping ---------------------------------------------------------------------------
class _Builder:
    """Turns a mapping (from YAML, with lines, or a stored definition, without) into a Scorecard, collecting every
    problem instead of stopping at the first."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.errors: list[ScorecardError] = []
        self.uncounted = 0
        self.channel: str | None = None
        self.root_causes: set[str] = set()
        self.criterion_lines: dict[str, int] = {}
        self.broken: set[str] = set()  # criteria that could not be read at all, to avoid errors that follow from it
        # Conditions on answers are checked once every criterion is known: (criterion, its "when" mapping).
        self.answer_conditions: list[tuple[Criterion, dict[str, Any]]] = []

    def error(self, line: int, message: Phrase) -> None:
        # Keep a few times what is shown (the earliest lines win after sorting); count the rest.
        if len(self.errors) < 5 * MAX_REPORTED_ERRORS:
            self.errors.append(ScorecardError(self.filename, line, str(message)))
        else:
            self.uncounted += 1

    # Values ----------------------------------------------------------------------------------------------------
    def mapping(self, value: Any, where: str, line: int, allowed: Iterable[str]) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.error(
                line,
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where} must be a mapping of keys to values, not {kind_of}",
                    ),
                    where=where,
                    kind_of=_kind_of(value),
                ),
            )
            return None
        allowed = tuple(allowed)
        for key in value:
            if key not in allowed:
                self.error(
                    _line(value, key),
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{where}: unknown key \"{key}\"{did_you_mean}",
                        ),
                        where=where,
                        key=key,
                        did_you_mean=_did_you_mean(str(key), allowed),
                    ),
                )
        return value

    def key(self, data: dict[str, Any], where: str, seen: dict[str, int] | None = None) -> str:
        value = data.get("key")
        if value is None or value == "":
            self.error(_line(data), Phrase(QT_TRANSLATE_NOOP("Errors", "{where} needs \"key\""), where=where))
            return ""
        if not isinstance(value, str) or not _KEY.fullmatch(value):
            self.error(
                _line(data, "key"),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: \"key\" must be a word (letters, digits, _ or -), not {value!r}",
                    ),
                    where=where,
                    value=value,
                ),
            )
            return str(value)
        if seen is not None:
            if value in seen:
                self.error(
                    _line(data, "key"),
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "duplicate key \"{value}\" (first used on line {seen})",
                        ),
                        value=value,
                        seen=seen[value],
                    ),
                )
            seen.setdefault(value, _line(data, "key"))
        return value

    def text(self, data: dict[str, Any], key: str, where: str, default: str = "", required: bool = False) -> Text:
        """A plain string (both languages) or {en: ..., zh: ...}; a missing language falls back to the other."""
        value, line = data.get(key), _line(data, key)
        text: Text | None = None
        if isinstance(value, str):
            text = Text(value, value) if value.strip() else None
        elif isinstance(value, dict):
            languages = self.mapping(value, f'"{key}" of {where}', line, TEXT_KEYS) or {}
            parts = [languages.get(language) for language in TEXT_KEYS]
            if not all(part is None or isinstance(part, str) for part in parts):
                self.error(
                    line,
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{where}: \"{key}\" must be text in each language",
                        ),
                        where=where,
                        key=key,
                    ),
                )
                return Text(default, default)
            text = Text(parts[0] or "", parts[1] or "") if any(parts) else None
        elif value is not None:
            self.error(
                line,
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: \"{key}\" must be text or {{en: ..., zh: ...}}, not {kind_of}",
                    ),
                    where=where,
                    key=key,
                    kind_of=_kind_of(value),
                ),
            )
            return Text(default, default)
        if text is None:
            if required:
                self.missing(data, key, where)
            return Text(default, default)
        return text

    def number(
        self,
        data: dict[str, Any],
        key: str,
        where: str,
        default: float,
        rule: tuple[Callable[[float], bool], str] | None = None,
        required: bool = False,
    ) -> float:
        """A number; `default` when absent or wrong (after reporting it). `rule` is (test, what it must be)."""
        value = data.get(key)
        if value is None:
            if required:
                self.missing(data, key, where)
            return default
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            self.error(
                _line(data, key),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: \"{key}\" must be a number, not {value!r}",
                    ),
                    where=where,
                    key=key,
                    value=value,
                ),
            )
            return default
        if rule is not None and not rule[0](value):
            self.error(
                _line(data, key),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: \"{key}\" must be {rule}, not {value:g}",
                    ),
                    where=where,
                    key=key,
                    rule=rule[1],
                    value=value,
                ),
            )
            return default
        return float(value)

    def flag(self, data: dict[str, Any], key: str, where: str, default: bool) -> bool:
        value = data.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.error(
                _line(data, key),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: \"{key}\" must be true or false, not {value!r}",
                    ),
                    where=where,
                    key=key,
                    value=value,
                ),
            )
            return default
        return value

    def listing(self, data: dict[str, Any], key: str, where: str, required: bool = False) -> list[Any]:
        value = data.get(key)
        if value is None or value == []:
            if required:
                self.error(
                    _line(data, key),
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{where} needs \"{key}\" with at least one entry",
                        ),
                        where=where,
                        key=key,
                    ),
                )
            return []
        if not isinstance(value, list):
            self.error(
                _line(data, key),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: \"{key}\" must be a list, not {kind_of}",
                    ),
                    where=where,
                    key=key,
                    kind_of=_kind_of(value),
                ),
            )
            return []
        return value

    def words(self, data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        """One name or a list of names (channels, queues)."""
        value = data.get(key)
        values = value if isinstance(value, list) else [value]
        if not values or not all(isinstance(v, str) and v.strip() for v in values):
            self.error(
                _line(data, key),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: \"{key}\" must be a name or a list of names",
                    ),
                    where=where,
                    key=key,
                ),
            )
            return ()
        return tuple(values)

    # The scorecard ---------------------------------------------------------------------------------------------
    def scorecard(self, data: Any) -> Scorecard | None:
        if data is None:
            self.error(
                1,
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the file is empty: a scorecard needs key, name, pass_mark and sections",
                    ),
                ),
            )
            return None
        top = self.mapping(data, "the scorecard", _line(data) or 1, SCORECARD_KEYS)
        if top is None:
            return None
        where = "the scorecard"
        key = self.key(top, where)
        self.channel = self.channel_of(top)
        pass_mark = self.number(
            top, "pass_mark", where, 0.0, (lambda v: 0 <= v <= 100, "between 0 and 100"), required=True
        )
        root_causes = self.root_causes_of(top)
        bands = self.bands_of(top)
        criteria_seen: dict[str, int] = {}
        sections_seen: dict[str, int] = {}
        sections = tuple(
            section
            for item in self.listing(top, "sections", where, required=True)
            if (section := self.section(item, sections_seen, criteria_seen)) is not None
        )
        self.check_answer_conditions(sections)
        # Without a scoring criterion outside bonus sections every score would be 0 (not worth a second error
        # when a criterion could not be read at all).
        scoring = any(c.type.scoring for s in sections if not s.bonus for c in s.criteria)
        if sections and not scoring and not self.broken:
            self.error(
                _line(top, "sections"),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "nothing to score: add a scoring criterion to a section that is not a bonus",
                    ),
                ),
            )  # fmt: skip
        return Scorecard(
            key=key,
            name=self.text(top, "name", where, required=True),
            sections=sections,
            channel=self.channel,
            pass_mark=pass_mark,
            bands=bands,
            root_causes=root_causes,
            description=self.text(top, "description", where),
            version_note=self.text(top, "version_note", where),
        )

    def channel_of(self, top: dict[str, Any]) -> str | None:
        channel = top.get("channel")
        if channel is None:
            return None
        if channel not in CHANNELS:
            self.error(
                _line(top, "channel"),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "unknown channel \"{channel}\"{did_you_mean}; use one of {names}",
                    ),
                    channel=channel,
                    did_you_mean=_did_you_mean(str(channel), CHANNELS),
                    names=", ".join(CHANNELS),
                ),
            )
            return None
        return str(channel)

    def root_causes_of(self, top: dict[str, Any]) -> tuple[RootCause, ...]:
        seen: dict[str, int] = {}
        causes = []
        for item in self.listing(top, "root_causes", "the scorecard"):
            where = _named(item, "root cause", "a root cause")
            data = self.mapping(item, where, _line(item) or _line(top, "root_causes"), ROOT_CAUSE_KEYS)
            if data is not None:
                key = self.key(data, where, seen)
                causes.append(RootCause(key, self.text(data, "label", where, key)))
        self.root_causes = {cause.key for cause in causes}
        return tuple(causes)

    def bands_of(self, top: dict[str, Any]) -> tuple[Band, ...]:
        bands: list[Band] = []
        for item in self.listing(top, "bands", "the scorecard"):
            data = self.mapping(item, "a band", _line(item) or _line(top, "bands"), BAND_KEYS)
            if data is None:
                continue
            label = self.text(data, "label", "a band", required=True)
            if data.get("min") is None:
                self.error(_line(data), Phrase(QT_TRANSLATE_NOOP("Errors", "band \"{en}\" needs \"min\""), en=label.en))
                continue
            minimum = self.number(data, "min", f'band "{label.en}"', 0.0, (lambda v: 0 <= v <= 100, "0–100"))
            if bands and minimum <= bands[-1].min_score:
                self.error(
                    _line(data, "min"),
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "bands go from the lowest min to the highest: {minimum:g} comes after {min_score:g}",
                        ),
                        minimum=minimum,
                        min_score=bands[-1].min_score,
                    ),
                )
                continue
            bands.append(Band(label, minimum))
        return tuple(bands)

    def section(self, item: Any, seen: dict[str, int], criteria_seen: dict[str, int]) -> Section | None:
        where = _named(item, "section", "a section")
        data = self.mapping(item, where, _line(item), SECTION_KEYS)
        if data is None:
            return None
        key = self.key(data, where, seen)
        bonus = self.flag(data, "bonus", where, False)
        # A bonus section's weight is the most points it adds, so past 100 it would mean nothing.
        rule = (lambda v: 0 < v <= 100, "above 0 and at most 100") if bonus else (lambda v: v > 0, "above 0")
        weight = self.number(data, "weight", where, 1.0, rule)
        criteria = tuple(
            criterion
            for entry in self.listing(data, "criteria", where, required=True)
            if (criterion := self.criterion(entry, criteria_seen, bonus)) is not None
        )
        return Section(key, self.text(data, "label", where, key), criteria, weight, bonus)

    # Criteria --------------------------------------------------------------------------------------------------
    def criterion(self, item: Any, seen: dict[str, int], bonus: bool) -> Criterion | None:
        where = _named(item, "criterion", "a criterion")
        data = self.mapping(item, where, _line(item), CRITERION_KEYS)
        if data is None:
            return None
        key = self.key(data, where, seen)
        self.criterion_lines[key] = _line(data, "key")
        kind = self.type_of(data, where)
        if kind is None:
            self.broken.add(key)
            return None
        for name in data:
            # "fail" on a non-scoring field gets its own, clearer message from fail_of.
            if name in CRITERION_KEYS and name != "fail" and kind not in CRITERION_KEYS[name]:
                self.error(
                    _line(data, name),
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{where}: \"{name}\" does not apply to a {kind} criterion",
                        ),
                        where=where,
                        name=name,
                        kind=kind,
                    ),
                )
        positive = (lambda v: v > 0, "above 0")
        options = self.options_of(data, kind, where)
        scale = self.scale_of(data, where) if kind == CriterionType.SCALE else (1.0, 5.0, 1.0, None)
        criterion = Criterion(
            key=key,
            label=self.text(data, "label", where, key),
            type=kind,
            points=self.number(data, "points", where, 0.0, positive, required=True) if kind in POINTS_TYPES else 0.0,
            weight=self.number(data, "weight", where, 1.0, positive) if kind.scoring else 1.0,
            fail=self.fail_of(data, kind, where, bonus),
            guideline=self.text(data, "guideline", where),
            options=options,
            scale_min=scale[0],
            scale_max=scale[1],
            scale_step=scale[2],
            fail_below=scale[3],
            # Bonus criteria only add points, so by default they may be left unanswered.
            required=self.flag(data, "required", where, kind.scoring and not bonus),
            root_cause_required=self.flag(data, "root_cause_required", where, False) if kind.scoring else False,
            condition=self.condition_of(data, where),
            checks=self.checks_of(data, where) if kind.scoring else (),
        )
        self.check_failing(criterion, data, where)
        if isinstance(data.get("when"), dict) and "answer" in data["when"]:
            self.answer_conditions.append((criterion, data["when"]))
        return criterion

    def missing(self, data: dict[str, Any], key: str, where: str) -> None:
        """Report a required key that is not there, at the line of the mapping that lacks it."""
        self.error(_line(data), Phrase(QT_TRANSLATE_NOOP("Errors", "{where} needs \"{key}\""), where=where, key=key))

    def member(self, kind: type[_Member], data: dict[str, Any], key: str, unknown: str, where: str) -> _Member | None:
        """The enum member `data[key]` names, or None after reporting it as `unknown` with the names to use."""
        raw = data[key]
        try:
            return kind(raw)
        except ValueError:
            names = [member.value for member in kind]
            self.error(_line(data, key), Phrase(unknown, where=where, raw=raw,
                                                did_you_mean=_did_you_mean(str(raw), names), names=", ".join(names)))
            return None

    def type_of(self, data: dict[str, Any], where: str) -> CriterionType | None:
        raw = data.get("type")
        if raw is None:
            self.error(_line(data), Phrase(QT_TRANSLATE_NOOP("Errors", "{where} needs \"type\""), where=where))
            return None
        unknown = QT_TRANSLATE_NOOP("Errors", "{where}: unknown type \"{raw}\"{did_you_mean}; use one of {names}")
        return self.member(CriterionType, data, "type", unknown, where)

    def fail_of(self, data: dict[str, Any], kind: CriterionType, where: str, bonus: bool) -> FailKind:
        raw = data.get("fail")
        if raw is None:
            return FailKind.NONE
        unknown = QT_TRANSLATE_NOOP("Errors", "{where}: unknown fail kind \"{raw}\"{did_you_mean}; use one of {names}")
        fail = self.member(FailKind, data, "fail", unknown, where)
        if fail is None:
            return FailKind.NONE
        if fail != FailKind.NONE and not kind.scoring:
            self.error(
                _line(data, "fail"),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: a {kind} field does not score, so it cannot be {fail}",
                    ),
                    where=where,
                    kind=kind,
                    fail=fail,
                ),
            )
            return FailKind.NONE
        if fail != FailKind.NONE and bonus:
            self.error(
                _line(data, "fail"),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: a bonus section only adds points, so it cannot hold a {fail} criterion",
                    ),
                    where=where,
                    fail=fail,
                ),
            )  # fmt: skip
            return FailKind.NONE
        return fail

    def check_failing(self, criterion: Criterion, data: dict[str, Any], where: str) -> None:
        """A fail flag or a required root cause on a criterion that no answer can fail is a mistake in the file."""
        if criterion.type.scoring and not criterion.can_fail:
            cause = {CriterionType.SCALE: "set fail_below", CriterionType.CHOICE: "mark an option fails: true",
                     CriterionType.DEDUCTIONS: "mark a deduction fails: true"}[criterion.type]  # fmt: skip
            if criterion.fail != FailKind.NONE:
                self.error(
                    _line(data, "fail"),
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{where}: no answer fails it, so it can never be {fail} ({cause})",
                        ),
                        where=where,
                        fail=criterion.fail,
                        cause=cause,
                    ),
                )  # fmt: skip
            if criterion.root_cause_required:
                self.error(
                    _line(data, "root_cause_required"),
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{where}: no answer fails it, so it never needs a root cause ({cause})",
                        ),
                        where=where,
                        cause=cause,
                    ),
                )  # fmt: skip
        if criterion.root_cause_required and not self.root_causes:
            self.error(
                _line(data, "root_cause_required"),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: needs a root cause but the scorecard has no root_causes",
                    ),
                    where=where,
                ),
            )

    def options_of(self, data: dict[str, Any], kind: CriterionType, where: str) -> tuple[Option, ...]:
        if not kind.has_options:
            return ()
        items = self.listing(data, "options", where)
        if not items:
            self.error(
                _line(data, "options"),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: a {kind} criterion needs \"options\"",
                    ),
                    where=where,
                    kind=kind,
                ),
            )
            return ()
        seen: dict[str, int] = {}
        options = []
        for item in items:
            here = f"{_named(item, 'option', 'an option')} of {where}"
            option = self.mapping(item, here, _line(item) or _line(data, "options"), OPTION_KEYS)
            if option is None:
                continue
            key = self.key(option, here, seen)
            for name in option:
                if name in OPTION_KEYS and kind not in OPTION_KEYS[name]:
                    self.error(
                        _line(option, name),
                        Phrase(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "{here}: \"{name}\" does not apply to a {kind} criterion",
                            ),
                            here=here,
                            name=name,
                            kind=kind,
                        ),
                    )
            points = 0.0
            if kind == CriterionType.CHOICE:
                points = self.number(option, "points", here, 0.0, (lambda v: v >= 0, "0 or more"), required=True)
            elif kind == CriterionType.DEDUCTIONS:
                points = self.number(option, "points", here, 0.0, (lambda v: v > 0, "above 0"), required=True)
            fails = self.flag(option, "fails", here, False) if kind != CriterionType.SELECT else False
            options.append(Option(key, self.text(option, "label", here, key), points, fails))
        if kind == CriterionType.CHOICE and options and max(o.points for o in options) <= 0:
            self.error(
                _line(data, "options"),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: at least one option must earn points",
                    ),
                    where=where,
                ),
            )
        return tuple(options)

    def scale_of(self, data: dict[str, Any], where: str) -> tuple[float, float, float, float | None]:
        low = self.number(data, "min", where, 1.0)
        high = self.number(data, "max", where, 5.0)
        step = self.number(data, "step", where, 1.0, (lambda v: v > 0, "above 0"))
        if low >= high:
            self.error(
                _line(data, "min"),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: min {low:g} must be below max {high:g}",
                    ),
                    where=where,
                    low=low,
                    high=high,
                ),
            )
            return low, high, step, None
        if (_exact(high) - _exact(low)) % _exact(step):
            self.error(
                _line(data, "step"),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: step {step:g} does not divide the range {low:g}–{high:g}",
                    ),
                    where=where,
                    step=step,
                    low=low,
                    high=high,
                ),
            )
        if data.get("fail_below") is None:
            return low, high, step, None
        fail_below = self.number(data, "fail_below", where, math.nan)  # NaN: not a number, already reported
        if math.isnan(fail_below):
            return low, high, step, None
        if not low < fail_below <= high:
            self.error(
                _line(data, "fail_below"),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: fail_below {fail_below:g} must be above min {low:g} and at most max {high:g}",
                    ),
                    where=where,
                    fail_below=fail_below,
                    low=low,
                    high=high,
                ),
            )
            return low, high, step, None
        return low, high, step, fail_below

    # Conditions ------------------------------------------------------------------------------------------------
    def condition_of(self, data: dict[str, Any], where: str) -> Condition:
        if data.get("when") is None:
            return Condition()
        when = self.mapping(data["when"], f'"when" of {where}', _line(data, "when"), WHEN_KEYS)
        if when is None:
            return Condition()
        if not any(when.get(part) is not None for part in WHEN_KEYS):
            self.error(
                _line(data, "when"),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: \"when\" needs channel, queue or answer",
                    ),
                    where=where,
                ),
            )
            return Condition()
        channels = self.words(when, "channel", f'"when" of {where}') if when.get("channel") is not None else ()
        for channel in channels:
            if channel not in CHANNELS:
                self.error(
                    _line(when, "channel"),
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{where}: unknown channel \"{channel}\"{did_you_mean}",
                        ),
                        where=where,
                        channel=channel,
                        did_you_mean=_did_you_mean(channel, CHANNELS),
                    ),
                )  # fmt: skip
        if channels and self.channel is not None and self.channel not in channels:
            self.error(
                _line(when, "channel"),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: never applies, since this is a {channel} scorecard",
                    ),
                    where=where,
                    channel=self.channel,
                ),
            )
        queues = self.words(when, "queue", f'"when" of {where}') if when.get("queue") is not None else ()
        criterion, allowed = None, ()
        if when.get("answer") is not None:
            answer = self.mapping(when["answer"], f'"answer" of {where}', _line(when, "answer"), ANSWER_KEYS)
            if answer is not None:
                criterion, allowed = self.answer_condition(answer, where)
        return Condition(channels, queues, criterion, allowed)

    def answer_condition(self, answer: dict[str, Any], where: str) -> tuple[str | None, tuple[str, ...]]:
        target = answer.get("criterion")
        if not isinstance(target, str) or not target:
            self.error(
                _line(answer),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: \"answer\" needs \"criterion\", the key of an earlier criterion",
                    ),
                    where=where,
                ),
            )
            return None, ()
        raw = answer.get("in")
        tokens = [token(v) for v in (raw if isinstance(raw, list) else [raw])]
        if not tokens or None in tokens:
            self.error(
                _line(answer, "in"),
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{where}: \"in\" must list the answers that show it, e.g. [yes]",
                    ),
                    where=where,
                ),
            )
            return target, ()
        return target, tuple(t for t in tokens if t is not None)

    def check_answer_conditions(self, sections: tuple[Section, ...]) -> None:
        """Conditions look only at earlier criteria: the reviewer has answered them, and chains cannot loop."""
        order = {c.key: i for i, c in enumerate(c for s in sections for c in s.criteria)}
        by_key = {c.key: c for s in sections for c in s.criteria}
        for criterion, when in self.answer_conditions:
            target_key = criterion.condition.answer_criterion
            if target_key is None or target_key in self.broken:
                continue
            answer = when["answer"]
            line, where = _line(answer, "criterion"), f'criterion "{criterion.key}"'
            target = by_key.get(target_key)
            if target is None:
                hint = _did_you_mean(target_key, by_key)
                self.error(
                    line,
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{where} depends on \"{target_key}\", which does not exist{hint}",
                        ),
                        where=where,
                        target_key=target_key,
                        hint=hint,
                    ),
                )
            elif target_key == criterion.key:
                self.error(line, Phrase(QT_TRANSLATE_NOOP("Errors", "{where} depends on itself"), where=where))
            elif order[target_key] > order[criterion.key]:
                self.error(
                    line,
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{where} depends on \"{target_key}\", which comes later (line {criterion_lines}): "
                            "conditions may only look at earlier answers",
                        ),
                        where=where,
                        target_key=target_key,
                        criterion_lines=self.criterion_lines[target_key],
                    ),
                )
            elif target.type not in _CONDITION_TARGETS:
                self.error(
                    line,
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{where} depends on \"{target_key}\", a {type} criterion: conditions look at yes/no, "
                            "choice or select answers",
                        ),
                        where=where,
                        target_key=target_key,
                        type=target.type,
                    ),
                )  # fmt: skip
            else:
                possible = {YES, NO} | ({NA} if target.type == CriterionType.YES_NO_NA else set())
                if target.type in (CriterionType.CHOICE, CriterionType.SELECT):
                    possible = {token(o.key) for o in target.options}
                impossible = [v for v in criterion.condition.answer_in if v not in possible]
                if impossible:
                    self.error(
                        _line(answer, "in"),
                        Phrase(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "{where}: \"{target_key}\" cannot be answered {names}; its answers are {names_2}",
                            ),
                            where=where,
                            target_key=target_key,
                            names=", ".join(impossible),
                            names_2=', '.join(sorted(p for p in possible if p)),
                        ),
                    )

    # Evidence checks -------------------------------------------------------------------------------------------
    def checks_of(self, data: dict[str, Any], where: str) -> tuple[Check, ...]:
        checks = []
        for item in self.listing(data, "checks", where):
            line = _line(item) or _line(data, "checks")
            if not isinstance(item, dict) or len(item) != 1:
                self.error(
                    line,
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{where}: each check is one kind with its parameters, e.g. first_response_ms: {{max_ms: "
                            "30000}}",
                        ),
                        where=where,
                    ),
                )  # fmt: skip
                continue
            ((kind, params),) = item.items()
            line = _line(item, kind)
            if kind not in CHECK_PARAMETERS:
                self.error(
                    line,
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{where}: unknown check \"{kind}\"{did_you_mean}",
                        ),
                        where=where,
                        kind=kind,
                        did_you_mean=_did_you_mean(str(kind), CHECK_PARAMETERS),
                    ),
                )
                continue
            params = {} if params is None else params
            if not isinstance(params, dict):
                self.error(
                    line,
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{where}: the parameters of check \"{kind}\" must be a mapping",
                        ),
                        where=where,
                        kind=kind,
                    ),
                )
                continue
            problems = check_problems(kind, params)
            for name, reason in problems:
                self.error(
                    _line(params, name) if name else line,
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{where}: {reason}",
                        ),
                        where=where,
                        reason=reason,
                    ),
                )
            source = CHECK_SOURCE.get(kind)
            if source == "segments" and self.channel not in (None, "call"):
                self.error(
                    line,
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{where}: check \"{kind}\" needs a call transcript, but this is a {channel} scorecard",
                        ),
                        where=where,
                        kind=kind,
                        channel=self.channel,
                    ),
                )  # fmt: skip
            elif source == "messages" and self.channel == "call":
                self.error(
                    line,
                    Phrase(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{where}: check \"{kind}\" needs chat or e-mail messages, but this is a call scorecard",
                        ),
                        where=where,
                        kind=kind,
                    ),
                )  # fmt: skip
            elif not problems:
                frozen = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in params.items()))
                checks.append(Check(str(kind), frozen))
        return tuple(checks)


def build_scorecard(data: Any, source: str, found: Iterable[ScorecardError] = ()) -> Scorecard:
    """Validate `data` (a mapping whose parts may carry `line` and `key_lines`) into a Scorecard; raises
    ScorecardInvalid with every problem, `found` (problems the caller already found) included."""
    builder = _Builder(source)
    scorecard = builder.scorecard(data)
    errors = sorted([*found, *builder.errors], key=lambda e: e.line)
    if errors or scorecard is None:
        raise ScorecardInvalid(errors, builder.uncounted)
    return scorecard
