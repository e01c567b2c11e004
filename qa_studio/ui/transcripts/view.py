"""A call's transcript beside its audio: highlight follows playback, click to seek, search, correct, export."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from qa_studio.services.transcription import StoredTranscript, TranscriptionService
from qa_studio.settings import TRANSCRIPT_REDACT, Settings
from qa_studio.storage.database import StorageError
from qa_studio.transcribe.diarize import SpeakerRule
from qa_studio.transcribe.exports import ExportFormat, export
from qa_studio.transcribe.redaction import localise_masks, redact
from qa_studio.ui.context import AppContext
from qa_studio.ui.transcripts.player import Player
from qa_studio.ui.transcripts.player_bar import PlayerBar
from qa_studio.ui.transcripts.segment_model import START_ROLE, SegmentTableModel, clock


class TranscriptView(QWidget):
    corrected = Signal()

    def __init__(
        self,
        service: TranscriptionService,
        context: AppContext,
        interaction_id: int,
        media_path: Path,
        player: Player,
        settings: Settings,
        metrics: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        *,
        may_unmask: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptView")
        self._service = service
        self._context = context
        self._interaction_id = interaction_id
        self._settings = settings
        self._stored: StoredTranscript | None = None
        self.player = player
        self.player.setParent(self)
        self.player.error.connect(
            lambda text: self.status.setText(self.tr("Playback problem: {text}").format(text=text))
        )

        self.bar = PlayerBar(player, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("transcriptSearch")
        self.search.setPlaceholderText(self.tr("Find in transcript (Enter for next)…"))
        self.search.returnPressed.connect(self.find_next)
        self.redacted = QCheckBox(self.tr("Mask card, phone and ID numbers"), self)
        self._may_unmask = may_unmask
        self.redacted.setChecked(settings.get(TRANSCRIPT_REDACT) or not may_unmask)
        if not may_unmask:
            self.redacted.setEnabled(False)
            self.redacted.setToolTip(self.tr("Your role may not see unmasked transcripts."))
        self.redacted.toggled.connect(self._redaction_changed)
        self.export_button = QPushButton(self.tr("Export…"), self)
        menu = QMenu(self.export_button)
        for fmt in ExportFormat:
            menu.addAction(fmt.value.upper(), lambda fmt=fmt: self.export_to_file(fmt))
        self.export_button.setMenu(menu)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.redacted)
        tools.addWidget(self.export_button)

        self.model = SegmentTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("segmentTable")
        self.table.setAccessibleName(self.tr("Transcript segments"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        # Rows grow with wrapped text as the column width changes, so long turns stay readable.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self.seek_to_segment)

        self.words = QTextBrowser(self)
        self.words.setObjectName("wordStrip")
        self.words.setAccessibleName(self.tr("Words of the current segment"))
        self.words.setOpenLinks(False)
        self.words.setMaximumHeight(64)
        self.words.anchorClicked.connect(self._word_clicked)
        self.metrics = QLabel(self)
        self.metrics.setWordWrap(True)
        self.status = QLabel(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.words)
        layout.addWidget(self.metrics)
        layout.addWidget(self.status)

        player.position_changed.connect(self._position)
        self.show_metrics(metrics)
        self.reload()
        player.load(media_path)

    def reload(self) -> None:
        try:
            self._stored = self._service.current_transcript(self._interaction_id, masked=not self._may_unmask)
        except StorageError as exc:
            self.status.setText(str(exc))
            return
        if self._stored is None:
            self.model.set_segments([])
            self.status.setText(self.tr("Not transcribed yet: use Transcribe in the main window."))
            return
        self.model.set_segments(self._stored.segments, self._stored.edited)
        self._redaction_changed(self.redacted.isChecked())
        status = self.tr("Transcript version {version}, {model}, language {language}").format(
            version=self._stored.version, model=self._stored.model, language=self._stored.language or "?"
        )
        rule = self.speaker_rule_text()
        self.status.setText(f"{status} — {rule}" if rule else status)

    def speaker_rule_text(self) -> str:
        """How a mono call's agent was named, so the reviewer can judge it (and flip it when transcribing again)."""
        stored = self._stored
        if stored is None or stored.speaker_rule is None:
            return ""
        if stored.speaker_rule == SpeakerRule.ONE:
            return self.tr("One voice heard: not split into agent and customer.")
        if stored.speaker_rule == SpeakerRule.GREETING:
            rule = self.tr("Agent = the speaker who said “{greeting}”").format(greeting=stored.greeting or "")
        else:
            rule = self.tr("Agent = the speaker who spoke first")
        if stored.swapped:
            rule = self.tr("{rule}, swapped by the reviewer").format(rule=rule)
        return self.tr("{rule}. To flip it, transcribe the call again with options and tick “Swap agent and "
                       "customer in mono calls”.").format(rule=rule)  # fmt: skip

    def show_metrics(self, metrics: dict[str, Any] | None) -> None:
        if not metrics:
            self.metrics.clear()
            return
        ratio = metrics.get("agent_talk_ratio")
        self.metrics.setText(
            self.tr(
                "Agent talk {agent} · customer talk {customer} · agent share {ratio} · longest silence {silence} "
                "at {at} · longest pause between turns {pause} · overtalk {overtalk} · holds {holds}"
            ).format(
                agent=clock(metrics["agent_talk_ms"] + metrics.get("other_talk_ms", 0)),
                customer=clock(metrics["customer_talk_ms"]),
                ratio=f"{ratio * 100:.0f} %" if ratio is not None else "—",
                silence=f"{metrics['longest_silence_ms'] / 1000:.0f} s",
                at=clock(metrics["longest_silence_at_ms"]),
                pause=self._pause(metrics),
                overtalk=f"{metrics['overtalk_ms'] / 1000:.1f} s",
                holds=metrics["holds"],
            )
        )

    def _pause(self, metrics: dict[str, Any]) -> str:
        # Metrics stored before pauses were measured have none; the transcript's next version will.
        if "longest_pause_ms" not in metrics:
            return "—"
        if metrics.get("longest_pause_at_ms") is None:
            return self.tr("none")
        return self.tr("{pause} at {at}").format(pause=f"{metrics['longest_pause_ms'] / 1000:.0f} s",
                                                 at=clock(metrics["longest_pause_at_ms"]))  # fmt: skip

    def _redaction_changed(self, on: bool) -> None:
        if self.redacted.isEnabled():
            self._settings.set(TRANSCRIPT_REDACT, on)
        self.model.set_redacted(on)
        self.model.set_editing(self._edit)
        self._show_words(self.model.current_row)

    def _edit(self, row: int, text: str | None, speaker: str | None) -> None:
        assert self._stored is not None
        try:
            self._service.correct_segment(
                self._stored.segment_ids[row], text=text, speaker=speaker, actor=self._context.actor,
                masked=not self._may_unmask,
            )
        except (StorageError, LookupError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Correction not saved"), str(exc))
            return
        self.reload()
        self.corrected.emit()

    def _position(self, position_ms: int) -> None:
        previous = self.model.current_row
        row = self.model.set_position(position_ms)
        if row != previous:
            if row >= 0:
                self.table.scrollTo(self.model.index(row, 2), QAbstractItemView.ScrollHint.EnsureVisible)
            self._show_words(row)

    def _show_words(self, row: int) -> None:
        if row < 0:
            self.words.clear()
            return
        segment = self.model.segment(row)
        if not segment.words or self.redacted.isChecked():
            self.words.setPlainText(self.model.shown_text(row))
            return
        links = "".join(
            f'<a href="word:{w.start_ms}" style="text-decoration:none">{html.escape(w.text)}</a>' for w in segment.words
        )
        self.words.setHtml(links)

    def _word_clicked(self, url: QUrl) -> None:
        self.player.seek(int(url.toString().split(":", 1)[1]))

    def seek_to_segment(self, index: QModelIndex) -> None:
        start = index.data(START_ROLE)
        if start is not None:
            self.player.seek(int(start))

    def find_next(self) -> int:
        """Select the next segment containing the search text, wrapping around; -1 when none does."""
        needle = self.search.text().strip().casefold()
        count = self.model.rowCount()
        if not needle or not count:
            return -1
        current = self.table.currentIndex().row()
        for step in range(1, count + 1):
            row = (current + step) % count
            if needle in str(self.model.index(row, 2).data()).casefold():
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 2))
                return row
        self.status.setText(self.tr("No segment contains “{text}”.").format(text=self.search.text()))
        return -1

    def export_text(self, fmt: ExportFormat) -> str:
        assert self._stored is not None
        segments = self._stored.segments
        if self.redacted.isChecked():
            segments = [type(s)(s.start_ms, s.end_ms, localise_masks(redact(s.text)), s.speaker) for s in segments]
        return export(
            segments, fmt, interaction_id=self._interaction_id, version=self._stored.version,
            model=self._stored.model, language=self._stored.language,
        )  # fmt: skip

    def export_to_file(self, fmt: ExportFormat) -> None:
        if self._stored is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export transcript"), f"interaction-{self._interaction_id}.{fmt.value}"
        )
        if path:
            Path(path).write_text(self.export_text(fmt), encoding="utf-8")
            self.status.setText(self.tr("Saved {path}").format(path=path))
