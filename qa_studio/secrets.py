"""The team database password: kept in the operating system's keyring (Windows Credential Manager, macOS
Keychain, the Secret Service on Linux desktops), never in the settings file. Where no keyring works (a Linux
machine without a desktop keyring), the password is kept only for this run and the user is told so."""

from __future__ import annotations

from sqlalchemy.engine import make_url

SERVICE = "QA Studio database"
_this_run: dict[str, str] = {}


def _account(url: str) -> str:
    """One secret per server, database and user: the URL without its password."""
    parsed = make_url(url)
    return parsed._replace(password=None).render_as_string(hide_password=False)


def keyring_available() -> bool:
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return False
    backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    backends = chained if chained is not None else [backend]
    return any(not isinstance(b, fail.Keyring | null.Keyring) for b in backends) and not isinstance(
        backend, fail.Keyring | null.Keyring
    )


def store_password(url: str, password: str) -> str:
    """Keep the password for this database; returns "keyring" or "this run" (where it went)."""
    account = _account(url)
    _this_run[account] = password
    if keyring_available():
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(SERVICE, account, password)
        except KeyringError:
            return "this run"
        return "keyring"
    return "this run"


def password_for(url: str) -> str | None:
    account = _account(url)
    if account in _this_run:
        return _this_run[account]
    if keyring_available():
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, account)
        except KeyringError:
            return None
    return None


def with_password(url: str) -> str:
    """The URL to connect with: the stored password added when the URL has none."""
    if not url:
        return url
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" or parsed.password:
        return url
    password = password_for(url)
    return parsed.set(password=password).render_as_string(hide_password=False) if password else url


def without_password(url: str) -> str:
    """What may be written to the settings file."""
    if not url:
        return url
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)
