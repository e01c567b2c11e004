"""The calibration window: sessions on top; below, the selected session's status board (who has finished —
never their answers), and after the reveal the grid of answers, each reviewer against the benchmark, and the
agreement statistics with the lead's notes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qa_studio.reports.figures import interval_text
from qa_studio.services.calibration_package import CalibrationPackages
from qa_studio.services.calibration_sessions import (
    CalibrationError,
    CalibrationService,
    SessionResults,
    SessionSummary,
)
from qa_studio.services.evaluations import EvaluationError
from qa_studio.services.interactions import InteractionQueries
from qa_studio.services.sampling import SamplingService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import StorageError
from qa_studio.ui.calibration.models import (
    BoardModel,
    CriterionStatsModel,
    DriftModel,
    GridModel,
    ReviewerStatsModel,
    SessionsModel,
    number,
)
from qa_studio.ui.calibration.new_session import NewSessionDialog
from qa_studio.ui.context import AppContext
from qa_studio.ui.geometry import preferred_size
from qa_studio.ui.tasks import Task

# Most sessions a lead keeps in view above the tabs before the list scrolls.
SESSIONS_SHOWN = 6


def _table(model: object, name: str, parent: QWidget, stretch: bool = True) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # One line per row, as tall as the text needs: a laptop shows every reviewer and several criteria at once, and
    # a value too wide for its column is cut with "…" rather than wrapped into the row below.
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().lineSpacing() + 8)
    rows.hide()
    table.horizontalHeader().setStretchLastSection(stretch)
    return table


def _columns(table: QTableView, fitted: tuple[int, ...], stretched: int | None = None) -> None:
    """Columns as wide as their header and values (`fitted`), one taking the room left (`stretched`)."""
    header = table.horizontalHeader()
    for column in fitted:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    if stretched is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)


def rows_height(table: QTableView, rows: int) -> int:
    """The height that shows the header and `rows` rows without a scroll bar."""
    # Before its columns are known the header hints at no height; it is at least one line of text then.
    header = max(table.horizontalHeader().sizeHint().height(), table.verticalHeader().defaultSectionSize())
    return header + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()


class CalibrationWindow(QDialog):
    score_requested = Signal(int, int)  # session, interaction: score it blind
    consensus_requested = Signal(int, int)  # session, interaction: the lead records the agreed answers
    changed = Signal()  # a session created, revealed, closed or answered: other windows (My work) follow

    def __init__(
        self,
        service: CalibrationService,
        scorecards: ScorecardService,
        queries: InteractionQueries,
        context: AppContext,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calibrationWindow")
        self.setWindowTitle(self.tr("Calibration"))
        self.resize(preferred_size(self, 1300, 860))
        self.service, self.scorecards, self.queries = service, scorecards, queries
        self.context, self.runner, self.language = context, context.runner, language
        # Another person signing in sees their own sessions and acts as themselves from then on.
        context.user_changed.connect(lambda _user: self.refresh())
        # A scoring submitted in another window, a session created elsewhere: the board follows.
        context.bus.interactions_changed.connect(self.refresh)
        self.results: SessionResults | None = None
        self.package_keys: dict[str, str] = {}  # of the package exported last, as shown to the lead

        self.sessions = SessionsModel(self)
        self.sessions_table = _table(self.sessions, "calibrationSessions", self)
        _columns(self.sessions_table, (1, 2, 3, 4), stretched=0)
        self.sessions_table.selectionModel().selectionChanged.connect(lambda *_: self.load_session())
        self.new_button = QPushButton(self.tr("&New session…"), self)
        self.new_button.clicked.connect(self.new_session)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.refresh)
        # Teams without a shared server: a package out to each reviewer, an answers file back to the lead.
        self.export_package_button = QPushButton(self.tr("Export &package…"), self)
        self.export_package_button.setToolTip(self.tr("For reviewers without access to this database"))
        self.export_package_button.clicked.connect(lambda: self.export_package())
        self.import_package_button = QPushButton(self.tr("&Import package…"), self)
        self.import_package_button.clicked.connect(lambda: self.import_package())
        self.export_answers_button = QPushButton(self.tr("Export my &answers…"), self)
        self.export_answers_button.clicked.connect(lambda: self.export_answers())
        self.import_answers_button = QPushButton(self.tr("Import a reviewer's answers…"), self)
        self.import_answers_button.clicked.connect(lambda: self.import_answers())
        top_buttons = QHBoxLayout()
        top_buttons.addWidget(self.new_button)
        for button in (self.export_package_button, self.import_answers_button, self.import_package_button,
                       self.export_answers_button):  # fmt: skip
            top_buttons.addWidget(button)
        top_buttons.addStretch(1)
        top_buttons.addWidget(refresh)
        self.top = top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.sessions_table)
        top_layout.addLayout(top_buttons)

        # Status board ------------------------------------------------------------------------------------------
        self.board = BoardModel(self)
        self.board_table = _table(self.board, "calibrationBoard", self, stretch=False)
        self.board_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.board_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.progress = QLabel(self)
        self.score_button = QPushButton(self.tr("&Score an item…"), self)
        self.score_button.setToolTip(self.tr("Score the selected interaction blind: nobody sees your answers until "
                                             "the lead reveals the session"))  # fmt: skip
        self.score_button.clicked.connect(self.score_item)
        self.reveal_button = QPushButton(self.tr("&Reveal answers"), self)
        self.reveal_button.clicked.connect(self.reveal)
        status = QWidget(self)
        status_layout = QVBoxLayout(status)
        status_layout.addWidget(self.progress)
        status_layout.addWidget(self.board_table, 1)
        status_buttons = QHBoxLayout()
        status_buttons.addWidget(self.score_button)
        status_buttons.addStretch(1)
        status_buttons.addWidget(self.reveal_button)
        status_layout.addLayout(status_buttons)

        # Results -----------------------------------------------------------------------------------------------
        self.hidden = QLabel(self.tr("Answers stay hidden until the lead reveals the session: nobody — the lead "
                                     "included — can see anyone else's answers before that."), self)  # fmt: skip
        self.hidden.setWordWrap(True)
        self.hidden.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.item_choice = QComboBox(self)
        self.item_choice.setAccessibleName(self.tr("Interaction to compare"))
        self.item_choice.currentIndexChanged.connect(self._show_grid)
        self.grid = GridModel(language, self)
        self.grid_table = _table(self.grid, "calibrationGrid", self)
        self.grid_table.setColumnWidth(0, 280)
        self.grid_table.horizontalHeader().setDefaultSectionSize(170)
        self.grid_table.setMinimumHeight(rows_height(self.grid_table, 3))
        self.grid_summary = QLabel(self)
        self.reviewer_stats = ReviewerStatsModel(self)
        self.reviewer_table = _table(self.reviewer_stats, "calibrationReviewers", self)
        self.reviewer_table.setMinimumHeight(rows_height(self.reviewer_table, 3))
        self.reviewer_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.criterion_stats = CriterionStatsModel(language, self)
        self.criterion_table = _table(self.criterion_stats, "calibrationCriteria", self)
        self.criterion_table.setColumnWidth(0, 260)
        _columns(self.criterion_table, (1, 2, 3, 4))
        self.criterion_table.setMinimumHeight(rows_height(self.criterion_table, 3))
        self.overall = QLabel(self)
        self.overall.setWordWrap(True)
        self.consensus_button = QPushButton(self.tr("Record the &consensus…"), self)
        self.consensus_button.setToolTip(self.tr("The agreed answers for this interaction; they become the "
                                                 "benchmark when there is no expert"))  # fmt: skip
        self.consensus_button.clicked.connect(self.record_consensus)
        self.note_button = QPushButton(self.tr("&Note on criterion…"), self)
        self.note_button.clicked.connect(self.write_note)
        self.close_button = QPushButton(self.tr("C&lose session"), self)
        self.close_button.clicked.connect(self.close_session)
        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Interaction:"), self))
        chooser.addWidget(self.item_choice, 1)
        chooser.addWidget(self.consensus_button)
        results_layout.addLayout(chooser)
        results_layout.addWidget(self.grid_table, 3)
        results_layout.addWidget(self.grid_summary)
        results_layout.addWidget(QLabel(self.tr("<b>Each reviewer against the benchmark</b>"), self))
        results_layout.addWidget(self.reviewer_table)
        results_layout.addWidget(QLabel(self.tr("<b>Agreement per criterion</b>"), self))
        results_layout.addWidget(self.criterion_table, 2)
        results_layout.addWidget(self.overall)
        result_buttons = QHBoxLayout()
        result_buttons.addWidget(self.note_button)
        result_buttons.addStretch(1)
        result_buttons.addWidget(self.close_button)
        results_layout.addLayout(result_buttons)
        self.results_stack = QStackedWidget(self)
        self.results_stack.addWidget(self.hidden)
        self.results_stack.addWidget(results)

        self.drift = DriftModel(self)
        self.drift_table = _table(self.drift, "calibrationDrift", self, stretch=False)
        self.drift_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        drift_page = QWidget(self)
        drift_layout = QVBoxLayout(drift_page)
        explanation = self.tr(
            "Each reviewer's average deviation from the benchmark in points, in every revealed session, oldest "
            "first: below 0 stricter, above 0 more lenient; in brackets, the share of their evaluations within the "
            "tolerance."
        )
        explained = QLabel(explanation, self)
        explained.setWordWrap(True)  # a long line would set the window's least width
        drift_layout.addWidget(explained)
        drift_layout.addWidget(self.drift_table, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(status, self.tr("&Status"))
        self.tabs.addTab(self.results_stack, self.tr("Res&ults"))
        self.tabs.addTab(drift_page, self.tr("&Drift over time"))
        self.tabs.currentChanged.connect(lambda index: index == 2 and self.load_drift())
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)  # a taller window gives the room to the tabs; the list keeps its rows
        self.splitter.setSizes([130, 730])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.refresh()

    # Loading ---------------------------------------------------------------------------------------------------

    @property
    def actor(self) -> str:
        """The signed-in person at the moment of each change."""
        return self.context.actor

    def refresh(self) -> Task:
        selected = self.selected_session()
        return self.runner.start(
            Task(self.service.sessions, self.actor),
            lambda rows: self._show_sessions(rows, selected.id if selected else None),
            self._failed,
        )

    def _show_sessions(self, rows: list[SessionSummary], keep: int | None) -> None:
        self.sessions.set_rows(rows)
        self._fit_sessions()
        row = next((n for n, s in enumerate(rows) if s.id == keep), 0 if rows else None)
        if row is not None:
            self.sessions_table.selectRow(row)
        self.load_session()

    def _fit_sessions(self) -> None:
        """Room above the tabs for every session (up to SESSIONS_SHOWN), as far as the tabs below can give it."""
        if not self.isVisible():  # the splitter has no sizes yet: done when the window is shown
            return
        top, tabs = self.splitter.sizes()
        rows = rows_height(self.sessions_table, min(max(len(self.sessions.rows), 1), SESSIONS_SHOWN))
        wanted = self.top.sizeHint().height() - self.sessions_table.sizeHint().height() + rows
        if wanted > top:
            self.splitter.setSizes([wanted, max(top + tabs - wanted, 0)])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit_sessions()

    def _reviewers_height(self) -> None:
        """The reviewers' table as tall as its rows: the space left goes to the grid and the criteria."""
        shown = rows_height(self.reviewer_table, max(len(self.reviewer_stats.rows), 3))
        self.reviewer_table.setMinimumHeight(min(shown, rows_height(self.reviewer_table, 6)))
        self.reviewer_table.setMaximumHeight(shown)

    def selected_session(self) -> SessionSummary | None:
        rows = self.sessions_table.selectionModel().selectedRows()
        return self.sessions.rows[rows[0].row()] if rows else None

    def select_session(self, session_id: int) -> None:
        for row, summary in enumerate(self.sessions.rows):
            if summary.id == session_id:
                self.sessions_table.selectRow(row)

    def load_session(self) -> None:
        summary = self.selected_session()
        self.results = None
        if summary is None:
            self.board.set_lines([])
            self.results_stack.setCurrentIndex(0)
            self._update_buttons()
            return
        self.runner.start(Task(self.service.board, summary.id), self._show_board, self._failed)
        if summary.state != "open":
            self.runner.start(Task(self.service.results, summary.id), self._show_results, self._failed)
        else:
            self.results_stack.setCurrentIndex(0)
        self._update_buttons()

    def _show_board(self, lines: list) -> None:
        self.board.set_lines(lines)
        done = sum(1 for line in lines if line.state == "submitted")
        self.progress.setText(self.tr("{done} of {total} scorings finished").format(done=done, total=len(lines)))
        self._update_buttons()

    def _show_results(self, results: SessionResults) -> None:
        self.results = results
        self.item_choice.blockSignals(True)
        self.item_choice.clear()
        for interaction_id in results.interaction_ids:
            self.item_choice.addItem(self.tr("Interaction {id}").format(id=interaction_id), interaction_id)
        self.item_choice.blockSignals(False)
        self.reviewer_stats.set_rows(list(results.stats.reviewers))
        self._reviewers_height()
        self.criterion_stats.show(results)
        overall = results.stats.overall
        source = {"expert": self.tr("the expert's answers"), "consensus": self.tr("the consensus")}.get(
            results.benchmark_source or "", self.tr("none yet: record the consensus"))  # fmt: skip
        self.overall.setText(
            self.tr("Benchmark: {source}. Overall scores: ICC(2,1) {single} {single_ci}, ICC(2,k) {average} "
                    "{average_ci} over {n} interactions (two-way random effects, absolute agreement; 95 % "
                    "intervals after Shrout & Fleiss and McGraw & Wong).").format(
                source=source, single=number(overall.icc_2_1.value), average=number(overall.icc_2_k.value),
                single_ci=interval_text((overall.icc_2_1.lower, overall.icc_2_1.upper)) or "—",
                average_ci=interval_text((overall.icc_2_k.lower, overall.icc_2_k.upper)) or "—",
                n=overall.n_interactions)  # fmt: skip
        )
        self.results_stack.setCurrentIndex(1)
        self._show_grid()
        self._update_buttons()

    def _show_grid(self) -> None:
        if self.results is None or self.item_choice.currentData() is None:
            return
        self.grid.show(self.results, self.item_choice.currentData())
        count = self.grid.disagreements()
        if self.grid.with_benchmark:
            text = self.tr("{count} answer(s) differ from the benchmark (highlighted).").format(count=count)
        else:
            text = self.tr("{count} answer(s) differ from what most reviewers answered (highlighted).").format(
                count=count
            )
        self.grid_summary.setText(text)

    def load_drift(self) -> Task:
        return self.runner.start(Task(self.service.drift), self.drift.set_drift, self._failed)

    def _update_buttons(self) -> None:
        summary = self.selected_session()
        state = summary.state if summary else None
        self.export_package_button.setEnabled(state == "open")
        self.import_answers_button.setEnabled(state == "open")
        self.export_answers_button.setEnabled(summary is not None)
        self.score_button.setEnabled(state == "open")
        self.reveal_button.setEnabled(state == "open")
        self.consensus_button.setEnabled(state == "revealed")
        self.note_button.setEnabled(state == "revealed")
        self.close_button.setEnabled(state == "revealed")

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Calibration"), str(error))

    # Acting ----------------------------------------------------------------------------------------------------
    def _run(self, action, *args) -> bool:  # noqa: ANN001, ANN002
        try:
            action(*args)
        except (EvaluationError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
            return False
        except OSError as exc:  # a package or answers file that may not be written here, or cannot be
            QMessageBox.warning(self, self.tr("Not done"), exc.strerror or str(exc))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def new_session(self) -> NewSessionDialog:
        people = SamplingService(self.service.database).reviewers()
        dialog = NewSessionDialog(self.service, self.scorecards, self.queries, people, self.actor, self)
        dialog.accepted.connect(lambda: dialog.created_id and self._created(dialog.created_id))
        dialog.show()
        return dialog

    def _created(self, session_id: int) -> None:
        self.runner.start(Task(self.service.sessions, self.actor), lambda rows: self._show_sessions(rows, session_id))
        self.changed.emit()

    def selected_item(self) -> int | None:
        index = self.board_table.currentIndex()
        if index.isValid() and index.column() > 0:
            return self.board.items[index.column() - 1]
        return self.board.items[0] if self.board.items else None

    def score_item(self) -> None:
        summary, item = self.selected_session(), self.selected_item()
        if summary is not None and item is not None:
            self.score_requested.emit(summary.id, item)

    def reveal(self) -> bool:
        summary = self.selected_session()
        if summary is None:
            return False
        try:  # counted now, not from the board as last shown: scorings may have been submitted since
            unfinished = sum(1 for line in self.service.board(summary.id) if line.state != "submitted")
        except (CalibrationError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
            return False
        if unfinished:
            answer = QMessageBox.question(
                self, self.tr("Reveal answers"),
                self.tr("{count} scoring(s) are not finished. Reveal anyway? Nobody can score after the reveal.")
                .format(count=unfinished),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self._run(self.service.reveal, summary.id, self.actor, summary.row_version)

    def record_consensus(self) -> None:
        summary, item = self.selected_session(), self.item_choice.currentData()
        if summary is not None and item is not None:
            self.consensus_requested.emit(summary.id, item)

    def write_note(self, text: str | None = None) -> bool:
        summary = self.selected_session()
        rows = self.criterion_table.selectionModel().selectedRows()
        if summary is None or not rows:
            QMessageBox.information(self, self.tr("Note on criterion"), self.tr("Select a criterion first."))
            return False
        key = self.criterion_stats.key(rows[0].row())
        if text is None:
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Note on criterion"), self.criterion_stats.labels.get(key, key),
                self.criterion_stats.notes.get(key, ""),
            )  # fmt: skip
            if not ok:
                return False
        return self._run(self.service.set_note, summary.id, key, text, self.actor)

    def close_session(self) -> bool:
        summary = self.selected_session()
        return summary is not None and self._run(self.service.close, summary.id, self.actor)

    # Without a shared server -----------------------------------------------------------------------------------
    def _path(self, save: bool, title: str, suggestion: str, pattern: str) -> Path | None:
        if save:
            chosen, _ = QFileDialog.getSaveFileName(self, title, suggestion, pattern)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, title, "", pattern)
        return Path(chosen) if chosen else None

    def _packages(self) -> CalibrationPackages:
        return CalibrationPackages(self.service.database)

    def export_package(self, path: Path | None = None) -> Path | None:
        """Write the package (a file chosen in the save dialog may be replaced: the dialog asked) and show each
        reviewer's key, to be handed over apart from the package."""
        summary = self.selected_session()
        if summary is None:
            return None
        overwrite = path is None
        path = path or self._path(True, self.tr("Export calibration package"), f"calibration-{summary.id}.qacal",
                                  self.tr("Calibration packages (*.qacal)"))  # fmt: skip
        exported = []
        if path is None or not self._run(lambda: exported.append(self._packages().export_package(
                summary.id, path, self.actor, overwrite=overwrite))):  # fmt: skip
            return None
        self.package_keys = exported[0].keys
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Package keys"), self.tr(
            "The package is in {file}. Send it to each reviewer, and give each their own key by another way (in "
            "person, by phone or chat): the package cannot be opened without it, and nobody else can make one that "
            "opens with it.").format(file=path), QMessageBox.StandardButton.Ok, self)  # fmt: skip
        box.setObjectName("packageKeysBox")
        box.setInformativeText("\n".join(f"{name}: {key}" for name, key in exported[0].keys.items()))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()  # not modal to the app: the lead copies the keys while writing to the reviewers
        return path

    def import_package(self, path: Path | None = None, key: str | None = None) -> bool:
        path = path or self._path(False, self.tr("Import calibration package"), "",
                                  self.tr("Calibration packages (*.qacal)"))  # fmt: skip
        if path is None:
            return False
        if key is None:
            key, ok = QInputDialog.getText(self, self.tr("Package key"), self.tr(
                "The key the lead gave you for this package (32 letters and digits):"))  # fmt: skip
            if not ok:
                return False
        imported = []
        if not self._run(lambda: imported.append(self._packages().import_package(path, self.actor, key))):
            return False
        if imported[0].notices:  # people and agents the package names that are not known here
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Package imported"),
                              "\n".join(imported[0].notices), QMessageBox.StandardButton.Ok, self)  # fmt: skip
            box.setObjectName("packageNoticesBox")
            box.open()
        return True

    def export_answers(self, path: Path | None = None) -> Path | None:
        summary = self.selected_session()
        if summary is None:
            return None
        overwrite = path is None  # the save dialog asked before choosing an existing file
        path = path or self._path(True, self.tr("Export my answers"), f"answers-{self.actor}.json",
                                  self.tr("Answers files (*.json)"))  # fmt: skip
        if path is None or not self._run(self._packages().export_answers, summary.id, path, self.actor, overwrite):
            return None
        return path

    def import_answers(self, path: Path | None = None) -> bool:
        summary = self.selected_session()
        if summary is None:
            return False
        path = path or self._path(False, self.tr("Import a reviewer's answers"), "",
                                  self.tr("Answers files (*.json)"))  # fmt: skip
        return path is not None and self._run(self._packages().import_answers, summary.id, path, self.actor)
