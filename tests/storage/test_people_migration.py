"""Upgrading a database written before sign-in existed: every name that acted becomes a user (agents who disputed
become agent accounts), no history or audit entry is lost, and the audit log is sealed from its first entry."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from qa_studio.services import audit
from qa_studio.services.identity import IdentityService
from qa_studio.storage.database import Database


def test_a_database_from_before_sign_in_upgrades_without_losing_history(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'old.db'}")
    config = database._alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    with database.engine.begin() as connection:
        connection.execute(text("INSERT INTO agents (name, active, created_at) VALUES ('王芳', 1, '2026-11-01')"))
        connection.execute(text("INSERT INTO users (name, role, active, created_at) VALUES "
                                "('周婷', 'lead', 1, '2026-11-01')"))  # fmt: skip
        for actor, action in (("root", "import"), ("Nina", "evaluation_submitted"), ("王芳", "dispute_raised"),
                              ("周婷", "dispute_resolved")):  # fmt: skip
            connection.execute(
                text("INSERT INTO audit_log (at, actor, action, entity_type, entity_id, detail) "
                     "VALUES ('2026-11-02 10:00:00.000000', :actor, :action, 'evaluation', 1, '{}')"),
                {"actor": actor, "action": action},
            )  # fmt: skip
    database.migrate()
    with database.session() as session:
        people = dict(session.execute(text("SELECT name, role FROM users ORDER BY name")).all())
        linked = session.execute(text("SELECT u.agent_id, a.id FROM users u JOIN agents a ON a.name = u.name")).all()
        entries = [(e.actor, e.action) for e in audit.entries(session)]
    # The typed names are users now; the agent who disputed can sign in to see her results.
    assert people == {"Nina": "reviewer", "root": "reviewer", "周婷": "lead", "王芳": "agent"}
    assert linked == [(linked[0][1], linked[0][1])]
    assert entries == [("root", "import"), ("Nina", "evaluation_submitted"), ("王芳", "dispute_raised"),
                       ("周婷", "dispute_resolved")]  # fmt: skip
    checked, problems = audit.verify(database)
    assert checked == 4 and problems == []
    # On this computer, the account an older version recorded takes its own name over, with its history; nobody
    # else can claim a name after that.
    assert IdentityService(database).current(login="root").name == "root"
    assert IdentityService(database).current(login="zt", claim_name="周婷").name == "zt"
    database.dispose()
