"""reviewer QA and recurring work: blind re-scores of reviewers' evaluations by a lead; sampling plans and
calibration sessions that recur weekly or monthly, one instance per period

Revision ID: 0013_reviewer_qa_and_recurrence
Revises: 0012_autoqa
Create Date: 2026-12-06 10:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_reviewer_qa_and_recurrence"
down_revision: str | None = "0012_autoqa"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rescore_samples",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("scorecard_version_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("rescorer_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=40), nullable=True),
        sa.Column("drawn_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=True),
        sa.Column("score", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["evaluation_id"], ["evaluations.id"], ondelete="CASCADE",
                                name="fk_rescore_samples_evaluation_id_evaluations"),
        sa.ForeignKeyConstraint(["interaction_id"], ["interactions.id"], ondelete="CASCADE",
                                name="fk_rescore_samples_interaction_id_interactions"),
        sa.ForeignKeyConstraint(["scorecard_version_id"], ["scorecard_versions.id"],
                                name="fk_rescore_samples_scorecard_version_id_scorecard_versions"),
        sa.ForeignKeyConstraint(["reviewer_id"], ["users.id"], name="fk_rescore_samples_reviewer_id_users"),
        sa.ForeignKeyConstraint(["rescorer_id"], ["users.id"], name="fk_rescore_samples_rescorer_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_rescore_samples"),
        sa.UniqueConstraint("evaluation_id", "rescorer_id", name="uq_rescore_samples_evaluation_id"),
    )  # fmt: skip
    with op.batch_alter_table("rescore_samples") as batch_op:
        batch_op.create_index("ix_rescore_samples_evaluation_id", ["evaluation_id"], unique=False)
        batch_op.create_index("ix_rescore_samples_reviewer_id", ["reviewer_id"], unique=False)
        batch_op.create_index("ix_rescore_samples_rescorer_id", ["rescorer_id"], unique=False)
    op.create_table(
        "recurring_work",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("cadence", sa.String(length=10), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('sampling', 'calibration')", name="ck_recurring_work_kind"),
        sa.CheckConstraint("cadence IN ('weekly', 'monthly')", name="ck_recurring_work_cadence"),
        sa.PrimaryKeyConstraint("id", name="pk_recurring_work"),
        sa.UniqueConstraint("name", name="uq_recurring_work_name"),
    )
    op.create_table(
        "recurrence_instances",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("work_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("assigned", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["work_id"], ["recurring_work.id"], ondelete="CASCADE",
                                name="fk_recurrence_instances_work_id_recurring_work"),
        sa.ForeignKeyConstraint(["session_id"], ["calibration_sessions.id"], ondelete="SET NULL",
                                name="fk_recurrence_instances_session_id_calibration_sessions"),
        sa.PrimaryKeyConstraint("id", name="pk_recurrence_instances"),
        sa.UniqueConstraint("work_id", "period", name="uq_recurrence_instances_work_period"),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("recurrence_instances")
    op.drop_table("recurring_work")
    op.drop_table("rescore_samples")
