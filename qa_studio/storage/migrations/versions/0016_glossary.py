"""glossary: the team's words for transcription (product names, 退款, 工单号…), fed to the decoder of every call;
how a mono call's agent was named, kept with its transcript

Revision ID: 0016_glossary
Revises: 0015_keyword_lists
Create Date: 2026-12-06 11:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_glossary"
down_revision: str | None = "0015_keyword_lists"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "glossary_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=100), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_glossary_terms")),
        sa.UniqueConstraint("term", name=op.f("uq_glossary_terms_term")),
    )
    with op.batch_alter_table("transcripts") as batch_op:
        batch_op.add_column(sa.Column("speaker_rule", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("transcripts") as batch_op:
        batch_op.drop_column("speaker_rule")
    op.drop_table("glossary_terms")
