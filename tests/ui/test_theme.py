"""Colours follow the system's light or dark appearance and stay readable in both."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from qa_studio.ui import theme
from qa_studio.ui.theme import DARK, LIGHT, Tone

BACKGROUNDS = [t for t in Tone if t.value.endswith("background")]
FOREGROUNDS = [t for t in Tone if not t.value.endswith("background")]


def _luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    colour = QColor(hex_colour)
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def dark_palette(qapp):  # noqa: ANN001, ANN201
    before = QGuiApplication.palette()
    palette = QPalette(before)
    palette.setColor(QPalette.ColorRole.Window, QColor("#0d1117"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#0d1117"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6edf3"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e6edf3"))
    QGuiApplication.setPalette(palette)
    yield palette
    QGuiApplication.setPalette(before)


@pytest.mark.parametrize(("scheme", "text", "base"), [(LIGHT, "#1f2328", "#ffffff"), (DARK, "#e6edf3", "#0d1117")])
def test_every_tone_is_readable(scheme: dict, text: str, base: str) -> None:
    for tone in BACKGROUNDS:
        assert contrast(text, scheme[tone]) >= 4.5, tone  # body text on a coloured row or bubble
    for tone in FOREGROUNDS:
        assert contrast(scheme[tone], base) >= 4.0, tone  # coloured words on the window


def test_the_palette_decides(qapp, dark_palette) -> None:  # noqa: ANN001
    assert theme.is_dark()
    assert theme.colour(Tone.AGENT_BACKGROUND) == DARK[Tone.AGENT_BACKGROUND]


def test_transcript_rows_turn_dark_with_the_system(qapp, dark_palette) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from qa_studio.transcribe.engine import Segment, Speaker
    from qa_studio.ui.transcripts.segment_model import SegmentTableModel

    model = SegmentTableModel()
    model.set_segments([Segment(0, 1000, "hello", Speaker.AGENT)])
    background = model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole).color()
    assert background.lightness() < 80
