"""masked copies: every subject, message and transcript line is kept a second time with card, phone and ID numbers and
e-mail addresses masked, so that roles which may not unmask never need the clear text; a correction's original text
is kept by the database

Revision ID: 0006_masked_copies
Revises: 0005
Create Date: 2026-12-06 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from qa_studio.storage import masking_sql
from qa_studio.storage.remask import refresh

revision: str = "0006_masked_copies"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COPIES = (("interactions", "subject", "subject_masked"), ("messages", "text", "text_masked"),
          ("transcript_segments", "text", "text_masked"))  # fmt: skip
BATCH = 2000


def upgrade() -> None:
    for table, _clear, masked in COPIES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column(masked, sa.Text(), nullable=True))
    connection = op.get_bind()
    for table, clear, masked in COPIES:
        _fill(connection, table, clear, masked)
    masking_sql.install(connection)


def _fill(connection: sa.engine.Connection, table: str, clear: str, masked: str) -> None:
    """Mask what is already stored, a batch at a time so that a large database does not sit in memory."""
    refresh(connection, table, clear, masked)


def downgrade() -> None:
    masking_sql.uninstall(op.get_bind())
    for table, _clear, masked in COPIES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column(masked)
