"""The scorecard as a reviewer will see it, answerable, with the score it would give."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from qa_studio.scoring.conditions import applicable_criteria
from qa_studio.scoring.engine import Answer, Context, score
from qa_studio.scoring.model import Scorecard
from qa_studio.ui.geometry import VerticalScrollArea
from qa_studio.ui.scoring.criterion_widget import CriterionWidget


class ScorecardPreview(QWidget):
    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.scorecard: Scorecard | None = None
        self.widgets: dict[str, CriterionWidget] = {}
        self.score_label = QLabel(self)
        self.score_label.setObjectName("previewScore")
        self.scroll = VerticalScrollArea(self)
        self.scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.score_label)
        layout.addWidget(self.scroll, 1)

    def show_scorecard(self, scorecard: Scorecard | None) -> None:
        """Rebuild for a valid scorecard; keeps the answers tried so far where the criteria still exist."""
        kept = self.answers()
        self.scorecard = scorecard
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.widgets = {}
        if scorecard is None:
            layout.addWidget(QLabel(self.tr("Fix the problems listed below to see the preview."), body))
        else:
            for section in scorecard.sections:
                bonus = self.tr("bonus")
                title = section.label.get(self.language) + (f" — {bonus}" if section.bonus else "")
                layout.addWidget(QLabel(f"<h3>{title}</h3>", body))
                for criterion in section.criteria:
                    widget = CriterionWidget(criterion, scorecard.root_causes, self.language, None, body)
                    if criterion.key in kept:
                        widget.set_answer(kept[criterion.key])
                    widget.changed.connect(self.refresh)
                    self.widgets[criterion.key] = widget
                    layout.addWidget(widget)
        layout.addStretch(1)
        self.scroll.setWidget(body)
        self.refresh()

    def answers(self) -> dict[str, Answer]:
        return {key: answer for key, widget in self.widgets.items() if (answer := widget.answer()) is not None}

    def refresh(self) -> None:
        if self.scorecard is None:
            self.score_label.setText("")
            return
        answers, context = self.answers(), Context(channel=self.scorecard.channel)
        for key, shown in applicable_criteria(self.scorecard, answers, context).items():
            self.widgets[key].setVisible(shown)
        result = score(self.scorecard, answers, context)
        verdict = self.tr("passes") if result.passed else self.tr("does not pass")
        reached = self.scorecard.band_for(float(result.score))
        band = reached.label.get(self.language) if reached else ""
        self.score_label.setText(
            self.tr("<b>Preview score: {score}</b> — {verdict} {band}").format(
                score=result.score, verdict=verdict, band=f"({band})" if band else ""
            )
        )
