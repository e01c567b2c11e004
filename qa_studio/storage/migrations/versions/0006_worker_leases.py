"""transcription workers: each running job is held by a named worker under a lease kept alive by a heartbeat, and
jobs have a priority

Revision ID: 0006_worker_leases
Revises: 0005
Create Date: 2026-12-06 07:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_worker_leases"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("transcription_jobs") as batch:
        batch.add_column(sa.Column("priority", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("worker", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("lease_expires_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("heartbeat_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
        batch.create_index("ix_transcription_jobs_claim", ["state", "priority", "id"])
    # A job left "running" by a version without leases has no lease: the first worker to look takes it over.


def downgrade() -> None:
    with op.batch_alter_table("transcription_jobs") as batch:
        batch.drop_index("ix_transcription_jobs_claim")
        for column in ("attempts", "heartbeat_at", "lease_expires_at", "worker", "priority"):
            batch.drop_column(column)
