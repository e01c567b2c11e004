"""The change bus: services' results announce what changed, coalesced, and open views refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal


class ChangeBus(QObject):
    interactions_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Several changes in one event-loop turn produce one refresh.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.interactions_changed)

    def notify_interactions_changed(self) -> None:
        self._timer.start()
