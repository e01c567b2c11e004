"""Re-scoring one of a reviewer's evaluations, blind: the lead answers the scorecard the reviewer used without seeing
the reviewer's answers or score; once submitted, both scores are shown side by side."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from qa_studio.reports.figures import score_text
from qa_studio.scoring.model import Answer
from qa_studio.services.evaluations import EvaluationError
from qa_studio.services.grader_qa import GraderQAService, RescoreSetup
from qa_studio.storage.database import StorageError
from qa_studio.ui.geometry import fit_inside, preferred_size
from qa_studio.ui.results.self_evaluation import _CriterionInput
from qa_studio.ui.theme import Tone, text_style


class RescoreDialog(QDialog):
    interaction_requested = Signal(int)
    submitted = Signal(int)  # the re-score's id

    def __init__(self, service: GraderQAService, setup: RescoreSetup, actor: str, language: str = "en",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("rescoreDialog")
        self.setWindowTitle(self.tr("Re-score interaction {id} blind").format(id=setup.interaction_id))
        self.service, self.setup, self.actor = service, setup, actor
        host = QWidget(self)
        form = QFormLayout(host)
        self.inputs: list[tuple[_CriterionInput, QComboBox | None]] = []
        causes = [(cause.key, cause.label.get(language)) for cause in setup.scorecard.root_causes]
        for criterion in setup.scorecard.criteria():
            if not criterion.type.scoring:
                continue
            answer = _CriterionInput(criterion, language, host)
            cause: QComboBox | None = None
            row: QWidget = answer.widget
            if criterion.root_cause_required and causes:
                # A failed answer needs its root cause, as in an evaluation.
                cause = QComboBox(host)
                cause.addItem(self.tr("(root cause if not met)"), None)
                for key, label in causes:
                    cause.addItem(label, key)
                row = QWidget(host)
                line = QHBoxLayout(row)
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(answer.widget, 1)
                line.addWidget(cause, 1)
            # Unwrapped: a wrapped label in a form row is given one line's height and clipped.
            label = QLabel(criterion.label.get(language), host)
            form.addRow(label, row)
            self.inputs.append((answer, cause))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(host)
        self.problem = QLabel(self)
        self.problem.setObjectName("rescoreProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(text_style(Tone.DANGER))
        self.result = QLabel(self)
        self.result.setObjectName("rescoreResult")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        open_button = QPushButton(self.tr("&Open the interaction…"), self)
        open_button.clicked.connect(lambda: self.interaction_requested.emit(setup.interaction_id))
        buttons.addButton(open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.submit_button = buttons.addButton(self.tr("&Submit re-score"), QDialogButtonBox.ButtonRole.ActionRole)
        self.submit_button.setObjectName("submitRescore")
        self.submit_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Score it as you would; the reviewer's answers and score are shown once you "
                                        "submit. It never counts in the agent's results."), self))  # fmt: skip
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.resize(preferred_size(self, 900, 600))
        fit_inside(self)

    def answers(self) -> dict[str, Answer]:
        answers = {}
        for answer_input, cause in self.inputs:
            answer = answer_input.answer()
            if answer is None:
                continue
            root_cause = cause.currentData() if cause is not None else None
            answers[answer_input.criterion.key] = Answer(answer.value, answer.not_applicable, root_cause)
        return answers

    def submit(self) -> None:
        try:
            result = self.service.submit(self.setup.sample_id, self.answers(), self.actor)
        except (EvaluationError, StorageError) as exc:
            self.problem.setText(str(exc))
            return
        self.problem.clear()
        line = next((s for s in self.service.samples(rescorer=self.actor) if s.id == self.setup.sample_id), None)
        original = line.original_score if line is not None else None
        self.result.setText(self.tr("Your score {mine}; the reviewer's {theirs}.").format(
            mine=score_text(result.score), theirs=score_text(original)))  # fmt: skip
        self.submit_button.setEnabled(False)
        for answer_input, cause in self.inputs:
            answer_input.widget.setEnabled(False)
            if cause is not None:
                cause.setEnabled(False)
        self.submitted.emit(self.setup.sample_id)
