"""Words for coaching states, shared by the reports and the app's pages, through the same translations."""

from __future__ import annotations

from qa_studio.i18n import tr


def coaching_state(state: str) -> str:
    return {"planned": tr("planned"), "held": tr("held"), "followed_up": tr("followed up")}.get(state, state)


def action_state(state: str) -> str:
    return {"open": tr("open"), "done": tr("done"), "missed": tr("missed")}.get(state, state)
