"""transcription workers and the team media store: each running job is held by a named worker under a lease kept
alive by a heartbeat, and jobs have a priority; recordings can be kept inside the database, in chunks keyed by
their SHA-256

Revision ID: 0009_workers_and_media_store
Revises: 0008_one_draft_per_reviewer
Create Date: 2026-12-06 07:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_workers_and_media_store"
down_revision: str | None = "0008_one_draft_per_reviewer"
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
    op.create_table(
        "media_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "seq", name="pk_media_blobs"),
    )
    if op.get_bind().dialect.name == "postgresql":
        # Recordings are compressed already: no point in PostgreSQL trying again on every chunk.
        op.execute("ALTER TABLE media_blobs ALTER COLUMN data SET STORAGE EXTERNAL")


def downgrade() -> None:
    op.drop_table("media_blobs")
    with op.batch_alter_table("transcription_jobs") as batch:
        batch.drop_index("ix_transcription_jobs_claim")
        for column in ("attempts", "heartbeat_at", "lease_expires_at", "worker", "priority"):
            batch.drop_column(column)
