"""`qa-studio transcribe --separate-speakers` on a mono phone call: agent and customer apart, the rule stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_studio.cli import main
from qa_studio.cli.common import EXIT_OK
from qa_studio.services.imports import ImportService
from qa_studio.services.transcription import TranscriptionService
from qa_studio.storage.database import open_database
from qa_studio.transcribe.diarize import SpeakerRule
from qa_studio.transcribe.engine import Speaker

pytestmark = pytest.mark.whisper
PHONE = Path(__file__).parents[1] / "data" / "phone"


def test_the_command_line_separates_a_mono_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QA_STUDIO_HOME", str(tmp_path / "home"))
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    database = open_database(url)
    call = ImportService(database).run([PHONE / "call_mono.wav"], actor="tester").results[0].interaction_ids[0]
    code = main(["--db", url, "transcribe", str(call), "--model", "tiny.en", "--language", "en",
                 "--separate-speakers", "--greeting", "Please hold"])  # fmt: skip
    assert code == EXIT_OK
    stored = TranscriptionService(database).current_transcript(call)
    assert stored is not None and stored.speaker_rule == SpeakerRule.GREETING and stored.greeting == "Please hold"
    assert stored.segments[0].speaker == Speaker.AGENT  # the agent's prompts say "please hold"
    assert {s.speaker for s in stored.segments} == {Speaker.AGENT, Speaker.CUSTOMER}
    database.dispose()
