"""evaluation workflow and sampling queue

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 02:13:26.773683
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sample_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("plan_name", sa.String(length=200), nullable=False),
        sa.Column("rule", sa.Text(), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_sample_assignments_interaction_id_interactions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["reviewer_id"], ["users.id"], name=op.f("fk_sample_assignments_reviewer_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sample_assignments")),
        sa.UniqueConstraint("interaction_id", "reviewer_id", name=op.f("uq_sample_assignments_interaction_id")),
    )
    with op.batch_alter_table("sample_assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sample_assignments_interaction_id"), ["interaction_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sample_assignments_reviewer_id"), ["reviewer_id"], unique=False)

    op.create_table(
        "evaluation_disputes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("criterion_key", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("proposed_value", sa.JSON(), nullable=True),
        sa.Column("raised_by", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("resolution_reason", sa.Text(), nullable=True),
        sa.Column("resolved_value", sa.JSON(), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluations.id"],
            name=op.f("fk_evaluation_disputes_evaluation_id_evaluations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_disputes")),
    )
    with op.batch_alter_table("evaluation_disputes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evaluation_disputes_evaluation_id"), ["evaluation_id"], unique=False)

    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("acknowledged_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("original_result", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("result", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.drop_column("result")
        batch_op.drop_column("original_result")
        batch_op.drop_column("acknowledged_at")

    with op.batch_alter_table("evaluation_disputes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_disputes_evaluation_id"))

    op.drop_table("evaluation_disputes")
    with op.batch_alter_table("sample_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sample_assignments_reviewer_id"))
        batch_op.drop_index(batch_op.f("ix_sample_assignments_interaction_id"))

    op.drop_table("sample_assignments")
