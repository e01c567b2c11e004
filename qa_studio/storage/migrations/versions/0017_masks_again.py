"""masks again: the masked copies of subjects, messages, transcript lines and the text index made with today's
detector, which finds what the first one missed (numbers read out in words or half in digits, ID numbers in any
grouping, passports, spoken e-mail addresses with Chinese names); nothing to undo on a downgrade

Revision ID: 0017_masks_again
Revises: 0016_glossary
Create Date: 2026-12-06 12:00:00
"""

from collections.abc import Sequence

from alembic import op

from qa_studio.storage.remask import remask

revision: str = "0017_masks_again"
down_revision: str | None = "0016_glossary"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    remask(op.get_bind())


def downgrade() -> None:
    pass  # the better copies stay: they hide more, and the older schema has the same columns
