"""The people using QA Studio and their roles: reviewer, lead, trainer, admin. There is no password: users
identify themselves (on one PC, or on each PC of a team sharing a database); what each role may do is decided in
qa_studio/permissions.py and enforced in the services."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qa_studio.domain import UserRole
from qa_studio.services import audit
from qa_studio.storage.database import Database
from qa_studio.storage.models import User

ROLES = tuple(role.value for role in UserRole)


class UserError(Exception):
    """Not allowed or not possible; the text says why."""


@dataclass(frozen=True, slots=True)
class UserView:
    id: int
    name: str
    role: str
    active: bool


class UserService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def list(self, include_inactive: bool = True) -> list[UserView]:
        with self.database.session() as session:
            query = select(User).order_by(User.name)
            if not include_inactive:
                query = query.where(User.active.is_(True))
            return [UserView(u.id, u.name, u.role, u.active) for u in session.scalars(query)]

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
            raise UserError(f"only an administrator may change users and roles; {actor} is not one")

    def sign_in(self, name: str) -> UserView:
        """Who is using this copy of the app. The first person on a database without an administrator becomes its
        administrator; a new name on a database that has one becomes a reviewer, which an administrator can change."""
        name = name.strip()
        if not name:
            raise UserError("type your name")
        with self.database.session() as session:
            user = session.scalar(select(User).where(User.name == name))
            has_admin = session.scalar(
                select(func.count(User.id)).where(User.role == UserRole.ADMIN.value, User.active.is_(True))
            )
            if user is None:
                user = User(name=name, role=(UserRole.REVIEWER if has_admin else UserRole.ADMIN).value)
                session.add(user)
                session.flush()
                audit.record(session, "user_added", "user", user.id, {"role": user.role, "first_run": not has_admin},
                             actor=name)  # fmt: skip
            elif not has_admin and user.role != UserRole.ADMIN.value:
                audit.record(session, "role_changed", "user", user.id,
                             {"old": user.role, "new": UserRole.ADMIN.value, "reason": "no administrator yet"},
                             actor=name)  # fmt: skip
                user.role = UserRole.ADMIN.value
            if not user.active:
                raise UserError(f"{name} was deactivated by an administrator")
            return UserView(user.id, user.name, user.role, user.active)

    def add(self, name: str, role: str, actor: str) -> UserView:
        name = name.strip()
        if not name:
            raise UserError("a user needs a name")
        if role not in ROLES:
            raise UserError(f"the role is one of {', '.join(ROLES)}, not {role}")
        with self.database.session() as session:
            self._require_admin(session, actor)
            if session.scalar(select(User.id).where(User.name == name)) is not None:
                raise UserError(f"there is already a user called {name}")
            user = User(name=name, role=role)
            session.add(user)
            session.flush()
            audit.record(session, "user_added", "user", user.id, {"role": role}, actor=actor)
            return UserView(user.id, user.name, user.role, user.active)

    def set_role(self, name: str, role: str, actor: str) -> None:
        if role not in ROLES:
            raise UserError(f"the role is one of {', '.join(ROLES)}, not {role}")
        with self.database.session() as session:
            self._require_admin(session, actor)
            user = self._user(session, name)
            if user.role == UserRole.ADMIN.value and role != UserRole.ADMIN.value:
                self._keep_an_admin(session, user)
            audit.record(session, "role_changed", "user", user.id, {"old": user.role, "new": role}, actor=actor)
            user.role = role

    def set_active(self, name: str, active: bool, actor: str) -> None:
        with self.database.session() as session:
            self._require_admin(session, actor)
            user = self._user(session, name)
            if not active and user.role == UserRole.ADMIN.value:
                self._keep_an_admin(session, user)
            audit.record(session, "user_activated" if active else "user_deactivated", "user", user.id, {},
                         actor=actor)  # fmt: skip
            user.active = active

    @staticmethod
    def _user(session: Session, name: str) -> User:
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            raise UserError(f"there is no user called {name}")
        return user

    @staticmethod
    def _keep_an_admin(session: Session, user: User) -> None:
        others = session.scalar(
            select(func.count(User.id)).where(
                User.role == UserRole.ADMIN.value, User.active.is_(True), User.id != user.id
            )
        )
        if not others:
            raise UserError(f"{user.name} is the last administrator: make someone else administrator first")
