"""A quiet terminal in normal runs: the media backend's library probes, FFmpeg stream dumps and "no audio device"
stay off stderr when a call plays, while QA Studio's own warnings still show; QA_STUDIO_DEBUG brings it all back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CALL = Path(__file__).parent / "data" / "audio" / "stereo_call.opus"
PLAY = f"""
import sys
from qa_studio.console import quiet_media_logging
quiet_media_logging()
from PySide6.QtCore import QTimer, QUrl, qWarning
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtWidgets import QApplication
app = QApplication([])
player, output = QMediaPlayer(), QAudioOutput()
from qa_studio.console import quiet_media_backend
quiet_media_backend()  # as the app's player does once Qt's media backend has started
player.setAudioOutput(output)
done = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia,
        QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia)
player.mediaStatusChanged.connect(lambda status: status in done and QTimer.singleShot(300, app.quit))
player.setSource(QUrl.fromLocalFile({str(CALL)!r}))
player.play()
QTimer.singleShot(20000, app.quit)  # a safety net only: the media status ends the run
app.exec()
qWarning("QA Studio's own warning")
print("duration", player.duration())
"""


def play(**env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("QA_STUDIO_DEBUG", "QT_LOGGING_RULES")}
    environment |= {"QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run([sys.executable, "-c", PLAY], capture_output=True, text=True, env=environment, timeout=120)


def test_playing_a_call_leaves_the_console_quiet() -> None:
    quiet = play()
    assert "duration 12" in quiet.stdout, quiet.stderr
    assert quiet.stderr.strip() == "QA Studio's own warning", quiet.stderr


def test_debug_keeps_the_media_messages() -> None:
    loud = play(QA_STUDIO_DEBUG="1")
    assert "QA Studio's own warning" in loud.stderr
    assert "Input #0" in loud.stderr or "qt.multimedia" in loud.stderr, loud.stderr
