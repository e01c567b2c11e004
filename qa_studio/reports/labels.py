"""Words shared by the reports and the app's pages, through the same translations: coaching and action states,
and answers as people read them (option labels rather than keys, N/A spelled out)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from qa_studio.domain import CHANNEL_LABELS
from qa_studio.i18n import QT_TRANSLATE_NOOP, tr
from qa_studio.scoring.model import Answer, Criterion, CriterionType


def channel_text(channel: str) -> str:
    """A channel as the list shows it (电话, 在线聊天 …); an unknown one as it is stored."""
    label = CHANNEL_LABELS.get(channel)
    return QCoreApplication.translate("InteractionColumns", label) if label else channel


def coaching_state(state: str) -> str:
    return {"planned": tr("planned"), "held": tr("held"), "followed_up": tr("followed up")}.get(state, state)


def action_state(state: str) -> str:
    return {"open": tr("open"), "done": tr("done"), "missed": tr("missed")}.get(state, state)


def _t(text: str) -> str:
    return QCoreApplication.translate("EvaluationColumns", text)


def plain_number(value: Any) -> str:
    """A number without trailing zeros: 4.5, 4, 0.25."""
    return f"{Decimal(str(value)).normalize():f}"


def answer_text(criterion: Criterion, answer: Answer | None, language: str) -> str:
    """How an answer reads to a person: option labels rather than keys, N/A spelled out."""
    if answer is None:
        return ""
    if answer.not_applicable:
        return _t(QT_TRANSLATE_NOOP("EvaluationColumns", "N/A"))
    value = answer.value
    if value is None:
        return ""
    if criterion.type in (CriterionType.YES_NO, CriterionType.YES_NO_NA):
        yes, no = QT_TRANSLATE_NOOP("EvaluationColumns", "Yes"), QT_TRANSLATE_NOOP("EvaluationColumns", "No")
        return {"yes": _t(yes), "no": _t(no)}.get(str(value), str(value))
    if criterion.type in (CriterionType.CHOICE, CriterionType.SELECT):
        option = criterion.option(str(value))
        return option.label.get(language) if option else str(value)
    if criterion.type == CriterionType.DEDUCTIONS:
        labels = [(o.label.get(language) if (o := criterion.option(k)) else k) for k in value or []]
        return "; ".join(labels) or _t(QT_TRANSLATE_NOOP("EvaluationColumns", "none"))
    if criterion.type == CriterionType.SCALE:
        return plain_number(value)
    return str(value)


def stored_answer(criterion_type: CriterionType, value: Any) -> Answer | None:
    """An answer as calibration stores it (a value, "na", or deductions joined by commas) as a scoring answer."""
    if value is None:
        return None
    if value == "na":
        return Answer(None, True)
    if criterion_type == CriterionType.DEDUCTIONS:
        return Answer([] if value == "none" else str(value).split(","))
    return Answer(value)


# An evaluation's state as people read it (the review window, the agent and team pages).
STATE_LABELS = {
    "submitted": QT_TRANSLATE_NOOP("EvaluationReviewDialog", "submitted, not yet acknowledged"),
    "acknowledged": QT_TRANSLATE_NOOP("EvaluationReviewDialog", "acknowledged by the agent"),
    "disputed": QT_TRANSLATE_NOOP("EvaluationReviewDialog", "disputed, waiting for a lead's decision"),
    "resolved": QT_TRANSLATE_NOOP("EvaluationReviewDialog", "disputes decided"),
}
