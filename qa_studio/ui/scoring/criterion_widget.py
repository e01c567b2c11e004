"""One criterion on the scoring panel: its input, guideline, failure tag, suggestion with evidence, root cause."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from qa_studio.scoring.engine import Answer
from qa_studio.scoring.evidence import Suggestion
from qa_studio.scoring.model import Criterion, CriterionType, FailKind, RootCause
from qa_studio.ui.scoring.evidence_text import evidence_text
from qa_studio.ui.theme import Tone, colour, text_style

CHOICE_KEYS = {Qt.Key.Key_Y: "yes", Qt.Key.Key_N: "no", Qt.Key.Key_A: "na"}
DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class CriterionWidget(QFrame):
    """Answered from the keyboard while the criterion itself has the focus: Y / N / A, a digit (the value on a scale,
    the option's number in a list, a deduction to tick), R for the root cause, C for the comment, Enter to type into
    a text or date answer; Esc goes back from any of those to the criterion. Tab and Ctrl+Down move to the next
    criterion, never into a text field, because the fields inside take the focus only when asked."""

    changed = Signal()
    evidence_clicked = Signal(str)  # "message:3" or "time:12500"
    step = Signal(int)  # Tab (+1) or Shift+Tab (-1) on the criterion: the panel moves to the next visible one
    _steps = False  # set by step_between_criteria; a class default because Qt sends events during __init__

    def __init__(
        self,
        criterion: Criterion,
        root_causes: tuple[RootCause, ...],
        language: str,
        suggestion: Suggestion | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.suggestion = suggestion
        self.setObjectName(f"criterion_{criterion.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(criterion.label.get(language))
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{html.escape(criterion.label.get(language))}</b>{self._tag()}", self)
        title.setWordWrap(True)
        layout.addWidget(title)
        guideline = criterion.guideline.get(language)
        if guideline:
            hint = QLabel(guideline, self)
            hint.setWordWrap(True)
            hint.setStyleSheet(text_style(Tone.MUTED))
            layout.addWidget(hint)
        self._group: QButtonGroup | None = None
        self._buttons: dict[str, QRadioButton] = {}
        self._input: Any = None
        self._ticks: dict[str, QCheckBox] = {}
        layout.addWidget(self._build_input(language))
        if self._input is not None:
            self._input.setAccessibleName(criterion.label.get(language))
        self.suggestion_label = QLabel(self)
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion_label.linkActivated.connect(self.evidence_clicked)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.accept_button.setToolTip(self.tr("Answer as suggested"))
        self.accept_button.clicked.connect(self.accept_suggestion)
        row = QHBoxLayout()
        row.addWidget(self.suggestion_label, 1)
        row.addWidget(self.accept_button)
        layout.addLayout(row)
        self._show_suggestion(language)
        self.root_cause = QComboBox(self)
        self.root_cause.setAccessibleName(self.tr("Root cause"))
        self.root_cause.addItem(self.tr("Root cause…"), None)
        for cause in root_causes:
            self.root_cause.addItem(cause.label.get(language), cause.key)
        self.root_cause.currentIndexChanged.connect(self.changed)
        self.comment = QLineEdit(self)
        self.comment.setPlaceholderText(self.tr("Comment on this criterion"))
        label = criterion.label.get(language)
        self.comment.setAccessibleName(self.tr("Comment on {criterion}").format(criterion=label))
        self.comment.textEdited.connect(self.changed)
        extra = QHBoxLayout()
        extra.addWidget(self.root_cause)
        extra.addWidget(self.comment, 1)
        layout.addLayout(extra)
        self._has_root_causes = bool(root_causes) and criterion.type.scoring
        self.root_cause.setVisible(False)
        # Whether the reviewer (or a saved draft) has given an answer: a date or "no deductions" has a value before.
        self.touched = False
        self.changed.connect(lambda: setattr(self, "touched", True))
        for child in self.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                child.installEventFilter(self)

    def step_between_criteria(self) -> None:
        """On the scoring panel: Tab leaves for the next criterion, and the fields inside take the focus only when
        clicked or asked for (C, R, Enter), so moving on never lands in a text field."""
        self._steps = True
        for child in self.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                child.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.mark(current=False, missing=False)

    def mark(self, *, current: bool, missing: bool) -> None:
        """The criterion being answered has a strong border; one still to answer a tinted background."""
        if self.property("current") == current and self.property("missing") == missing:
            return
        border = f"2px solid {colour(Tone.ACCENT)}" if current else "1px solid palette(mid)"
        background = f"background: {colour(Tone.NOTICE_BACKGROUND)};" if missing else ""
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ border: {border}; border-radius: 3px; {background} }}")
        self.setProperty("current", current)
        self.setProperty("missing", missing)

    def show_root_cause(self, failed: bool) -> None:
        self.root_cause.setVisible(self._has_root_causes and (failed or self.root_cause.currentIndex() > 0))

    def _tag(self) -> str:
        if self.criterion.fail == FailKind.FATAL:
            words, tone = self.tr("FATAL — fails the evaluation"), Tone.DANGER
        elif self.criterion.fail == FailKind.SECTION_CRITICAL:
            words, tone = self.tr("SECTION-CRITICAL — fails its section"), Tone.WARNING
        else:
            return ""
        return f" <span style='color:{colour(tone)}'>[{html.escape(words)}]</span>"

    def _build_input(self, language: str) -> QWidget:
        box = QWidget(self)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        kind = self.criterion.type
        if kind in (CriterionType.YES_NO, CriterionType.YES_NO_NA):
            self._group = QButtonGroup(self)
            choices = [("yes", self.tr("&Yes")), ("no", self.tr("&No"))]
            if kind == CriterionType.YES_NO_NA:
                choices.append(("na", self.tr("N/&A")))
            for value, label in choices:
                button = QRadioButton(label, box)
                button.setObjectName(f"{self.criterion.key}_{value}")
                self._group.addButton(button)
                self._buttons[value] = button
                layout.addWidget(button)
                button.toggled.connect(lambda on: on and self.changed.emit())
        elif kind == CriterionType.SCALE:
            spin = QDoubleSpinBox(box)
            spin.setRange(self.criterion.scale_min - self.criterion.scale_step, self.criterion.scale_max)
            spin.setSingleStep(self.criterion.scale_step)
            spin.setDecimals(1 if self.criterion.scale_step % 1 else 0)
            spin.setSpecialValueText(self.tr("not scored"))
            spin.setValue(spin.minimum())
            spin.valueChanged.connect(self.changed)
            self._input = spin
            layout.addWidget(spin)
            layout.addWidget(QLabel(f"{self.criterion.scale_min:g}–{self.criterion.scale_max:g}", box))
        elif kind in (CriterionType.CHOICE, CriterionType.SELECT):
            combo = QComboBox(box)
            combo.addItem(self.tr("Choose…"), None)
            for number, option in enumerate(self.criterion.options, 1):
                points = f" ({option.points:g})" if kind == CriterionType.CHOICE else ""
                shortcut = f"{number}. " if number < 10 else ""  # the digit that chooses it
                combo.addItem(shortcut + option.label.get(language) + points, option.key)
            combo.currentIndexChanged.connect(self.changed)
            self._input = combo
            layout.addWidget(combo)
        elif kind == CriterionType.DEDUCTIONS:
            # One per line, so long labels are never cut off.
            column = QVBoxLayout()
            for number, option in enumerate(self.criterion.options, 1):
                shortcut = f"{number}. " if number < 10 else ""
                tick = QCheckBox(f"{shortcut}{option.label.get(language)} (−{option.points:g})", box)
                tick.toggled.connect(self.changed)
                self._ticks[option.key] = tick
                column.addWidget(tick)
            layout.addLayout(column)
        elif kind == CriterionType.DATE:
            edit = QDateEdit(QDate.currentDate(), box)
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self.changed)
            self._input = edit
            layout.addWidget(edit)
        else:
            line = QLineEdit(box)
            line.textEdited.connect(self.changed)
            self._input = line
            layout.addWidget(line)
        layout.addStretch(1)
        return box

    def _show_suggestion(self, _language: str) -> None:
        has = self.suggestion is not None
        self.suggestion_label.setVisible(has)
        self.accept_button.setVisible(has and self.criterion.type in (CriterionType.YES_NO, CriterionType.YES_NO_NA))
        if self.suggestion is None:
            return
        parts = []
        for evidence in self.suggestion.evidence:
            if evidence.message_index is not None:
                link = f"message:{evidence.message_index}"
            elif evidence.at_ms is not None:
                link = f"time:{evidence.at_ms}"
            else:
                link = None
            text = html.escape(evidence_text(evidence))
            parts.append(f'<a href="{link}">{text}</a>' if link else text)
        answer = {"yes": self.tr("Yes"), "no": self.tr("No")}.get(self.suggestion.value, self.suggestion.value)
        self.suggestion_label.setText(
            self.tr("Suggested: <b>{answer}</b> — {evidence}").format(answer=answer, evidence="; ".join(parts))
        )

    def accept_suggestion(self) -> None:
        if self.suggestion is not None and self.suggestion.value in self._buttons:
            self._buttons[self.suggestion.value].setChecked(True)

    def event(self, event: QEvent) -> bool:
        # Tab is taken before keyPressEvent sees it: on the criterion itself it moves to the next criterion.
        if self._steps and event.type() == QEvent.Type.KeyPress and self.hasFocus():
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.step.emit(1)
                return True
            if event.key() == Qt.Key.Key_Backtab:
                self.step.emit(-1)
                return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Esc in a field of this criterion (comment, root cause, text, date) hands the keyboard back to the criterion.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            if not (isinstance(watched, QComboBox) and watched.view().isVisible()):
                self.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier or not self.isEnabled():
            super().keyPressEvent(event)
            return
        key = Qt.Key(event.key())
        if not self._answer_key(key):
            super().keyPressEvent(event)

    def _answer_key(self, key: Qt.Key) -> bool:
        """Apply one key pressed on the criterion; False when it means nothing here."""
        kind = self.criterion.type
        value = CHOICE_KEYS.get(key)
        digit = DIGITS.get(key)
        if value is not None and value in self._buttons:
            self._buttons[value].setChecked(True)
        elif key == Qt.Key.Key_R and self.root_cause.isVisible():
            self.root_cause.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif key == Qt.Key.Key_C:
            self.comment.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and kind in (CriterionType.TEXT, CriterionType.DATE):
            self._input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif digit is not None and kind == CriterionType.SCALE:
            if not self.criterion.scale_min <= digit <= self.criterion.scale_max:
                return False
            self._input.setValue(float(digit))
        elif digit is not None and kind in (CriterionType.CHOICE, CriterionType.SELECT):
            if not 1 <= digit < self._input.count():
                return False
            self._input.setCurrentIndex(digit)
        elif digit is not None and kind == CriterionType.DEDUCTIONS:
            ticks = list(self._ticks.values())
            if not 1 <= digit <= len(ticks):
                return False
            ticks[digit - 1].toggle()
        elif key == Qt.Key.Key_Escape:
            pass  # one Esc too many after leaving a field must not close the window being scored in
        elif key == Qt.Key.Key_S and self.accept_button.isVisible():
            self.accept_suggestion()
        else:
            return False
        return True

    def answer(self) -> Answer | None:
        """The current answer, or None when nothing is chosen yet."""
        root = self.root_cause.currentData()
        comment = self.comment.text().strip() or None
        kind = self.criterion.type
        value: Any = None
        if self._group is not None:
            chosen = next((v for v, b in self._buttons.items() if b.isChecked()), None)
            if chosen == "na":
                return Answer(None, True, None, comment)
            value = chosen
        elif kind == CriterionType.SCALE:
            value = None if self._input.value() < self.criterion.scale_min else self._input.value()
        elif kind in (CriterionType.CHOICE, CriterionType.SELECT):
            value = self._input.currentData()
        elif kind == CriterionType.DEDUCTIONS:
            value = [key for key, tick in self._ticks.items() if tick.isChecked()]
        elif kind == CriterionType.DATE:
            value = self._input.date().toString("yyyy-MM-dd")
        else:
            value = self._input.text().strip() or None
        if value is None and comment is None:
            return None
        return Answer(value, False, root, comment)

    def set_answer(self, answer: Answer) -> None:
        self.blockSignals(True)
        if answer.not_applicable and "na" in self._buttons:
            self._buttons["na"].setChecked(True)
        elif self._group is not None and answer.value in self._buttons:
            self._buttons[str(answer.value)].setChecked(True)
        elif self.criterion.type == CriterionType.SCALE and answer.value is not None:
            self._input.setValue(float(answer.value))
        elif self.criterion.type in (CriterionType.CHOICE, CriterionType.SELECT):
            self._input.setCurrentIndex(max(0, self._input.findData(answer.value)))
        elif self.criterion.type == CriterionType.DEDUCTIONS:
            for key in answer.value or []:
                if key in self._ticks:
                    self._ticks[key].setChecked(True)
        elif isinstance(self._input, QLineEdit) and answer.value:
            self._input.setText(str(answer.value))
        if answer.root_cause:
            self.root_cause.setCurrentIndex(max(0, self.root_cause.findData(answer.root_cause)))
        self.comment.setText(answer.comment or "")
        self.blockSignals(False)
        self.touched = True

    def first_input(self) -> QWidget:
        if self._buttons:
            return next(iter(self._buttons.values()))
        if self._ticks:
            return next(iter(self._ticks.values()))
        return self._input
