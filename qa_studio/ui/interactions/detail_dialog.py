"""A read-only look at one interaction: its details, who said what, and the recording's properties."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from qa_studio.services.interactions import InteractionDetail, InteractionQueries, RoleCorrection
from qa_studio.storage.database import StorageError
from qa_studio.ui.context import AppContext
from qa_studio.ui.geometry import fit_inside, preferred_size
from qa_studio.ui.interactions.model import CHANNEL_LABELS, translated
from qa_studio.ui.interactions.role_reasons import reason_text
from qa_studio.ui.theme import Tone, colour

TranscriptFactory = Callable[[InteractionDetail, QWidget], QWidget]
ScoringFactory = Callable[[int, QWidget], QWidget | None]
ROLE_TONES = {"agent": Tone.AGENT_BACKGROUND, "customer": Tone.NEUTRAL_BACKGROUND, "system": Tone.NOTICE_BACKGROUND}


class InteractionDialog(QDialog):
    def __init__(
        self,
        queries: InteractionQueries,
        corrections: RoleCorrection,
        context: AppContext,
        interaction_id: int,
        parent: QWidget | None = None,
        transcript_factory: TranscriptFactory | None = None,
        scoring_factory: ScoringFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interactionDialog")
        self._queries = queries
        self._corrections = corrections
        self._context = context
        self._interaction_id = interaction_id
        self._transcript_factory = transcript_factory
        self.transcript: QWidget | None = None
        self._scoring_factory = scoring_factory
        self.scoring: QWidget | None = None
        self.changed = False
        self._message_offsets: dict[int, int] = {}  # chat message → milliseconds from the start
        self.resize(preferred_size(self, 760, 640))
        # The conversation or transcript on the left; the scoring panel joins on the right when opened.
        self.splitter = QSplitter(self)
        root = QVBoxLayout(self)
        root.addWidget(self.splitter)
        left = QWidget(self.splitter)
        self._layout = QVBoxLayout(left)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(left)
        self.details = QFormLayout()
        self._layout.addLayout(self.details)
        self.roles_box = QGroupBox(self.tr("Who is who (decided by a rule; correct it if it is wrong)"), self)
        self.roles_layout = QFormLayout(self.roles_box)
        self._layout.addWidget(self.roles_box)
        self.body = QTextBrowser(self)
        self.body.setObjectName("conversationView")
        self.body.setAccessibleName(self.tr("Conversation"))
        self._layout.addWidget(self.body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        if scoring_factory is not None:
            self.score_button = buttons.addButton(
                self.tr("&Score this interaction"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.score_button.setObjectName("scoreButton")
            self.score_button.setToolTip(self.tr("Score this interaction (Ctrl+E)"))
            self.score_button.clicked.connect(self.open_scoring)
            QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E), self, activated=self.score_by_keyboard)
            self.moment_button = buttons.addButton(self.tr("Comment on this &moment"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)  # fmt: skip
            self.moment_button.setObjectName("momentButton")
            self.moment_button.setToolTip(self.tr(
                "Put the current moment (the call's position, or the chat message you clicked) into the comment "
                "being written, as [mm:ss] (Ctrl+M)"))  # fmt: skip
            self.moment_button.setEnabled(False)
            self.moment_button.clicked.connect(lambda: self.comment_on_moment())
            QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_M), self, activated=self.comment_on_moment)
        self._layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        detail = self._queries.detail(self._interaction_id)
        if detail is None:
            self.setWindowTitle(self.tr("Interaction not found"))
            self.body.setPlainText(self.tr("This interaction no longer exists."))
            return
        row = detail.row
        self.setWindowTitle(
            self.tr("Interaction {id} — {channel}").format(
                id=row.id, channel=translated(CHANNEL_LABELS.get(row.channel, row.channel))
            )
        )
        while self.details.rowCount():
            self.details.removeRow(0)
        fields = [
            (self.tr("Agent"), row.agent or "—"),
            (self.tr("Team"), row.team or "—"),
            (self.tr("Queue"), row.queue or "—"),
            (self.tr("Started"), row.started_at.strftime("%Y-%m-%d %H:%M:%S") if row.started_at else "—"),
            (self.tr("Customer"), row.customer_ref or "—"),
            (self.tr("External id"), row.external_id or "—"),
            (self.tr("Source"), f"{row.source} ({detail.source_format}, {detail.source_encoding or '—'})"),
        ]
        for label, value in fields:
            shown = QLabel(value, self)
            shown.setWordWrap(True)
            shown.setProperty("data", True)  # the interaction's own values, not interface text
            self.details.addRow(label, shown)
        self._fill_roles(detail)
        self.body.setHtml(self._body_html(detail))
        started = row.started_at or next((m.sent_at for m in detail.messages if m.sent_at), None)
        self._message_offsets = {
            m.seq: max(0, int((m.sent_at - started).total_seconds() * 1000))
            for m in detail.messages if m.sent_at is not None and started is not None
        }  # fmt: skip
        if detail.media is not None and self._transcript_factory is not None and self.transcript is None:
            self.resize(preferred_size(self, 1000, 820))
            self.body.setMaximumHeight(150)
            # The heading, the file, the duration with the sample rate and the channels with the format, however
            # little room the window has (a table row is taller than a line of text, more so in Chinese).
            self.body.setMinimumHeight(7 * self.body.fontMetrics().lineSpacing() + 2 * self.body.frameWidth() + 8)
            self.transcript = self._transcript_factory(detail, self)
            self._layout.insertWidget(self._layout.indexOf(self.body) + 1, self.transcript, 3)

    def open_scoring(self) -> QWidget | None:
        """Put the scoring panel beside the conversation or transcript."""
        if self.scoring is None and self._scoring_factory is not None:
            self.scoring = self._scoring_factory(self._interaction_id, self)
            if self.scoring is None:
                return None
            self.splitter.addWidget(self.scoring)
            wanted = preferred_size(self, 1400, 860)
            self.resize(max(self.width(), wanted.width()), max(self.height(), wanted.height()))
            fit_inside(self)
            self.splitter.setSizes([self.width() // 2, self.width() // 2])
            self.scoring.evidence_clicked.connect(self.show_evidence)
            QApplication.instance().focusChanged.connect(self._focus_changed)
            self.score_button.setEnabled(False)
            self.moment_button.setEnabled(True)
            self.changed = True
        return self.scoring

    def score_by_keyboard(self) -> None:
        """Ctrl+E: open the scoring panel if need be and put the keyboard on the first criterion still to answer."""
        panel = self.open_scoring()
        if panel is not None and hasattr(panel, "focus_first_unanswered"):
            panel.focus_first_unanswered()

    def current_moment(self) -> int | None:
        """Milliseconds from the start: the call's playing position, or the chat message under the text cursor."""
        if self.transcript is not None and hasattr(self.transcript, "player"):
            return int(self.transcript.player.position())
        block = self.body.textCursor().block()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                for name in iterator.fragment().charFormat().anchorNames():
                    if name.startswith("m") and name[1:].isdigit() and int(name[1:]) in self._message_offsets:
                        return self._message_offsets[int(name[1:])]
                iterator += 1
            block = block.previous()
        return None

    def comment_on_moment(self, field: QLineEdit | None = None) -> str | None:
        """Insert "[mm:ss] " into the comment being written (the focused one, else the overall comment)."""
        if self.scoring is None:
            return None
        if field is None:
            focused = QApplication.focusWidget()
            if isinstance(focused, QLineEdit) and self.scoring.isAncestorOf(focused):
                field = focused
            else:
                field = self._last_comment if self._last_comment is not None else self.scoring.comment
        moment = self.current_moment()
        if moment is None:
            hint = self.tr("Play the call to the moment, or click the chat message, first.")
            QMessageBox.information(self, self.tr("No moment chosen"), hint)
            return None
        seconds = moment // 1000
        hours, rest = divmod(seconds, 3600)
        stamp = (f"[{hours}:{rest // 60:02d}:{rest % 60:02d}] " if hours else f"[{rest // 60:02d}:{rest % 60:02d}] ")
        field.setFocus()
        field.insert(stamp)
        field.textEdited.emit(field.text())  # saved like typing
        return stamp.strip()

    _last_comment: QLineEdit | None = None

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The last comment field used, so a button click (which takes the focus) still knows where to write.
        if isinstance(new, QLineEdit) and self.scoring is not None and self.scoring.isAncestorOf(new):
            self._last_comment = new

    def show_evidence(self, link: str) -> None:
        """Jump to what proves a suggestion: a chat message, or a moment in the call."""
        kind, _sep, value = link.partition(":")
        if kind == "message":
            # Selected, not only scrolled to: in a short chat that is already in view, scrolling shows nothing.
            if not (value.isdigit() and self.select_message(int(value))):
                self.body.scrollToAnchor(f"m{value}")
        elif kind == "time" and self.transcript is not None and hasattr(self.transcript, "player"):
            self.transcript.player.seek(int(value))

    def show_hit(self, kind: str, position: int) -> None:
        """Open at a search hit: a chat or e-mail message scrolled to and selected, or the call at the segment's
        time (player and transcript); a comment about a moment goes to that moment."""
        if kind == "message":
            self.select_message(position)
        elif kind in ("segment", "comment") and position >= 0:
            if self.transcript is not None and hasattr(self.transcript, "player"):
                self.transcript.player.seek(position)
                row = self.transcript.model.row_at(position)
                if row >= 0:
                    self.transcript.table.selectRow(row)
                    self.transcript.table.scrollTo(self.transcript.model.index(row, 2))
            else:  # a chat: the last message sent at or before that moment
                said = [seq for seq, at in sorted(self._message_offsets.items()) if at <= position]
                if said:
                    self.select_message(said[-1])

    def select_message(self, seq: int) -> bool:
        """Scroll to message `seq` and select its text, as the reader's eye would land on it."""
        document = self.body.document()
        starts: dict[int, int] = {}
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                for name in fragment.charFormat().anchorNames():
                    if name.startswith("m") and name[1:].isdigit():
                        starts.setdefault(int(name[1:]), fragment.position())
                iterator += 1
            block = block.next()
        if seq not in starts:
            return False
        after = [at for number, at in starts.items() if at > starts[seq]]
        cursor = self.body.textCursor()
        cursor.setPosition(starts[seq])
        cursor.setPosition(min(after) - 1 if after else document.characterCount() - 1, QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.scrollToAnchor(f"m{seq}")
        return True

    def _fill_roles(self, detail: InteractionDetail) -> None:
        while self.roles_layout.rowCount():
            self.roles_layout.removeRow(0)
        self.roles_box.setVisible(bool(detail.role_rules))
        labels = {"agent": self.tr("Agent"), "customer": self.tr("Customer"), "system": self.tr("System")}
        for rule in detail.role_rules:
            combo = QComboBox(self)
            combo.setAccessibleName(self.tr("Role of {author}").format(author=rule["author"]))
            for value, label in labels.items():
                combo.addItem(label, value)
            combo.setCurrentIndex(combo.findData(rule["role"]))
            combo.currentIndexChanged.connect(
                lambda _i, author=rule["author"], box=combo: self._correct(author, box.currentData())
            )
            line = QWidget(self)
            line_layout = QHBoxLayout(line)
            line_layout.setContentsMargins(0, 0, 0, 0)
            line_layout.addWidget(combo)
            line_layout.addWidget(QLabel(reason_text(rule["reason"]), self), 1)
            self.roles_layout.addRow(rule["author"], line)

    def _correct(self, author: str, role: str) -> None:
        try:
            self._corrections.set_author_role(self._interaction_id, author, role, self._context.actor)
        except (StorageError, LookupError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Role not changed"), str(exc))
        else:
            self.changed = True
        # Reload after the combo box's signal has returned: reloading rebuilds the rows and deletes that combo box,
        # which must not happen while it is still emitting.
        QTimer.singleShot(0, self._load)

    def _body_html(self, detail: InteractionDetail) -> str:
        parts: list[str] = []
        if detail.row.subject and detail.row.channel == "email":
            parts.append(f"<h3>{html.escape(detail.row.subject)}</h3>")
        for message in detail.messages:
            when = message.sent_at.strftime("%H:%M:%S") if message.sent_at else ""
            muted = colour(Tone.MUTED)
            background = colour(ROLE_TONES.get(message.role, Tone.NEUTRAL_BACKGROUND))
            text = html.escape(message.text).replace("\n", "<br>")
            parts.append(
                f'<a name="m{message.seq}"></a>'
                f'<table width="100%" cellpadding="6" style="background:{background};margin-bottom:4px"><tr><td>'
                f"<b>{html.escape(message.author)}</b> <span style='color:{muted}'>{when}</span><br>{text}"
                "</td></tr></table>"
            )
        if detail.media is not None:
            media = detail.media
            # Two facts a line, the file first: above the player and transcript, the box shows the recording's
            # main facts in a few lines on a laptop.
            rows = [
                [(self.tr("File"), media.path)],
                [(self.tr("Duration"), f"{media.duration_ms / 1000:.1f} s"),
                 (self.tr("Sample rate"), f"{media.sample_rate} Hz")],
                [(self.tr("Channels"), self.tr("stereo") if media.channels == 2 else str(media.channels)),
                 (self.tr("Format"), f"{media.codec} / {media.container}")],
                [(self.tr("Size"), f"{media.size_bytes / 1024:.0f} KiB"),
                 (self.tr("Stored"),
                  self.tr("copied into the media library") if media.managed else self.tr("by reference"))],
                [(self.tr("SHA-256"), media.sha256)],
            ]  # fmt: skip
            span = {1: " colspan='3'", 2: ""}  # a fact alone on its line takes the line's width
            lines = ["<tr>" + "".join(f"<td><b>{html.escape(k)}</b></td><td{span[len(facts)]}>{html.escape(v)}</td>"
                                      for k, v in facts) + "</tr>" for facts in rows]
            heading = html.escape(self.tr("Recording"))
            parts.append(f"<p style='margin:0'><b>{heading}</b></p><table cellpadding='2'>{''.join(lines)}</table>")
        if not parts:
            parts.append(html.escape(self.tr("No messages.")))
        return "".join(parts)
