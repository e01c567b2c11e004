"""Audio playback behind a small interface (QtMultimedia by default), so views never touch the backend."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

from qa_studio.console import quiet_media_backend

SKIP_MS = 5_000
RATES = (0.75, 1.0, 1.25, 1.5, 2.0)


class Player(QObject):
    """What the transcript view needs from a player; highlighting follows `position_changed`."""

    position_changed = Signal(int)
    duration_changed = Signal(int)
    playing_changed = Signal(bool)
    error = Signal(str)

    def load(self, path: Path) -> None:
        raise NotImplementedError

    def play(self) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def seek(self, position_ms: int) -> None:
        raise NotImplementedError

    def set_rate(self, rate: float) -> None:
        raise NotImplementedError

    def position(self) -> int:
        raise NotImplementedError

    def duration(self) -> int:
        raise NotImplementedError

    def is_playing(self) -> bool:
        raise NotImplementedError

    def toggle(self) -> None:
        self.pause() if self.is_playing() else self.play()

    def skip(self, delta_ms: int) -> None:
        self.seek(max(0, min(self.position() + delta_ms, max(self.duration(), 0))))


class QtPlayer(Player):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = QMediaPlayer(self)
        quiet_media_backend()
        self._output = QAudioOutput(self)
        self._player.setAudioOutput(self._output)
        self._player.positionChanged.connect(lambda ms: self.position_changed.emit(int(ms)))
        self._player.durationChanged.connect(lambda ms: self.duration_changed.emit(int(ms)))
        self._player.playbackStateChanged.connect(
            lambda state: self.playing_changed.emit(state == QMediaPlayer.PlaybackState.PlayingState)
        )
        self._player.errorOccurred.connect(lambda _code, text: self.error.emit(text))

    def load(self, path: Path) -> None:
        if not path.is_file():
            self.error.emit(self.tr("The recording {path} is missing.").format(path=path))
            return
        self._player.setSource(QUrl.fromLocalFile(str(path)))

    def play(self) -> None:
        self._player.play()

    def pause(self) -> None:
        self._player.pause()

    def seek(self, position_ms: int) -> None:
        self._player.setPosition(int(position_ms))

    def set_rate(self, rate: float) -> None:
        self._player.setPlaybackRate(rate)

    def position(self) -> int:
        return int(self._player.position())

    def duration(self) -> int:
        return int(self._player.duration())

    def is_playing(self) -> bool:
        return self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def stop(self) -> None:
        self._player.stop()
