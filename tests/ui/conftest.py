"""Fixtures the window tests share."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_studio.services.demo import load_demo
from qa_studio.storage.database import Database, open_database


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo loaded once per test module; each test works on its own copy (`demo_db`)."""
    folder = tmp_path_factory.mktemp("demo")
    database = open_database(f"sqlite:///{folder / 'demo.db'}")
    load_demo(database, folder / "demo", actor="tester")
    database.dispose()
    return folder / "demo.db"


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    shutil.copyfile(demo_file, tmp_path / "demo.db")
    database = open_database(f"sqlite:///{tmp_path / 'demo.db'}")
    yield database
    database.dispose()
