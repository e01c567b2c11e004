"""The first-run wizard completed for this computer's database and for the team's PostgreSQL server (which must be
tested before the wizard goes on); the first person becomes administrator and the choices are saved."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard
from sqlalchemy.engine import make_url

from qa_studio import secrets
from qa_studio.services.users import UserService
from qa_studio.settings import DATABASE_URL, FIRST_RUN_DONE, LANGUAGE, TRANSCRIBE_MODEL, USER_NAME
from qa_studio.storage.database import open_database
from qa_studio.ui.settings.first_run import FirstRunWizard, needs_first_run
from qa_studio.ui.tasks import TaskRunner
from tests.conftest import _empty_pg


def _wizard(qtbot, settings) -> FirstRunWizard:  # noqa: ANN001
    wizard = FirstRunWizard(settings, TaskRunner(synchronous=True))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _finish_identity(wizard: FirstRunWizard, name: str) -> None:
    assert wizard.currentPage() is wizard.identity_page
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # a name is needed
    wizard.identity_page.name.setText(name)
    wizard.identity_page.name.textEdited.emit(name)
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_first_run_on_this_computer(qtbot, settings, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("QA_STUDIO_HOME", str(tmp_path))  # a computer where QA Studio never ran: an empty database
    assert needs_first_run(settings)
    wizard = _wizard(qtbot, settings)
    wizard.language_page.language.setCurrentIndex(wizard.language_page.language.findData("zh_CN"))
    wizard.next()
    assert wizard.currentPage() is wizard.database_page and wizard.database_page.isComplete()
    wizard.next()
    model = wizard.model_page.model
    model.setCurrentIndex(model.findData("bundled:tiny.en"))
    wizard.next()
    assert "first person" in wizard.identity_page.about.text() and wizard.identity_page.demo.isChecked()
    _finish_identity(wizard, "周婷")
    assert wizard.result() == QWizard.DialogCode.Accepted and wizard.wants_demo()
    assert (settings.get(LANGUAGE), settings.get(TRANSCRIBE_MODEL), settings.get(USER_NAME)) == (
        "zh_CN", "bundled:tiny.en", "周婷")  # fmt: skip
    assert settings.get(DATABASE_URL) == "" and settings.get(FIRST_RUN_DONE) and not needs_first_run(settings)
    assert wizard.user.role == "admin"


def test_first_run_on_the_team_server(qtbot, settings, request, monkeypatch) -> None:  # noqa: ANN001
    url = request.getfixturevalue("_pg_url")
    if url is None:
        pytest.skip("PostgreSQL does not answer on 127.0.0.1:5432 (set CI=true to make this an error)")
    _empty_pg(url).dispose()  # a new team server: nobody on it yet (earlier tests share this database)
    server = make_url(url)
    monkeypatch.setattr(secrets, "_this_run", {})
    wizard = _wizard(qtbot, settings)
    wizard.next()
    page = wizard.database_page
    page.server.setChecked(True)
    page.host.setText(server.host)
    page.port.setValue(server.port or 5432)
    page.name.setText(server.database)
    page.user.setText(server.username)
    page.password.setText("not-needed-with-trust")
    assert not page.isComplete()  # not tested yet
    page.port.setValue(1)
    page.test()
    assert not page.isComplete() and "127.0.0.1" in page.result.text()  # a wrong port is refused with the reason
    page.port.setValue(server.port or 5432)
    page.test()
    assert page.isComplete(), page.result.text()
    wizard.next()
    wizard.next()
    _finish_identity(wizard, "Sarah Lee")
    assert wizard.result() == QWizard.DialogCode.Accepted
    stored = settings.get(DATABASE_URL)
    assert make_url(stored).database == server.database and make_url(stored).password is None
    assert secrets.password_for(stored) == "not-needed-with-trust"
    team = open_database(url)
    try:
        assert "Sarah Lee" in {u.name for u in UserService(team).list()}
    finally:
        team.dispose()
