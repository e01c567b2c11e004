"""Real models from the bundled packages; the split base model is joined once per test run."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_studio.transcribe.models import BASE_KEY, TINY_EN_KEY, bundled_models, ensure_model_ready

AUDIO = Path(__file__).parents[1] / "data" / "audio"


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def tiny_en(models_dir: Path) -> Path:
    info = next(m for m in bundled_models() if m.key == TINY_EN_KEY)
    return ensure_model_ready(info, models_dir)


@pytest.fixture(scope="session")
def base_model(models_dir: Path) -> Path:
    info = next(m for m in bundled_models() if m.key == BASE_KEY)
    return ensure_model_ready(info, models_dir)


@pytest.fixture(scope="session")
def audio() -> Path:
    return AUDIO
