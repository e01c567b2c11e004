"""Transcript segments as table rows: time, speaker, text; the row under the play head is marked current."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.transcribe.engine import Segment, Speaker
from qa_studio.transcribe.redaction import has_masks, localise_masks, redact
from qa_studio.ui.theme import Tone, brush

ModelIndex = QModelIndex | QPersistentModelIndex
START_ROLE = Qt.ItemDataRole.UserRole + 1
SPEAKER_TONES = {
    Speaker.AGENT: Tone.AGENT_BACKGROUND,
    Speaker.CUSTOMER: Tone.CUSTOMER_BACKGROUND,
    Speaker.SPEAKER: Tone.NEUTRAL_BACKGROUND,
}
HEADERS = (
    QT_TRANSLATE_NOOP("TranscriptColumns", "Time"),
    QT_TRANSLATE_NOOP("TranscriptColumns", "Speaker"),
    QT_TRANSLATE_NOOP("TranscriptColumns", "Text"),
)
SPEAKER_NAMES = {
    Speaker.AGENT: QT_TRANSLATE_NOOP("TranscriptColumns", "Agent"),
    Speaker.CUSTOMER: QT_TRANSLATE_NOOP("TranscriptColumns", "Customer"),
    Speaker.SPEAKER: QT_TRANSLATE_NOOP("TranscriptColumns", "Speaker"),
}
EditCallback = Callable[[int, str | None, str | None], None]  # row, new text, new speaker


def clock(ms: int) -> str:
    seconds = max(ms, 0) // 1000
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def speaker_name(speaker: Speaker) -> str:
    return QCoreApplication.translate("TranscriptColumns", SPEAKER_NAMES[speaker])


class SegmentTableModel(QAbstractTableModel):
    TIME, SPEAKER, TEXT = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._segments: list[Segment] = []
        self._edited: list[bool] = []
        self._starts: list[int] = []
        self._current = -1
        self._redacted = False
        self._editable = False
        self._on_edit: EditCallback | None = None

    def set_segments(self, segments: list[Segment], edited: list[bool] | None = None) -> None:
        self.beginResetModel()
        self._segments = list(segments)
        self._edited = list(edited or [False] * len(segments))
        self._starts = [s.start_ms for s in self._segments]
        self._current = -1
        self.endResetModel()

    def set_redacted(self, on: bool) -> None:
        self._redacted = on
        if self._segments:
            self.dataChanged.emit(self.index(0, self.TEXT), self.index(len(self._segments) - 1, self.TEXT))

    def set_editing(self, on_edit: EditCallback | None) -> None:
        """While masked, a line's text can be corrected only where the mask hides nothing (masked text must never be
        saved back over a number); the speaker always can."""
        self._on_edit = on_edit
        self._editable = on_edit is not None

    def shown_text(self, row: int) -> str:
        text = self._segments[row].text
        return localise_masks(redact(text)) if self._redacted else text

    def hides_something(self, row: int) -> bool:
        text = self._segments[row].text
        return has_masks(text) or redact(text) != text

    @property
    def current_row(self) -> int:
        return self._current

    def segment(self, row: int) -> Segment:
        return self._segments[row]

    def row_at(self, position_ms: int) -> int:
        """The segment playing at `position_ms`, or the last one that started before it."""
        index = bisect.bisect_right(self._starts, position_ms) - 1
        if index < 0:
            return -1
        # Between segments the previous one stays marked only while it still plays.
        return index if self._segments[index].end_ms >= position_ms else -1

    def set_position(self, position_ms: int) -> int:
        row = self.row_at(position_ms)
        if row != self._current:
            changed = [r for r in (self._current, row) if r >= 0]
            self._current = row
            for changed_row in changed:
                self.dataChanged.emit(self.index(changed_row, 0), self.index(changed_row, 2))
        return row

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._segments)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        segment = self._segments[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.TIME:
                return clock(segment.start_ms)
            if column == self.SPEAKER:
                return speaker_name(segment.speaker)
            return self.shown_text(index.row())
        if role == Qt.ItemDataRole.EditRole:
            return segment.speaker.value if column == self.SPEAKER else segment.text
        if role == START_ROLE:
            return segment.start_ms
        if role == Qt.ItemDataRole.BackgroundRole:
            tone = Tone.CURRENT_BACKGROUND if index.row() == self._current else SPEAKER_TONES[segment.speaker]
            return brush(tone)
        if role == Qt.ItemDataRole.FontRole and index.row() == self._current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.TEXT and self._edited[index.row()]:
            return brush(Tone.LINK)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if self._editable and index.column() == self.SPEAKER:
            return base | Qt.ItemFlag.ItemIsEditable
        hidden = self._redacted and self.hides_something(index.row())
        if self._editable and index.column() == self.TEXT and not hidden:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._on_edit is None:
            return False
        row = index.row()
        segment = self._segments[row]
        if index.column() == self.TEXT and str(value).strip() and str(value) != segment.text:
            self._on_edit(row, str(value).strip(), None)
        elif index.column() == self.SPEAKER and value in tuple(Speaker) and value != segment.speaker.value:
            self._on_edit(row, None, str(value))
        else:
            return False
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TranscriptColumns", HEADERS[section])
        return None
