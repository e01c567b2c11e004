"""The garbage collector during a start: paused while the modules load, resumed once the work begins.

Nothing among the tens of thousands of objects a start creates (modules, classes, mapped tables, Qt wrappers) is
garbage, yet the collector walked them all again and again: 40–55 ms of the window's first paint went to full
collections that found a few dozen objects. The command line resumes collecting once its command's modules are
loaded; the app, once its first screen is painted (the list's first rows, or an agent's My results; at the latest
after 5 s), after moving everything loaded so far out of the collector's sight for good (`gc.freeze`), so that no
later full collection walks it and stalls the window."""

from __future__ import annotations

import gc

_paused = False


def pause_collection() -> None:
    """Pause the collector for the start, unless something else has already turned it off."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collection(freeze: bool = False) -> None:
    """Collect again (if `pause_collection` paused it); `freeze`: what exists now is kept out of later collections."""
    global _paused
    if _paused:
        _paused = False
        if freeze:
            gc.freeze()
        gc.enable()
