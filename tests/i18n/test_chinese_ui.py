"""Every window and dialog in Simplified Chinese: walks the widgets and fails on any interface text that stayed
English. Data (names, file paths, message text) is not interface text; proper names are allow-listed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from qa_studio.i18n import install_translators
from qa_studio.paths import default_database_url
from qa_studio.scoring.engine import Answer
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.imports import ImportService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.settings import LANGUAGE
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.tasks import TaskRunner
from tests.people import signed_in

DATA = Path(__file__).parents[1] / "data"
GOOD = {
    "first_response": Answer("no", root_cause="workload"), "greeting": Answer("yes"),
    "verification": Answer(not_applicable=True), "need_analysed": Answer(4), "accuracy": Answer("accurate"),
    "relevance": Answer(4), "clarity": Answer(5), "empathy": Answer("yes"), "forbidden": Answer([]),
    "no_long_wait": Answer("yes"), "confirm_satisfaction": Answer("yes"), "closing_script": Answer("yes"),
    "proactive": Answer(not_applicable=True),
}  # fmt: skip
# Names of products, formats and keys, which stay as they are in Chinese interfaces too.
ALLOWED = {
    "qa", "studio", "sqlite", "postgresql", "whisper", "ctranslate", "csv", "json", "id", "sha", "utc", "url",
    "ctrl", "alt", "enter", "shift", "esc", "yyyy", "mm", "dd", "ss", "iso", "wav", "mp", "aac", "flac", "ogg", "opus",
    "txt", "eml", "mbox", "srt", "vtt", "xlsx", "pdf", "base", "tiny", "en", "zh", "vad", "ok", "pm", "am", "yaml",
    "krippendorff", "fleiss", "icc", "landis", "koch", "excel", "zip",
}
WORD = re.compile(r"[A-Za-z]{2,}")
TAG = re.compile(r"<[^>]+>")


def _english_words(text: str) -> list[str]:
    text = TAG.sub(" ", text.replace("&&", "")).replace("&", "")
    text = re.sub(r"\{[^}]*\}", " ", text)  # an unfilled placeholder is a bug of its own, not English
    text = re.sub(r"“[^”]*”|&quot;.*?&quot;", " ", text)  # quoted data: scorecard phrases, names
    return [w for w in WORD.findall(text) if w.lower() not in ALLOWED]


def interface_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for the interface text of a widget tree: labels, buttons, tabs, headers, menus, titles."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if widget.isWindow() and widget.windowTitle():
            yield name + " title", widget.windowTitle()
        if isinstance(widget, QLabel) and widget.property("data") is not True:
            yield name, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
            yield name + " tooltip", widget.toolTip()
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            yield name + " placeholder", widget.placeholderText()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield name + " tab", widget.tabText(index)
        elif isinstance(widget, QMenu):
            for action in widget.actions():
                yield name + " menu", action.text()
        elif isinstance(widget, QComboBox) and widget.count() and widget.itemData(0) in (None, ""):
            yield name + " first item", widget.itemText(0)  # "All agents", "Choose…": the rest are data
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                yield name + " header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for action in root.actions():
        yield "action", action.text()


def assert_chinese(root: QWidget, data: set[str] = frozenset()) -> None:
    left = []
    for where, text in interface_texts(root):
        if not text or text in data:
            continue
        words = [w for w in _english_words(text) if not any(w in d for d in data)]
        if words:
            left.append(f"{where}: {text!r}")
    assert not left, "English left in the Chinese interface:\n" + "\n".join(left)


@pytest.fixture
def chinese(qapp, settings):  # noqa: ANN001, ANN201
    translators = install_translators(qapp, "zh_CN")
    assert translators, "the zh_CN translation did not load"
    settings.set(LANGUAGE, "zh_CN")
    yield settings
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_translation_loads_and_translates(qapp) -> None:  # noqa: ANN001
    translators = install_translators(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("MainWindow", "&Import…") == "导入(&I)…"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&Import…") == "&Import…"


def test_masks_follow_the_interface_language(chinese) -> None:  # noqa: ANN001
    from qa_studio.transcribe.redaction import redact

    assert redact("好的，是 13800138000，邮箱 li@example.cn") == "好的，是 [电话号码]，邮箱 [邮箱]"
    assert redact("nothing here") == "nothing here"


def test_every_screen_is_chinese(qtbot, sqlite_db, chinese, monkeypatch) -> None:  # noqa: ANN001
    ScorecardService(sqlite_db).ensure_shipped()
    files = [DATA / "import" / "chats" / "livechat.json", DATA / "audio" / "stereo_call.opus"]
    report = ImportService(sqlite_db).run(files, actor="tester")
    chat, call = (r.interaction_ids[0] for r in report.results)
    service = EvaluationService(sqlite_db)
    evaluation = service.start(chat, "刘洋")
    service.save_draft(evaluation, {"greeting": Answer("yes")})
    window = MainWindow(sqlite_db, chinese, TaskRunner(synchronous=True), user=signed_in(sqlite_db, "刘洋"))
    qtbot.addWidget(window)
    window.show()
    names = {"Emma Clarke", "livechat.json", "stereo_call.opus", "Olivia Brown", str(DATA), sqlite_db.display_url}
    assert_chinese(window, names)
    for menu in window.menuBar().findChildren(QMenu):
        assert_chinese(menu)

    dialog = window.open_interaction(chat)
    qtbot.addWidget(dialog)
    dialog.open_scoring()
    assert_chinese(dialog, names | {"Hi, my parcel is late.", "Hello Olivia, I'm Emma. Let me check."})

    call_dialog = window.open_interaction(call)
    qtbot.addWidget(call_dialog)
    assert_chinese(call_dialog, names)

    importer = window.show_import()
    qtbot.addWidget(importer)
    assert_chinese(importer, names)

    sample = window.show_sample_dialog()
    qtbot.addWidget(sample)
    assert_chinese(sample, names)

    library = window.show_scorecards()
    qtbot.addWidget(library)
    assert_chinese(library, names)
    library.select_key("phone_call_standard")
    editor = library.edit()
    qtbot.addWidget(editor)
    keys = {"phone_call_standard", "- first_response_ms: {max_ms: 30000}"}
    assert_chinese(editor, names | keys)  # the scorecard's own settings
    editor.select(1, 1)
    assert_chinese(editor, names | keys | {"accuracy"})
    editor.tabs.setCurrentIndex(1)
    assert_chinese(editor, names | keys | {"accuracy"})

    calibration = window.show_calibration()
    qtbot.addWidget(calibration)
    assert_chinese(calibration, names)
    new_session = calibration.new_session()
    qtbot.addWidget(new_session)
    assert_chinese(new_session, names | {"刘洋"})

    from qa_studio.ui.imports.csv_mapping_dialog import CsvMappingDialog
    from qa_studio.ui.transcripts.options_dialog import TranscribeOptionsDialog

    mapping = CsvMappingDialog(DATA / "import" / "chats" / "wecom_gbk.csv", window)
    qtbot.addWidget(mapping)
    assert_chinese(mapping, names | {"wecom_gbk.csv"} | set(mapping._header))
    options = TranscribeOptionsDialog(chinese, window)
    qtbot.addWidget(options)
    assert_chinese(options, names)
    service.save_draft(evaluation, GOOD)
    service.submit(evaluation, "刘洋")
    review = window.open_evaluation(evaluation)
    qtbot.addWidget(review)
    for index in range(review.tabs.count()):
        review.tabs.setCurrentIndex(index)
        assert_chinese(review, names | {"刘洋"})

    reports = window.show_reports()
    qtbot.addWidget(reports)
    assert_chinese(reports, names)
    reports.select("agent", "Emma Clarke")
    for index in range(reports.agent_page.tabs.count()):
        reports.agent_page.tabs.setCurrentIndex(index)
        assert_chinese(reports, names | {"刘洋"})
    coaching = reports.new_coaching()
    qtbot.addWidget(coaching)
    assert_chinese(coaching, names)
    batch = reports.batch_export()
    qtbot.addWidget(batch)
    assert_chinese(batch, names | {str(Path.home())})

    from qa_studio.ui.settings.first_run import FirstRunWizard

    wizard = FirstRunWizard(chinese, TaskRunner(synchronous=True))
    qtbot.addWidget(wizard)
    wizard.show()
    data_file = default_database_url().removeprefix("sqlite:///")
    for _page in range(4):
        assert_chinese(wizard, names | {"English", "简体中文", data_file})
        wizard.next()

    for dialog in (window.show_settings(), window.show_users(), window.sign_in()):
        qtbot.addWidget(dialog)
        assert_chinese(dialog, names | {"English", "刘洋", default_database_url()})
        if hasattr(dialog, "tabs"):
            for index in range(dialog.tabs.count()):
                dialog.tabs.setCurrentIndex(index)
                assert_chinese(dialog, names | {"English", "刘洋", default_database_url()})
