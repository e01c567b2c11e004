"""Play/pause, position, ±5 s and speed controls for a Player, with keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from qa_studio.ui.transcripts.player import RATES, SKIP_MS, Player
from qa_studio.ui.transcripts.segment_model import clock


class PlayerBar(QWidget):
    def __init__(self, player: Player, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setObjectName("playButton")
        self.play_button.setToolTip(self.tr("Play or pause (Ctrl+Space)"))
        self.back_button = QPushButton(self.tr("−5 s"), self)
        self.back_button.setToolTip(self.tr("Back 5 seconds (Alt+Left)"))
        self.forward_button = QPushButton(self.tr("+5 s"), self)
        self.forward_button.setToolTip(self.tr("Forward 5 seconds (Alt+Right)"))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("positionSlider")
        self.slider.setAccessibleName(self.tr("Playback position"))
        self.time_label = QLabel("00:00 / 00:00", self)
        self.speed = QComboBox(self)
        self.speed.setAccessibleName(self.tr("Playback speed"))
        for rate in RATES:
            self.speed.addItem(f"{rate:g}×", rate)
        self.speed.setCurrentIndex(RATES.index(1.0))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.back_button, self.play_button, self.forward_button):
            layout.addWidget(widget)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.time_label)
        layout.addWidget(self.speed)

        self.play_button.clicked.connect(player.toggle)
        self.back_button.clicked.connect(lambda: player.skip(-SKIP_MS))
        self.forward_button.clicked.connect(lambda: player.skip(SKIP_MS))
        self.slider.sliderMoved.connect(player.seek)
        self.speed.currentIndexChanged.connect(lambda _i: player.set_rate(self.speed.currentData()))
        player.position_changed.connect(self._position)
        player.duration_changed.connect(self._duration)
        player.playing_changed.connect(
            lambda playing: self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        )
        for keys, action in (
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Space), player.toggle),
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), lambda: player.skip(-SKIP_MS)),
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right), lambda: player.skip(SKIP_MS)),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(action)

    def _position(self, position_ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(position_ms)
        self.time_label.setText(f"{clock(position_ms)} / {clock(self.player.duration())}")

    def _duration(self, duration_ms: int) -> None:
        self.slider.setRange(0, max(duration_ms, 0))
        self.time_label.setText(f"{clock(self.player.position())} / {clock(duration_ms)}")
