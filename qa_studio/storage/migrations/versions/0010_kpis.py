"""kpis: service figures per interaction (CSAT, resolution) brought in from survey exports, and the standards the
team measures against (response times per channel, the quality target)

Revision ID: 0010_kpis
Revises: 0009_workers_and_media_store
Create Date: 2026-12-06 08:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_kpis"
down_revision: str | None = "0009_workers_and_media_store"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "interaction_kpis",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("csat", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("csat_scale", sa.Integer(), nullable=True),
        sa.Column("resolved", sa.Boolean(), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["interaction_id"], ["interactions.id"], ondelete="CASCADE",
                                name="fk_interaction_kpis_interaction_id_interactions"),
        sa.PrimaryKeyConstraint("id", name="pk_interaction_kpis"),
        sa.UniqueConstraint("interaction_id", name="uq_interaction_kpis_interaction_id"),
    )
    op.create_table(
        "kpi_standards",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_kpi_standards"),
    )


def downgrade() -> None:
    op.drop_table("kpi_standards")
    op.drop_table("interaction_kpis")
