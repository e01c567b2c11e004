"""The scoring panel: every criterion of the scorecard, live score, autosave, submit — all usable by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qa_studio.scoring.conditions import applicable_criteria
from qa_studio.scoring.engine import Answer, Context, score
from qa_studio.scoring.evidence import Suggestion
from qa_studio.scoring.model import Scorecard
from qa_studio.services.evaluations import ConflictError, EvaluationError, EvaluationService, Suggested
from qa_studio.storage.database import StorageError
from qa_studio.ui.context import AppContext
from qa_studio.ui.geometry import VerticalScrollArea
from qa_studio.ui.scoring.criterion_widget import CriterionWidget
from qa_studio.ui.theme import Tone, text_style

AUTOSAVE_MS = 800


class ScoringPanel(QWidget):
    submitted = Signal(object)
    evidence_clicked = Signal(str)
    review_requested = Signal(int)  # a submitted evaluation: open its result, history, acknowledgement, disputes

    def __init__(
        self,
        service: EvaluationService,
        app: AppContext,
        evaluation_id: int,
        scorecard: Scorecard,
        context: Context,
        suggestions: dict[str, Suggestion],
        language: str = "en",
        parent: QWidget | None = None,
        reviewable: bool = True,
    ) -> None:
        """`app`: who is scoring (a calibration evaluation is shown only to its reviewer until the reveal);
        `reviewable`: whether a submitted evaluation offers the review window (not for calibration practice)."""
        super().__init__(parent)
        self.setObjectName("scoringPanel")
        self._reviewable = reviewable
        self._service = service
        self._app = app
        self.evaluation_id = evaluation_id
        self._scorecard = scorecard
        self._context = context
        self._suggestions = suggestions
        view = service.get(evaluation_id, viewer=app.actor)
        self._version = view.row_version
        self.read_only = view.state != "draft"

        self.score_label = QLabel(self)
        self.score_label.setObjectName("liveScore")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(QLabel(f"<b>{scorecard.name.get(language)}</b>", self), 1)
        header.addWidget(self.score_label)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        self.widgets: dict[str, CriterionWidget] = {}
        for section in scorecard.sections:
            bonus = self.tr("bonus")
            title = section.label.get(language) + (f" — {bonus}" if section.bonus else "")
            body_layout.addWidget(QLabel(f"<h3>{title}</h3>", body))
            for criterion in section.criteria:
                widget = CriterionWidget(
                    criterion, scorecard.root_causes, language, suggestions.get(criterion.key), body
                )
                widget.changed.connect(self._changed)
                widget.step_between_criteria()
                widget.step.connect(lambda step, w=widget: self.move_focus(step, w))
                widget.evidence_clicked.connect(self.evidence_clicked)
                if criterion.key in view.answers:
                    widget.set_answer(view.answers[criterion.key])
                self.widgets[criterion.key] = widget
                body_layout.addWidget(widget)
        body_layout.addStretch(1)
        scroll = VerticalScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self._scroll = scroll

        self.comment = QLineEdit(view.comment or "", self)
        self.comment.setObjectName("evaluationComment")
        self.comment.setPlaceholderText(self.tr("Overall comment"))
        self.comment.textEdited.connect(self._changed)
        self.submit_button = QPushButton(self.tr("Submit (Ctrl+Enter)"), self)
        self.submit_button.setObjectName("submitEvaluation")
        self.submit_button.clicked.connect(self.submit)
        self.review_button = QPushButton(self.tr("&Review, acknowledge or dispute…"), self)
        self.review_button.setObjectName("reviewEvaluation")
        self.review_button.clicked.connect(lambda: self.review_requested.emit(self.evaluation_id))
        self._body = body
        footer = QHBoxLayout()
        footer.addWidget(self.comment, 1)
        footer.addWidget(self.submit_button)
        footer.addWidget(self.review_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addLayout(footer)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        for keys, action in (
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self.submit),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter), self.submit),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Down), lambda: self.move_focus(1)),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Up), lambda: self.move_focus(-1)),
        ):
            QShortcut(keys, self, activated=action, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._missing: list[str] = []
        self._current: CriterionWidget | None = None
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._refresh()
        self._show_read_only(self.read_only)
        if self.read_only:
            self.status.setText(self.tr("Submitted: score {score}.").format(score=view.score))

    def _show_read_only(self, read_only: bool) -> None:
        """A submitted evaluation is shown as scored; changes go through the review dialog, with a reason."""
        self._body.setEnabled(not read_only)
        self.comment.setEnabled(not read_only)
        self.submit_button.setVisible(not read_only)
        self.review_button.setVisible(read_only and self._reviewable)

    def answers(self) -> dict[str, Answer]:
        return {key: answer for key, widget in self.widgets.items() if (answer := widget.answer()) is not None}

    def _refresh(self) -> None:
        answers = self.answers()
        # Conditions chain (C shows when B is answered, B when A is): a hidden criterion hides what depends on it.
        for key, shown in applicable_criteria(self._scorecard, answers, self._context).items():
            self.widgets[key].setVisible(shown)
        result = score(self._scorecard, answers, self._context)
        for key, widget in self.widgets.items():
            # A root cause is asked for only where the answer fails, so the panel stays short.
            widget.show_root_cause(result.criteria[key].failed)
        self._missing = [key for key in self.widgets if key in set(result.missing)]
        for key, widget in self.widgets.items():
            widget.mark(current=widget is self._current, missing=key in result.missing and not self.read_only)
        if result.missing and not any(widget.touched for widget in self.widgets.values()):
            # No score before the first answer: "100.00 so far" would promise what nobody has judged yet.
            text = self.tr("{count} to answer").format(count=len(result.missing))
        elif result.missing:
            text = self.tr("{score} so far — {count} to answer").format(score=result.score, count=len(result.missing))
        else:
            state = self.tr("passes") if result.passed else self.tr("does not pass")
            text = f"{result.score} — {state}"
        self.score_label.setText(f"<b>{text}</b>")

    def _changed(self) -> None:
        self._refresh()
        self._autosave.start()

    def move_focus(self, step: int, start: CriterionWidget | None = None) -> None:
        """To the next (or previous) visible criterion itself, where Y / N / A and digits answer it."""
        visible = [w for w in self.widgets.values() if w.isVisible()]
        if not visible:
            return
        if start is None:
            focused = QApplication.focusWidget()
            start = next((w for w in visible if w is focused or w.isAncestorOf(focused)), None)
        current = visible.index(start) if start in visible else -1
        self.focus_criterion(visible[max(0, min(len(visible) - 1, current + step))])

    def focus_criterion(self, widget: CriterionWidget) -> None:
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._scroll.ensureWidgetVisible(widget)

    def focus_first_unanswered(self) -> None:
        """Ctrl+E: the first criterion still to answer (else the first one), ready for the keyboard."""
        key = next((k for k in self._missing if self.widgets[k].isVisible()), None)
        if key is not None:
            self.focus_criterion(self.widgets[key])
        elif self.read_only:
            self.setFocus()
        else:
            self.move_focus(0, next((w for w in self.widgets.values() if w.isVisible()), None))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        try:
            self._mark_current(new)
        except RuntimeError:  # the panel's window is being torn down and its criteria are already gone
            return

    def _mark_current(self, new: QWidget | None) -> None:
        current = next((w for w in self.widgets.values() if new is not None and (w is new or w.isAncestorOf(new))),
                       None)  # fmt: skip
        if current is self._current or (current is None and new is not None and not self.isAncestorOf(new)):
            return  # focus went to another window or the transcript: the criterion being answered stays marked
        for widget in (self._current, current):
            if widget is not None:
                widget.mark(current=widget is current, missing=widget.criterion.key in self._missing)
        self._current = current

    def _suggestion_records(self, answers: dict[str, Answer]) -> dict[str, Suggested]:
        records = {}
        for key, suggestion in self._suggestions.items():
            answer = answers.get(key)
            accepted = answer is not None and not answer.not_applicable and answer.value == suggestion.value
            records[key] = Suggested(suggestion.value, accepted)
        return records

    def save(self) -> bool:
        """Autosave the draft; a conflict or a database problem is shown and nothing typed is thrown away."""
        if self.read_only:
            return True
        self._autosave.stop()
        answers = self.answers()
        try:
            self._version = self._service.save_draft(
                self.evaluation_id, answers, self.comment.text(), self._version, self._suggestion_records(answers)
            )
        except ConflictError as exc:
            self.status.setText(str(exc))
            return False
        except (EvaluationError, StorageError) as exc:
            self.status.setText(self.tr("Not saved: {reason}").format(reason=exc))
            return False
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Draft saved."))
        return True

    def submit(self) -> None:
        if self.read_only or not self.save():
            return
        try:
            result = self._service.submit(self.evaluation_id, self._app.actor)
        except (EvaluationError, StorageError) as exc:
            # Shown in place, beside the answers to fix, rather than in a box that hides them.
            self.status.setText(self.tr("Not submitted: {reason}").format(reason=exc))
            self.status.setStyleSheet(text_style(Tone.DANGER))
            return
        self.read_only = True
        self._show_read_only(True)
        self.status.setText(self.tr("Submitted: score {score}.").format(score=result.score))
        self.submitted.emit(result)
