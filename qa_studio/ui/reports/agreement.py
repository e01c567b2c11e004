"""The AutoQA tab of the team page: per criterion with an evidence check, how far the automatic answer agrees with
reviewers (percent and Cohen's κ over the team's interactions scored both ways in the period), and what that means
for trusting the check."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.reports.figures import number_text
from qa_studio.services.autoqa import CriterionAgreement
from qa_studio.ui.reports.root_causes import _cell, _table
from qa_studio.ui.theme import Tone, brush

FEWEST_PAIRS = 10  # below this many interactions scored both ways, κ says little
TRUST = 0.6  # κ from here: substantial agreement (Landis and Koch)
CHECK = 0.4  # κ from here: moderate; below: fair or poor
VERDICTS = {
    "trust": (QT_TRANSLATE_NOOP("AutoQaAgreement", "Trust it"), Tone.SUCCESS),
    "check": (QT_TRANSLATE_NOOP("AutoQaAgreement", "Check by hand"), Tone.WARNING),
    "distrust": (QT_TRANSLATE_NOOP("AutoQaAgreement", "Do not rely on it"), Tone.DANGER),
    "same": (QT_TRANSLATE_NOOP("AutoQaAgreement", "Always the same answer: κ cannot tell"), Tone.MUTED),
    "few": (QT_TRANSLATE_NOOP("AutoQaAgreement", "Too few scored both ways"), Tone.MUTED),
}


def verdict(row: CriterionAgreement) -> str:
    """trust, check, distrust, same (κ undefined: both always gave one answer) or few (too few pairs)."""
    if row.interactions < FEWEST_PAIRS:
        return "few"
    if row.kappa is None:
        return "same"
    return "trust" if row.kappa >= TRUST else "check" if row.kappa >= CHECK else "distrust"


class AgreementPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("autoqaAgreement")
        self.language = "en"
        self.table = _table("agreementTable", [
            self.tr("Criterion"), self.tr("Scored both ways"), self.tr("Agreement"), self.tr("κ"),
            self.tr("Verdict")], self)  # fmt: skip
        self.table.setAccessibleName(self.tr("Agreement of the automatic answers with reviewers, per criterion"))
        self.note = QLabel(self.tr(
            "Over this team's interactions in the period that AutoQA and a reviewer both answered (submitted "
            "evaluations, not calibration). κ (Cohen's kappa) discounts the agreement expected by chance: from 0.6 "
            "trust the check, 0.4–0.6 check by hand, below 0.4 do not rely on it; fewer than {n} interactions "
            "say little.").format(n=FEWEST_PAIRS), self)  # fmt: skip
        self.note.setWordWrap(True)
        self.note.setProperty("hint", True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def show_rows(self, rows: list[CriterionAgreement]) -> None:
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            label = row.label_zh if self.language == "zh" and row.label_zh else row.label
            text, tone = VERDICTS[verdict(row)]
            said = _cell(QCoreApplication.translate("AutoQaAgreement", text))
            said.setForeground(brush(tone))
            percent = None if row.percent is None else f"{row.percent:.0f} %"
            for column, item in enumerate((_cell(label), _cell(row.interactions, number=True),
                                           _cell(percent or "—", number=True),
                                           _cell(number_text(row.kappa, 2), number=True), said)):  # fmt: skip
                self.table.setItem(number, column, item)
        self.table.resizeColumnsToContents()
