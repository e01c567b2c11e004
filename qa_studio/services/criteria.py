"""Which criterion a figure is about, and what to call it. A criterion belongs to its scorecard: two scorecards may
use the same key ("greeting") with different wording and different standards, so every report identifies a
criterion by (scorecard key, criterion key) and takes its wording from that scorecard, never from another's."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select

from qa_studio.storage.database import Database
from qa_studio.storage.models import Scorecard, ScorecardVersion

CriterionId = tuple[str, str]  # (scorecard key, criterion key)


@dataclass(frozen=True, slots=True)
class CriterionBook:
    """Every scorecard's criteria: wording and fail kind from each scorecard's latest version, and each version's own
    wording (an answer is labelled as the form it was given on said it)."""

    labels: dict[CriterionId, tuple[dict[str, str], str]]  # in scorecard order, then the form's order
    by_version: dict[tuple[int, str], dict[str, str]]  # (scorecard version id, criterion key) → labels
    names: dict[str, dict[str, str]]  # scorecard key → its name per language, from its latest version

    def label(self, criterion: CriterionId) -> dict[str, str]:
        return self.labels.get(criterion, ({"en": criterion[1]}, "none"))[0]

    def fail(self, criterion: CriterionId) -> str:
        return self.labels.get(criterion, ({}, "none"))[1]

    def shown(self, criteria: Iterable[CriterionId]) -> dict[CriterionId, dict[str, str]]:
        """The labels of criteria listed side by side; where criteria of different scorecards would read the same in
        a language, the scorecard's name follows ("Standard greeting with name · Chat standard")."""
        chosen = {criterion: dict(self.label(criterion)) for criterion in dict.fromkeys(criteria)}
        return distinct(chosen, self.names)

    @classmethod
    def read(cls, database: Database) -> CriterionBook:
        labels: dict[CriterionId, tuple[dict[str, str], str]] = {}
        by_version: dict[tuple[int, str], dict[str, str]] = {}
        with database.session() as session:
            names = {key: {"en": name} for key, name in session.execute(
                select(Scorecard.key, Scorecard.name).order_by(Scorecard.id))}  # fmt: skip
            rows = session.execute(
                select(ScorecardVersion.id, Scorecard.key, ScorecardVersion.definition)
                .join(Scorecard, Scorecard.id == ScorecardVersion.scorecard_id)
                .order_by(Scorecard.id, ScorecardVersion.version, ScorecardVersion.id))  # fmt: skip
            for version_id, card, definition in rows:
                named = (definition or {}).get("name")
                if isinstance(named, dict) and named:
                    names[card] = {**names.get(card, {}), **named}
                for section in (definition or {}).get("sections", []):
                    for criterion in section.get("criteria", []):
                        label = dict(criterion.get("label") or {}) or {"en": criterion["key"]}
                        labels[(card, criterion["key"])] = (label, criterion.get("fail", "none"))
                        by_version[(version_id, criterion["key"])] = label
        return cls(labels, by_version, names)


def distinct(labels: Mapping[CriterionId, dict[str, str]],
             names: Mapping[str, Mapping[str, str]]) -> dict[CriterionId, dict[str, str]]:  # fmt: skip
    """`labels` with the scorecard's name added, per language, where criteria of different scorecards read alike."""
    same: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (card, _key), label in labels.items():
        for language, words in label.items():
            same[(language, words)].add(card)
    shown = {}
    for (card, key), label in labels.items():
        shown[(card, key)] = {
            language: f"{words} · {_name(names.get(card) or {}, language) or card}"
            if len(same[(language, words)]) > 1 else words
            for language, words in label.items()
        }
    return shown


def _name(name: Mapping[str, str], language: str) -> str:
    return name.get(language) or name.get("en") or next(iter(name.values()), "")
