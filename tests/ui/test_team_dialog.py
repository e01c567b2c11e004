"""File → Team database…: the guided step that turns a PostgreSQL database into a team database, and the guide
for the server's owner; on this computer's SQLite database, the way there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_studio.services.identity import IdentityService
from qa_studio.storage.database import Database, open_database
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.tasks import TaskRunner
from tests.conftest import PG_ADMIN_URL, throwaway_team_database


@pytest.fixture
def fresh_pg() -> Iterator[tuple[Database, str]]:
    with throwaway_team_database("guided") as (url, prefix):
        owner = open_database(url)
        try:
            yield owner, prefix
        finally:
            owner.dispose()


@pytest.mark.postgres
def test_the_owner_turns_team_mode_on_from_the_app(qtbot, settings, fresh_pg) -> None:  # noqa: ANN001
    owner, prefix = fresh_pg
    window = MainWindow(owner, settings, TaskRunner(synchronous=True), user=IdentityService(owner).current())
    qtbot.addWidget(window)
    dialog = window.show_team()
    assert "not a team database yet" in dialog.state.text() and dialog.enable_button.isVisibleTo(dialog)
    dialog.prefix.setText("Bad Prefix!")
    dialog.admin_name.setText("周婷")
    dialog.admin_login.setText(f"{prefix}_first_admin")
    dialog.enable_button.click()
    assert "not usable" in dialog.problem.text()  # the reason, in the user's language; nothing changed
    assert not IdentityService(owner).is_team_database()
    dialog.prefix.setText(prefix)
    dialog.enable_button.click()
    assert dialog.problem.text() == ""
    assert "is a team database" in dialog.state.text() and not dialog.enable_button.isVisibleTo(dialog)
    assert f"+{prefix}_user" in dialog.guide.toPlainText() and "scram-sha-256" in dialog.guide.toPlainText()
    # The administrator named here can now connect as themselves and is who the server says they are.
    admin = open_database(PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgres@", f"{prefix}_first_admin@", 1)
                          + "/" + owner.url.database)  # fmt: skip
    assert IdentityService(admin).current().name == "周婷"
    admin.dispose()


def test_on_this_computer_the_dialog_shows_the_way_to_a_team_database(qtbot, settings, sqlite_db) -> None:  # noqa: ANN001
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True), user=IdentityService(sqlite_db).current())
    qtbot.addWidget(window)
    dialog = window.show_team()
    assert "SQLite" in dialog.state.text() and not dialog.enable_button.isVisibleTo(dialog)
    assert "createuser --createrole" in dialog.guide.toPlainText()
