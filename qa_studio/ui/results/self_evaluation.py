"""My results → Score one of my interactions…: the agent answers the reviewer's scorecard for one of their own
calls or chats, then sees their answers beside the reviewer's, differences marked. The service keeps it apart
from evaluations (services/self_evaluation.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_studio.reports.labels import answer_text, plain_number
from qa_studio.scoring.model import Answer, Criterion, CriterionType
from qa_studio.services.self_evaluation import SelfComparison, SelfEvaluationError, SelfEvaluationService
from qa_studio.storage.database import StorageError
from qa_studio.ui.context import AppContext
from qa_studio.ui.theme import Tone, brush, text_style


class _CriterionInput:
    """One criterion's editor: a list of choices (a checklist for deductions); `answer()` is None while unanswered."""

    def __init__(self, criterion: Criterion, language: str, parent: QWidget) -> None:
        self.criterion = criterion
        kind = criterion.type
        if kind == CriterionType.DEDUCTIONS:
            self.widget: QWidget = QListWidget(parent)
            for option in criterion.options:
                item = QListWidgetItem(option.label.get(language), self.widget)
                item.setData(Qt.ItemDataRole.UserRole, option.key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.widget.setMaximumHeight(22 * max(2, len(criterion.options)) + 6)
            return
        box = QComboBox(parent)
        box.addItem("—", None)
        if kind in (CriterionType.YES_NO, CriterionType.YES_NO_NA):
            for value in ("yes", "no"):
                box.addItem(answer_text(criterion, Answer(value), language), value)
        elif kind == CriterionType.SCALE:
            value = criterion.scale_min
            while value <= criterion.scale_max + 1e-9:
                box.addItem(plain_number(value), value)
                value += criterion.scale_step
        elif kind == CriterionType.CHOICE:
            for option in criterion.options:
                box.addItem(option.label.get(language), option.key)
        if kind == CriterionType.YES_NO_NA or not criterion.required:
            box.addItem(answer_text(criterion, Answer(None, True), language), "na")
        self.widget = box

    def answer(self) -> Answer | None:
        if isinstance(self.widget, QListWidget):
            items = [self.widget.item(row) for row in range(self.widget.count())]
            return Answer([i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked])
        value: Any = self.widget.currentData()
        if value is None:
            return None
        return Answer(None, True) if value == "na" else Answer(value)


class SelfEvaluationDialog(QDialog):
    interaction_requested = Signal(int)  # the agent wants to read or listen to the interaction first

    def __init__(self, service: SelfEvaluationService, context: AppContext, language: str = "en",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("selfEvaluationDialog")
        self.setWindowTitle(self.tr("Score one of my interactions"))
        self.service, self.context, self.language = service, context, language
        self.inputs: list[_CriterionInput] = []
        self.interaction = QComboBox(self)
        self.interaction.setObjectName("selfInteraction")
        self.interaction.currentIndexChanged.connect(lambda _index: self._choose())
        open_button = QPushButton(self.tr("&Open it…"), self)
        open_button.clicked.connect(self._open)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("&Interaction:"), self, buddy=self.interaction))
        chooser.addWidget(self.interaction, 1)
        chooser.addWidget(open_button)
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        self.comparison = QTableWidget(0, 3, self)
        self.comparison.setObjectName("selfComparison")
        self.comparison.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("You"), self.tr("Reviewer")])
        self.comparison.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison.verticalHeader().setVisible(False)
        self.comparison.horizontalHeader().setStretchLastSection(True)
        self.comparison.setColumnWidth(0, 320)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(scroll)
        self.pages.addWidget(self.comparison)
        self.summary = QLabel(self)
        self.summary.setObjectName("selfSummary")
        self.summary.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("selfProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(text_style(Tone.DANGER))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.submit_button = buttons.addButton(self.tr("&Submit my scoring"), QDialogButtonBox.ButtonRole.ActionRole)
        self.submit_button.setObjectName("submitSelfEvaluation")
        self.submit_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Score a call or chat of yours as a reviewer would; then you see your answers "
                                         "beside the reviewer's. It never counts in your results."), self))  # fmt: skip
        layout.addLayout(chooser)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(760, 620)
        self.reload()

    def _open(self) -> None:
        if (interaction_id := self.current()) is not None:
            self.interaction_requested.emit(interaction_id)

    def current(self) -> int | None:
        data = self.interaction.currentData()
        return None if data is None else int(data)

    def reload(self, select: int | None = None) -> None:
        """Interactions already scored by the agent first (to read the comparison), then those still to score."""
        user = self.context.user
        self.interaction.blockSignals(True)
        self.interaction.clear()
        for interaction_id in self.service.scored(user):
            self.interaction.addItem(self.tr("#{id} — scored by you").format(id=interaction_id), interaction_id)
        for interaction_id, channel, started in self.service.candidates(user):
            self.interaction.addItem(f"#{interaction_id} · {channel} · {started or ''}", interaction_id)
        if select is not None:
            self.interaction.setCurrentIndex(max(0, self.interaction.findData(select)))
        self.interaction.blockSignals(False)
        self._choose()

    def _choose(self) -> None:
        self.problem.clear()
        interaction_id = self.current()
        if interaction_id is None:
            self.summary.setText(self.tr("You have no interactions to score yet."))
            self.submit_button.setEnabled(False)
            return
        try:
            compared = self.service.comparison(self.context.user, interaction_id)
            if compared is not None:
                self._show_comparison(compared)
                return
            setup = self.service.setup(self.context.user, interaction_id)
        except (SelfEvaluationError, StorageError) as exc:
            self.problem.setText(str(exc))
            self.submit_button.setEnabled(False)
            return
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs = [_CriterionInput(c, self.language, self.form_host) for c in setup.scorecard.criteria()
                       if c.type.scoring]  # fmt: skip
        for entry in self.inputs:
            label = QLabel(entry.criterion.label.get(self.language), self.form_host)
            label.setWordWrap(True)
            label.setBuddy(entry.widget)
            self.form.addRow(label, entry.widget)
        self.pages.setCurrentIndex(0)
        self.summary.setText(self.tr("Scorecard: {name}").format(name=setup.scorecard.name.get(self.language)))
        self.submit_button.setEnabled(True)

    def answers(self) -> dict[str, Answer]:
        return {e.criterion.key: a for e in self.inputs if (a := e.answer()) is not None}

    def submit(self) -> bool:
        interaction_id = self.current()
        if interaction_id is None:
            return False
        try:
            self.service.submit(self.context.user, interaction_id, self.answers())
        except (SelfEvaluationError, StorageError) as exc:
            self.problem.setText(str(exc))
            return False
        self.reload(select=interaction_id)
        return True

    def _show_comparison(self, compared: SelfComparison) -> None:
        self.comparison.setRowCount(len(compared.rows))
        for row, line in enumerate(compared.rows):
            mine = answer_text(line.criterion, line.mine, self.language) if line.mine is not None else "—"
            theirs = answer_text(line.criterion, line.reviewer, self.language) if line.reviewer is not None else "—"
            for column, value in enumerate((line.label.get(self.language), mine, theirs)):
                item = QTableWidgetItem(value)
                if line.agrees is False:
                    item.setBackground(brush(Tone.NOTICE_BACKGROUND))
                self.comparison.setItem(row, column, item)
        self.comparison.resizeRowsToContents()
        self.pages.setCurrentIndex(1)
        self.submit_button.setEnabled(False)
        mine = plain_number(compared.my_score) if compared.my_score is not None else "—"
        if compared.reviewer_score is None:
            self.summary.setText(self.tr("Your score: {mine}. No reviewer has scored this interaction yet; their "
                                         "answers appear here once they have.").format(mine=mine))  # fmt: skip
        else:
            differ = sum(line.agrees is False for line in compared.rows)
            self.summary.setText(self.tr("Your score: {mine} · the reviewer's: {theirs} · {count} criteria answered "
                                         "differently (marked)").format(mine=mine,
                                                                        theirs=plain_number(compared.reviewer_score),
                                                                        count=differ))  # fmt: skip
