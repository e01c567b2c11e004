"""A player that plays nothing, for tests that measure or drive the call window rather than listen to it."""

from __future__ import annotations

from pathlib import Path

from qa_studio.ui.transcripts.player import Player


class SilentPlayer(Player):
    def load(self, path: Path) -> None: ...

    def play(self) -> None: ...

    def pause(self) -> None: ...

    def seek(self, position_ms: int) -> None: ...

    def set_rate(self, rate: float) -> None: ...

    def position(self) -> int:
        return 0

    def duration(self) -> int:
        return 0
