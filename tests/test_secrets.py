"""The database password goes to the keyring (or stays in memory for the run), never into the settings file."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend

from qa_studio import secrets

URL = "postgresql://qa@db.example:5432/qa"


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(secrets, "_this_run", {})
    yield backend
    keyring.set_keyring(previous)


def test_password_goes_to_the_keyring_and_back(memory_keyring: MemoryKeyring) -> None:
    assert secrets.store_password(URL, "s3cret 密码") == "keyring"
    assert memory_keyring.store == {(secrets.SERVICE, URL): "s3cret 密码"}
    secrets._this_run.clear()  # a later run of the app
    from sqlalchemy.engine import make_url

    assert make_url(secrets.with_password(URL)).password == "s3cret 密码"
    assert secrets.without_password("postgresql://qa:pw@db.example/qa") == "postgresql://qa@db.example/qa"


def test_without_a_keyring_the_password_lives_only_for_this_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr(secrets, "_this_run", {})
    try:
        assert not secrets.keyring_available()
        assert secrets.store_password(URL, "pw") == "this run"
        assert secrets.with_password(URL).endswith("qa:pw@db.example:5432/qa")
        secrets._this_run.clear()
        assert secrets.with_password(URL) == URL  # gone with the run, nowhere on disk
    finally:
        keyring.set_keyring(previous)
    assert secrets.with_password("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"
