"""The evaluation workflow as one transition table: which state may follow which, and by what step.

The services check every change here; the database checks the same table (a CHECK constraint on the state names and,
on a team database, a trigger on the transitions), so no client can skip a step."""

from __future__ import annotations

from qa_studio.domain import EvaluationState
from qa_studio.errors import QT_TRANSLATE_NOOP, Explained

S = EvaluationState

# step → (states it may start from, state it leads to). A step that keeps the state leads to None.
TRANSITIONS: dict[str, tuple[frozenset[EvaluationState], EvaluationState | None]] = {
    "submit": (frozenset({S.DRAFT}), S.SUBMITTED),
    "edit": (frozenset({S.SUBMITTED, S.ACKNOWLEDGED, S.DISPUTED, S.RESOLVED}), None),
    "acknowledge": (frozenset({S.SUBMITTED, S.ACKNOWLEDGED, S.DISPUTED, S.RESOLVED}), None),
    "dispute": (frozenset({S.SUBMITTED, S.ACKNOWLEDGED, S.DISPUTED, S.RESOLVED}), S.DISPUTED),
    "resolve": (frozenset({S.DISPUTED}), S.RESOLVED),
}

# Acknowledging a fresh evaluation moves it on; acknowledging one already disputed or resolved only records the date.
ACKNOWLEDGE_MOVES = {S.SUBMITTED: S.ACKNOWLEDGED}

ALL_STATES = tuple(state.value for state in EvaluationState)
FINISHED_STATES = tuple(state.value for state in EvaluationState if state is not S.DRAFT)


class TransitionRefused(Explained):
    """A step that the evaluation's state does not allow; carries the step and the state."""

    def __init__(self, step: str, state: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "{step} is not possible on an evaluation that is {state}"),
                         step=step, state=state)  # fmt: skip
        self.step, self.state = step, state


def next_state(step: str, state: str) -> EvaluationState:
    """The state after `step`, or TransitionRefused when the current state does not allow it."""
    allowed, target = TRANSITIONS[step]
    current = EvaluationState(state)
    if current not in allowed:
        raise TransitionRefused(step, current.value)
    if step == "acknowledge":
        return ACKNOWLEDGE_MOVES.get(current, current)
    return target or current


def allowed_pairs() -> set[tuple[str, str]]:
    """Every (old, new) state pair some step can make, plus staying put: what the database trigger accepts."""
    pairs = {(state, state) for state in ALL_STATES}
    for step, (sources, _target) in TRANSITIONS.items():
        for source in sources:
            pairs.add((source.value, next_state(step, source.value).value))
    return pairs
