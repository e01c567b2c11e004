"""self-evaluations: an agent scores one of their own interactions, kept apart from reviewers' evaluations

Revision ID: 0007_self_evaluations
Revises: 0006_masked_copies
Create Date: 2026-12-06 08:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_self_evaluations"
down_revision: str | None = "0006_masked_copies"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "self_evaluations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("scorecard_version_id", sa.Integer(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("score", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.Column("submitted_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name="fk_self_evaluations_interaction_id_interactions",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_self_evaluations_user_id_users"),
        sa.ForeignKeyConstraint(
            ["scorecard_version_id"],
            ["scorecard_versions.id"],
            name="fk_self_evaluations_scorecard_version_id_scorecard_versions",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_self_evaluations"),
        sa.UniqueConstraint("interaction_id", "user_id", name="uq_self_evaluations_interaction_id"),
    )
    op.create_index("ix_self_evaluations_user_id", "self_evaluations", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_self_evaluations_user_id", table_name="self_evaluations")
    op.drop_table("self_evaluations")
