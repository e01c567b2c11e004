"""calibration: each evaluation's part in a session, the lead's notes per criterion, optimistic locking

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 06:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("evaluations") as batch:
        batch.add_column(sa.Column("calibration_role", sa.String(length=20), nullable=True))
    with op.batch_alter_table("calibration_sessions") as batch:
        batch.add_column(sa.Column("notes", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("row_version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("calibration_sessions") as batch:
        batch.drop_column("row_version")
        batch.drop_column("notes")
    with op.batch_alter_table("evaluations") as batch:
        batch.drop_column("calibration_role")
