"""list indexes: every sortable column of the interaction list backed by an index ending in the id, so a deep page
sorted by any column walks an index instead of sorting a million rows

Revision ID: 0011_list_indexes
Revises: 0010_kpis
Create Date: 2026-12-06 07:50:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011_list_indexes"
down_revision: str | None = "0010_kpis"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (name, columns): the list orders by the column, then by id (services/interactions.py); agent and team order by
# name, which the list resolves into runs of agent_id / team_id.
INDEXES = (
    ("ix_interactions_channel_id", ["channel", "id"]),
    ("ix_interactions_status_id", ["status", "id"]),
    ("ix_interactions_queue_id", ["queue", "id"]),
    ("ix_interactions_duration_id", ["duration_ms", "id"]),
    ("ix_interactions_customer_id", ["customer_ref", "id"]),
    ("ix_interactions_agent_id_id", ["agent_id", "id"]),
    ("ix_interactions_team_id_id", ["team_id", "id"]),
)


def upgrade() -> None:
    for name, columns in INDEXES:
        op.create_index(name, "interactions", columns)


def downgrade() -> None:
    for name, _columns in reversed(INDEXES):
        op.drop_index(name, table_name="interactions")
