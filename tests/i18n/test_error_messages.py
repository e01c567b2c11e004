"""Errors are codes with parameters, shown in the user's language: the reason a broken file is refused reads in
Chinese in the app's import report and on the command line, and no error a user reads is an English sentence."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from qa_studio import errors
from qa_studio.cli import main
from qa_studio.errors import QT_TRANSLATE_NOOP, Explained, NotFound, Phrase
from qa_studio.i18n import install_translators
from qa_studio.settings import LANGUAGE
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.tasks import TaskRunner
from tests.people import signed_in

PACKAGE = Path(__file__).parents[2] / "qa_studio"
BROKEN = Path(__file__).parents[1] / "data" / "import" / "chats" / "broken.json"
REFUSAL_IN_CHINESE = "不是有效的 JSON"  # "line 4, column 3: not valid JSON (…)"


@pytest.fixture
def chinese(qapp, settings):  # noqa: ANN001, ANN201
    translators = install_translators(qapp, "zh_CN")
    assert translators, "the zh_CN translation did not load"
    settings.set(LANGUAGE, "zh_CN")
    yield settings
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_an_error_is_a_code_with_parameters_rendered_where_it_is_shown(chinese) -> None:  # noqa: ANN001
    where = Phrase(QT_TRANSLATE_NOOP("Errors", "conversation {number}"), number=2)
    refused = Explained(QT_TRANSLATE_NOOP("Errors", "{where}: the conversation has no messages"), where=where)
    assert refused.code == "{where}: the conversation has no messages" and refused.params["where"] is where
    assert refused.english == "conversation 2: the conversation has no messages" == refused.args[0]
    assert str(refused) == "第 2 个会话：该会话没有消息"
    assert isinstance(NotFound(QT_TRANSLATE_NOOP("Errors", "no scorecard \"{key}\""), key="x"), LookupError)


def test_a_translation_that_lost_a_placeholder_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(errors, "_translate", lambda _context, _text: "坏的 {nonexistent}")
    assert str(Explained("the file {name} is empty", name="a.csv")) == "the file a.csv is empty"


def test_the_import_report_gives_the_reason_in_chinese(qtbot, sqlite_db, chinese) -> None:  # noqa: ANN001
    window = MainWindow(sqlite_db, chinese, TaskRunner(synchronous=True), user=signed_in(sqlite_db, "刘洋"))
    qtbot.addWidget(window)
    dialog = window.show_import([BROKEN])
    dialog.start()
    model = dialog.results
    reason = model.index(0, 2).data() if hasattr(model, "index") else dialog.results.model().index(0, 2).data()
    assert REFUSAL_IN_CHINESE in reason and "line" not in reason, reason


def test_the_command_line_gives_the_reason_in_chinese(tmp_path: Path, capsys, monkeypatch, qapp) -> None:  # noqa: ANN001
    monkeypatch.setenv("QA_STUDIO_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    try:
        assert main(["--db", url, "import", str(BROKEN)]) == 1
        out = capsys.readouterr().out
        assert "已拒绝" in out and REFUSAL_IN_CHINESE in out, out
        assert main(["--db", url, "calibration", "status", "424242"]) == 1
        assert capsys.readouterr().err.strip() == "qa-studio calibration: 没有校准会 424242"
    finally:
        monkeypatch.setenv("LC_ALL", "C")
        main(["--version"])  # English again for the tests that follow
        capsys.readouterr()


EXPLAINED = {"ImportRefused", "EvaluationError", "ConflictError", "BlindError", "CalibrationError", "UserError",
             "CoachingError", "ReportError", "ModelError", "AudioError", "ScorecardNotAllowed", "NotFound",
             "PatternInvalid", "NotADate", "PlanInvalid", "Explained", "Phrase"}  # fmt: skip


def test_no_error_a_user_reads_is_an_english_sentence() -> None:
    """Each is raised with a template marked for the catalogue (QT_TRANSLATE_NOOP("Errors", …)), never with a
    sentence; tests/i18n/test_catalogue_complete.py then holds every template to its Chinese translation."""
    sentences = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                call = node.exc
                name = call.func.id if isinstance(call.func, ast.Name) else ""
                if name == "LookupError" or (name in EXPLAINED and call.args and not _marked(call.args[0])):
                    sentences.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {ast.unparse(call)[:90]}")
    assert not sentences, "errors raised as English sentences:\n" + "\n".join(sentences)


def _marked(node: ast.expr) -> bool:
    if isinstance(node, ast.Call):
        return getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    return isinstance(node, ast.Name | ast.Subscript)  # a template chosen from a table of marked ones
