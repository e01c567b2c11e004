"""Who is using QA Studio, proved rather than typed.

- Team database (PostgreSQL in team mode): the person is the database's `session_user`; the server checked the
  password (or certificate, Kerberos ticket…) when the connection was made. A login that is no active QA Studio user
  gets nothing.
- This computer (SQLite, or a PostgreSQL database not yet in team mode): the operating-system account is the person,
  with no sign-in step. When local accounts with passwords exist (a PC shared by several people), a name and password
  are asked instead, checked against a scrypt hash.
There is no way to act as someone else by typing their name."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from qa_studio.account import os_login
from qa_studio.domain import SignInMethod, UserRole
from qa_studio.i18n import QT_TRANSLATE_NOOP, translate
from qa_studio.services import audit
from qa_studio.storage import team_sql
from qa_studio.storage.database import Database
from qa_studio.storage.models import TeamSetting, User

TEAM_PREFIX_KEY = team_sql.PREFIX_SETTING
# scrypt at 2^15 × 8 takes ~50 ms and 32 MiB: slow for a guesser, unnoticed at sign-in.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True, slots=True)
class CurrentUser:
    """The signed-in person; services receive `name` as the actor of every change."""

    id: int
    name: str
    role: UserRole
    login: str | None
    agent_id: int | None
    method: SignInMethod

    @property
    def is_agent(self) -> bool:
        return self.role is UserRole.AGENT


# Codes and their words: the one catalogue for sign-in problems, in the user's language.
_MESSAGES = {
    "wrong_password": QT_TRANSLATE_NOOP("Identity", "The name or password is wrong."),
    "disabled": QT_TRANSLATE_NOOP("Identity", "The account {name} was disabled by an administrator."),
    "not_a_user": QT_TRANSLATE_NOOP(
        "Identity", "The database login {login} is not a QA Studio user. Ask your administrator to add you."
    ),
    "password_needed": QT_TRANSLATE_NOOP(
        "Identity", "This computer's QA Studio has accounts with passwords: sign in with your name and password."
    ),
    "short_password": QT_TRANSLATE_NOOP("Identity", "A password needs at least {length} characters."),
    "login_needed": QT_TRANSLATE_NOOP("Identity", "Enter your database login."),
}


class SignInError(Exception):
    """Sign-in refused; `code` says why (see _MESSAGES), the text is in the user's language."""

    def __init__(self, code: str, **params: object) -> None:
        self.code, self.params = code, params
        super().__init__(translate("Identity", _MESSAGES[code]).format(**params))


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=64 * 2**20)
    encode = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encode(salt).decode()}${encode(digest).decode()}"


def check_password(password: str, stored: str | None) -> bool:
    if not stored or not stored.startswith("scrypt$"):
        return False
    try:
        _name, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), maxmem=64 * 2**20
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise SignInError("short_password", length=MIN_PASSWORD_LENGTH)


def scram_verifier(password: str, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677): sent instead of the password so
    the clear text never reaches the server's logs."""
    import unicodedata

    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", unicodedata.normalize("NFKC", password).encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = lambda raw: base64.b64encode(raw).decode()  # noqa: E731
    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def team_prefix(session: Session) -> str | None:
    """The group-role prefix of a team database, or None when the database is not in team mode."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    return session.scalar(select(TeamSetting.value).where(TeamSetting.key == TEAM_PREFIX_KEY))


def _current(user: User, method: SignInMethod) -> CurrentUser:
    return CurrentUser(user.id, user.name, UserRole(user.role), user.login, user.agent_id, method)


class IdentityService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def is_team_database(self) -> bool:
        with self.database.session() as session:
            return team_prefix(session) is not None

    def needs_password(self) -> bool:
        """A shared PC: local accounts with passwords exist, so the OS account alone does not say who is here."""
        if self.is_team_database():
            return False
        with self.database.session() as session:
            return bool(session.scalar(select(func.count(User.id)).where(User.password_hash.is_not(None))))

    def current(self, login: str | None = None, claim_name: str | None = None) -> CurrentUser:
        """The person at the keyboard, without asking: the database login on a team database, else this computer's
        account (`login`, default the OS account). On a database without users the first person becomes its
        administrator; a new account on a database with users becomes a reviewer, which an administrator can change.
        `claim_name`: the name an older version of QA Studio had typed on this computer, taken over by this account
        once so its history stays with it."""
        with self.database.session() as session:
            if team_prefix(session) is not None:
                db_login = session.scalar(text("SELECT session_user"))
                user = session.scalar(select(User).where(User.login == db_login))
                if user is None:
                    raise SignInError("not_a_user", login=db_login)
                if not user.active:
                    raise SignInError("disabled", name=user.name)
                return _current(user, SignInMethod.DATABASE_LOGIN)
            if session.scalar(select(func.count(User.id)).where(User.password_hash.is_not(None))):
                raise SignInError("password_needed")
            login = login or os_login()
            user = session.scalar(select(User).where(User.login == login))
            if user is None:
                user = self._first_sign_in(session, login, claim_name)
            if not user.active:
                raise SignInError("disabled", name=user.name)
            return _current(user, SignInMethod.OS_ACCOUNT)

    @staticmethod
    def _first_sign_in(session: Session, login: str, claim_name: str | None) -> User:
        has_admin = session.scalar(
            select(func.count(User.id)).where(User.role == UserRole.ADMIN.value, User.active.is_(True))
        )
        # Taking over an existing, unlinked user is how a database from before sign-in keeps its history; it is
        # allowed only to the first account ever recognised on the database, so nobody can claim a colleague later.
        first_link = session.scalar(select(User.id).where(User.login.is_not(None)).limit(1)) is None
        claimed = None
        if claim_name and first_link:
            claimed = session.scalar(select(User).where(User.name == claim_name, User.login.is_(None)))
        if claimed is not None:
            claimed.login = login
            audit.record(session, "login_linked", "user", claimed.id, {"login": login}, actor=claimed.name)
            return claimed
        name = login
        if claim_name and session.scalar(select(User.id).where(User.name == claim_name)) is None:
            name = claim_name  # the name this person typed at first start, when nobody has it yet
        taken = session.scalar(select(User).where(User.name == name))
        if taken is not None and first_link and taken.login is None and taken.password_hash is None:
            # A user of that name made by hand or by an older version, never linked: this account is that person.
            taken.login = login
            audit.record(session, "login_linked", "user", taken.id, {"login": login}, actor=taken.name)
            return taken
        suffix = 2
        while taken is not None:
            name, suffix = f"{login} ({suffix})", suffix + 1
            taken = session.scalar(select(User).where(User.name == name))
        role = UserRole.REVIEWER if has_admin else UserRole.ADMIN
        user = User(name=name, role=role.value, login=login)
        session.add(user)
        session.flush()
        audit.record(session, "user_added", "user", user.id, {"role": role.value, "login": login,
                                                              "first_run": not has_admin}, actor=name)  # fmt: skip
        return user

    def connect_as(self, login: str, password: str) -> tuple[Database, CurrentUser]:
        """Another person at this PC on a team database: a new connection with their own database login, which the
        server checks (password, or whatever it is set up for); the caller replaces its connection with it."""
        from qa_studio.storage.database import open_database

        login = login.strip()
        if not login:
            raise SignInError("login_needed")
        url = self.database.url.set(username=login, password=password or None)
        database = open_database(url.render_as_string(hide_password=False))
        try:
            return database, IdentityService(database).current()
        except BaseException:
            database.dispose()
            raise

    def sign_in(self, name: str, password: str) -> CurrentUser:
        """A local account on a shared PC: the name and password are checked; a wrong one says nothing about which."""
        with self.database.session() as session:
            user = session.scalar(select(User).where(User.name == name.strip()))
            if user is None or not check_password(password, user.password_hash):
                # The same work whether or not the name exists, so the time does not tell names apart.
                if user is None:
                    check_password(password, hash_password("x"))
                raise SignInError("wrong_password")
            if not user.active:
                raise SignInError("disabled", name=user.name)
            return _current(user, SignInMethod.LOCAL_PASSWORD)
