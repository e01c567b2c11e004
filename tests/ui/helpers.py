"""Test helpers for windows: a player that plays nothing, and a double-click as a window system sends it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

from qa_studio.ui.transcripts.player import Player


class SilentPlayer(Player):
    """Plays nothing: for tests that measure or drive the call window rather than listen to it."""

    def load(self, path: Path) -> None: ...

    def play(self) -> None: ...

    def pause(self) -> None: ...

    def seek(self, position_ms: int) -> None: ...

    def set_rate(self, rate: float) -> None: ...

    def position(self) -> int:
        return 0

    def duration(self) -> int:
        return 0


def double_click(view: QAbstractItemView, index: QModelIndex) -> None:
    """What a window system sends for a double-click: press, release, double-click, release."""
    where = QPointF(view.visualRect(index).center())
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, buttons in ((QEvent.Type.MouseButtonPress, left), (QEvent.Type.MouseButtonRelease, none),
                          (QEvent.Type.MouseButtonDblClick, left), (QEvent.Type.MouseButtonRelease, none)):  # fmt: skip
        event = QMouseEvent(
            kind, where, view.viewport().mapToGlobal(where), left, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(view.viewport(), event)
