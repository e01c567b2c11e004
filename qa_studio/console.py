"""A quiet terminal in normal runs: the media backend's chatter (its library probes, the FFmpeg version and stream
dumps, "no audio device" on a machine without sound) stays off the console, while QA Studio's own warnings and any
real error still show. `QA_STUDIO_DEBUG=1` or an explicit `QT_LOGGING_RULES` keeps everything."""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLoggingCategory, QMessageLogContext, QtMsgType, qInstallMessageHandler

# Qt's multimedia categories: on, only for critical messages.
MEDIA_RULES = "qt.multimedia.*=false\nqt.multimedia.*.critical=true"
# Messages the media backend writes without a category of its own.
MEDIA_NOISE = ("PulseAudioService:", "No audio device detected", "QAudioDevice", "pa_context_connect")
AV_LOG_ERROR = 16

_installed: list[object] = []


def wanted_verbose() -> bool:
    return bool(os.environ.get("QA_STUDIO_DEBUG") or os.environ.get("QT_LOGGING_RULES"))


def quiet_media_logging() -> bool:
    """Call before QtMultimedia loads; returns False (and changes nothing) when verbose output was asked for."""
    if wanted_verbose() or _installed:
        return not wanted_verbose()
    QLoggingCategory.setFilterRules(MEDIA_RULES)
    _installed.append(qInstallMessageHandler(_handler))
    _quiet_ffmpeg()
    return True


def quiet_media_backend() -> None:
    """Call once the first QMediaPlayer exists: Qt's FFmpeg backend sets FFmpeg's log level itself when it starts
    (Qt 6.11 to warnings), so errors-only is set again after it."""
    if not wanted_verbose():
        _quiet_ffmpeg()


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if kind != QtMsgType.QtFatalMsg and message.startswith(MEDIA_NOISE):
        return
    category = context.category if context is not None and context.category not in (None, "default") else ""
    sys.stderr.write(f"{category + ': ' if category else ''}{message}\n")


def _quiet_ffmpeg() -> None:
    """Errors only from the FFmpeg inside Qt Multimedia (not PyAV's own copy): its stream dumps go to stderr."""
    import PySide6

    root = Path(PySide6.__file__).parent
    patterns = ("Qt/lib/libavutil.so.*", "libavutil.so.*", "avutil-*.dll", "Qt/lib/libavutil.*.dylib")
    for pattern in patterns:
        for library in sorted(root.glob(pattern)):
            try:
                ctypes.CDLL(str(library)).av_log_set_level(AV_LOG_ERROR)
                return
            except (OSError, AttributeError):
                continue
