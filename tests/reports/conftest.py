"""The demo database every report test reads: loaded once per run (it is only read)."""

from __future__ import annotations

import pytest

from qa_studio.services.demo import load_demo
from qa_studio.services.reporting import ReportingService
from qa_studio.storage.database import Database


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> str:
    from qa_studio.storage.database import open_database

    folder = tmp_path_factory.mktemp("reports")
    url = f"sqlite:///{folder / 'demo.db'}"
    database = open_database(url)
    load_demo(database, folder / "demo", actor="tester")
    database.dispose()
    return url


@pytest.fixture
def service(demo: str):  # noqa: ANN201
    from qa_studio.storage.database import open_database

    database: Database = open_database(demo)
    yield ReportingService(database)
    database.dispose()


