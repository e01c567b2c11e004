"""keyword lists: named phrase lists (complaint words, regulator and lawyer mentions) that keyword spotting counts
on every interaction; reviewers' comments in the search index; on SQLite the text index made anew with padded texts
and its vocabulary, so that one- and two-character searches (投诉, 律师) go through the index

Revision ID: 0015_keyword_lists
Revises: 0014_team_figures
Create Date: 2026-12-06 10:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_keyword_lists"
down_revision: str | None = "0014_team_figures"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "keyword_lists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("phrases", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_keyword_lists")),
        sa.UniqueConstraint("name", name=op.f("uq_keyword_lists_name")),
    )
    from qa_studio.storage import search_sql

    connection = op.get_bind()
    search_sql.drop_indexes(connection)
    search_sql.create_indexes(connection)
    search_sql.refill_fts(connection)
    search_sql.backfill_comments(connection)


def downgrade() -> None:
    op.execute("DELETE FROM search_entries WHERE kind = 'comment'")
    op.drop_table("keyword_lists")
