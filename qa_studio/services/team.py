"""Turning a PostgreSQL database into a team database, and the login roles of its people.

`TeamService.enable` runs once, as the database's owner (whoever created it and ran the migrations): it creates the
group roles, grants and row-level security of storage/team_sql.py, records the role prefix, and makes the first
administrator a login role that may create the others. After that the administrator adds people from the app or the
CLI; each becomes a login role in the group of their QA Studio role."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from qa_studio.domain import UserRole
from qa_studio.i18n import QT_TRANSLATE_NOOP, translate
from qa_studio.services import audit
from qa_studio.services.identity import TEAM_PREFIX_KEY, check_new_password, scram_verifier, team_prefix
from qa_studio.storage import team_sql
from qa_studio.storage.database import Database
from qa_studio.storage.models import TeamSetting, User

LOGIN_PATTERN = re.compile(r"^[a-z_][a-z0-9_.@-]{0,62}$")

_MESSAGES = {
    "not_postgresql": QT_TRANSLATE_NOOP("Team", "Only a PostgreSQL database can be a team database."),
    "bad_prefix": QT_TRANSLATE_NOOP(
        "Team", "The role prefix {prefix} is not usable: lower-case letters, digits and _, starting with a letter."
    ),
    "bad_login": QT_TRANSLATE_NOOP(
        "Team", "The login {login} is not usable: lower-case letters, digits and _ . @ -, starting with a letter."
    ),
    "not_owner": QT_TRANSLATE_NOOP(
        "Team", "Turning the database into a team database needs its owner's connection (the login that created "
        "it); {login} is not allowed to: {reason}"
    ),
    "login_taken": QT_TRANSLATE_NOOP("Team", "The database already has a login called {login}."),
}


class TeamError(Exception):
    def __init__(self, code: str, **params: object) -> None:
        self.code, self.params = code, params
        super().__init__(translate("Team", _MESSAGES[code]).format(**params))


@dataclass(frozen=True, slots=True)
class TeamStatus:
    team_mode: bool
    prefix: str | None
    login: str
    database: str


def quote(connection: Connection | Session, name: str) -> str:
    bind = connection.get_bind() if isinstance(connection, Session) else connection
    return bind.dialect.identifier_preparer.quote_identifier(name)


def _ddl(session: Session, statement: str) -> None:
    """A statement sent to the server as written (role and policy DDL carries % and : that are not parameters), in the
    session's own transaction."""
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(statement)
    finally:
        cursor.close()


def check_login(login: str) -> None:
    if not LOGIN_PATTERN.match(login):
        raise TeamError("bad_login", login=login)


class TeamService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def status(self) -> TeamStatus:
        with self.database.session() as session:
            login = "" if self.database.is_sqlite else session.scalar(text("SELECT session_user"))
            name = "" if self.database.is_sqlite else session.scalar(text("SELECT current_database()"))
            prefix = team_prefix(session)
            return TeamStatus(prefix is not None, prefix, login or "", name or "")

    def enable(self, prefix: str, admin_name: str, admin_login: str, admin_password: str | None) -> None:
        """Make this database a team database (as its owner) with `admin_name` as its first administrator, whose
        login role is created (or, when it exists, given the administrator's group and the right to add people)."""
        if self.database.is_sqlite:
            raise TeamError("not_postgresql")
        if not team_sql.is_valid_prefix(prefix):
            raise TeamError("bad_prefix", prefix=prefix)
        check_login(admin_login)
        if admin_password is not None:
            check_new_password(admin_password)
        with self.database.session() as session:
            owner = session.scalar(text("SELECT session_user"))
            database = session.scalar(text("SELECT current_database()"))
            schema = session.scalar(text("SELECT current_schema()")) or "public"
            try:
                for statement in team_sql.enable_statements(prefix, database, schema):
                    _ddl(session, statement)
            except Exception as exc:  # permission denied and the like: the owner must run it
                if "permission" in str(exc).lower() or "must be owner" in str(exc).lower():
                    reason = str(getattr(exc, "orig", exc)).splitlines()[0]
                    raise TeamError("not_owner", login=owner, reason=reason) from None
                raise
            setting = session.get(TeamSetting, TEAM_PREFIX_KEY)
            if setting is None:
                session.add(TeamSetting(key=TEAM_PREFIX_KEY, value=prefix))
            else:
                setting.value = prefix
            session.flush()
            self._ensure_login(session, admin_login, admin_password, prefix, UserRole.ADMIN)
            user = session.scalar(select(User).where(User.name == admin_name))
            if user is None:
                user = User(name=admin_name, role=UserRole.ADMIN.value, login=admin_login)
                session.add(user)
            else:
                user.role, user.login, user.active = UserRole.ADMIN.value, admin_login, True
            session.flush()
            audit.record(session, "team_database_enabled", "user", user.id,
                         {"prefix": prefix, "administrator": admin_name, "login": admin_login},
                         actor=owner)  # fmt: skip

    # The first administrator's login, made by the owner while turning team mode on --------------------------------
    @staticmethod
    def _ensure_login(
        session: Session, login: str, password: str | None, prefix: str, role: UserRole, *, new: bool = False
    ) -> None:
        check_login(login)
        if login in {team_sql.group(prefix, name) for name in (*team_sql.GROUPS, "staff", "user")}:
            raise TeamError("bad_login", login=login)
        exists = session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :login"), {"login": login})
        name = quote(session, login)
        if exists and new:
            raise TeamError("login_taken", login=login)
        if not exists:
            _ddl(session, f"CREATE ROLE {name} LOGIN")
        if password is not None:
            _ddl(session, f"ALTER ROLE {name} PASSWORD '{scram_verifier(password)}'")
        TeamService._set_group(session, login, prefix, role)

    @staticmethod
    def _set_group(session: Session, login: str, prefix: str, role: UserRole) -> None:
        name = quote(session, login)
        for other in team_sql.GROUPS:
            if other != role.value:
                _ddl(session, f'REVOKE "{team_sql.group(prefix, other)}" FROM {name}')
        _ddl(session, f'GRANT "{team_sql.group(prefix, role.value)}" TO {name}')
        # No CREATEROLE, even for administrators: they add people through qa_manage_login() only.
        _ddl(session, f"ALTER ROLE {name} NOCREATEROLE")

    # People's logins, changed by an administrator through the database's own qa_manage_login(), which can grant
    # nothing but this database's groups (administrators hold no CREATEROLE).
    @staticmethod
    def _manage(session: Session, step: str, login: str, role: UserRole | None, password: str | None) -> None:
        verifier = scram_verifier(password) if password is not None else None
        session.execute(text("SELECT qa_manage_login(:step, :login, :role, :verifier)"),
                        {"step": step, "login": login, "role": role.value if role else None, "verifier": verifier})

    @staticmethod
    def add_login(session: Session, login: str, password: str | None, role: UserRole) -> None:
        check_login(login)
        if session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :login"), {"login": login}):
            raise TeamError("login_taken", login=login)
        TeamService._manage(session, "create", login, role, password)

    @staticmethod
    def set_login_role(session: Session, login: str, role: UserRole) -> None:
        TeamService._manage(session, "role", login, role, None)

    @staticmethod
    def set_login_enabled(session: Session, login: str, enabled: bool, role: UserRole) -> None:
        """A disabled person can no longer connect, and loses their group at once, so a connection still open
        reads and writes nothing from that moment on."""
        TeamService._manage(session, "enable" if enabled else "disable", login, role, None)

    @staticmethod
    def set_login_password(session: Session, login: str, password: str) -> None:
        check_new_password(password)
        TeamService._manage(session, "password", login, None, password)
