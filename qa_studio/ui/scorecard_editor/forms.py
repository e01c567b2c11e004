"""The forms on the right of the editor: the scorecard itself, a section, a criterion. Each writes straight into
the definition being edited and says `changed`; the editor validates and refreshes."""

from __future__ import annotations

from typing import Any

import yaml
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.scoring.model import CriterionType
from qa_studio.scoring.validation import CHANNELS, CRITERION_KEYS
from qa_studio.ui.scorecard_editor.rows import Field, RowsEditor
from qa_studio.ui.theme import Tone, text_style

TYPE_LABELS = {
    CriterionType.YES_NO: QT_TRANSLATE_NOOP("ScorecardEditor", "Yes / no"),
    CriterionType.YES_NO_NA: QT_TRANSLATE_NOOP("ScorecardEditor", "Yes / no / N/A"),
    CriterionType.SCALE: QT_TRANSLATE_NOOP("ScorecardEditor", "Numeric scale"),
    CriterionType.CHOICE: QT_TRANSLATE_NOOP("ScorecardEditor", "Single choice with points"),
    CriterionType.DEDUCTIONS: QT_TRANSLATE_NOOP("ScorecardEditor", "Checklist of deductions"),
    CriterionType.TEXT: QT_TRANSLATE_NOOP("ScorecardEditor", "Comment (no score)"),
    CriterionType.SELECT: QT_TRANSLATE_NOOP("ScorecardEditor", "Choice (no score)"),
    CriterionType.DATE: QT_TRANSLATE_NOOP("ScorecardEditor", "Date (no score)"),
}
FAIL_LABELS = {
    "none": QT_TRANSLATE_NOOP("ScorecardEditor", "None"),
    "fatal": QT_TRANSLATE_NOOP("ScorecardEditor", "FATAL — fails the whole evaluation (score 0)"),
    "section_critical": QT_TRANSLATE_NOOP("ScorecardEditor", "SECTION-CRITICAL — fails its section"),
}
OPTION_FIELDS = (
    Field(QT_TRANSLATE_NOOP("ScorecardEditor", "Key"), ("key",)),
    Field(QT_TRANSLATE_NOOP("ScorecardEditor", "English"), ("label", "en")),
    Field(QT_TRANSLATE_NOOP("ScorecardEditor", "Chinese"), ("label", "zh")),
    Field(QT_TRANSLATE_NOOP("ScorecardEditor", "Points"), ("points",), float),
    Field(QT_TRANSLATE_NOOP("ScorecardEditor", "Fails"), ("fails",), bool),
)
SELECT_FIELDS = OPTION_FIELDS[:3]
BAND_FIELDS = (
    Field(QT_TRANSLATE_NOOP("ScorecardEditor", "English"), ("label", "en")),
    Field(QT_TRANSLATE_NOOP("ScorecardEditor", "Chinese"), ("label", "zh")),
    Field(QT_TRANSLATE_NOOP("ScorecardEditor", "From score"), ("min",), float),
)
CAUSE_FIELDS = OPTION_FIELDS[:3]


def _numbered(rows: list[dict[str, Any]], stem: str) -> str:
    taken = {r.get("key") for r in rows}
    number = len(rows) + 1
    while f"{stem}_{number}" in taken:
        number += 1
    return f"{stem}_{number}"


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


class Bilingual(QWidget):
    """English and Chinese side by side, for labels and names."""

    edited = Signal()

    def __init__(self, multiline: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        make = QPlainTextEdit if multiline else QLineEdit
        self.en, self.zh = make(self), make(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for edit, language in ((self.en, self.tr("English")), (self.zh, self.tr("Chinese"))):
            edit.setPlaceholderText(language)
            if multiline:
                edit.setFixedHeight(64)
                edit.setTabChangesFocus(True)
                edit.textChanged.connect(self.edited)
            else:
                edit.textEdited.connect(self.edited)
            layout.addWidget(edit)

    def name(self, what: str) -> None:
        self.en.setAccessibleName(self.tr("{what} in English").format(what=what))
        self.zh.setAccessibleName(self.tr("{what} in Chinese").format(what=what))

    def load(self, text: dict[str, str] | None) -> None:
        text = text or {}
        for edit, key in ((self.en, "en"), (self.zh, "zh")):
            edit.blockSignals(True)
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(text.get(key, ""))
            else:
                edit.setText(text.get(key, ""))
            edit.blockSignals(False)

    def value(self) -> dict[str, str]:
        def read(edit: QLineEdit | QPlainTextEdit) -> str:
            return (edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()).strip()

        return {"en": read(self.en), "zh": read(self.zh)}


def _spin(parent: QWidget, low: float, high: float, step: float = 0.5, decimals: int = 1) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setDecimals(decimals)
    return spin


class ItemForm(QWidget):
    """Shared plumbing: `load()` fills the widgets without echoing edits back; `_write()` stores and signals."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: dict[str, Any] = {}
        self._loading = False
        self.form = QFormLayout(self)

    def _write(self, **values: Any) -> None:
        if self._loading:
            return
        self.item.update(values)
        self.changed.emit()


class ScorecardForm(ItemForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = QLineEdit(self)
        self.key.textEdited.connect(lambda text: self._write(key=text.strip()))
        self.name_text = Bilingual(parent=self)
        self.name_text.name(self.tr("Name"))
        self.name_text.edited.connect(lambda: self._write(name=self.name_text.value()))
        self.description = Bilingual(multiline=True, parent=self)
        self.description.name(self.tr("Description"))
        self.description.edited.connect(lambda: self._write(description=self.description.value()))
        self.version_note = Bilingual(parent=self)
        self.version_note.name(self.tr("What changed"))
        self.version_note.edited.connect(lambda: self._write(version_note=self.version_note.value()))
        self.channel = QComboBox(self)
        self.channel.addItem(self.tr("Any channel"), None)
        names = {"call": self.tr("Calls"), "chat": self.tr("Chats"), "email": self.tr("E-mails"),
                 "social": self.tr("Social media")}  # fmt: skip
        for channel in CHANNELS:
            self.channel.addItem(names[channel], channel)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.pass_mark = _spin(self, 0, 100)
        self.pass_mark.valueChanged.connect(lambda value: self._write(pass_mark=_number(value)))
        self.bands = RowsEditor(BAND_FIELDS, lambda rows: {"label": {"en": "", "zh": ""}, "min": 0}, "bandsTable", self)
        self.bands.table.setAccessibleName(self.tr("Score bands"))
        self.bands.model.edited.connect(self.changed)
        self.causes = RowsEditor(
            CAUSE_FIELDS, lambda rows: {"key": _numbered(rows, "cause"), "label": {"en": "", "zh": ""}},
            "rootCausesTable", self,
        )  # fmt: skip
        self.causes.table.setAccessibleName(self.tr("Root causes"))
        self.causes.model.edited.connect(self.changed)
        self.form.addRow(self.tr("&Key:"), self.key)
        self.form.addRow(self.tr("Name:"), self.name_text)
        self.form.addRow(self.tr("Description:"), self.description)
        self.form.addRow(self.tr("What changed in this version:"), self.version_note)
        self.form.addRow(self.tr("&Channel:"), self.channel)
        self.form.addRow(self.tr("&Pass mark:"), self.pass_mark)
        self.form.addRow(self.tr("Score bands:"), self.bands)
        self.form.addRow(self.tr("Root causes:"), self.causes)

    def _channel_changed(self) -> None:
        if self._loading:
            return
        channel = self.channel.currentData()
        if channel is None:
            self.item.pop("channel", None)
            self.changed.emit()
        else:
            self._write(channel=channel)

    def load(self, item: dict[str, Any]) -> None:
        self._loading = True
        self.item = item
        self.key.setText(item.get("key", ""))
        self.name_text.load(item.get("name"))
        self.description.load(item.get("description"))
        self.version_note.load(item.get("version_note"))
        self.channel.setCurrentIndex(max(0, self.channel.findData(item.get("channel"))))
        self.pass_mark.setValue(float(item.get("pass_mark", 80)))
        self.bands.model.set_rows(item.setdefault("bands", []))
        self.causes.model.set_rows(item.setdefault("root_causes", []))
        self._loading = False


class SectionForm(ItemForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = QLineEdit(self)
        self.key.textEdited.connect(lambda text: self._write(key=text.strip()))
        self.label = Bilingual(parent=self)
        self.label.name(self.tr("Section name"))
        self.label.edited.connect(lambda: self._write(label=self.label.value()))
        self.weight = _spin(self, 0, 1000)
        self.weight.valueChanged.connect(lambda value: self._write(weight=_number(value)))
        self.bonus = QCheckBox(self.tr("&Bonus section: can only add to the score, up to its weight"), self)
        self.bonus.toggled.connect(lambda on: self._write(bonus=on))
        self.form.addRow(self.tr("&Key:"), self.key)
        self.form.addRow(self.tr("Name:"), self.label)
        self.form.addRow(self.tr("&Weight:"), self.weight)
        self.form.addRow("", self.bonus)

    def load(self, item: dict[str, Any]) -> None:
        self._loading = True
        self.item = item
        self.key.setText(item.get("key", ""))
        self.label.load(item.get("label"))
        self.weight.setValue(float(item.get("weight", 1)))
        self.bonus.setChecked(bool(item.get("bonus")))
        self._loading = False


class CriterionForm(ItemForm):
    type_changed = Signal(object)  # the new CriterionType: the editor conforms the criterion's keys

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = QLineEdit(self)
        self.key.textEdited.connect(lambda text: self._write(key=text.strip()))
        self.label = Bilingual(parent=self)
        self.label.name(self.tr("Criterion"))
        self.label.edited.connect(lambda: self._write(label=self.label.value()))
        self.guideline = Bilingual(multiline=True, parent=self)
        self.guideline.name(self.tr("Guideline"))
        self.guideline.edited.connect(lambda: self._write(guideline=self.guideline.value()))
        self.type = QComboBox(self)
        for kind, label in TYPE_LABELS.items():
            self.type.addItem(self.tr(label), kind)
        self.type.currentIndexChanged.connect(self._type_changed)
        self.points = _spin(self, 0, 1000)
        self.points.valueChanged.connect(lambda value: self._write(points=_number(value)))
        self.weight = _spin(self, 0, 100)
        self.weight.valueChanged.connect(lambda value: self._write(weight=_number(value)))
        self.fail = QComboBox(self)
        for key, label in FAIL_LABELS.items():
            self.fail.addItem(self.tr(label), key)
        self.fail.currentIndexChanged.connect(lambda: self._write(fail=self.fail.currentData()))
        self.required = QCheckBox(self.tr("Must be &answered before submitting"), self)
        self.required.toggled.connect(lambda on: self._write(required=on))
        self.root_cause = QCheckBox(self.tr("A failed answer needs a &root cause"), self)
        self.root_cause.toggled.connect(lambda on: self._write(root_cause_required=on))
        self.scale_min, self.scale_max = _spin(self, -100, 100), _spin(self, -100, 100)
        self.scale_step = _spin(self, 0.1, 10, 0.5)
        self.scale_min.setAccessibleName(self.tr("Lowest value"))
        self.scale_max.setAccessibleName(self.tr("Highest value"))
        self.scale_step.setAccessibleName(self.tr("Step"))
        for spin, key in ((self.scale_min, "min"), (self.scale_max, "max"), (self.scale_step, "step")):
            spin.valueChanged.connect(lambda value, key=key: self._write(**{key: _number(value)}))
        self.fail_below = _spin(self, -101, 100)
        self.fail_below.setSpecialValueText(self.tr("never"))
        self.fail_below.setAccessibleName(self.tr("Fails below"))
        self.fail_below.valueChanged.connect(self._fail_below_changed)
        scale = QWidget(self)
        scale_row = QHBoxLayout(scale)
        scale_row.setContentsMargins(0, 0, 0, 0)
        for label, spin in ((self.tr("from"), self.scale_min), (self.tr("to"), self.scale_max),
                            (self.tr("step"), self.scale_step)):  # fmt: skip
            scale_row.addWidget(QLabel(label, scale))
            scale_row.addWidget(spin)
        scale_row.addWidget(QLabel(self.tr("fails below"), scale))
        scale_row.addWidget(self.fail_below)
        self.options = RowsEditor(
            OPTION_FIELDS, lambda rows: {"key": _numbered(rows, "option"), "label": {"en": "", "zh": ""},
                                         "points": 1, "fails": False},
            "optionsTable", self,
        )  # fmt: skip
        self.options.table.setAccessibleName(self.tr("Options"))
        self.options.model.edited.connect(self.changed)
        self.channels: dict[str, QCheckBox] = {}
        when_row = QWidget(self)
        when_layout = QHBoxLayout(when_row)
        when_layout.setContentsMargins(0, 0, 0, 0)
        channel_names = {"call": self.tr("calls"), "chat": self.tr("chats"), "email": self.tr("e-mails"),
                         "social": self.tr("social media")}  # fmt: skip
        for channel in CHANNELS:
            box = QCheckBox(channel_names[channel], when_row)
            box.toggled.connect(self._condition_changed)
            self.channels[channel] = box
            when_layout.addWidget(box)
        self.queues = QLineEdit(self)
        self.queues.setPlaceholderText(self.tr("queues, separated by commas (empty: any queue)"))
        self.queues.textEdited.connect(self._condition_changed)
        self.answer_of = QComboBox(self)
        self.answer_of.setAccessibleName(self.tr("Only when this criterion's answer is"))
        self.answer_of.currentIndexChanged.connect(self._condition_changed)
        self.answer_in = QLineEdit(self)
        self.answer_in.setPlaceholderText(self.tr("answers, e.g. yes, no, na or option keys"))
        self.answer_in.textEdited.connect(self._condition_changed)
        self.checks = QPlainTextEdit(self)
        self.checks.setAccessibleName(self.tr("Evidence checks"))
        self.checks.setPlaceholderText("- first_response_ms: {max_ms: 30000}")
        self.checks.setFixedHeight(80)
        self.checks.setTabChangesFocus(True)
        self.checks.textChanged.connect(self._checks_changed)
        self.checks_problem = QLabel(self)
        self.checks_problem.setStyleSheet(text_style(Tone.DANGER))

        self.form.addRow(self.tr("&Key:"), self.key)
        self.form.addRow(self.tr("Criterion:"), self.label)
        self.form.addRow(self.tr("Guideline:"), self.guideline)
        self.form.addRow(self.tr("&Type:"), self.type)
        self.form.addRow(self.tr("&Points:"), self.points)
        self.form.addRow(self.tr("&Weight:"), self.weight)
        self.form.addRow(self.tr("&Failure kind:"), self.fail)
        self.form.addRow("", self.required)
        self.form.addRow("", self.root_cause)
        self.form.addRow(self.tr("Scale:"), scale)
        self.form.addRow(self.tr("Options:"), self.options)
        self.form.addRow(self.tr("Only for channels:"), when_row)
        self.form.addRow(self.tr("Only for &queues:"), self.queues)
        self.form.addRow(self.tr("Only when:"), self.answer_of)
        self.form.addRow(self.tr("…is one of:"), self.answer_in)
        self.form.addRow(self.tr("Evidence checks (YAML):"), self.checks)
        self.form.addRow("", self.checks_problem)
        self._scale = scale

    def _write(self, **values: Any) -> None:
        # A field that means nothing for this type (hidden in the form) is never written into the criterion.
        kind = CriterionType(self.item.get("type", "yes_no"))
        super()._write(**{k: v for k, v in values.items() if k not in CRITERION_KEYS or kind in CRITERION_KEYS[k]})

    def _type_changed(self) -> None:
        if not self._loading:
            self.type_changed.emit(self.type.currentData())

    def _fail_below_changed(self, value: float) -> None:
        if self._loading:
            return
        if value <= self.fail_below.minimum():
            self.item.pop("fail_below", None)
            self.changed.emit()
        else:
            self._write(fail_below=_number(value))

    def _condition_changed(self) -> None:
        if self._loading:
            return
        when: dict[str, Any] = {}
        channels = [c for c, box in self.channels.items() if box.isChecked()]
        if channels:
            when["channel"] = channels
        queues = [q.strip() for q in self.queues.text().replace("，", ",").split(",") if q.strip()]
        if queues:
            when["queue"] = queues
        if self.answer_of.currentData():
            answers = [a.strip() for a in self.answer_in.text().replace("，", ",").split(",") if a.strip()]
            when["answer"] = {"criterion": self.answer_of.currentData(), "in": answers}
        if when:
            self.item["when"] = when
        else:
            self.item.pop("when", None)
        self.changed.emit()

    def _checks_changed(self) -> None:
        if self._loading:
            return
        text = self.checks.toPlainText().strip()
        try:
            checks = yaml.safe_load(text) if text else None
        except yaml.YAMLError as exc:
            self.checks_problem.setText(self.tr("Not valid YAML: {reason}").format(reason=exc))
            return
        self.checks_problem.setText("")
        if checks:
            self.item["checks"] = checks
        else:
            self.item.pop("checks", None)
        self.changed.emit()

    def load(self, item: dict[str, Any], earlier_keys: list[tuple[str, str]]) -> None:
        """`earlier_keys`: (key, label) of the criteria before this one, which a condition may look at."""
        self._loading = True
        self.item = item
        kind = CriterionType(item.get("type", "yes_no"))
        self.key.setText(item.get("key", ""))
        self.label.load(item.get("label"))
        self.guideline.load(item.get("guideline"))
        self.type.setCurrentIndex(self.type.findData(kind))
        self.points.setValue(float(item.get("points", 0)))
        self.weight.setValue(float(item.get("weight", 1)))
        self.fail.setCurrentIndex(max(0, self.fail.findData(item.get("fail", "none"))))
        self.required.setChecked(bool(item.get("required", True)))
        self.root_cause.setChecked(bool(item.get("root_cause_required")))
        self.scale_min.setValue(float(item.get("min", 1)))
        self.scale_max.setValue(float(item.get("max", 5)))
        self.scale_step.setValue(float(item.get("step", 1)))
        below = item.get("fail_below")
        self.fail_below.setValue(self.fail_below.minimum() if below is None else float(below))
        self.options.model.fields = OPTION_FIELDS if kind != CriterionType.SELECT else SELECT_FIELDS
        self.options.model.set_rows(item.setdefault("options", []) if kind.has_options else [])
        when = item.get("when") or {}
        for channel, box in self.channels.items():
            box.setChecked(channel in (when.get("channel") or []))
        self.queues.setText(", ".join(when.get("queue") or []))
        self.answer_of.clear()
        self.answer_of.addItem(self.tr("(any answer)"), None)
        for key, label in earlier_keys:
            self.answer_of.addItem(f"{label} ({key})", key)
        answer = when.get("answer") or {}
        self.answer_of.setCurrentIndex(max(0, self.answer_of.findData(answer.get("criterion"))))
        self.answer_in.setText(", ".join(str(a) for a in answer.get("in") or []))
        checks = item.get("checks")
        self.checks.setPlainText(yaml.safe_dump(checks, allow_unicode=True, sort_keys=False).strip() if checks else "")
        self.checks_problem.setText("")
        self._show_for(kind)
        self._loading = False

    def _show_for(self, kind: CriterionType) -> None:
        """Only the fields that mean something for this type."""
        shown = {
            self.points: kind in CRITERION_KEYS["points"],
            self.weight: kind.scoring,
            self.fail: kind.scoring,
            self.root_cause: kind.scoring,
            self._scale: kind == CriterionType.SCALE,
            self.options: kind.has_options,
            self.checks: kind.scoring,
        }
        for widget, visible in shown.items():
            widget.setVisible(visible)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(visible)
