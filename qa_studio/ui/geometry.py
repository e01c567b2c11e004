"""Windows sized from the screen they open on, kept inside its free area, and reopened where the person left them.

A laptop at 1366×768 leaves about 1366×728 for windows, a 1920×1080 screen at 150 % about 1280×690 (logical pixels):
every size asked for here is a wish, cut down to what the screen has, and every dialog's geometry is remembered in
QSettings under its object name.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QFrame, QMessageBox, QScrollArea, QWidget

from qa_studio.settings import Settings, window_geometry_option

# What a window manager adds around a window (title bar, borders), which the available geometry does not include.
FRAME_WIDTH = 16
FRAME_HEIGHT = 40


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (else the primary screen) that windows may use, without panels and docks."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def preferred_size(widget: QWidget, width: int, height: int) -> QSize:
    """The size a window would like, never more than its screen leaves free once the frame is added."""
    area = available_geometry(widget)
    return QSize(min(width, area.width() - FRAME_WIDTH), min(height, area.height() - FRAME_HEIGHT))


def fit_inside(widget: QWidget) -> None:
    """Shrink and move a top-level window so that it, with its frame, lies within the screen's free area."""
    area = available_geometry(widget)
    size = widget.size().boundedTo(QSize(area.width() - FRAME_WIDTH, area.height() - FRAME_HEIGHT))
    size = size.expandedTo(widget.minimumSize())
    if size != widget.size():
        widget.resize(size)
    x = min(max(widget.x(), area.left()), max(area.left(), area.right() + 1 - size.width() - FRAME_WIDTH))
    y = min(max(widget.y(), area.top()), max(area.top(), area.bottom() + 1 - size.height() - FRAME_HEIGHT))
    if (x, y) != (widget.x(), widget.y()):
        widget.move(x, y)


class VerticalScrollArea(QScrollArea):
    """Scrolls up and down only: the content always takes the viewport's width, so long guidelines and evidence
    wrap instead of being cut off at the right edge."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.widget() is not None:
            self.widget().setFixedWidth(self.viewport().width())


def scrolling(content: QWidget, parent: QWidget | None = None, minimum_height: int = 0) -> QScrollArea:
    """Long content in a scroll area that grows with it, so the window around it can be shorter than the content."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    area.setMinimumHeight(minimum_height)
    return area


def geometry_key(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


class GeometryKeeper(QObject):
    """Installed on the application: each dialog opens where it was last closed (kept inside the screen) and its
    geometry is saved when it is hidden. Message boxes and file dialogs are left to Qt."""

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Hide) and self._handles(watched):
            assert isinstance(watched, QWidget)
            if kind == QEvent.Type.Show:
                self._restore(watched)
            else:
                self._settings.set(window_geometry_option(geometry_key(watched)), watched.saveGeometry())
        return False

    @staticmethod
    def _handles(watched: QObject) -> bool:
        return (
            isinstance(watched, QDialog) and watched.isWindow() and not isinstance(watched, QMessageBox | QFileDialog)
        )

    def _restore(self, widget: QWidget) -> None:
        if not widget.property("geometryRestored"):
            widget.setProperty("geometryRestored", True)
            saved = self._settings.get(window_geometry_option(geometry_key(widget)))
            if isinstance(saved, QByteArray) and not saved.isEmpty():
                widget.restoreGeometry(saved)
        fit_inside(widget)
