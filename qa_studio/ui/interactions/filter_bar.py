"""Filters above the interaction list: agent, team, channel, status, AutoQA result, date range and free text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from qa_studio.services.interactions import InteractionFilter
from qa_studio.ui.interactions.model import CHANNEL_LABELS, STATUS_LABELS, translated


class FilterBar(QWidget):
    filter_changed = Signal(object)

    SEARCH_DELAY_MS = 250

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.search = QLineEdit(self)
        self.search.setObjectName("searchEdit")
        self.search.setPlaceholderText(self.tr("Search names, ids, subjects and messages…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))

        self.agent = self._combo("agentFilter", self.tr("Agent"), self.tr("All agents"))
        self.team = self._combo("teamFilter", self.tr("Team"), self.tr("All teams"))
        self.channel = self._combo("channelFilter", self.tr("Channel"), self.tr("All channels"))
        for value, label in CHANNEL_LABELS.items():
            self.channel.addItem(translated(label), value)
        self.status = self._combo("statusFilter", self.tr("Status"), self.tr("Any status"))
        for value, label in STATUS_LABELS.items():
            self.status.addItem(translated(label), value)

        self.auto = self._combo("autoFilter", self.tr("Automatic result"), self.tr("Any automatic result"))
        self.auto.addItem(self.tr("Auto score under 70"), "below:70")
        self.auto.addItem(self.tr("Auto score under 60"), "below:60")
        self.auto.addItem(self.tr("Fatal suspected"), "fatal")

        self.use_dates = QCheckBox(self.tr("From"), self)
        self.use_dates.setObjectName("dateRangeCheck")
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1), self)
        self.date_to = QDateEdit(today, self)
        for edit, name in ((self.date_from, self.tr("From date")), (self.date_to, self.tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.setAccessibleName(name)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)

        layout.addWidget(self.search, 3)
        for widget in (self.agent, self.team, self.channel, self.status, self.auto):
            layout.addWidget(widget, 1)
        layout.addWidget(self.use_dates)
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel(self.tr("to"), self))
        layout.addWidget(self.date_to)
        layout.addWidget(self.clear_button)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.agent, self.team, self.channel, self.status, self.auto):
            combo.currentIndexChanged.connect(self._emit)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self._emit)
        self.date_to.dateChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)

    def _combo(self, name: str, accessible: str, any_label: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(any_label, None)
        return combo

    def set_choices(self, agents: list[tuple[int, str]], teams: list[tuple[int, str]]) -> None:
        """Refill the agent and team lists, keeping the current choice when it still exists."""
        for combo, items in ((self.agent, agents), (self.team, teams)):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for item_id, name in items:
                combo.addItem(name, item_id)
            position = combo.findData(current)
            combo.setCurrentIndex(position if position >= 0 else 0)
            combo.blockSignals(False)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._emit()

    @staticmethod
    def _to_date(value: QDate) -> date:
        return date(value.year(), value.month(), value.day())

    def current(self) -> InteractionFilter:
        dates = self.use_dates.isChecked()
        auto = self.auto.currentData() or ""
        return InteractionFilter(
            agent_id=self.agent.currentData(),
            team_id=self.team.currentData(),
            channel=self.channel.currentData(),
            status=self.status.currentData(),
            date_from=self._to_date(self.date_from.date()) if dates else None,
            date_to=self._to_date(self.date_to.date()) if dates else None,
            text=self.search.text(),
            auto_score_below=float(auto.split(":")[1]) if auto.startswith("below:") else None,
            fatal_suspected=auto == "fatal",
        )

    def clear(self) -> None:
        for widget in (self.search, self.agent, self.team, self.channel, self.status, self.auto, self.use_dates):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.agent, self.team, self.channel, self.status, self.auto):
            combo.setCurrentIndex(0)
        self.use_dates.setChecked(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        for widget in (self.search, self.agent, self.team, self.channel, self.status, self.auto, self.use_dates):
            widget.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self._search_timer.stop()
        self.filter_changed.emit(self.current())
