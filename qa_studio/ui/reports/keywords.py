"""Keyword spotting on the team page: how many interactions per month mention each keyword list (the team, then each
agent), and the dialog where leads and administrators keep the lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qa_studio.reports.keyword_sheet import keyword_rows
from qa_studio.services.keywords import MANAGERS, KeywordError, KeywordService
from qa_studio.services.keywords import KeywordCounts as Counts
from qa_studio.ui.reports.root_causes import _cell, _table


class KeywordPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keywordPanel")
        self.table = _table("teamKeywords", [
            self.tr("Keyword list"), self.tr("Month"), self.tr("Agent"), self.tr("Interactions mentioning"),
            self.tr("Mentions")], self)  # fmt: skip
        self.table.setAccessibleName(self.tr("Interactions that mention each keyword list, per month and agent"))
        self.note = QLabel(self.tr(
            "Interactions whose messages or transcript lines hold a phrase of the list (any case, inside longer "
            "words too), per month; the team's total first, then each agent. Mentions: the lines that hold one."),
            self)  # fmt: skip
        self.note.setWordWrap(True)
        self.note.setProperty("hint", True)
        self.manage = QPushButton(self.tr("Keyword &lists…"), self)
        self.manage.setObjectName("manageKeywords")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.manage)
        layout.addLayout(bottom)

    def show_counts(self, counts: Counts | None) -> None:
        rows = keyword_rows(counts) if counts is not None else []
        self.table.setRowCount(len(rows))
        whole = self.tr("Whole team")
        bold = QFont(self.font())
        bold.setBold(True)
        for number, row in enumerate(rows):
            name, month, agent, interactions, mentions = row
            total = agent is None
            for column, value in enumerate((name, month[:7], agent or whole, interactions, mentions)):
                item = _cell(value, number=column >= 3)
                if total:
                    item.setFont(bold)
                self.table.setItem(number, column, item)
        self.table.resizeColumnsToContents()


class KeywordListsDialog(QDialog):
    """The team's keyword lists: one phrase a line. Leads and administrators change them; everyone else reads."""

    def __init__(self, service: KeywordService, actor: str, role: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keywordListsDialog")
        self.setWindowTitle(self.tr("Keyword lists"))
        self._service = service
        self._actor = actor
        self.changed = False
        self.lists = QListWidget(self)
        self.lists.setObjectName("keywordLists")
        self.lists.setAccessibleName(self.tr("Keyword lists"))
        self.name = QLineEdit(self)
        self.name.setObjectName("keywordListName")
        self.phrases = QPlainTextEdit(self)
        self.phrases.setObjectName("keywordPhrases")
        self.phrases.setPlaceholderText(self.tr("One phrase a line, e.g. 投诉, 12315, 律师, cancellation"))
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Phrases"), self.phrases)
        self.new = QPushButton(self.tr("Ne&w list"), self)
        self.save = QPushButton(self.tr("&Save list"), self)
        self.save.setObjectName("saveKeywordList")
        self.remove = QPushButton(self.tr("&Remove list"), self)
        self.remove.setObjectName("removeKeywordList")
        buttons = QHBoxLayout()
        for button in (self.new, self.save, self.remove):
            buttons.addWidget(button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        may_change = role in MANAGERS
        if not may_change:
            hint = QLabel(self.tr("Leads and administrators change the keyword lists."), self)
            hint.setProperty("hint", True)
            right.addWidget(hint)
        for widget in (self.name, self.new, self.save, self.remove):
            widget.setEnabled(may_change)
        self.phrases.setReadOnly(not may_change)
        body = QHBoxLayout()
        body.addWidget(self.lists, 1)
        body.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        root.addLayout(body)
        root.addWidget(close)
        self.lists.currentTextChanged.connect(self._show)
        self.new.clicked.connect(self._new)
        self.save.clicked.connect(self.save_list)
        self.remove.clicked.connect(self.remove_list)
        self._reload()

    def _reload(self, current: str | None = None) -> None:
        self._kept = {k.name: k.phrases for k in self._service.lists()}
        self.lists.blockSignals(True)
        self.lists.clear()
        self.lists.addItems(list(self._kept))
        self.lists.blockSignals(False)
        matches = self.lists.findItems(current or "", Qt.MatchFlag.MatchExactly) if current else []
        if matches:
            self.lists.setCurrentItem(matches[0])
        elif self.lists.count():
            self.lists.setCurrentRow(0)
        self._show(self.lists.currentItem().text() if self.lists.currentItem() else "")

    def _show(self, name: str) -> None:
        self.name.setText(name)
        self.phrases.setPlainText("\n".join(self._kept.get(name, [])))

    def _new(self) -> None:
        self.lists.clearSelection()
        self.name.clear()
        self.phrases.clear()
        self.name.setFocus()

    def save_list(self) -> None:
        name = self.name.text().strip()
        wanted = [line.strip() for line in self.phrases.toPlainText().splitlines() if line.strip()]
        try:
            self._service.add(name, wanted, self._actor)
            gone = [p for p in self._service_phrases(name) if p.casefold() not in {w.casefold() for w in wanted}]
            if gone:
                self._service.remove(name, self._actor, gone)
        except KeywordError as exc:
            QMessageBox.warning(self, self.tr("Keyword list not saved"), str(exc))
            return
        self.changed = True
        self._reload(name)

    def _service_phrases(self, name: str) -> list[str]:
        return next((k.phrases for k in self._service.lists() if k.name == name), [])

    def remove_list(self) -> None:
        item = self.lists.currentItem()
        if item is None:
            return
        try:
            self._service.remove(item.text(), self._actor)
        except KeywordError as exc:
            QMessageBox.warning(self, self.tr("Keyword list not removed"), str(exc))
            return
        self.changed = True
        self._reload()
