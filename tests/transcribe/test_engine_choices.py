"""Script conversion for Chinese output and the compute type measured once per model and CPU."""

from __future__ import annotations

import json
import time
from pathlib import Path

import ctranslate2
import numpy as np
import pytest

from qa_studio.transcribe import engine
from qa_studio.transcribe.engine import COMPUTE_TYPES, PROBE, Script, cpu_identity, pick_compute_type, to_script


def test_chinese_output_follows_the_script_preference() -> None:
    traditional = "您好，請問訂單號是多少？我們會儘快發貨。"
    assert to_script(traditional, Script.SIMPLIFIED, "zh") == "您好，请问订单号是多少？我们会尽快发货。"
    assert to_script("请问订单号", Script.TRADITIONAL, "zh") == "請問訂單號"
    assert to_script(traditional, Script.AS_IS, "zh") == traditional
    assert to_script("colour", Script.SIMPLIFIED, "en") == "colour"


def test_chinese_output_gets_full_width_punctuation_after_chinese_characters() -> None:
    whisper = "您好,請問有什麼可以幫您?訂單 1,000 元,10:30 送到!"
    assert to_script(whisper, Script.SIMPLIFIED, "zh") == "您好，请问有什么可以帮您？订单 1,000 元，10:30 送到！"
    assert to_script(whisper, Script.AS_IS, "zh") == whisper
    assert to_script("Yes, 10:30", Script.SIMPLIFIED, "zh") == "Yes, 10:30"
    assert to_script("好的,13800138000,", Script.SIMPLIFIED, "zh") == "好的，13800138000，"


@pytest.mark.whisper
def test_compute_type_is_measured_once_and_remembered(tiny_en: Path, tmp_path: Path) -> None:
    cache = tmp_path / "compute-types.json"
    started = time.perf_counter()
    chosen = pick_compute_type(tiny_en, cache)
    assert time.perf_counter() - started < 30  # about 7 s on two cores; a bound, not a benchmark
    assert chosen in COMPUTE_TYPES
    ((key, stored),) = json.loads(cache.read_text()).items()
    assert stored == chosen and str(tiny_en.resolve()) in key and cpu_identity() in key
    other = "float32" if chosen == "int8" else "int8"
    cache.write_text(json.dumps({key: other}))
    started = time.perf_counter()
    assert pick_compute_type(tiny_en, cache) == other  # read back, not measured again
    assert time.perf_counter() - started < 0.5


@pytest.mark.whisper
def test_a_pick_made_by_an_earlier_probe_is_measured_again(tiny_en: Path, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """The probe once timed a 30-s window and a greedy decode, and on some processors picked the type that is
    slower at a job's batches of pieces: a cache it wrote is not trusted by the present probe."""
    timed: list[str] = []

    def time_pieces(model, _audio, _tokens) -> float:  # noqa: ANN001
        timed.append(model.model.compute_type)
        return 2.0 if model.model.compute_type.startswith("int8") else 3.0  # CTranslate2 names it int8_float32

    monkeypatch.setattr(engine, "_time_pieces", time_pieces)
    cache = tmp_path / "compute-types.json"
    assert pick_compute_type(tiny_en, cache) == "int8"
    ((key, _stored),) = json.loads(cache.read_text()).items()
    assert key.endswith(f"|{PROBE}") and len(timed) == 2
    earlier = key.removesuffix(f"|{PROBE}")
    cache.write_text(json.dumps({earlier: "float32"}))
    assert pick_compute_type(tiny_en, cache) == "int8"
    assert len(timed) == 4  # measured again, not read from the earlier probe's entry
    assert json.loads(cache.read_text()) == {earlier: "float32", key: "int8"}  # an older version still reads its own


@pytest.mark.whisper
def test_the_probe_decodes_exactly_its_steps_and_the_decoders_limit_is_known(tiny_en: Path) -> None:
    """CTranslate2's Whisper decoder stops at half its `max_length`: the probe asks for twice its steps, and the
    batched path's "never ended" check (a piece decoded again alone) uses the same limit."""
    from faster_whisper import WhisperModel

    model = WhisperModel(str(tiny_en), device="cpu", compute_type="int8", cpu_threads=1)
    audio = engine._probe_audio(2)
    encoded = np.asarray(model.encode(model.feature_extractor(audio, padding=0)[:, :200]))
    for steps in (5, 12):
        results = engine._probe_generate(model, encoded, steps)
        assert len(results) == engine.BATCH_SIZE
        assert {len(r.sequences_ids[0]) for r in results} == {steps}
    _tokenizer, prompt = engine._probe_prompt(model)
    eot = model.hf_tokenizer.token_to_id("<|endoftext|>")
    for max_length in (20, 31):
        (result,) = model.model.generate(ctranslate2.StorageView.from_array(encoded), [prompt],
                                         max_length=max_length, suppress_tokens=[eot])  # fmt: skip
        assert len(result.sequences_ids[0]) == engine.decode_limit(max_length, len(prompt))
