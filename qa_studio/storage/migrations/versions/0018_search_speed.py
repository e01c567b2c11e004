"""search speed: an index that names each text-index entry's interaction (the list's search reads no entry rows),
and on PostgreSQL an index of character pairs, so two-character searches are looked up instead of scanned

Revision ID: 0018_search_speed
Revises: 0017_masks_again
Create Date: 2026-12-06 14:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0018_search_speed"
down_revision: str | None = "0017_masks_again"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from qa_studio.storage import search_sql

    search_sql.create_lookups(op.get_bind())


def downgrade() -> None:
    from qa_studio.storage import search_sql

    search_sql.drop_lookups(op.get_bind())
