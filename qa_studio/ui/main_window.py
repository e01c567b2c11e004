"""The main window: interaction list, import, demo data; it wires views to services and the change bus."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from qa_studio import __version__
from qa_studio.domain import UserRole
from qa_studio.paths import data_dir
from qa_studio.permissions import may_run_calibration, may_see_unmasked
from qa_studio.services.directory import agent_names, team_names
from qa_studio.services.evaluations import EvaluationError, EvaluationService
from qa_studio.services.identity import CurrentUser, IdentityService
from qa_studio.services.interactions import InteractionDetail, InteractionFilter, InteractionQueries, RoleCorrection
from qa_studio.services.sampling import SamplingService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.services.users import UserService
from qa_studio.settings import (
    IMPORT_WATCH_FOLDER,
    LANGUAGE,
    LOCAL_REPEAT_THRESHOLD,
    REPORT_FOLDER,
    REPORT_FORMATS,
    REPORT_LANGUAGE,
    REPORT_ORGANISATION,
    TRANSCRIBE_PARALLEL_JOBS,
    TRANSCRIBE_THREADS,
    USER_NAME,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
)
from qa_studio.storage.database import Database, DatabaseDamaged, StorageError
from qa_studio.ui.context import AppContext
from qa_studio.ui.geometry import GeometryKeeper, fit_inside, preferred_size
from qa_studio.ui.interactions.list_view import InteractionList
from qa_studio.ui.queue.panel import WorkPanel
from qa_studio.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    # The first screen is the interaction list: everything else (calibration statistics, reports and their charts,
    # spreadsheets, audio playback, transcript views) is imported when first opened, so the window shows in under a
    # second. tests/ui/test_startup_imports.py keeps it that way.
    from qa_studio.services.demo import DemoSummary
    from qa_studio.services.due import DueSummary
    from qa_studio.services.imports import ImportService
    from qa_studio.services.transcription import TranscriptionService
    from qa_studio.transcribe.engine import TranscribeOptions
    from qa_studio.ui.calibration.window import CalibrationWindow
    from qa_studio.ui.evaluations.review_dialog import EvaluationReviewDialog
    from qa_studio.ui.help.window import HelpWindow
    from qa_studio.ui.imports.dialog import ImportDialog
    from qa_studio.ui.interactions.detail_dialog import InteractionDialog
    from qa_studio.ui.queue.recurring_dialog import RecurringWorkDialog
    from qa_studio.ui.queue.sample_dialog import SampleDialog
    from qa_studio.ui.reports.window import ReportsWindow
    from qa_studio.ui.results.self_evaluation import SelfEvaluationDialog
    from qa_studio.ui.results.window import MyResultsPage
    from qa_studio.ui.scorecard_editor.library import ScorecardLibrary
    from qa_studio.ui.scoring.panel import ScoringPanel
    from qa_studio.ui.settings.dialog import SettingsDialog
    from qa_studio.ui.settings.glossary import GlossaryDialog
    from qa_studio.ui.settings.media_store import MediaStoreDialog
    from qa_studio.ui.settings.team_dialog import TeamDialog
    from qa_studio.ui.settings.users import SwitchUserDialog, UsersDialog
    from qa_studio.ui.transcripts.jobs import JobsPanel, TranscriptionQueue
    from qa_studio.ui.transcripts.player import Player
    from qa_studio.ui.transcripts.view import TranscriptView

PlayerFactory = Callable[[], "Player"]


class AfterFirstPaint(QObject):
    """Runs `action` once, on the event loop's next turn after `widget` is first painted with `ready()` true."""

    def __init__(self, widget: QWidget, action: Callable[[], None], ready: Callable[[], bool] = lambda: True) -> None:
        super().__init__(widget)
        self._action = action
        self._ready = ready
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self._ready():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._action)
        return False


def qt_player() -> Player:
    """Audio playback through QtMultimedia, loaded with the first recording opened."""
    from qa_studio.ui.transcripts.player import QtPlayer

    return QtPlayer()


def role_name(role: object) -> str:
    from qa_studio.ui.settings.users import role_name as named

    return named(role)  # type: ignore[arg-type]


class MainWindow(QMainWindow):
    # Another person signed in on a team database: (their new Database connection, CurrentUser).
    reconnected = Signal(object, object)

    def __init__(
        self,
        database: Database,
        settings: Settings,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
        transcription: TranscriptionService | None = None,
        player_factory: PlayerFactory = qt_player,
        user: CurrentUser | None = None,
    ) -> None:
        """`user`: the signed-in person (app.py proves who it is); by default this computer's account, as on a
        single-person install."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.database = database
        self.settings = settings
        if user is None:
            user = IdentityService(database).current(claim_name=settings.get(USER_NAME) or None)
        self.context = AppContext(database, settings, user, runner or TaskRunner(self), self)
        self.runner = self.context.runner
        self._watch_stop = threading.Event()
        self._watching: Task | None = None
        self.bus = self.context.bus
        self.user_label = QLabel(self)
        self.context.user_changed.connect(self._user_changed)
        self.queries = InteractionQueries(database, masked=not may_see_unmasked(user.role.value))
        self._import_service: ImportService | None = None
        self.import_dialog: ImportDialog | None = None
        # Transcription (NumPy, PyAV and the engine) is set up when first needed: by a queued job found once the
        # list is on screen, the jobs panel, or a call opened.
        self._transcription = transcription
        self._queue: TranscriptionQueue | None = None
        self._jobs_panel: JobsPanel | None = None
        self.evaluations = EvaluationService(database)
        self.player_factory = player_factory
        self._open_items: dict[tuple, QDialog] = {}  # what each open item window shows → the window

        self.interactions = InteractionList(self.queries, settings, self, self.runner)
        self.interactions.model.load_failed.connect(
            lambda error: self._storage_problem(error if isinstance(error, StorageError) else StorageError(str(error)))
        )
        self._my_results: MyResultsPage | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.interactions)
        self.setCentralWidget(self.pages)
        self.count_label = QLabel(self)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(QLabel(self.tr("Database: {url}").format(url=database.display_url), self))

        self.jobs_dock = QDockWidget(self.tr("Transcription jobs"), self)
        self.jobs_dock.setObjectName("jobsDock")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.jobs_dock)
        self.jobs_dock.hide()
        self.jobs_dock.visibilityChanged.connect(self._jobs_dock_shown)

        self.sampling = SamplingService(database)
        self.work_panel = WorkPanel(self.sampling, self.evaluations, self.context, self)
        self.work_dock = QDockWidget(self.tr("My work"), self)
        self.work_dock.setObjectName("workDock")
        self.work_dock.setWidget(self.work_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.work_dock)
        self.work_panel.open_interaction.connect(self.open_interaction)
        self.work_panel.open_evaluation.connect(self.open_evaluation)
        self.work_panel.sample_requested.connect(self.show_sample_dialog)
        self.work_panel.open_calibration.connect(lambda session_id: self.show_calibration().select_session(session_id))
        self.bus.interactions_changed.connect(self.work_panel.refresh)
        self.due_summary: DueSummary | None = None
        self.bus.interactions_changed.connect(self.refresh_due)
        self._build_actions()
        self.interactions.open_requested.connect(self.open_interaction)
        self.interactions.open_at_requested.connect(
            lambda interaction, kind, position: (shown := self.open_interaction(interaction)) is not None
            and shown.show_hit(kind, position))  # fmt: skip
        self.interactions.count_changed.connect(self._show_count)
        self.bus.interactions_changed.connect(self.refresh)

        self._show_user()
        self.resize(preferred_size(self, 1280, 780))
        geometry = settings.get(WINDOW_GEOMETRY)
        if geometry is not None and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        fit_inside(self)
        self.geometry_keeper = GeometryKeeper(settings, self)
        QApplication.instance().installEventFilter(self.geometry_keeper)
        state = settings.get(WINDOW_STATE)
        if state is not None and not state.isEmpty():
            self.restoreState(state)
        self._apply_role()  # after the saved layout, which would show the staff's docks to an agent again
        self.refresh()
        # Background work starts once the first screen is painted: for staff, once the list's first rows are on
        # screen (read on the thread pool, they are painted after the empty frame); for an agent, My results. The
        # day's integrity check and backup of an SQLite file (writes wait for it), and for staff their work panel,
        # waiting transcriptions and the watched folder.
        self.after_first_paint(self._check_database)
        if not self.context.user.is_agent:
            self.after_first_paint(self.work_panel.refresh)
            self.after_first_paint(self._resume_transcription)
            self.after_first_paint(self._start_watching)
            self.after_first_paint(self._make_due_work)
            if self.settings.get(LOCAL_REPEAT_THRESHOLD):
                self.after_first_paint(self._carry_local_threshold)
        else:
            self.refresh_due()

    def after_first_paint(self, action: Callable[[], None]) -> None:
        """Run `action` once the first screen is on screen: the list with its first rows for staff, My results for an
        agent (whose list is never shown, so never painted)."""
        if self.context.user.is_agent:
            AfterFirstPaint(self.my_results, action)
            return
        model = self.interactions.model
        rows_shown = lambda: model.rowCount() == 0 or model.row_at(0) is not None  # noqa: E731
        AfterFirstPaint(self.interactions.table.viewport(), action, rows_shown)

    @property
    def transcription(self) -> TranscriptionService:
        if self._transcription is None:
            from qa_studio.services.transcription import TranscriptionService

            self._transcription = TranscriptionService(self.database)
        return self._transcription

    @property
    def queue(self) -> TranscriptionQueue:
        """The transcription queue and its jobs panel, built together when first needed."""
        if self._queue is None:
            from qa_studio.ui.transcripts.jobs import JobsPanel, TranscriptionQueue

            self._queue = TranscriptionQueue(
                self.transcription, self.runner, self.context, self,
                workers=self.settings.get(TRANSCRIBE_PARALLEL_JOBS), threads=self.settings.get(TRANSCRIBE_THREADS),
            )  # fmt: skip
            self._queue.job_finished.connect(self.bus.notify_interactions_changed)
            self._jobs_panel = JobsPanel(self._queue, self)
            self.jobs_dock.setWidget(self._jobs_panel)
        return self._queue

    def _jobs_dock_shown(self, visible: bool) -> None:
        """The jobs panel, built when first shown, and room for it once the dock has its place."""
        if visible:
            self.jobs_panel  # noqa: B018 - builds the panel with the queue
            QTimer.singleShot(0, self._widen_jobs_dock)

    def _widen_jobs_dock(self) -> None:
        """A docked jobs panel, when it appears, shows each job's state and progress: Qt gives a dock beside another
        a narrow strip (job and interaction only), which is widened up to half the window; a wider one is kept."""
        if self.jobs_dock.isFloating() or not self.jobs_dock.isVisible():
            return
        wanted = min(self.jobs_panel.sizeHint().width(), self.width() // 2)
        if self.jobs_dock.width() < wanted:
            self.resizeDocks([self.jobs_dock], [wanted], Qt.Orientation.Horizontal)

    @property
    def jobs_panel(self) -> JobsPanel:
        self.queue  # noqa: B018 - builds the panel with the queue
        assert self._jobs_panel is not None
        return self._jobs_panel

    @property
    def import_service(self) -> ImportService:
        """Importing, built when first used (reading recordings loads FFmpeg's libraries)."""
        if self._import_service is None:
            from qa_studio.services.imports import ImportService

            self._import_service = ImportService(self.database)
        return self._import_service

    @property
    def my_results(self) -> MyResultsPage:
        """An agent's home page, built when first shown (its charts load QtCharts)."""
        if self._my_results is None:
            from qa_studio.services.reporting import ReportingService
            from qa_studio.ui.results.window import MyResultsPage

            self._my_results = MyResultsPage(
                ReportingService(self.database, viewer=self.context.actor), self.context, self.content_language(), self
            )
            self._my_results.evaluation_requested.connect(self.open_evaluation)
            self._my_results.self_evaluation_requested.connect(self.show_self_evaluation)
            self.pages.addWidget(self._my_results)
        return self._my_results

    def _resume_transcription(self) -> None:
        """Waiting jobs run in the background; a job another machine runs stays its own (no reset at start), and
        one whose worker vanished is taken over once its lease lapses."""
        try:
            pending = self.transcription.has_work()
        except StorageError as exc:
            self._storage_problem(exc)
            return
        if pending:
            self.jobs_dock.show()
            self.queue.start()

    def transcribe(
        self, interaction_ids: list[int], model_key: str | None = None, options: TranscribeOptions | None = None
    ) -> list[int]:
        """Queue calls for transcription and start the queue; chats are skipped with a message."""
        from qa_studio.services.transcription import PRIORITY_BACKLOG, PRIORITY_WAITING
        from qa_studio.ui.transcripts.options_dialog import default_model_for, options_from_settings

        options = options or options_from_settings(self.settings)
        model_key = model_key or default_model_for(self.settings, options.language)
        # One call is a reviewer waiting for it: it goes before the backlog, on whichever machine takes it.
        priority = PRIORITY_WAITING if len(interaction_ids) == 1 else PRIORITY_BACKLOG
        try:
            created, skipped = self.transcription.enqueue(interaction_ids, model_key, options, priority)
        except StorageError as exc:
            self._storage_problem(exc)
            return []
        if skipped and not created:
            self.statusBar().showMessage(skipped[0], 8000)
        self.jobs_dock.show()
        self.jobs_panel.refresh()
        if created:
            self.queue.start()
        return created

    def transcribe_with_options(self) -> None:
        ids = self.interactions.selected_ids()
        if not ids:
            self.statusBar().showMessage(self.tr("Select one or more calls first."), 6000)
            return
        from qa_studio.ui.transcripts.options_dialog import TranscribeOptionsDialog

        dialog = TranscribeOptionsDialog(self.settings, self)
        if dialog.exec() == TranscribeOptionsDialog.DialogCode.Accepted:
            self.transcribe(ids, dialog.model_key(), dialog.options())

    def current_role(self) -> str:
        return self.context.user.role.value

    def _carry_local_threshold(self) -> None:
        """A lead's repeated-failure threshold from this computer's settings (where QA Studio 1 kept it) becomes the
        team's standard once; the local value is cleared when the team's standard holds it."""
        from qa_studio.services.kpis import KpiService

        threshold = int(self.settings.get(LOCAL_REPEAT_THRESHOLD))

        def done(adopted: bool) -> None:
            if adopted:
                self.settings.set(LOCAL_REPEAT_THRESHOLD, 0)

        def failed(error: Exception) -> None:
            self.statusBar().showMessage(self.tr("The repeated-failure threshold set on this computer was not carried "
                                                 "into the team's standards: {reason}").format(reason=error), 10000)

        self.runner.start(Task(KpiService(self.database).adopt_local_threshold, self.context.actor, threshold), done,
                          failed)  # fmt: skip

    def _make_due_work(self) -> None:
        """Recurring sampling and calibration due since the last start are made now (by whichever PC is first)."""
        from qa_studio.services.recurrence import RecurrenceService

        def made(created: list) -> None:
            if created:
                names = ", ".join(f"{c.name} ({c.period})" for c in created)
                self.statusBar().showMessage(self.tr("Made the recurring work due: {names}").format(names=names), 10000)
                self.bus.notify_interactions_changed()
            self.refresh_due()

        def failed(error: Exception) -> None:
            self.statusBar().showMessage(self.tr("Recurring work not made: {reason}").format(reason=error), 10000)
            self.refresh_due()

        self.runner.start(Task(RecurrenceService(self.database).create_due, self.context.actor), made, failed)

    def refresh_due(self) -> None:
        """What is due or overdue for the signed-in person, counted off the GUI thread for the title and My work."""
        from qa_studio.services.due import DueService

        self.runner.start(Task(DueService(self.database).summary, self.context.actor), self._show_due,
                          lambda _error: None)  # the counts are a convenience; the lists themselves say more

    def _show_due(self, summary: DueSummary) -> None:
        self.due_summary = summary
        self._show_user()
        self.work_panel.show_due(summary)

    def _show_user(self) -> None:
        user = self.context.user
        summary = self.due_summary
        if summary is not None and summary.total_overdue:
            self.setWindowTitle(self.tr("QA Studio — {name} · {due} due, {overdue} overdue").format(
                name=user.name, due=summary.total_due, overdue=summary.total_overdue))  # fmt: skip
        elif summary is not None and summary.total_due:
            self.setWindowTitle(self.tr("QA Studio — {name} · {due} due").format(name=user.name, due=summary.total_due))
        else:
            self.setWindowTitle(self.tr("QA Studio — {name}").format(name=user.name))
        self.user_label.setText(self.tr("Signed in: {name} ({role})").format(name=user.name, role=role_name(user.role)))

    def _apply_role(self) -> None:
        """An agent sees My results and nothing of other people's work; staff see the interaction list and tools."""
        agent = self.context.user.is_agent
        self.pages.setCurrentWidget(self.my_results if agent else self.interactions)
        for action in (self.import_action, self.kpi_import_action, self.demo_action, self.transcribe_action,
                       self.transcribe_options_action, self.transcribe_all_action, self.users_action, self.team_action,
                       self.sample_action, self.scorecards_action, self.calibration_action, self.reports_action,
                       self.media_store_action, self.glossary_action):  # fmt: skip
            action.setVisible(not agent)
        for dock in (self.jobs_dock, self.work_dock):
            dock.toggleViewAction().setVisible(not agent)
            if agent:
                dock.hide()
        self.toolbar.setVisible(not agent)
        for menu in (self.evaluations_menu, self.calls_menu):
            menu.menuAction().setVisible(not agent)
        if agent:
            self.my_results.reload()
        self.reviewer_page_action.setVisible(may_run_calibration(self.current_role()))  # leads and administrators

    def _user_changed(self, user: CurrentUser) -> None:
        self.queries.masked = not may_see_unmasked(user.role.value)
        self.due_summary = None
        self.refresh_due()
        self._show_user()
        self._apply_role()
        self.refresh()  # an agent's list was never read: staff signing in here see it filled
        message = self.tr("Signed in as {name} ({role}).").format(name=user.name, role=role_name(user.role))
        self.statusBar().showMessage(message, 8000)
        self.work_panel.refresh()

    def _build_actions(self) -> None:
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.import_action.triggered.connect(self.show_import)
        self.kpi_import_action = QAction(self.tr("Import CSAT and &resolution…"), self)
        self.kpi_import_action.setObjectName("kpiImportAction")
        self.kpi_import_action.triggered.connect(lambda: self.show_kpi_import())
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.demo_action = QAction(self.tr("Load &demo data"), self)
        self.demo_action.setObjectName("demoAction")
        self.demo_action.triggered.connect(self.load_demo)
        self.transcribe_action = QAction(self.tr("&Transcribe selected calls"), self)
        self.transcribe_action.setObjectName("transcribeAction")
        self.transcribe_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_T))
        self.transcribe_action.triggered.connect(lambda: self.transcribe(self.interactions.selected_ids()))
        self.transcribe_options_action = QAction(self.tr("Transcribe selected calls &with options…"), self)
        self.transcribe_options_action.triggered.connect(self.transcribe_with_options)
        self.transcribe_all_action = QAction(self.tr("Transcribe all &untranscribed calls"), self)
        self.transcribe_all_action.triggered.connect(lambda: self.transcribe(self.transcription.untranscribed_calls()))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.show_settings)
        self.users_action = QAction(self.tr("&Users and roles…"), self)
        self.users_action.triggered.connect(self.show_users)
        self.team_action = QAction(self.tr("&Team database…"), self)
        self.team_action.setObjectName("teamDatabaseAction")
        self.team_action.triggered.connect(self.show_team)
        self.media_store_action = QAction(self.tr("&Media store and watched folder…"), self)
        self.media_store_action.setObjectName("mediaStoreAction")
        self.media_store_action.triggered.connect(self.show_media_store)
        self.glossary_action = QAction(self.tr("Transcription &glossary…"), self)
        self.glossary_action.setObjectName("glossaryAction")
        self.glossary_action.triggered.connect(self.show_glossary)
        self.sign_in_action = QAction(self.tr("S&witch user…"), self)
        self.sign_in_action.setObjectName("switchUserAction")
        self.sign_in_action.triggered.connect(self.sign_in)
        quit_action = self.quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("quitAction")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        about = QAction(self.tr("&About QA Studio"), self)
        about.triggered.connect(self._about)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.kpi_import_action)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.users_action)
        file_menu.addAction(self.team_action)
        file_menu.addAction(self.media_store_action)
        file_menu.addAction(self.glossary_action)
        file_menu.addAction(self.sign_in_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.jobs_dock.toggleViewAction())
        view_menu.addAction(self.work_dock.toggleViewAction())
        self.sample_action = QAction(self.tr("Draw a &sample…"), self)
        self.sample_action.setObjectName("sampleAction")
        self.sample_action.triggered.connect(self.show_sample_dialog)
        self.scorecards_action = QAction(self.tr("&Scorecards…"), self)
        self.scorecards_action.setObjectName("scorecardsAction")
        self.scorecards_action.triggered.connect(self.show_scorecards)
        evaluations_menu = self.menuBar().addMenu(self.tr("&Evaluations"))
        evaluations_menu.addAction(self.sample_action)
        evaluations_menu.addAction(self.scorecards_action)
        self.calibration_action = QAction(self.tr("&Calibration…"), self)
        self.calibration_action.setObjectName("calibrationAction")
        self.calibration_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K))
        self.calibration_action.triggered.connect(self.show_calibration)
        evaluations_menu.addAction(self.calibration_action)
        self.reports_action = QAction(self.tr("&Reports and coaching…"), self)
        self.reports_action.setObjectName("reportsAction")
        self.reports_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_R))
        self.reports_action.triggered.connect(self.show_reports)
        evaluations_menu.addAction(self.reports_action)
        self.reviewer_page_action = QAction(self.tr("Reviewer c&onsistency…"), self)
        self.reviewer_page_action.setObjectName("reviewerPageAction")
        self.reviewer_page_action.triggered.connect(self.show_reviewer_page)
        evaluations_menu.addAction(self.reviewer_page_action)
        self.recurring_action = QAction(self.tr("Rec&urring work…"), self)
        self.recurring_action.setObjectName("recurringAction")
        self.recurring_action.triggered.connect(self.show_recurring)
        evaluations_menu.addAction(self.recurring_action)
        self.evaluations_menu = evaluations_menu
        calls_menu = self.calls_menu = self.menuBar().addMenu(self.tr("&Calls"))
        calls_menu.addAction(self.transcribe_action)
        calls_menu.addAction(self.transcribe_options_action)
        calls_menu.addAction(self.transcribe_all_action)
        guide = QAction(self.tr("&User guide"), self)
        guide.setObjectName("userGuideAction")
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(lambda: self.show_help(0))
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.setObjectName("shortcutsAction")
        shortcuts.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Slash))
        shortcuts.triggered.connect(lambda: self.show_help(1))
        help_menu = self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(guide)
        help_menu.addAction(shortcuts)
        help_menu.addSeparator()
        help_menu.addAction(about)

        toolbar = self.toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.transcribe_action)
        toolbar.addAction(self.refresh_action)
        self.addToolBar(toolbar)

    def refresh(self) -> None:
        if self.context.user.is_agent:
            return
        try:
            self.interactions.refresh()
        except StorageError as exc:
            self._storage_problem(exc)

    def _show_count(self, count: int) -> None:
        unfiltered = self.interactions.model.current_filter == InteractionFilter()
        total = count if unfiltered or not count else self.queries.total()  # one count of the whole list, not two
        if count == total:
            self.count_label.setText(
                self.tr("1 interaction") if count == 1 else self.tr("{count} interactions").format(count=count)
            )
        else:
            self.count_label.setText(self.tr("{shown} of {total} interactions").format(shown=count, total=total))

    def _storage_problem(self, exc: StorageError) -> None:
        QMessageBox.critical(self, self.tr("Database problem"), str(exc))

    def _check_database(self) -> None:
        self.runner.start(Task(self.database.daily_check), None, self._database_check_failed, long=True)

    def _database_check_failed(self, exc: Exception) -> None:
        """A file damaged since its last check: said once, and the window closes (nothing was written to it)."""
        self._storage_problem(exc if isinstance(exc, StorageError) else StorageError(str(exc)))
        if isinstance(exc, DatabaseDamaged):
            self.close()

    def show_import(self, paths: list[Path] | None = None) -> ImportDialog:
        if self.import_dialog is None:
            from qa_studio.ui.imports.dialog import ImportDialog

            with self.database.session() as session:
                agents, teams = agent_names(session), team_names(session)
            self.import_dialog = ImportDialog(self.import_service, self.context, agents, teams, self)
            self.import_dialog.imported.connect(lambda _report: self.bus.notify_interactions_changed())
        if paths:
            self.import_dialog.add_paths(paths)
        self.import_dialog.show()
        self.import_dialog.raise_()
        return self.import_dialog

    def show_kpi_import(self, path: Path | None = None) -> QDialog | None:
        """A survey export's CSAT and resolution, its columns mapped by the person (ui/imports/kpi_mapping_dialog)."""
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Survey export (CSV)"), "",
                                                          self.tr("CSV files (*.csv *.txt)"))  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        from qa_studio.services.kpis import KpiService
        from qa_studio.ui.imports.kpi_mapping_dialog import KpiMappingDialog

        dialog = KpiMappingDialog(KpiService(self.database), self.context.runner, path, self.context.actor, self)
        dialog.show()
        return dialog

    def _already_open(self, key: tuple) -> QDialog | None:
        """The window already showing this item, brought to the front: one window per item."""
        dialog = self._open_items.get(key)
        if dialog is None or not dialog.isVisible():
            return None
        if dialog.isMinimized():
            dialog.showNormal()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _remember_open(self, key: tuple, dialog: QDialog) -> None:
        self._open_items[key] = dialog
        dialog.finished.connect(lambda _code: self._open_items.get(key) is dialog and self._open_items.pop(key))

    def open_interaction(
        self,
        interaction_id: int,
        scoring_factory: Callable[[int, QWidget], QWidget | None] | None = None,
        key: tuple | None = None,
    ) -> InteractionDialog | None:
        """`key`: what the window shows (by default the interaction); opening it again raises the open window."""
        from qa_studio.ui.interactions.detail_dialog import InteractionDialog
        from qa_studio.ui.transcripts.view import TranscriptView

        key = key or ("interaction", interaction_id)
        if (existing := self._already_open(key)) is not None:
            assert isinstance(existing, InteractionDialog)
            return existing
        try:
            dialog = InteractionDialog(
                self.queries, RoleCorrection(self.database), self.context, interaction_id, self, self._transcript_view,
                scoring_factory or self._scoring_panel,
            )  # fmt: skip
        except StorageError as exc:
            self._storage_problem(exc)
            return None
        dialog.finished.connect(lambda _code: dialog.changed and self.bus.notify_interactions_changed())
        if isinstance(dialog.transcript, TranscriptView):
            view = dialog.transcript
            self.queue.job_finished.connect(view.reload)
            dialog.finished.connect(lambda _code: self.queue.job_finished.disconnect(view.reload))
            dialog.finished.connect(lambda _code: view.player.pause())
        self._remember_open(key, dialog)
        dialog.show()
        return dialog

    def reviewer_name(self) -> str:
        return self.context.actor

    def content_language(self) -> str:
        """Scorecard labels and guidelines follow the interface language: "zh" or "en"."""
        return "zh" if (self.settings.get(LANGUAGE) or QLocale.system().name()).startswith("zh") else "en"

    def open_evaluation(self, evaluation_id: int) -> EvaluationReviewDialog | None:
        """A submitted evaluation: result beside the original, acknowledgement, disputes, changes, history."""
        from qa_studio.ui.evaluations.review_dialog import EvaluationReviewDialog

        if (existing := self._already_open(("evaluation", evaluation_id))) is not None:
            assert isinstance(existing, EvaluationReviewDialog)
            return existing
        try:
            from qa_studio.services.grader_qa import GraderQAService

            if evaluation_id in GraderQAService(self.database).blind_for(self.context.actor):
                QMessageBox.information(self, self.tr("Cannot open the evaluation"), self.tr(
                    "You are re-scoring evaluation {id} blind: it opens once your re-score is submitted.").format(
                    id=evaluation_id))  # fmt: skip
                return None
            interaction_id = self.evaluations.get(evaluation_id).interaction_id
            detail = self.queries.detail(interaction_id)
            dialog = EvaluationReviewDialog(
                self.evaluations, evaluation_id, self.context, detail.row.agent if detail else None,
                self.content_language(), self,
            )  # fmt: skip
        except (EvaluationError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Cannot open the evaluation"), str(exc))
            return None
        dialog.changed.connect(self.bus.notify_interactions_changed)
        self._remember_open(("evaluation", evaluation_id), dialog)
        dialog.show()
        return dialog

    def open_calibration_item(
        self, session_id: int, interaction_id: int, consensus: bool = False
    ) -> InteractionDialog | None:
        """Score one item of a calibration session blind (or, for the lead after the reveal, record the consensus)
        beside the conversation or the call."""
        from qa_studio.services.calibration_sessions import CalibrationService
        from qa_studio.ui.scoring.panel import ScoringPanel

        calibrations = CalibrationService(self.database)

        def factory(interaction: int, parent: QWidget) -> ScoringPanel | None:
            actor = self.context.actor
            try:
                if consensus:
                    evaluation_id = calibrations.start_consensus(session_id, interaction, actor)
                else:
                    evaluation_id = calibrations.start(session_id, interaction, actor)
                setup = self.evaluations.prepare(evaluation_id)
                panel = ScoringPanel(
                    self.evaluations, self.context, evaluation_id, setup.scorecard, setup.context, setup.suggestions,
                    self.content_language(), parent, reviewable=False,
                )  # fmt: skip
                # The calibration board and My work count this scoring as finished from now on.
                panel.submitted.connect(lambda _result: self.bus.notify_interactions_changed())
                return panel
            except (EvaluationError, StorageError) as exc:
                QMessageBox.warning(parent, self.tr("Cannot score this item"), str(exc))
                return None

        dialog = self.open_interaction(interaction_id, factory, ("calibration", session_id, interaction_id, consensus))
        if dialog is not None:
            dialog.open_scoring()
        return dialog

    def show_calibration(self) -> CalibrationWindow:
        from qa_studio.services.calibration_sessions import CalibrationService
        from qa_studio.ui.calibration.window import CalibrationWindow

        window = CalibrationWindow(
            CalibrationService(self.database), ScorecardService(self.database), self.queries, self.context,
            self.content_language(), self,
        )  # fmt: skip
        window.score_requested.connect(lambda session, item: self.open_calibration_item(session, item))
        window.consensus_requested.connect(lambda session, item: self.open_calibration_item(session, item, True))
        window.changed.connect(self.bus.notify_interactions_changed)
        window.show()
        return window

    def show_reports(self) -> ReportsWindow:
        language = self.settings.get(REPORT_LANGUAGE) or self.content_language()
        from qa_studio.services.coaching import CoachingService
        from qa_studio.services.reporting import ReportingService
        from qa_studio.ui.reports.window import ReportsWindow

        window = ReportsWindow(
            ReportingService(self.database, masked=not may_see_unmasked(self.current_role()),
                             viewer=self.context.actor),
            CoachingService(self.database), self.context,
            language, Path(self.settings.get(REPORT_FOLDER) or Path.home()), self,
            organisation=self.settings.get(REPORT_ORGANISATION),
            formats=tuple(self.settings.get(REPORT_FORMATS).split(",")),
        )  # fmt: skip
        window.interaction_requested.connect(lambda interaction: self.open_interaction(interaction))
        window.folder_changed.connect(lambda folder: self.settings.set(REPORT_FOLDER, folder))
        window.show()
        return window

    def show_reviewer_page(self) -> QWidget:
        from qa_studio.services.grader_qa import GraderQAService
        from qa_studio.ui.reports.reviewer_page import ReviewerPage

        service = GraderQAService(self.database)
        page = ReviewerPage(service, self.context, Path(self.settings.get(REPORT_FOLDER) or Path.home()), self)
        page.rescore_requested.connect(lambda sample: self.open_rescore(page, sample))
        page.show()
        return page

    def show_recurring(self) -> RecurringWorkDialog:
        from qa_studio.services.recurrence import RecurrenceService
        from qa_studio.ui.queue.recurring_dialog import RecurringWorkDialog

        may_edit = self.context.user.role in (UserRole.LEAD, UserRole.ADMIN)
        dialog = RecurringWorkDialog(RecurrenceService(self.database), self.context.actor, may_edit, self)
        dialog.finished.connect(lambda _result: self.refresh_due())
        dialog.show()
        return dialog

    def open_rescore(self, page: QWidget, sample_id: int) -> QDialog | None:
        from qa_studio.ui.reports.rescore_dialog import RescoreDialog

        service = page.service  # type: ignore[attr-defined]
        try:
            setup = service.setup(sample_id, self.context.actor)
        except (EvaluationError, StorageError) as exc:
            page.status.setText(str(exc))  # type: ignore[attr-defined]
            return None
        dialog = RescoreDialog(service, setup, self.context.actor, self.content_language(), page)
        dialog.interaction_requested.connect(lambda interaction: self.open_interaction(interaction))
        dialog.submitted.connect(lambda _sample: page.reload())  # type: ignore[attr-defined]
        dialog.show()
        return dialog

    def show_settings(self) -> SettingsDialog:
        from qa_studio.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.runner, [u.name for u in UserService(self.database).list()], self)
        dialog.saved.connect(self._settings_saved)
        dialog.show()
        return dialog

    def _settings_saved(self, restart: bool) -> None:
        if restart:
            message = self.tr("Saved. The new database or language is used after a restart.")
            self.statusBar().showMessage(message, 10000)

    def show_media_store(self) -> MediaStoreDialog:
        from qa_studio.services.media_store import MediaStore
        from qa_studio.ui.settings.media_store import MediaStoreDialog

        dialog = MediaStoreDialog(MediaStore(self.database), self.settings, self.context.user.role == UserRole.ADMIN,
                                  self)  # fmt: skip
        dialog.show()
        return dialog

    def show_glossary(self) -> GlossaryDialog:
        from qa_studio.services.glossary import GlossaryService
        from qa_studio.ui.settings.glossary import GlossaryDialog

        may_edit = self.context.user.role in (UserRole.LEAD, UserRole.ADMIN)
        dialog = GlossaryDialog(GlossaryService(self.database), self.context.actor, may_edit, self)
        dialog.show()
        return dialog

    def _start_watching(self) -> None:
        """Import what the recorder drops in this PC's watched folder, in the background, while the app runs."""
        folder = Path(self.settings.get(IMPORT_WATCH_FOLDER) or ".")
        if not self.settings.get(IMPORT_WATCH_FOLDER) or not folder.is_dir() or self._watching is not None:
            return
        from qa_studio.services.watch import watch_folder

        holder: list[Task] = []
        actor = self.context.actor

        def batch_done(batch: object) -> None:
            holder[0].report(len(batch.results), len(batch.results), "")  # type: ignore[attr-defined]

        task = Task(watch_folder, self.database, folder, self._watch_stop, actor=actor, on_batch=batch_done)
        holder.append(task)
        self._watching = task
        self.runner.start(task, lambda _r: None, lambda e: self.statusBar().showMessage(str(e), 10000),
                          lambda done, _total, _label: self._watched_batch(done, folder), long=True)  # fmt: skip

    def _watched_batch(self, files: int, folder: Path) -> None:
        self.statusBar().showMessage(self.tr("{count} new file(s) from {folder} imported.").format(
            count=files, folder=folder), 8000)  # fmt: skip
        self.bus.notify_interactions_changed()
        self.queue.start()

    def show_self_evaluation(self) -> SelfEvaluationDialog:
        """An agent scores one of their own interactions and compares with the reviewer."""
        from qa_studio.services.self_evaluation import SelfEvaluationService
        from qa_studio.ui.results.self_evaluation import SelfEvaluationDialog

        dialog = SelfEvaluationDialog(SelfEvaluationService(self.database), self.context, self.content_language(), self)
        dialog.interaction_requested.connect(self.open_interaction)
        dialog.show()
        return dialog

    def show_team(self) -> TeamDialog:
        """The guided step to a team database, and the guide for whoever owns the server."""
        from qa_studio.services.team import TeamService
        from qa_studio.ui.settings.team_dialog import TeamDialog

        dialog = TeamDialog(TeamService(self.database), self.context, self.runner, self)
        dialog.show()
        return dialog

    def show_users(self) -> UsersDialog:
        from qa_studio.ui.settings.users import UsersDialog

        dialog = UsersDialog(UserService(self.database), self.context, self)
        dialog.show()
        return dialog

    def sign_in(self) -> SwitchUserDialog:
        """Another person takes over this window: they prove who they are (their password), and every open window
        acts as them from then on."""
        from qa_studio.ui.settings.users import SwitchUserDialog

        dialog = SwitchUserDialog(IdentityService(self.database), self, self.runner)
        dialog.accepted.connect(lambda: self._signed_in(dialog))
        dialog.show()
        return dialog

    def _signed_in(self, dialog: SwitchUserDialog) -> None:
        if dialog.database is not None and dialog.signed_in is not None:
            # A new connection as the new person: app.py puts a window on it in place of this one.
            self.reconnected.emit(dialog.database, dialog.signed_in)
        elif dialog.signed_in is not None:
            self.context.set_user(dialog.signed_in)

    def show_scorecards(self) -> ScorecardLibrary:
        """The scorecard library: edit (a scoring change makes a new version), import, export, retire."""
        from qa_studio.ui.scorecard_editor.library import ScorecardLibrary

        library = ScorecardLibrary(ScorecardService(self.database), self.context, self.content_language(), self)
        library.show()
        return library

    def show_sample_dialog(self) -> SampleDialog:
        from qa_studio.ui.queue.sample_dialog import SampleDialog

        dialog = SampleDialog(self.sampling, self.context, self)
        dialog.assigned.connect(lambda _run: self.work_panel.refresh())
        dialog.show()
        return dialog

    def _scoring_panel(self, interaction_id: int, parent: QWidget) -> ScoringPanel | None:
        from qa_studio.ui.scoring.panel import ScoringPanel

        try:
            evaluation_id = self.evaluations.start(interaction_id, self.context.actor)
            setup = self.evaluations.prepare(evaluation_id)
        except (EvaluationError, StorageError) as exc:
            QMessageBox.warning(parent, self.tr("Cannot score this interaction"), str(exc))
            return None
        panel = ScoringPanel(
            self.evaluations, self.context, evaluation_id, setup.scorecard, setup.context, setup.suggestions,
            self.content_language(), parent,
        )  # fmt: skip
        panel.submitted.connect(lambda _result: self.bus.notify_interactions_changed())
        panel.review_requested.connect(self.open_evaluation)
        return panel

    def _transcript_view(self, detail: InteractionDetail, parent: QWidget) -> TranscriptView:
        from qa_studio.services.media_store import MediaError, MediaStore
        from qa_studio.ui.transcripts.view import TranscriptView

        assert detail.media is not None
        try:  # from the team media store where it lies there; its hash is checked before it is played
            media_path = MediaStore(self.database).local_path(detail.media.path, detail.media.sha256)
        except (MediaError, OSError) as exc:
            # The transcript and scoring still open; only playback is missing, and the message says why.
            QMessageBox.warning(self, self.tr("Recording unavailable"), str(exc))
            media_path = Path(detail.media.path)
        return TranscriptView(
            self.transcription,
            self.context,
            detail.row.id,
            media_path,
            self.player_factory(),
            self.settings,
            detail.call_metrics,
            parent,
            may_unmask=may_see_unmasked(self.current_role()),
        )

    def load_demo(self) -> None:
        self.demo_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Loading demo data…"))
        from qa_studio.services.demo import load_demo

        task = Task(load_demo, self.database, data_dir() / "demo", actor=self.context.actor)
        self.runner.start(task, self._demo_loaded, self._demo_failed, long=True)

    def offer_demo(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Welcome to QA Studio"),
            self.tr(
                "The database is empty. Load demo data (two teams, six agents, chats, e-mails and calls) "
                "to explore QA Studio? You can import your own recordings and chat logs at any time."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.load_demo()

    def _demo_loaded(self, summary: DemoSummary) -> None:
        self.demo_action.setEnabled(True)
        if summary.queued:
            # The demo calls transcribe in the background, so the transcript view has content soon.
            self.jobs_dock.show()
            self.jobs_panel.refresh()
            self.queue.start()
        self.statusBar().showMessage(
            self.tr("Demo data loaded: {count} new interactions.").format(count=summary.report.imported_interactions),
            8000,
        )
        self.bus.notify_interactions_changed()

    def _demo_failed(self, error: Exception) -> None:
        self.demo_action.setEnabled(True)
        self.statusBar().clearMessage()
        QMessageBox.critical(self, self.tr("Demo data not loaded"), str(error))

    def show_help(self, page: int = 0) -> HelpWindow:
        """The user guide (0) or the keyboard shortcuts (1), in one window that is raised when already open."""
        from qa_studio.ui.help.window import HelpWindow

        window = self.findChild(HelpWindow)
        if window is None:
            window = HelpWindow(self, page)
        window.tabs.setCurrentIndex(page)
        window.show()
        window.raise_()
        return window

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About QA Studio"),
            self.tr(
                "QA Studio {version}\nLocal-first quality assurance for contact centres.\n"
                "Recordings, transcripts and scores stay on this computer or your team's own database."
            ).format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._watch_stop.set()
        if self._queue is not None:
            self._queue.shutdown()
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.interactions.save_state()
        super().closeEvent(event)
