"""The people using QA Studio and their roles: reviewer, lead, trainer, admin and agent, managed by administrators.

Who is signed in is decided by services/identity.py, never by a typed name. On a team database every person is also a
PostgreSQL login role in the group of their role (services/team.py), so the server enforces what the role may do;
on this computer, a person may have a local password for a PC shared by several people."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qa_studio.domain import UserRole
from qa_studio.errors import QT_TRANSLATE_NOOP, Explained
from qa_studio.services import audit
from qa_studio.services.identity import check_new_password, hash_password, team_prefix
from qa_studio.services.team import TeamService, check_login
from qa_studio.storage.database import Database, WriteConflict
from qa_studio.storage.models import Agent, User

ROLES = tuple(role.value for role in UserRole)


class UserError(Explained):
    """Not allowed or not possible; the text says why."""


@dataclass(frozen=True, slots=True)
class UserView:
    id: int
    name: str
    role: str
    active: bool
    login: str | None = None
    agent: str | None = None
    has_password: bool = False


def _view(session: Session, user: User) -> UserView:
    agent = session.get(Agent, user.agent_id) if user.agent_id else None
    # A team database checks passwords itself; only local accounts have one here.
    local_password = team_prefix(session) is None and user.password_hash is not None
    return UserView(user.id, user.name, user.role, user.active, user.login, agent.name if agent else None,
                    local_password)  # fmt: skip


class UserService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def list(self, include_inactive: bool = True) -> list[UserView]:
        with self.database.session() as session:
            query = select(User).order_by(User.name)
            if not include_inactive:
                query = query.where(User.active.is_(True))
            return [_view(session, u) for u in session.scalars(query)]

    def agent_names(self) -> list[str]:
        with self.database.session() as session:
            return list(session.scalars(select(Agent.name).order_by(Agent.name)))

    def is_team_database(self) -> bool:
        with self.database.session() as session:
            return team_prefix(session) is not None

    def has_admin(self) -> bool:
        with self.database.session() as session:
            return bool(session.scalar(
                select(func.count(User.id)).where(User.role == UserRole.ADMIN.value, User.active.is_(True))
            ))  # fmt: skip

    def _require_admin(self, session: Session, actor: str) -> None:
        admins = session.scalar(
            select(func.count(User.id)).where(User.role == UserRole.ADMIN.value, User.active.is_(True))
        )
        role = session.scalar(select(User.role).where(User.name == actor))
        if admins and role != UserRole.ADMIN.value:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "only an administrator may change users and roles; {actor} is not one",
                ),
                actor=actor,
            )

    def add(
        self,
        name: str,
        role: str,
        actor: str,
        *,
        login: str | None = None,
        password: str | None = None,
        agent: str | None = None,
    ) -> UserView:
        """A new person. On a team database `login` (default: derived from nothing — it must be given) becomes their
        database login role with `password`; on this computer `password` makes a local account and `login` links an
        operating-system account. An agent account is tied to the agent record whose results it may see.
        On a team database, a person recorded without a login (a reviewer of the days before team mode) is given
        `login` and `role` instead, keeping their history (see `_give_login`)."""
        name = name.strip()
        if not name:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "a user needs a name"))
        if role not in ROLES:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "the role is one of {names}, not {role}"), names=", ".join(ROLES), role=role
            )
        if role == UserRole.AGENT.value and not agent:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "an agent account needs the agent whose results it shows (--agent)")
            )
        if password is not None:
            check_new_password(password)
        # Two administrators adding the same person at once: the database's unique names, logins and agent
        # accounts decide, and the second is told in words; nothing is half made.
        try:
            with self.database.session() as session:
                self._require_admin(session, actor)
                team = team_prefix(session) is not None
                existing = session.scalar(select(User).where(User.name == name))
                if existing is not None and not (team and existing.login is None):
                    raise UserError(QT_TRANSLATE_NOOP("Errors", "there is already a user called {name}"), name=name)
                if team and not login:
                    raise UserError(
                        QT_TRANSLATE_NOOP("Errors", "on a team database every person needs a database login (--login)")
                    )
                if existing is not None:
                    assert login is not None
                    return self._give_login(session, existing, role, login, password, agent, actor)
                if login:
                    check_login(login) if team else None
                    if session.scalar(select(User.id).where(User.login == login)) is not None:
                        raise UserError(
                            QT_TRANSLATE_NOOP("Errors", "the login {login} already belongs to another user"),
                            login=login,
                        )
                agent_id = None
                if agent:
                    agent_id = self._free_agent(session, agent)
                if password is not None and not team:
                    self._keep_actor_able_to_sign_in(session, actor)
                user = User(
                    name=name,
                    role=role,
                    login=login,
                    agent_id=agent_id,
                    password_hash=hash_password(password) if password is not None and not team else None,
                )
                session.add(user)
                session.flush()
                if team:
                    assert login is not None
                    TeamService.add_login(session, login, password, UserRole(role))
                audit.record(session, "user_added", "user", user.id,
                             {"role": role, "login": login, "agent": agent}, actor=actor)  # fmt: skip
                return _view(session, user)
        except WriteConflict:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "someone added {name} (or their login or agent) at the same moment"),
                name=name,
            ) from None

    def _give_login(self, session: Session, user: User, role: str, login: str, password: str | None,
                    agent: str | None, actor: str) -> UserView:  # fmt: skip
        """A team database's person who has no login yet (recorded before team mode, or by the demo) gets their own,
        in the group of `role`: their evaluations and history stay theirs, now under that login."""
        check_login(login)
        if session.scalar(select(User.id).where(User.login == login)) is not None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "the login {login} already belongs to another user"),
                            login=login)  # fmt: skip
        if agent:
            if user.agent_id is not None:
                raise UserError(QT_TRANSLATE_NOOP("Errors", "{name} is already tied to an agent"), name=user.name)
            user.agent_id = self._free_agent(session, agent)
        if role == UserRole.AGENT.value and user.agent_id is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "an agent account needs the agent whose results it shows (--agent)")
            )
        if user.role == UserRole.ADMIN.value and role != UserRole.ADMIN.value:
            self._keep_an_admin(session, user)
        old_role = user.role
        user.login, user.role = login, role
        session.flush()  # the server makes a login only for a person of this database who holds it
        TeamService.add_login(session, login, password, UserRole(role))
        if not user.active:  # a disabled person's new login stays unusable until they are enabled again
            TeamService.set_login_enabled(session, login, False, UserRole(role))
        audit.record(session, "login_given", "user", user.id,
                     {"login": login, "role": role, "old_role": old_role, "agent": agent}, actor=actor)  # fmt: skip
        return _view(session, user)

    @staticmethod
    def _free_agent(session: Session, agent: str) -> int:
        """The agent record called `agent`, which no account is tied to yet."""
        agent_row = session.scalar(select(Agent).where(Agent.name == agent))
        if agent_row is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "there is no agent called {agent}"), agent=agent)
        if session.scalar(select(User.id).where(User.agent_id == agent_row.id)) is not None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "the agent {agent} already has an account"), agent=agent)
        return agent_row.id

    def reset_password(self, name: str, password: str, actor: str) -> None:
        """A new password: the database login's on a team database, the local account's on this computer. People
        change their own; an administrator anyone's."""
        check_new_password(password)
        with self.database.session() as session:
            if actor != name:
                self._require_admin(session, actor)
            user = self._user(session, name)
            if team_prefix(session) is not None:
                if not user.login:
                    raise UserError(QT_TRANSLATE_NOOP(
                        "Errors", "{name} has no database login yet: an administrator gives them one (Users and roles "
                        "→ Give a login…, or qa-studio users add \"{name}\" --role ROLE --login LOGIN)"),
                        name=name)  # fmt: skip
                TeamService.set_login_password(session, user.login, password)
            else:
                if actor != name:
                    self._keep_actor_able_to_sign_in(session, actor)
                user.password_hash = hash_password(password)
            audit.record(session, "password_reset", "user", user.id, {}, actor=actor)

    def remove_password(self, name: str, actor: str) -> None:
        """Back to the operating-system account as the way this person is recognised on this computer."""
        with self.database.session() as session:
            self._require_admin(session, actor)
            user = self._user(session, name)
            user.password_hash = None
            audit.record(session, "password_removed", "user", user.id, {}, actor=actor)

    def set_role(self, name: str, role: str, actor: str) -> None:
        if role not in ROLES:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "the role is one of {names}, not {role}"), names=", ".join(ROLES), role=role
            )
        with self.database.session() as session:
            self._require_admin(session, actor)
            user = self._user(session, name)
            if user.role == UserRole.ADMIN.value and role != UserRole.ADMIN.value:
                self._keep_an_admin(session, user)
            if role == UserRole.AGENT.value and user.agent_id is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} is tied to no agent: add an agent account for them instead",
                    ),
                    name=name,
                )
            audit.record(session, "role_changed", "user", user.id, {"old": user.role, "new": role}, actor=actor)
            user.role = role
            if team_prefix(session) is not None and user.login:
                TeamService.set_login_role(session, user.login, UserRole(role))

    def set_active(self, name: str, active: bool, actor: str) -> None:
        with self.database.session() as session:
            self._require_admin(session, actor)
            user = self._user(session, name)
            if not active and user.role == UserRole.ADMIN.value:
                self._keep_an_admin(session, user)
            audit.record(session, "user_activated" if active else "user_deactivated", "user", user.id, {},
                         actor=actor)  # fmt: skip
            user.active = active
            if team_prefix(session) is not None and user.login:
                TeamService.set_login_enabled(session, user.login, active, UserRole(user.role))

    @staticmethod
    def _keep_actor_able_to_sign_in(session: Session, actor: str) -> None:
        """Once anyone has a password, everyone signs in with one: an administrator without a password of their own
        would lock themselves out by giving one to somebody else."""
        has_own = session.scalar(select(User.password_hash).where(User.name == actor)) is not None
        if not has_own:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "set your own password first ({actor}): once anyone on this computer has a password, everyone "
                    "signs in with one",
                ),
                actor=actor,
            )

    @staticmethod
    def _user(session: Session, name: str) -> User:
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "there is no user called {name}"), name=name)
        return user

    @staticmethod
    def _keep_an_admin(session: Session, user: User) -> None:
        others = session.scalar(
            select(func.count(User.id)).where(
                User.role == UserRole.ADMIN.value, User.active.is_(True), User.id != user.id
            )
        )
        if not others:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is the last administrator: make someone else administrator first",
                ),
                name=user.name,
            )
