"""people: logins, local passwords and agent accounts; team settings; the evaluation states checked; the audit log
sealed with a hash chain; every name that acted becomes a user

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 05:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from qa_studio.storage import audit_chain

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATES = "state IN ('draft', 'submitted', 'acknowledged', 'disputed', 'resolved')"


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("login", sa.String(length=63), nullable=True))
        batch.add_column(sa.Column("password_hash", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("agent_id", sa.Integer(), nullable=True))
        batch.create_unique_constraint("uq_users_login", ["login"])
        batch.create_unique_constraint("uq_users_agent_id", ["agent_id"])
        batch.create_foreign_key("fk_users_agent_id_agents", "agents", ["agent_id"], ["id"])
    op.create_table(
        "team_settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_team_settings"),
    )
    connection = op.get_bind()
    # States written by older versions are all in the table already; anything else would be a damaged row.
    connection.execute(sa.text(f"UPDATE evaluations SET state = 'submitted' WHERE NOT ({STATES})"))
    with op.batch_alter_table("evaluations") as batch:
        batch.create_check_constraint("state", STATES)
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    _names_become_users(connection)
    audit_chain.seal_existing(connection)
    audit_chain.install(connection)


def _names_become_users(connection: sa.engine.Connection) -> None:
    """Everyone who acted under a typed name keeps their history: agents who raised disputes become agent accounts,
    other names (operating-system logins recorded by older versions included) become reviewer accounts, which an
    administrator can give another role or disable. None has a login or password yet, so nobody can act as them
    until an administrator says how they sign in (or, on this computer, its account takes over its own name)."""
    users = {row[0] for row in connection.execute(sa.text("SELECT name FROM users"))}
    agents = {row[1]: row[0] for row in connection.execute(sa.text("SELECT id, name FROM agents"))}
    names: set[str] = set()
    for query in (
        "SELECT DISTINCT actor FROM audit_log",
        "SELECT DISTINCT raised_by FROM evaluation_disputes",
        "SELECT DISTINCT resolved_by FROM evaluation_disputes WHERE resolved_by IS NOT NULL",
    ):
        names.update(row[0] for row in connection.execute(sa.text(query)) if row[0])
    for name in sorted(names - users):
        agent_id = agents.get(name)
        connection.execute(
            sa.text(
                "INSERT INTO users (name, role, active, created_at, agent_id) "
                "VALUES (:name, :role, :active, CURRENT_TIMESTAMP, :agent)"
            ),
            {"name": name[:200], "role": "agent" if agent_id else "reviewer", "active": True, "agent": agent_id},
        )  # fmt: skip


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        connection.execute(sa.text("DROP TRIGGER IF EXISTS audit_log_chain"))
    else:
        connection.execute(sa.text("DROP TRIGGER IF EXISTS audit_log_chain ON audit_log"))
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
    with op.batch_alter_table("evaluations") as batch:
        batch.drop_constraint("ck_evaluations_state", type_="check")
    op.drop_table("team_settings")
    with op.batch_alter_table("users") as batch:
        batch.drop_constraint("fk_users_agent_id_agents", type_="foreignkey")
        batch.drop_constraint("uq_users_agent_id", type_="unique")
        batch.drop_constraint("uq_users_login", type_="unique")
        batch.drop_column("agent_id")
        batch.drop_column("password_hash")
        batch.drop_column("login")
