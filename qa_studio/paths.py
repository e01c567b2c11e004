"""Where QA Studio keeps its files on this computer (per-user data directory)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "qa-studio"


def data_dir() -> Path:
    """The user's data folder; QA_STUDIO_HOME overrides it (tests, portable installs)."""
    override = os.environ.get("QA_STUDIO_HOME")
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'qa-studio.db'}"


def media_library_dir() -> Path:
    path = data_dir() / "media"
    path.mkdir(parents=True, exist_ok=True)
    return path
