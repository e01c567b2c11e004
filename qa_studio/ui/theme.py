"""Colours that follow the system's light or dark appearance. Widgets ask for a tone, never a hex value, so
chat bubbles, transcript turns and warnings stay readable in dark mode."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette


class Tone(StrEnum):
    DANGER = "danger"  # fatal failures, refusals, errors
    WARNING = "warning"  # section-critical failures, duplicates
    SUCCESS = "success"  # imported, done, evaluated
    ACCENT = "accent"  # new, running
    SPECIAL = "special"  # transcribed
    MUTED = "muted"  # guidelines, times, cancelled, not applicable
    LINK = "link"  # words of the current segment
    AGENT_BACKGROUND = "agent_background"
    CUSTOMER_BACKGROUND = "customer_background"
    NEUTRAL_BACKGROUND = "neutral_background"  # undiarised speaker, plain message
    NOTICE_BACKGROUND = "notice_background"  # system messages, open disputes
    CURRENT_BACKGROUND = "current_background"  # the segment being played
    CHANGED_BACKGROUND = "changed_background"  # a re-scored value


LIGHT = {
    Tone.DANGER: "#cf222e", Tone.WARNING: "#bc4c00", Tone.SUCCESS: "#1a7f37", Tone.ACCENT: "#1f6feb",
    Tone.SPECIAL: "#8250df", Tone.MUTED: "#57606a", Tone.LINK: "#0550ae",
    Tone.AGENT_BACKGROUND: "#ddf4ff", Tone.CUSTOMER_BACKGROUND: "#fff1e5", Tone.NEUTRAL_BACKGROUND: "#f6f8fa",
    Tone.NOTICE_BACKGROUND: "#fff8c5", Tone.CURRENT_BACKGROUND: "#ffd33d", Tone.CHANGED_BACKGROUND: "#ddf4ff",
}  # fmt: skip
DARK = {
    Tone.DANGER: "#ff7b72", Tone.WARNING: "#f0883e", Tone.SUCCESS: "#3fb950", Tone.ACCENT: "#58a6ff",
    Tone.SPECIAL: "#bc8cff", Tone.MUTED: "#8b949e", Tone.LINK: "#79c0ff",
    Tone.AGENT_BACKGROUND: "#0c2d6b", Tone.CUSTOMER_BACKGROUND: "#4a2411", Tone.NEUTRAL_BACKGROUND: "#21262d",
    Tone.NOTICE_BACKGROUND: "#3b2e00", Tone.CURRENT_BACKGROUND: "#6e5600", Tone.CHANGED_BACKGROUND: "#0c2d6b",
}  # fmt: skip


def is_dark() -> bool:
    """Dark when the application's window colour is dark: follows the system setting and any palette in use."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colour(tone: Tone) -> str:
    return (DARK if is_dark() else LIGHT)[tone]


def brush(tone: Tone) -> QBrush:
    return QBrush(QColor(colour(tone)))


def text_style(tone: Tone) -> str:
    """A style sheet for a label in this tone."""
    return f"color: {colour(tone)}"
