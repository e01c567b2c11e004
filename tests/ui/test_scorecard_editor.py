"""The scorecard library and editor through real widgets: build a scorecard from scratch, edit a shipped one that
already scored evaluations (a new version; the old evaluations unchanged), fix wording (same version), invalid
edits block saving with the reason, and import/export of files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from qa_studio.scoring.engine import Answer
from qa_studio.scoring.loader import load_scorecard
from qa_studio.scoring.model import CriterionType
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.imports import ImportService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.tasks import TaskRunner

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture
def library(qtbot, sqlite_db, settings, monkeypatch):  # noqa: ANN001, ANN201
    # Closing an editor with unsaved changes asks first; the tests' teardown closes them and agrees.
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    ScorecardService(sqlite_db).ensure_shipped()
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    library = window.show_scorecards()
    qtbot.addWidget(library)
    return library


def test_build_a_scorecard_from_scratch_and_save(qtbot, library, sqlite_db) -> None:  # noqa: ANN001
    editor = library.new("returns_desk")
    qtbot.addWidget(editor)
    settings = editor.scorecard_form
    settings.name_text.en.setText("Returns desk")
    settings.name_text.en.textEdited.emit("Returns desk")
    settings.channel.setCurrentIndex(settings.channel.findData("chat"))
    editor.select(0, 0)
    form = editor.criterion_form
    form.label.en.setText("Offered an exchange first")
    form.label.en.textEdited.emit("Offered an exchange first")
    form.fail.setCurrentIndex(form.fail.findData("fatal"))
    editor.add_criterion()
    form.type.setCurrentIndex(form.type.findData(CriterionType.SCALE))
    form.scale_step.setValue(0.5)
    form.points.setValue(10)
    assert editor.save_button.isEnabled(), [editor.problems.item(i).text() for i in range(editor.problems.count())]
    assert "new scorecard" in editor.outcome.text()
    editor.tabs.setCurrentIndex(1)
    assert len(editor.preview.widgets) == 2
    assert editor.save()
    saved = ScorecardService(sqlite_db).latest("returns_desk")
    assert saved.name.en == "Returns desk" and saved.channel == "chat"
    first, second = saved.criteria()
    assert first.fail.value == "fatal" and second.type == CriterionType.SCALE and second.scale_step == 0.5
    assert any(row.key == "returns_desk" for row in library.model.rows)


def test_scoring_edit_makes_a_new_version_and_old_evaluations_stay(qtbot, library, sqlite_db) -> None:  # noqa: ANN001
    chat = ImportService(sqlite_db).run([DATA / "import" / "chats" / "livechat.json"],
        actor="tester").results[0].interaction_ids[0]
    evaluations = EvaluationService(sqlite_db)
    evaluation = evaluations.start(chat, "刘洋")
    evaluations.save_draft(evaluation, {"greeting": Answer("yes")})
    before = evaluations.get(evaluation)
    library.select_key("chat_standard")
    editor = library.edit()
    qtbot.addWidget(editor)
    editor.select(0, 1)  # the greeting
    editor.criterion_form.label.en.setText("Greeting with name and company")
    editor.criterion_form.label.en.textEdited.emit("Greeting with name and company")
    assert "updates version 1 in place" in editor.outcome.text()  # wording only
    editor.criterion_form.points.setValue(8)
    assert "makes version 2" in editor.outcome.text() and "keep version 1" in editor.outcome.text()
    assert editor.save()
    service = ScorecardService(sqlite_db)
    assert next(s for s in service.list() if s.key == "chat_standard").latest_version == 2
    assert evaluations.get(evaluation).scorecard_version_id == before.scorecard_version_id
    old = service.version(before.scorecard_version_id)
    assert old.criterion("greeting").points == 5  # the evaluation still renders as scored


def test_invalid_edit_disables_save_and_says_why(qtbot, library) -> None:  # noqa: ANN001
    library.select_key("phone_call_standard")
    editor = library.edit()
    qtbot.addWidget(editor)
    editor.select(0, 0)
    editor.criterion_form.key.setText("greeting")  # the key of another criterion
    editor.criterion_form.key.textEdited.emit("greeting")
    problems = [editor.problems.item(i).text() for i in range(editor.problems.count())]
    assert not editor.save_button.isEnabled()
    assert any("greeting" in p for p in problems), problems
    assert "problem(s) to fix" in editor.outcome.text()


def test_import_refuses_an_invalid_file_with_file_and_line(qtbot, library, monkeypatch) -> None:  # noqa: ANN001
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    bad = DATA / "scorecards" / "invalid" / "scale_step.yaml"
    before = len(library.model.rows)
    assert not library.import_file(bad)
    assert f"{bad}:" in shown[-1] and len(library.model.rows) == before


def test_export_then_import_round_trip(qtbot, library, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    library.select_key("email_standard")
    exported = library.export(tmp_path / "email.yaml")
    assert load_scorecard(exported).key == "email_standard"
    assert library.import_file(exported)  # unchanged: still version 1
    assert next(r for r in library.model.rows if r.key == "email_standard").latest_version == 1


def test_retire_and_restore(qtbot, library) -> None:  # noqa: ANN001
    library.select_key("email_standard")
    library.toggle_retired()
    assert next(r for r in library.model.rows if r.key == "email_standard").retired
    assert library.retire_button.text().replace("&", "") == "Restore"
    library.toggle_retired()
    assert not next(r for r in library.model.rows if r.key == "email_standard").retired
