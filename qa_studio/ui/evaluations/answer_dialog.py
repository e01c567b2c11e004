"""A small dialog for one criterion: raise a dispute, decide one, or change an answer after submit — always
with a reason, which goes to the audit log."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from qa_studio.scoring.model import Answer, Criterion, RootCause
from qa_studio.ui.scoring.criterion_widget import CriterionWidget
from qa_studio.ui.theme import Tone, text_style


class Purpose(StrEnum):
    DISPUTE = "dispute"
    DECIDE = "decide"
    EDIT = "edit"


class AnswerDialog(QDialog):
    def __init__(
        self,
        purpose: Purpose,
        criterion: Criterion,
        root_causes: tuple[RootCause, ...],
        language: str,
        current: Answer | None,
        person: str = "",
        context_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{purpose.value}Dialog")
        self.purpose = purpose
        titles = {
            Purpose.DISPUTE: self.tr("Dispute “{criterion}”"),
            Purpose.DECIDE: self.tr("Decide the dispute on “{criterion}”"),
            Purpose.EDIT: self.tr("Change the answer to “{criterion}”"),
        }
        self.setWindowTitle(titles[purpose].format(criterion=criterion.label.get(language)))
        layout = QVBoxLayout(self)
        if context_text:
            about = QLabel(context_text, self)
            about.setWordWrap(True)
            layout.addWidget(about)
        form = QFormLayout()
        self.person = QLineEdit(person, self)
        self.person.setAccessibleName(self.tr("Raised by"))
        self.person.textChanged.connect(self._update)
        if purpose == Purpose.DISPUTE:
            form.addRow(self.tr("Raised &by (agent):"), self.person)
        else:  # only a dispute names who raises it; an unplaced box would sit over the text above and take the focus
            self.person.hide()
        self.decision_group = QButtonGroup(self)
        self.decisions: dict[str, QRadioButton] = {}
        if purpose == Purpose.DECIDE:
            row = QHBoxLayout()
            for key, label in (
                ("accept", self.tr("&Accept the proposed answer")),
                ("partial", self.tr("&Partly accept: answer below")),
                ("reject", self.tr("&Reject: keep the answer")),
            ):
                button = QRadioButton(label, self)
                self.decision_group.addButton(button)
                self.decisions[key] = button
                row.addWidget(button)
                button.toggled.connect(self._update)
            form.addRow(self.tr("Decision:"), row)
        self.answer_widget = CriterionWidget(criterion, root_causes, language, None, self)
        if current is not None:
            self.answer_widget.set_answer(current)
        self.answer_widget.changed.connect(self._update)
        answer_label = {
            Purpose.DISPUTE: self.tr("Proposed answer:"),
            Purpose.DECIDE: self.tr("Answer:"),
            Purpose.EDIT: self.tr("New answer:"),
        }[purpose]
        form.addRow(answer_label, self.answer_widget)
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.reason.textChanged.connect(self._update)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(text_style(Tone.DANGER))
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()
        first = {Purpose.DECIDE: next(iter(self.decisions.values()), None), Purpose.DISPUTE: self.person}
        (first.get(purpose) or self.answer_widget).setFocus()

    def decision(self) -> str | None:
        return next((key for key, button in self.decisions.items() if button.isChecked()), None)

    def value(self) -> Any:
        """The chosen answer as stored in a dispute: the value, or "na" for N/A."""
        answer = self.answer_widget.answer()
        if answer is None:
            return None
        return "na" if answer.not_applicable else answer.value

    def answer(self) -> Answer | None:
        return self.answer_widget.answer()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _problem(self) -> str:
        if self.purpose == Purpose.DISPUTE and not self.person.text().strip():
            return self.tr("Say who raises the dispute.")
        if self.purpose == Purpose.DECIDE and self.decision() is None:
            return self.tr("Choose a decision.")
        needs_answer = self.purpose != Purpose.DECIDE or self.decision() == "partial"
        if needs_answer and self.value() is None:
            return self.tr("Choose an answer.")
        if not self.reason_text():
            return self.tr("A reason is required: it is kept in the evaluation's history.")
        return ""

    def _update(self) -> None:
        self.answer_widget.setEnabled(self.purpose != Purpose.DECIDE or self.decision() == "partial")
        problem = self._problem()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if self._problem():
            self._update()
            return
        super().accept()
