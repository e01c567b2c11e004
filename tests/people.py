"""People for service tests: users with roles, and agent accounts tied to the agent records of the same name, made
the way an administrator would (the application checks who may do what by these)."""

from __future__ import annotations

from sqlalchemy import select

from qa_studio.domain import SignInMethod, UserRole
from qa_studio.services.identity import CurrentUser
from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, User


def add_people(database: Database, *, agents: tuple[str, ...] = (), **roles: str) -> None:
    """`roles`: name → role (reviewer, lead, trainer, admin); `agents`: agent accounts, tied to agent records that
    must already exist (imported)."""
    with database.session() as session:
        for name, role in roles.items():
            user = session.scalar(select(User).where(User.name == name))
            if user is None:
                session.add(User(name=name, role=role))
            else:
                user.role = role
        for name in agents:
            agent = session.scalar(select(Agent).where(Agent.name == name))
            assert agent is not None, f"no agent {name} was imported"
            if session.scalar(select(User).where(User.name == name)) is None:
                session.add(User(name=name, role="agent", agent_id=agent.id))


def signed_in(database: Database, name: str, role: str = "reviewer") -> CurrentUser:
    """The person a test's window acts as, as sign-in would hand it over (the user is made if new)."""
    with database.session() as session:
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            user = User(name=name, role=role)
            session.add(user)
            session.flush()
        return CurrentUser(user.id, user.name, UserRole(user.role), user.login, user.agent_id,
                           SignInMethod.LOCAL_PASSWORD)  # fmt: skip
