"""autoqa: automatic answers of the evidence checks for every interaction, apart from reviewers' evaluations; the
search index of everything said (SQLite FTS5 trigram; pg_trgm on PostgreSQL where the extension can be had)

Revision ID: 0012_autoqa
Revises: 0011_list_indexes
Create Date: 2026-12-06 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_autoqa"
down_revision: str | None = "0011_list_indexes"
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


    op.create_table(
        "search_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("masked_text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["interaction_id"], ["interactions.id"],
                                name=op.f("fk_search_entries_interaction_id_interactions"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_entries")),
    )  # fmt: skip
    with op.batch_alter_table("search_entries") as batch_op:
        batch_op.create_index(batch_op.f("ix_search_entries_interaction_id"), ["interaction_id"], unique=False)
    from qa_studio.storage import search_sql

    connection = op.get_bind()
    search_sql.create_indexes(connection)
    search_sql.backfill(connection)


def downgrade() -> None:
    from qa_studio.storage import search_sql

    connection = op.get_bind()
    search_sql.drop_indexes(connection)
    op.drop_table("search_entries")
    op.drop_table("auto_evaluations")
