"""The team's standards, set by a lead or administrator: how fast each channel must be answered, the quality pass
target and how many failures of one criterion flag a repeated failure. The dialog only collects them; the reports
window saves them through the KPI service off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qa_studio.i18n import QT_TRANSLATE_NOOP, translate
from qa_studio.services.kpis import DEFAULT_RESPONSE_SECONDS, MAX_REPEAT_THRESHOLD, Standards

# (channel, label): the channels a response-time standard applies to (calls are answered within rings, not timed).
CHANNELS = (
    ("chat", QT_TRANSLATE_NOOP("StandardsDialog", "&Chat: first reply and every reply within")),
    ("email", QT_TRANSLATE_NOOP("StandardsDialog", "&E-mail: reply within")),
    ("social", QT_TRANSLATE_NOOP("StandardsDialog", "&Social media: reply within")),
)
# (seconds per unit, label), largest first: a standard is shown in the largest unit that divides it.
UNITS = (
    (3600, QT_TRANSLATE_NOOP("StandardsDialog", "hours")),
    (60, QT_TRANSLATE_NOOP("StandardsDialog", "minutes")),
    (1, QT_TRANSLATE_NOOP("StandardsDialog", "seconds")),
)
LONGEST_SECONDS = 7 * 24 * 3600  # as services/kpis.py accepts


@dataclass(frozen=True, slots=True)
class StandardsChoice:
    response_seconds: dict[str, int]
    quality_target: float  # 0–1
    repeat_threshold: int


class _Duration(QWidget):
    """A number and a unit (seconds, minutes, hours)."""

    def __init__(self, name: str, seconds: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.amount = QSpinBox(self)
        self.amount.setObjectName(f"{name}Amount")
        self.amount.setRange(1, LONGEST_SECONDS)
        self.unit = QComboBox(self)
        self.unit.setObjectName(f"{name}Unit")
        for size, label in UNITS:
            self.unit.addItem(translate("StandardsDialog", label), size)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount)
        layout.addWidget(self.unit)
        self.set_seconds(seconds)

    def set_seconds(self, seconds: int) -> None:
        for index, (size, _label) in enumerate(UNITS):
            if seconds % size == 0:
                self.unit.setCurrentIndex(index)
                self.amount.setValue(seconds // size)
                return

    def seconds(self) -> int:
        return self.amount.value() * int(self.unit.currentData())


class StandardsDialog(QDialog):
    def __init__(self, standards: Standards, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standardsDialog")
        self.setWindowTitle(self.tr("Team standards"))
        form = QFormLayout()
        self.durations: dict[str, _Duration] = {}
        for channel, label in CHANNELS:
            seconds = standards.response_seconds.get(channel, DEFAULT_RESPONSE_SECONDS[channel])
            duration = self.durations[channel] = _Duration(f"{channel}Standard", seconds, self)
            duration.amount.setAccessibleName(translate("StandardsDialog", label).replace("&", ""))
            form.addRow(QLabel(translate("StandardsDialog", label), self, buddy=duration.amount), duration)
        self.target = QDoubleSpinBox(self)
        self.target.setObjectName("qualityTargetBox")
        self.target.setRange(1, 100)
        self.target.setDecimals(1)
        self.target.setSuffix(" %")
        self.target.setValue(round(standards.quality_target * 100, 1))
        form.addRow(self.tr("&Quality pass target"), self.target)
        self.threshold = QSpinBox(self)
        self.threshold.setObjectName("repeatThresholdBox")
        self.threshold.setRange(1, MAX_REPEAT_THRESHOLD)
        self.threshold.setValue(standards.repeat_threshold)
        form.addRow(self.tr("&Repeated failure: one criterion failed by one agent at least (times in the period)"),
                    self.threshold)  # fmt: skip
        note = QLabel(self.tr("These standards apply to the whole team: the team page, the workbooks and the "
                              "command line all use them. Defaults: chat 30 s, e-mail 2 hours, social media 1 hour "
                              "(15 minutes for a stricter team), target 92 %, 3 failures."), self)  # fmt: skip
        note.setWordWrap(True)
        note.setProperty("hint", True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def choice(self) -> StandardsChoice:
        return StandardsChoice({channel: d.seconds() for channel, d in self.durations.items()},
                               round(self.target.value() / 100, 4), self.threshold.value())  # fmt: skip
