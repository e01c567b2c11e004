"""autoqa: automatic answers of the evidence checks for every interaction, apart from reviewers' evaluations

Revision ID: 0006_autoqa
Revises: 0005
Create Date: 2026-12-06 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_autoqa"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "auto_evaluations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("scorecard_version_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("fatal_suspected", sa.Boolean(), nullable=False),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["interaction_id"], ["interactions.id"],
                                name=op.f("fk_auto_evaluations_interaction_id_interactions"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["scorecard_version_id"], ["scorecard_versions.id"],
                                name=op.f("fk_auto_evaluations_scorecard_version_id_scorecard_versions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auto_evaluations")),
        sa.UniqueConstraint("interaction_id", name=op.f("uq_auto_evaluations_interaction_id")),
    )  # fmt: skip
    with op.batch_alter_table("auto_evaluations") as batch_op:
        batch_op.create_index("ix_auto_evaluations_score", ["score"], unique=False)
        batch_op.create_index(batch_op.f("ix_auto_evaluations_fatal_suspected"), ["fatal_suspected"], unique=False)


def downgrade() -> None:
    op.drop_table("auto_evaluations")
