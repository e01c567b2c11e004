"""Settings with a real connection test (the local PostgreSQL server when it runs), the password kept out of the
settings file, and users: the first sign-in makes an administrator, who adds people and sets roles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from qa_studio import secrets
from qa_studio.services.users import UserService
from qa_studio.settings import DATABASE_URL, TRANSCRIBE_VAD, USER_NAME
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.settings.dialog import SettingsDialog
from qa_studio.ui.tasks import TaskRunner

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _dialog(qtbot, settings) -> SettingsDialog:  # noqa: ANN001
    dialog = SettingsDialog(settings, TaskRunner(synchronous=True), ["刘洋"])
    qtbot.addWidget(dialog)
    return dialog


def _server(dialog: SettingsDialog, port: int, password: str = "") -> None:
    dialog.server.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port)
    dialog.database_name.setText("test")
    dialog.db_user.setText("postgres")
    dialog.password.setText(password)


def test_a_wrong_server_is_reported_with_the_reason(qtbot, settings) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, settings)
    _server(dialog, 1)
    dialog.test()
    assert "127.0.0.1" in dialog.test_result.text() and "Connected" not in dialog.test_result.text()


def test_connection_to_the_team_server_and_the_password_stays_out_of_the_file(qtbot, settings, monkeypatch) -> None:  # noqa: ANN001
    from qa_studio.ui.settings.connection import test_connection

    try:
        test_connection("postgresql+psycopg://postgres@127.0.0.1:5432/test")
    except Exception as exc:  # noqa: BLE001 - any failure means no server here
        if IN_CI:
            raise
        pytest.skip(f"no PostgreSQL server answers on 127.0.0.1:5432 ({exc})")
    monkeypatch.setattr(secrets, "_this_run", {})
    dialog = _dialog(qtbot, settings)
    _server(dialog, 5432, "trusted-anyway")
    dialog.test()
    assert dialog.test_result.text().startswith("Connected: PostgreSQL"), dialog.test_result.text()
    dialog.vad.setChecked(False)
    restarts = []
    dialog.saved.connect(restarts.append)
    dialog.save()
    assert restarts == [True]
    stored = settings.get(DATABASE_URL)
    assert stored == "postgresql+psycopg://postgres@127.0.0.1:5432/test" and settings.get(TRANSCRIBE_VAD) is False
    settings_file = Path(settings._store.fileName())
    assert "trusted-anyway" not in settings_file.read_text(encoding="utf-8")
    assert secrets.password_for(stored) == "trusted-anyway"


def test_first_sign_in_is_administrator_who_manages_users(qtbot, sqlite_db, settings, monkeypatch) -> None:  # noqa: ANN001
    """No sign-in step on this computer: its account is the person, the first one the administrator."""
    settings.set(USER_NAME, "周婷")  # the name typed at first start
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    assert window.context.actor == "周婷" and window.context.user.role.value == "admin"
    assert "周婷" in window.user_label.text()
    users = window.show_users()
    qtbot.addWidget(users)
    assert users.add("刘洋", "reviewer")
    assert users.change_role("lead")
    assert {u.name: u.role for u in UserService(sqlite_db).list()} == {"周婷": "admin", "刘洋": "lead"}
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    # The administrator gives 刘洋 a password; he signs in on this shared PC and is a lead, not an administrator.
    users.select("周婷")
    assert users.reset_password("zhou's long password")  # her own first, or she would lock herself out
    users.select("刘洋")
    assert users.reset_password("liu's long password")
    switch = window.sign_in()
    qtbot.addWidget(switch)
    switch.name.setText("刘洋")
    switch.password.setText("liu's long password")
    assert switch.sign_in() and users.actor == "刘洋"  # the open dialog follows the new person
    assert not users.add("Sarah Lee", "reviewer")
    assert "only an administrator" in warnings[-1]
    users.select("周婷")
    assert not users.reset_password("taken over at last")  # nor another person's password


def test_the_password_is_checked_off_the_gui_thread(qtbot, sqlite_db, settings) -> None:  # noqa: ANN001
    """The check is a slow hash here and a server round trip on a team database: the window keeps answering."""
    import threading

    from qa_studio.services.identity import IdentityService
    from qa_studio.ui.settings.users import SwitchUserDialog

    settings.set(USER_NAME, "周婷")
    window = MainWindow(sqlite_db, settings, TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    UserService(sqlite_db).reset_password("周婷", "zhou's long password", actor="周婷")
    identity = IdentityService(sqlite_db)
    threads: list[threading.Thread] = []
    check = identity.sign_in

    def checked_where(name: str, password: str):  # noqa: ANN202
        threads.append(threading.current_thread())
        return check(name, password)

    identity.sign_in = checked_where  # type: ignore[method-assign]
    dialog = SwitchUserDialog(identity, window, TaskRunner())
    qtbot.addWidget(dialog)
    dialog.name.setText("周婷")
    dialog.password.setText("wrong")
    assert not dialog.sign_in()  # not known yet: the check runs in the background
    assert not dialog.ok_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=10_000)
    assert "wrong" in dialog.problem.text() and dialog.password.text() == ""
    dialog.password.setText("zhou's long password")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.sign_in()
    assert dialog.signed_in is not None and dialog.signed_in.name == "周婷"
    assert threads and all(thread is not threading.main_thread() for thread in threads)
