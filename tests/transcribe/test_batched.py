"""Batched decoding of speech pieces (FasterWhisperEngine.transcribe_pieces): a piece Whisper's own checks would
not trust is decoded again alone with the temperature fallback, progress and segments still reach the caller."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qa_studio.transcribe import engine as engine_module
from qa_studio.transcribe import turns
from qa_studio.transcribe.audio import SAMPLE_RATE, decode_channels, to_float
from qa_studio.transcribe.engine import (
    APPEND_PUNCTUATIONS,
    HOP,
    PREPEND_PUNCTUATIONS,
    FasterWhisperEngine,
    Segment,
    Speaker,
    TranscribeOptions,
    looped,
    repeats,
)
from qa_studio.transcribe.pipeline import transcribe_file
from tests.transcribe.test_phone_calls import PHONE


def test_a_run_said_twice_in_a_row_is_a_repeat() -> None:
    said = [40, 486, 853, 281, 16550, 552, 337, 291, 13]  # a sentence of nine tokens
    assert repeats([11, 12] + said + said + [13])
    assert not repeats(said + [99] + said)  # said again later, not looping
    assert not repeats([50, 51, 52, 50, 51, 52])  # "Thank you. Thank you.": too short to be a loop
    assert not repeats([])


def _aligned(engine: FasterWhisperEngine, audio: np.ndarray, text: str) -> list[dict]:
    """`text` timed against `audio` by the alignment transcribe_pieces() uses: what a decode of `text` would get."""
    from faster_whisper.tokenizer import Tokenizer

    model = engine._model
    frames = 2 * -(-len(audio) // (2 * HOP))
    features = model.feature_extractor(np.pad(audio, (0, frames * HOP - len(audio))), padding=0)
    tokenizer = Tokenizer(model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language="en")
    segments = [[dict(tokens=tokenizer.encode(" " + text), start=0.0, end=len(audio) / SAMPLE_RATE, seek=0)]]
    model.add_word_timestamps(segments, tokenizer, model.encode(features[:, :frames]), [frames],
                              PREPEND_PUNCTUATIONS, APPEND_PUNCTUATIONS, 0.0)  # fmt: skip
    return segments[0][0]["words"]


@pytest.mark.whisper
@pytest.mark.parametrize("model", ["tiny_en", "base_model"])
def test_a_sentence_said_twice_is_kept_and_a_decoder_loop_is_not(model: str, request: pytest.FixtureRequest) -> None:
    # The real speech of the test call: a decode that says a sentence twice is checked against what the alignment
    # makes of the second saying, instead of every such piece being decoded again (the customer of the test call
    # says "He was not an ill disposed young man" in its first and last turn).
    engine = FasterWhisperEngine(request.getfixturevalue(model), "int8", cpu_threads=1)
    agent, customer = (turns.level(to_float(side)) for side in decode_channels(PHONE / "call_stereo.wav", pcm16=True))

    def said(side: np.ndarray, start_ms: int, end_ms: int) -> np.ndarray:
        return side[(start_ms - 300) * SAMPLE_RATE // 1000 : (end_ms + 300) * SAMPLE_RATE // 1000]

    pause = np.zeros(SAMPLE_RATE, dtype=np.float32)
    person, sorry = said(agent, 26890, 31360), said(agent, 42670, 46440)
    ill = said(customer, 5950, 8940)
    locate = "The person you are calling is not at their desk; I will try to locate them for you."
    again = " I will try to locate them for you."
    for audio, text in (
        (np.concatenate([person, pause, pause]), locate + again),  # looping over silence
        (np.concatenate([person, pause]), locate + again),  # looping past the end of the speech
        (np.concatenate([person, pause, sorry, pause]), locate + again),  # looping over the next sentence
    ):
        assert repeats(engine._model.hf_tokenizer.encode(text).ids)
        assert looped(_aligned(engine, audio, text)), text
    twice = "He was not an ill-disposed young man. He was not an ill-disposed young man."
    assert not looped(_aligned(engine, np.concatenate([ill, pause, ill, pause]), twice))
    between = f"{locate} {twice} I'm sorry, but I was unable to locate the person you are calling."
    assert not looped(_aligned(engine, np.concatenate([person, pause, ill, pause, ill, pause, sorry, pause]), between))


def test_a_repeat_the_words_do_not_show_counts_as_a_loop() -> None:
    def word(text: str, start: float, end: float) -> dict:
        return {"word": text, "start": start, "end": end, "probability": 0.9}

    # The tokens repeat inside one long word: no run of three words twice, so nothing shows it was said twice.
    assert looped([word(" Abracadabracadabra", 0.0, 1.0), word(" now", 1.0, 1.2)])
    spoken = [word(f" {w}", 0.3 * n, 0.3 * n + 0.25) for n, w in enumerate(["yes", "I", "can", "do", "that"] * 2)]
    assert not looped(spoken)  # "Yes, I can do that. Yes, I can do that.", each in 1.45 s
    assert looped(spoken[:5] + [word(w["word"], 1.6, 1.6) for w in spoken[5:]])  # the second in no time
    assert looped(spoken[:5] + [word(w["word"], 1.6 + 0.6 * n, 2.1 + 0.6 * n) for n, w in enumerate(spoken[5:])])


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
