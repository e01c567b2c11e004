"""Signing in to a team database for real: a throwaway PostgreSQL cluster of the test's own that checks passwords
(scram-sha-256), so a wrong password, a disabled account and an unreachable server are tried as a user meets them."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import text

from qa_studio.services.identity import IdentityService
from qa_studio.services.team import TeamService
from qa_studio.services.users import UserService
from qa_studio.storage.database import Database, DatabaseUnavailable, open_database

pytestmark = pytest.mark.postgres
BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), None)
OWNER_PASSWORD, LEAD_PASSWORD = "owner's long password", "the lead's password"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_postgres(*command: str) -> list[str]:
    # initdb and the server refuse to run as root; the machine's postgres account runs them.
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else list(command)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    if BIN is None or not (BIN / "initdb").exists():
        pytest.skip("PostgreSQL's initdb is not installed here")
    folder = Path(tempfile.mkdtemp(prefix="qa-studio-pg-"))
    data, password_file = folder / "data", folder / "pw"
    password_file.write_text(OWNER_PASSWORD)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(password_file, "postgres")
    port = _free_port()
    subprocess.run(_as_postgres(str(BIN / "initdb"), "-D", str(data), "-U", "owner", "--auth=scram-sha-256",
                                f"--pwfile={password_file}", "-E", "UTF8", "--locale=C.UTF-8"),
                   check=True, capture_output=True)  # fmt: skip
    subprocess.run(_as_postgres(str(BIN / "pg_ctl"), "-D", str(data), "-w", "-l", str(folder / "log"), "-o",
                                f"-p {port} -k {folder} -c listen_addresses=127.0.0.1", "start"),
                   check=True, capture_output=True)  # fmt: skip
    try:
        yield f"postgresql+psycopg://{{login}}:{{password}}@127.0.0.1:{port}/{{database}}"
    finally:
        subprocess.run(_as_postgres(str(BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"),
                       capture_output=True)  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


def _url(server: str, login: str, password: str, database: str = "qa") -> str:
    return server.format(login=login, password=quote(password), database=database)


@pytest.fixture(scope="module")
def team(server: str) -> str:
    postgres = Database(_url(server, "owner", OWNER_PASSWORD, "postgres"))
    with postgres.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("CREATE DATABASE qa"))
    postgres.dispose()
    owner = open_database(_url(server, "owner", OWNER_PASSWORD))
    TeamService(owner).enable("qa", "周婷", "zhou.ting", LEAD_PASSWORD)
    owner.dispose()
    return server


def test_the_right_password_signs_in_and_a_wrong_one_writes_nothing(team: str) -> None:
    lead = open_database(_url(team, "zhou.ting", LEAD_PASSWORD))
    assert IdentityService(lead).current().name == "周婷"
    UserService(lead).add("刘洋", "reviewer", "周婷", login="liu.yang", password="liu's first password")
    lead.dispose()
    with pytest.raises(DatabaseUnavailable, match="password is wrong"):
        open_database(_url(team, "liu.yang", "not his password"))
    reviewer = open_database(_url(team, "liu.yang", "liu's first password"))
    assert IdentityService(reviewer).current().name == "刘洋"
    # People change their own password; the old one stops working.
    UserService(reviewer).reset_password("刘洋", "liu's second password", "刘洋")
    reviewer.dispose()
    with pytest.raises(DatabaseUnavailable, match="password is wrong"):
        open_database(_url(team, "liu.yang", "liu's first password"))
    assert open_database(_url(team, "liu.yang", "liu's second password")).current_revision() is not None


def test_a_disabled_account_cannot_connect(team: str) -> None:
    lead = open_database(_url(team, "zhou.ting", LEAD_PASSWORD))
    users = UserService(lead)
    users.add("Sarah Lee", "reviewer", "周婷", login="sarah.lee", password="sarah's password")
    users.set_active("Sarah Lee", False, "周婷")
    with pytest.raises(DatabaseUnavailable, match="disabled"):
        open_database(_url(team, "sarah.lee", "sarah's password"))
    users.set_active("Sarah Lee", True, "周婷")
    assert IdentityService(open_database(_url(team, "sarah.lee", "sarah's password"))).current().name == "Sarah Lee"
    lead.dispose()


def test_an_unreachable_server_is_named() -> None:
    with pytest.raises(DatabaseUnavailable, match="Cannot reach the database server"):
        open_database(f"postgresql+psycopg://someone@127.0.0.1:{_free_port()}/qa")


def test_the_keyring_is_asked_once_for_a_database_it_keeps_no_password_for(
    team: str, _pg_url: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asking the keyring takes a tenth of a second of each start. Once it had nothing for a database, a start does
    not ask it again; when the server then asks for a password after all, the keyring is asked and its password
    used (ui/app.py `open_with_kept_password`)."""
    import keyring
    from PySide6.QtCore import QSettings

    from qa_studio import secrets
    from qa_studio.settings import NO_KEPT_PASSWORD, Settings
    from qa_studio.ui.app import open_with_kept_password
    from tests.test_secrets import MemoryKeyring

    backend = MemoryKeyring()
    asked: list[str] = []
    looked_up = backend.get_password
    monkeypatch.setattr(backend, "get_password", lambda service, account: asked.append(account) or looked_up(
        service, account))  # fmt: skip
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(secrets, "_this_run", {})
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    try:
        # The machine's own server trusts its logins: asked once, then no more.
        if _pg_url is None:
            pytest.skip("the machine's PostgreSQL server does not answer")
        trusted = _pg_url
        for _ in range(2):
            open_with_kept_password(trusted, settings).dispose()
        assert len(asked) == 1 and settings.get(NO_KEPT_PASSWORD) == _digest(trusted)
        settings.sync()
        assert "127.0.0.1" not in (tmp_path / "s.ini").read_text()  # a digest: no database address on disk
        # This server checks passwords: without one nothing opens, and the keyring has none.
        url = _url(team, "zhou.ting", LEAD_PASSWORD).replace(":" + quote(LEAD_PASSWORD), "")
        with pytest.raises(DatabaseUnavailable):
            open_with_kept_password(url, settings)
        assert settings.get(NO_KEPT_PASSWORD) == _digest(url)
        asked.clear()
        with pytest.raises(DatabaseUnavailable, match="password"):  # the server's reason, the keyring asked once
            open_with_kept_password(url, settings)
        assert asked == [url] and settings.get(NO_KEPT_PASSWORD) == ""
        with pytest.raises(DatabaseUnavailable):  # asked again, still nothing: marked again
            open_with_kept_password(url, settings)
        assert settings.get(NO_KEPT_PASSWORD) == _digest(url)
        # The password is kept afterwards, by some other way than the settings dialog (which clears the mark).
        backend.set_password(secrets.SERVICE, secrets.without_password(url), LEAD_PASSWORD)
        asked.clear()
        lead = open_with_kept_password(url, settings)
        assert IdentityService(lead).current().name == "周婷" and asked == [url]
        lead.dispose()
        assert settings.get(NO_KEPT_PASSWORD) == ""  # from now on the keyring is asked at each start
        open_with_kept_password(url, settings).dispose()
        assert asked == [url, url]
    finally:
        keyring.set_keyring(previous)


def _digest(url: str) -> str:
    import hashlib

    from qa_studio.secrets import without_password

    return hashlib.sha256(without_password(url).encode("utf-8")).hexdigest()
