"""Batched decoding of speech pieces (FasterWhisperEngine.transcribe_pieces): a piece Whisper's own checks would
not trust is decoded again alone with the temperature fallback, progress and segments still reach the caller."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qa_studio.transcribe import engine as engine_module
from qa_studio.transcribe.audio import SAMPLE_RATE
from qa_studio.transcribe.engine import FasterWhisperEngine, Segment, Speaker, TranscribeOptions, repeats
from qa_studio.transcribe.pipeline import transcribe_file
from tests.transcribe.test_phone_calls import PHONE


def test_a_run_said_twice_in_a_row_is_a_repeat() -> None:
    said = [40, 486, 853, 281, 16550, 552, 337, 291, 13]  # a sentence of nine tokens
    assert repeats([11, 12] + said + said + [13])
    assert not repeats(said + [99] + said)  # said again later, not looping
    assert not repeats([50, 51, 52, 50, 51, 52])  # "Thank you. Thank you.": too short to be a loop
    assert not repeats([])


class Counting(FasterWhisperEngine):
    """Counts the pieces decoded alone by transcribe(), Whisper's sequential path with its temperature fallback."""

    alone: list[float]

    def transcribe(self, audio, options, on_segment=None):  # noqa: ANN001, ANN201
        self.alone = [*getattr(self, "alone", []), len(audio) / SAMPLE_RATE]
        return super().transcribe(audio, options, on_segment)


@pytest.mark.whisper
def test_a_piece_failing_the_checks_is_decoded_again_alone(tiny_en: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = Counting(tiny_en, "int8", cpu_threads=1)
    options = TranscribeOptions(language="en")
    trusted = transcribe_file(PHONE / "call_stereo.wav", tiny_en, options, engine_factory=lambda *_: engine)
    pieces = trusted.timings["pieces"]
    assert pieces >= 2 and len(getattr(engine, "alone", [])) == trusted.timings["redecoded"] < pieces
    # A mean log probability of 0 is beyond any decode: every piece fails the check and is decoded again alone.
    monkeypatch.setattr(engine_module, "LOGPROB_THRESHOLD", 0.0)
    engine.alone = []
    doubted = transcribe_file(PHONE / "call_stereo.wav", tiny_en, options, engine_factory=lambda *_: engine)
    assert doubted.timings["redecoded"] == len(engine.alone) == pieces
    assert all(seconds <= engine_module.PIECE_S for seconds in engine.alone)
    words = [[w.text for s in result.segments for w in s.words] for result in (trusted, doubted)]
    assert len(words[1]) > 0.9 * len(words[0])  # the words come from the second decoding


@pytest.mark.whisper
def test_batched_pieces_report_progress_and_every_segment(tiny_en: Path) -> None:
    heard: list[Segment] = []
    progress: list[tuple[int, int]] = []
    engine = FasterWhisperEngine(tiny_en, "int8", cpu_threads=1, batch_size=2)  # several batches
    result = transcribe_file(
        PHONE / "call_stereo.wav", tiny_en, TranscribeOptions(language="en"),
        on_progress=lambda done, total: progress.append((done, total)), on_segment=heard.append,
        engine_factory=lambda *_: engine,
    )  # fmt: skip
    assert result.timings["pieces"] > 2
    done = [d for d, _ in progress]
    assert done == sorted(done) and len(set(done)) > 2 and progress[-1] == (result.duration_ms * 2,) * 2
    assert sorted((s.speaker, s.start_ms, s.text) for s in heard) == sorted(
        (s.speaker, s.start_ms, s.text) for s in result.segments
    )
    assert {s.speaker for s in heard} == {Speaker.AGENT, Speaker.CUSTOMER}


@pytest.mark.whisper
def test_silence_between_speech_gives_no_words(tiny_en: Path) -> None:
    engine = FasterWhisperEngine(tiny_en, "int8", cpu_threads=1)
    quiet = np.zeros(5 * SAMPLE_RATE, dtype=np.float32)
    (found,), language = engine.transcribe_pieces([quiet], TranscribeOptions(language="en"))
    assert language == "en" and [w for s in found for w in s.words] == []
