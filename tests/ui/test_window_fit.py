"""Every top-level window and dialog fits a laptop screen (1366×768 at 100 %) and a 1920×1080 screen at 150 %."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

import qa_studio.ui
from qa_studio.scoring.model import Criterion
from qa_studio.services.coaching import CoachingService
from qa_studio.services.demo import load_demo
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.grader_qa import GraderQAService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.keywords import KeywordService
from qa_studio.services.kpis import KpiService
from qa_studio.services.reporting import ReportingService, parse_period
from qa_studio.services.self_evaluation import SelfEvaluationService
from qa_studio.services.users import UserService
from qa_studio.storage.database import Database
from qa_studio.ui import geometry
from qa_studio.ui.calibration.new_session import NewSessionDialog
from qa_studio.ui.evaluations.answer_dialog import AnswerDialog, Purpose
from qa_studio.ui.imports.csv_mapping_dialog import CsvMappingDialog
from qa_studio.ui.imports.kpi_mapping_dialog import KpiMappingDialog
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.reports.batch_dialog import BatchExportDialog
from qa_studio.ui.reports.coaching_dialog import CoachingDialog
from qa_studio.ui.reports.keywords import KeywordListsDialog
from qa_studio.ui.reports.rescore_dialog import RescoreDialog
from qa_studio.ui.reports.standards_dialog import StandardsDialog
from qa_studio.ui.results.self_evaluation import SelfEvaluationDialog
from qa_studio.ui.scorecard_editor.editor import ScorecardEditor
from qa_studio.ui.settings.first_run import FirstRunWizard
from qa_studio.ui.settings.users import AddUserDialog
from qa_studio.ui.tasks import TaskRunner
from qa_studio.ui.transcripts.options_dialog import TranscribeOptionsDialog
from tests.people import signed_in
from tests.ui.helpers import SilentPlayer

DATA = Path(__file__).parents[1] / "data"
# The free area of a 1366×768 laptop under a 40 px panel, and of 1920×1080 at 150 % (1280×720 logical) likewise.
SCREENS = {"1366x768@100%": QRect(0, 0, 1366, 728), "1920x1080@150%": QRect(0, 0, 1280, 693)}


def top_level_classes() -> set[type]:
    """Every QDialog and QMainWindow subclass defined under qa_studio/ui."""
    for module in pkgutil.walk_packages(qa_studio.ui.__path__, "qa_studio.ui."):
        importlib.import_module(module.name)
    found: set[type] = set()
    pending: list[type] = [QDialog, QMainWindow]
    while pending:
        cls = pending.pop()
        for sub in cls.__subclasses__():
            pending.append(sub)
            if sub.__module__.startswith("qa_studio.ui."):
                found.add(sub)
    return found


def openers(window: MainWindow, database: Database, settings) -> dict[type, Callable[[], QWidget]]:  # noqa: ANN001
    rows = list(InteractionQueries(database).iterate(InteractionFilter()))
    call = next(row.id for row in rows if row.channel == "call")
    chat = next(row.id for row in rows if row.channel == "chat")
    submitted = EvaluationService(database).listing()[0].id

    def scoring_call() -> QWidget:
        dialog = window.open_interaction(call)
        dialog.open_scoring()
        return dialog

    def scoring_chat() -> QWidget:
        dialog = window.open_interaction(chat)
        dialog.open_scoring()
        return dialog

    def review() -> QWidget:
        return window.open_evaluation(submitted)

    def answer() -> QWidget:
        dialog = review()
        criterion: Criterion = next(c for s in dialog.scorecard.sections for c in s.criteria)
        causes = dialog.scorecard.root_causes
        return AnswerDialog(Purpose.DISPUTE, criterion, causes, "en", None, "Sarah Lee", "", dialog)

    def new_session() -> QWidget:
        return window.show_calibration().new_session()

    def editor() -> QWidget:
        library = window.show_scorecards()
        library.table.selectRow(0)
        return library.edit()

    def rescore() -> QWidget:
        service = GraderQAService(database)
        sample = service.samples(open_only=True)[0]  # one the demo's lead has still to re-score
        return RescoreDialog(service, service.setup(sample.id, sample.rescorer), sample.rescorer, "en", window)

    def survey() -> Path:
        path = Path(settings._store.fileName()).parent / "survey.csv"
        path.write_text("Ticket no.,CSAT (1-5),Resolved?,Survey day\nLC-1001,5,yes,2026-11-03\n", encoding="utf-8")
        return path

    reporting = ReportingService(database)
    return {
        MainWindow: lambda: window,
        type(window.open_interaction(chat)): scoring_call,
        type(window.show_import()): window.show_import,
        type(window.show_calibration()): window.show_calibration,
        type(window.show_reports()): window.show_reports,
        type(window.show_settings()): window.show_settings,
        type(window.show_users()): window.show_users,
        type(window.sign_in()): window.sign_in,
        type(window.show_help()): window.show_help,
        type(window.show_scorecards()): window.show_scorecards,
        type(window.show_sample_dialog()): window.show_sample_dialog,
        type(window.show_team()): window.show_team,
        type(window.show_media_store()): window.show_media_store,
        type(window.show_glossary()): window.show_glossary,
        type(window.show_reviewer_page()): window.show_reviewer_page,
        type(window.show_recurring()): window.show_recurring,
        RescoreDialog: rescore,
        SelfEvaluationDialog: lambda: SelfEvaluationDialog(SelfEvaluationService(database), window.context, "en",
                                                           window),
        AddUserDialog: lambda: AddUserDialog(UserService(database), window),
        TranscribeOptionsDialog: lambda: TranscribeOptionsDialog(settings, window),
        FirstRunWizard: lambda: FirstRunWizard(settings, TaskRunner(synchronous=True), window),
        CsvMappingDialog: lambda: CsvMappingDialog(DATA / "import" / "chats" / "wecom_gbk.csv", window),
        NewSessionDialog: new_session,
        ScorecardEditor: editor,
        CoachingDialog: lambda: CoachingDialog(CoachingService(database), "Chen Jing", [1, 2], "刘洋", "en", window),
        BatchExportDialog: lambda: BatchExportDialog(
            reporting, window.runner, parse_period(None), None, "en", Path.home(), window
        ),
        KeywordListsDialog: lambda: KeywordListsDialog(KeywordService(database), "周婷", "lead", window),
        KpiMappingDialog: lambda: KpiMappingDialog(KpiService(database), window.runner, survey(), "周婷", window),
        StandardsDialog: lambda: StandardsDialog(KpiService(database).standards(), window),
        type(review()): review,
        AnswerDialog: answer,
        "chat scoring": scoring_chat,
    }


def test_every_window_fits_the_screen(qtbot, sqlite_db, settings, monkeypatch) -> None:  # noqa: ANN001
    load_demo(sqlite_db, Path(settings._store.fileName()).parent / "demo", actor="刘洋")
    problems = []
    for screen, area in SCREENS.items():
        monkeypatch.setattr(geometry, "available_geometry", lambda _widget=None, area=area: QRect(area))
        window = MainWindow(
            sqlite_db, settings, TaskRunner(synchronous=True), user=signed_in(sqlite_db, "刘洋", "lead"),
            player_factory=SilentPlayer,
        )  # fmt: skip
        qtbot.addWidget(window)
        window.show()
        opened = openers(window, sqlite_db, settings)
        missing = {cls.__name__ for cls in top_level_classes()} - {k.__name__ for k in opened if isinstance(k, type)}
        assert not missing, f"add these windows to the fit test: {sorted(missing)}"
        for name, open_window in opened.items():
            shown = open_window()
            shown.show()
            qtbot.waitExposed(shown)
            label = f"{screen} {name if isinstance(name, str) else name.__name__}"
            limit = area.adjusted(0, 0, -geometry.FRAME_WIDTH, -geometry.FRAME_HEIGHT).size()
            place = shown.geometry()
            if not area.contains(place) or place.width() > limit.width() or place.height() > limit.height():
                problems.append(f"{label}: at {place}, which with its frame is not inside {area}")
            needed = shown.minimumSizeHint().expandedTo(shown.minimumSize())
            if needed.width() > limit.width() or needed.height() > limit.height():
                problems.append(f"{label}: needs at least {needed.width()}×{needed.height()}")
            if shown is not window:
                shown.close()
        window.close()
    assert not problems, "\n".join(problems)
