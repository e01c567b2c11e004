"""A submitted evaluation as the agent, reviewer and lead see it: the result beside the original, and the
acknowledge / dispute / decide / change-with-reason actions, each kept in the history."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qa_studio.reports.labels import STATE_LABELS, answer_text
from qa_studio.scoring.model import Answer, Scorecard
from qa_studio.services.evaluations import EvaluationError, EvaluationService, EvaluationView
from qa_studio.storage.database import StorageError
from qa_studio.ui.context import AppContext
from qa_studio.ui.evaluations.answer_dialog import AnswerDialog, Purpose
from qa_studio.ui.evaluations.criteria_model import CriteriaModel, build_lines
from qa_studio.ui.evaluations.history import HistoryModel, write_history_csv
from qa_studio.ui.geometry import preferred_size
from qa_studio.ui.theme import Tone, colour


class EvaluationReviewDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        service: EvaluationService,
        evaluation_id: int,
        context: AppContext,
        agent: str | None = None,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationReviewDialog")
        self.service = service
        self.evaluation_id = evaluation_id
        self.context = context
        self.agent = agent or ""
        # Another person signing in takes over this window: what may be done follows them.
        context.user_changed.connect(lambda _user: self._update_buttons())
        self.language = language
        self.scorecard: Scorecard = service.scoring_inputs(evaluation_id)[0]
        self.view: EvaluationView = service.get(evaluation_id, viewer=context.actor)
        self.setWindowTitle(self.tr("Evaluation {id}").format(id=evaluation_id))
        self.resize(preferred_size(self, 1000, 620))

        self.summary = QLabel(self)
        self.summary.setObjectName("evaluationSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.criteria = CriteriaModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("evaluationCriteria")
        self.table.setModel(self.criteria)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.history = HistoryModel(self)
        self.history_table = QTableView(self)
        self.history_table.setObjectName("evaluationHistory")
        self.history_table.setModel(self.history)
        self.history_table.verticalHeader().hide()
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, self.tr("&Criteria"))
        self.tabs.addTab(self.history_table, self.tr("&History"))

        self.acknowledge_button = QPushButton(self.tr("Ac&knowledge…"), self)
        self.acknowledge_button.setToolTip(self.tr("You have read this evaluation (for the agent it is about)"))
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.dispute_button = QPushButton(self.tr("&Dispute criterion…"), self)
        self.dispute_button.clicked.connect(self.raise_dispute)
        self.decide_button = QPushButton(self.tr("D&ecide dispute…"), self)
        self.decide_button.clicked.connect(self.decide_dispute)
        self.edit_button = QPushButton(self.tr("Change &answer…"), self)
        self.edit_button.setToolTip(self.tr("Change a submitted answer; a reason is required and kept"))
        self.edit_button.clicked.connect(self.edit_answer)
        self.export_button = QPushButton(self.tr("E&xport history…"), self)
        self.export_button.clicked.connect(self.export_history)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.acknowledge_button, self.dispute_button, self.decide_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()
        for column, width in enumerate((140, 250, 150, 70, 170, 110, 120)):
            self.table.setColumnWidth(column, width)
        self.history_table.setColumnWidth(0, 130)
        self.history_table.setColumnWidth(2, 180)

    # Showing -----------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_key()
        self.view = self.service.get(self.evaluation_id)
        self.criteria.set_lines(build_lines(self.scorecard, self.view, self.language))
        self.history.set_lines(self.service.history(self.evaluation_id))
        self.summary.setText(self._summary_html())
        if selected is not None:
            self.select_criterion(selected)
        self._update_buttons()

    def _summary_html(self) -> str:
        view = self.view
        result = view.result or {}
        first = (view.original_result or {}).get("score")
        parts = [
            f"<b>{html.escape(self.scorecard.name.get(self.language))}</b> — "
            + self.tr("interaction {id}, reviewed by {reviewer}").format(
                id=view.interaction_id, reviewer=html.escape(view.reviewer)
            ),
            self.tr("Score <b>{score}</b> ({verdict})").format(
                score=view.score, verdict=self.tr("passes") if view.passed else self.tr("does not pass")
            ),
        ]
        if first is not None and first != str(view.score):
            parts.append(self.tr("as first submitted: {score}").format(score=first))
        if result.get("fatal_failures"):
            fatal = self.tr("fatal failure: the evaluation scores 0")
            parts.append(f"<span style='color:{colour(Tone.DANGER)}'>{fatal}</span>")
        if result.get("section_critical_failures"):
            parts.append(
                f"<span style='color:{colour(Tone.WARNING)}'>"
                + self.tr("section-critical failure in {count} section(s)").format(
                    count=len(result["section_critical_failures"])
                )
                + "</span>"
            )
        state = self.tr(STATE_LABELS.get(view.state, view.state))
        parts.append(self.tr("State: {state}").format(state=state))
        return " · ".join(parts)

    def selected_key(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.criteria.line(rows[0].row()).key if rows else None

    def select_criterion(self, key: str) -> None:
        for row in range(self.criteria.rowCount()):
            if self.criteria.line(row).key == key:
                self.table.selectRow(row)
                return

    def _open_dispute(self, key: str | None) -> dict | None:
        return next((d for d in self.view.disputes if d["criterion"] == key and d["state"] == "open"), None)

    def _update_buttons(self) -> None:
        key = self.selected_key()
        line = next((self.criteria.line(r) for r in range(self.criteria.rowCount())
                     if self.criteria.line(r).key == key), None)  # fmt: skip
        scorable = line is not None and line.applicable
        user = self.context.user
        own = user.is_agent and self.agent == user.name
        decides = user.role.value in ("lead", "admin")
        self.acknowledge_button.setEnabled(own and self.view.state == "submitted")
        self.dispute_button.setEnabled((own or decides) and scorable and self._open_dispute(key) is None)
        self.decide_button.setEnabled(decides and self._open_dispute(key) is not None)
        self.edit_button.setEnabled(not user.is_agent and scorable and self._open_dispute(key) is None)

    # Acting ------------------------------------------------------------------------------------------------------
    def _run(self, action, *args) -> bool:  # noqa: ANN001, ANN002
        try:
            action(*args)
        except (EvaluationError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
            return False
        self.reload()
        self.changed.emit()
        return True

    def _dialog(self, purpose: Purpose, key: str, person: str = "", context_text: str = "") -> AnswerDialog:
        criterion = self.scorecard.criterion(key)
        assert criterion is not None
        return AnswerDialog(
            purpose, criterion, self.scorecard.root_causes, self.language, self.view.answers.get(key), person,
            context_text, self,
        )  # fmt: skip

    def acknowledge(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Acknowledge"), self.tr("Confirm that you have read this evaluation and its comments?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._run(self.service.acknowledge, self.evaluation_id, self.context.actor)

    def raise_dispute(self) -> bool:
        key = self.selected_key()
        if key is None:
            return False
        dialog = self._dialog(Purpose.DISPUTE, key, person=self.context.actor)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self._run(
            self.service.dispute, self.evaluation_id, key, dialog.reason_text(), dialog.value(), self.context.actor
        )

    def decide_dispute(self) -> bool:
        key = self.selected_key()
        dispute = self._open_dispute(key)
        if key is None or dispute is None:
            return False
        criterion = self.scorecard.criterion(key)
        proposed = dispute["proposed"]
        proposed_answer = Answer(None, True) if proposed in ("na", "N/A") else Answer(proposed)
        context_text = self.tr("{who} disputes this answer: “{reason}” — proposed: {proposed}").format(
            who=dispute.get("raised_by") or self.agent,
            reason=dispute["reason"],
            proposed=answer_text(criterion, proposed_answer, self.language) if criterion else proposed,
        )
        dialog = self._dialog(Purpose.DECIDE, key, context_text=context_text)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        decision = dialog.decision()
        value = dialog.value() if decision == "partial" else None
        reason = dialog.reason_text()
        return self._run(self.service.resolve_dispute, dispute["id"], decision, reason, self.context.actor, value)

    def edit_answer(self) -> bool:
        key = self.selected_key()
        if key is None:
            return False
        dialog = self._dialog(Purpose.EDIT, key)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        answer = dialog.answer()
        assert answer is not None
        return self._run(
            self.service.edit_after_submit, self.evaluation_id, {key: answer}, dialog.reason_text(), self.context.actor
        )

    def export_history(self, path: Path | None = None) -> Path | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export history"), f"evaluation-{self.evaluation_id}-history.csv", self.tr("CSV (*.csv)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            write_history_csv(self.history.lines, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not exported"), str(exc))
            return None
        return path
