"""Teams, agents and users: finding or creating them by name."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_studio.storage.models import Agent, Team, User


@dataclass(frozen=True, slots=True)
class AgentRef:
    id: int
    name: str
    team_id: int | None


def team_by_name(session: Session, name: str, *, create: bool = True) -> Team | None:
    team = session.scalar(select(Team).where(Team.name == name))
    if team is None and create:
        team = Team(name=name)
        session.add(team)
        session.flush()
    return team


def agent_by_name(session: Session, name: str, team_name: str | None = None) -> Agent:
    """The agent called `name`, created if new; a team given for an agent without one is recorded."""
    agent = session.scalar(select(Agent).where(Agent.name == name))
    team = team_by_name(session, team_name) if team_name else None
    if agent is None:
        agent = Agent(name=name, team_id=team.id if team else None)
        session.add(agent)
        session.flush()
    elif agent.team_id is None and team is not None:
        agent.team_id = team.id
    return agent


def agent_names(session: Session) -> list[str]:
    return list(session.scalars(select(Agent.name).order_by(Agent.name)))


def team_names(session: Session) -> list[str]:
    return list(session.scalars(select(Team.name).order_by(Team.name)))


def user_by_name(session: Session, name: str, role: str) -> User:
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        user = User(name=name, role=role)
        session.add(user)
        session.flush()
    return user


def role_of(session: Session, name: str | None) -> str | None:
    """The role of the named user; None when no name is given. An unknown name gets the least-privileged role."""
    if not name:
        return None
    role = session.scalar(select(User.role).where(User.name == name))
    return role or "reviewer"
