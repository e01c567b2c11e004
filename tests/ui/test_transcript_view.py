"""A transcribed call in the interaction window: playback drives the highlight, clicks seek, edits are kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from qa_studio.services.imports import ImportService
from qa_studio.services.transcription import TranscriptionService
from qa_studio.settings import TRANSCRIBE_MODEL
from qa_studio.storage.models import AuditEntry
from qa_studio.transcribe.exports import ExportFormat
from qa_studio.transcribe.models import TINY_EN_KEY
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.tasks import TaskRunner
from qa_studio.ui.transcripts.view import TranscriptView

pytestmark = pytest.mark.whisper
AUDIO = Path(__file__).parents[1] / "data" / "audio"


@pytest.fixture
def window(qtbot, sqlite_db, settings, tmp_path_factory):  # noqa: ANN001, ANN201
    service = TranscriptionService(sqlite_db, tmp_path_factory.getbasetemp() / "ui-models")
    settings.set(TRANSCRIBE_MODEL, TINY_EN_KEY)
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), transcription=service)
    qtbot.addWidget(window)
    window.show()
    return window


def test_transcribe_from_the_list_then_play_follow_and_seek(qtbot, window) -> None:  # noqa: ANN001
    call = ImportService(window.database).run([AUDIO / "stereo_call.opus"],
        actor="tester").results[0].interaction_ids[0]
    window.refresh()
    window.interactions.table.selectRow(0)
    window.transcribe_action.trigger()
    assert window.jobs_panel.model.rowCount() == 1
    assert window.jobs_panel.model.index(0, 3).data() == "Done"
    qtbot.waitUntil(lambda: window.interactions.model.index(0, 7).data() == "Transcribed")

    dialog = window.open_interaction(call)
    qtbot.addWidget(dialog)
    view = dialog.transcript
    assert isinstance(view, TranscriptView)
    model = view.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Agent", "Customer", "Agent"]
    assert "agent share" in view.metrics.text()

    view.player.play()
    qtbot.waitUntil(lambda: view.player.position() > 300, timeout=10_000)
    qtbot.waitUntil(lambda: model.current_row == 0, timeout=5_000)
    customer = model.segment(1)
    view.player.seek(customer.start_ms + 200)
    qtbot.waitUntil(lambda: model.current_row == 1, timeout=5_000)
    assert view.words.toPlainText().strip().lower().startswith("my")

    last = model.segment(2)
    rect = view.table.visualRect(model.index(2, 2))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: abs(view.player.position() - last.start_ms) < 600, timeout=5_000)
    qtbot.waitUntil(lambda: model.current_row == 2, timeout=5_000)
    view.player.pause()

    view.search.setText("parcel")
    assert view.find_next() == 1
    assert "Customer: My parcel" in view.export_text(ExportFormat.TXT).replace("my parcel", "My parcel")


CARD_LINE = "my card is 4111 1111 1111 1111"


def test_correct_a_segment_when_unmasked(qtbot, window) -> None:  # noqa: ANN001
    call = ImportService(window.database).run([AUDIO / "english_mono.opus"],
        actor="tester").results[0].interaction_ids[0]
    window.transcribe([call])
    dialog = window.open_interaction(call)
    qtbot.addWidget(dialog)
    view = dialog.transcript
    index = view.model.index(0, 2)
    view.redacted.setChecked(True)
    assert view.model.flags(index) & Qt.ItemFlag.ItemIsEditable  # masked, but the line hides nothing
    view.redacted.setChecked(False)
    assert view.model.setData(index, "Thank you for calling Harbour customer service.")
    assert view.model.index(0, 2).data() == "Thank you for calling Harbour customer service."
    assert view.model.setData(index, CARD_LINE)
    view.redacted.setChecked(True)
    # Shown masked, a line that hides a number cannot be saved back over it.
    assert view.model.index(0, 2).data() == "my card is [card]"
    assert not view.model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_a_reviewer_sees_masked_text_and_corrects_only_lines_that_hide_nothing(qtbot, window) -> None:  # noqa: ANN001
    from tests.people import signed_in

    call = ImportService(window.database).run([AUDIO / "english_mono.opus"],
        actor="tester").results[0].interaction_ids[0]
    window.transcribe([call])
    lead = window.context.user
    window.context.set_user(signed_in(window.database, "刘洋"))  # a reviewer takes over the window
    dialog = window.open_interaction(call)
    qtbot.addWidget(dialog)
    view = dialog.transcript
    assert view.redacted.isChecked() and not view.redacted.isEnabled()
    assert all(not view.model.segment(row).words for row in range(view.model.rowCount()))
    index = view.model.index(0, 2)
    assert view.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert view.model.setData(index, "Thank you for calling Harbour.")
    assert view.model.index(0, 2).data() == "Thank you for calling Harbour."
    with window.database.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "transcript_corrected").order_by(AuditEntry.id.desc())
        ).first()
        assert entry.actor == "刘洋" and entry.detail["new"]["text"] == "Thank you for calling Harbour."
    # Someone who may read numbers writes one into the line: the reviewer now sees it masked and cannot change it.
    stored = window.transcription.current_transcript(call)
    window.transcription.correct_segment(stored.segment_ids[0], text=CARD_LINE, actor=lead.name)
    view.reload()
    assert view.model.segment(0).text == "my card is [card]"  # the clear text never reached this window
    assert not view.model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_options_dialog_remembers_a_model_per_language(qtbot, settings) -> None:  # noqa: ANN001
    from qa_studio.transcribe.models import BASE_KEY
    from qa_studio.ui.transcripts.options_dialog import TranscribeOptionsDialog, default_model_for

    dialog = TranscribeOptionsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.model_key() == BASE_KEY
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.model.setCurrentIndex(dialog.model.findData(TINY_EN_KEY))
    dialog.remember.setChecked(True)
    dialog.prompt.setText("Harbour Electronics, SO number")
    dialog._accept()
    assert default_model_for(settings, "en") == TINY_EN_KEY
    assert default_model_for(settings, "zh") == BASE_KEY
    again = TranscribeOptionsDialog(settings)
    qtbot.addWidget(again)
    assert again.model_key() == TINY_EN_KEY and again.options().initial_prompt == "Harbour Electronics, SO number"


def test_options_dialog_keeps_the_mono_speaker_rule(qtbot, settings) -> None:  # noqa: ANN001
    from qa_studio.ui.transcripts.options_dialog import TranscribeOptionsDialog, options_from_settings

    dialog = TranscribeOptionsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.separate.isChecked() and not dialog.swap.isChecked()  # calls have two sides
    dialog.greeting.setText("  Thank you for calling Harbour Electronics ")
    dialog.swap.setChecked(True)
    dialog._accept()
    options = options_from_settings(settings)
    assert options.separate_speakers and options.swap_speakers
    assert options.greeting == "Thank you for calling Harbour Electronics"


def test_a_mono_call_shows_how_its_agent_was_named(qtbot, window) -> None:  # noqa: ANN001
    from qa_studio.transcribe.engine import TranscribeOptions

    phone = Path(__file__).parents[1] / "data" / "phone"
    two, one = (ImportService(window.database).run([path], actor="tester").results[0].interaction_ids[0]
                for path in (phone / "call_mono.wav", AUDIO / "english_mono.opus"))  # fmt: skip
    window.transcribe([two, one], TINY_EN_KEY, TranscribeOptions(language="en", separate_speakers=True,
                                                                 swap_speakers=True))  # fmt: skip
    dialog = window.open_interaction(two)
    qtbot.addWidget(dialog)
    view = dialog.transcript
    assert "Agent = the speaker who spoke first, swapped by the reviewer" in view.status.text()
    speakers = {view.model.index(r, 1).data() for r in range(view.model.rowCount())}
    assert speakers == {"Agent", "Customer"}
    assert view.model.index(0, 1).data() == "Customer"  # the first speaker, flipped
    dialog = window.open_interaction(one)
    qtbot.addWidget(dialog)
    assert "One voice heard" in dialog.transcript.status.text()
