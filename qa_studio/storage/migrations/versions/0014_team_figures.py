"""team figures: each agent message that answers a customer's turn carries its reply number and wait, and each
evaluation its criterion outcomes as one canonical text, so the team page counts replies within the standards from
an index and criteria by groups of alike evaluations instead of ordering every message and reading every result

Revision ID: 0014_team_figures
Revises: 0013_reviewer_qa_and_recurrence
Create Date: 2026-12-06 11:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_team_figures"
down_revision: str | None = "0013_reviewer_qa_and_recurrence"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000  # interactions whose messages are marked per round trip


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch_op:
        batch_op.add_column(sa.Column("reply_number", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("reply_wait_ms", sa.BigInteger(), nullable=True))
    _mark_stored_messages()
    with op.batch_alter_table("evaluations") as batch_op:
        batch_op.add_column(sa.Column("outcomes", sa.Text(), nullable=True))
    _store_outcomes()
    op.create_index("ix_messages_replies", "messages", ["interaction_id", "reply_number", "reply_wait_ms"],
                    sqlite_where=sa.text("reply_wait_ms IS NOT NULL"),
                    postgresql_where=sa.text("reply_wait_ms IS NOT NULL"))  # fmt: skip


def _mark_stored_messages() -> None:
    """The messages already stored, marked as the application marks new ones (services/kpis.reply_marks)."""
    from qa_studio.services.kpis import reply_marks

    connection = op.get_bind()
    messages = sa.table("messages", sa.column("id"), sa.column("interaction_id"), sa.column("seq"),
                        sa.column("role"), sa.column("sent_at", sa.DateTime()), sa.column("reply_number"),
                        sa.column("reply_wait_ms"))  # fmt: skip
    ids = [row[0] for row in connection.execute(sa.select(messages.c.interaction_id).distinct()
                                                .where(messages.c.role == "agent"))]  # fmt: skip
    update = (messages.update().where(messages.c.id == sa.bindparam("message"))
              .values(reply_number=sa.bindparam("number"), reply_wait_ms=sa.bindparam("wait")))  # fmt: skip
    for first in range(0, len(ids), BATCH):
        rows = connection.execute(
            sa.select(messages.c.id, messages.c.interaction_id, messages.c.role, messages.c.sent_at)
            .where(messages.c.interaction_id.in_(ids[first:first + BATCH]))
            .order_by(messages.c.interaction_id, messages.c.seq)
        ).all()  # fmt: skip
        changes, start = [], 0
        for end in range(1, len(rows) + 1):
            if end == len(rows) or rows[end][1] != rows[start][1]:
                conversation = rows[start:end]
                marks = reply_marks([(row[2], row[3]) for row in conversation])
                for (message_id, *_rest), mark in zip(conversation, marks, strict=True):
                    if mark is not None:
                        changes.append({"message": message_id, "number": mark[0], "wait": mark[1]})
                start = end
        if changes:
            connection.execute(update, changes)


def _store_outcomes() -> None:
    """The outcomes of evaluations already stored, written as the application writes new ones."""
    import json

    from qa_studio.services.aggregates import outcomes_text

    connection = op.get_bind()
    evaluations = sa.table("evaluations", sa.column("id"), sa.column("result", sa.JSON()), sa.column("outcomes"))
    ids = [row[0] for row in connection.execute(sa.select(evaluations.c.id).where(evaluations.c.result.is_not(None))
                                                .order_by(evaluations.c.id))]  # fmt: skip
    update = evaluations.update().where(evaluations.c.id == sa.bindparam("evaluation")).values(
        outcomes=sa.bindparam("text"))  # fmt: skip
    for first in range(0, len(ids), BATCH):
        rows = connection.execute(sa.select(evaluations.c.id, evaluations.c.result)
                                  .where(evaluations.c.id.in_(ids[first:first + BATCH]))).all()  # fmt: skip
        changes = [{"evaluation": evaluation_id,
                    "text": outcomes_text(json.loads(result) if isinstance(result, str) else result)}
                   for evaluation_id, result in rows]  # fmt: skip
        if changes:
            connection.execute(update, changes)


def downgrade() -> None:
    with op.batch_alter_table("evaluations") as batch_op:
        batch_op.drop_column("outcomes")
    op.drop_index("ix_messages_replies", table_name="messages")
    with op.batch_alter_table("messages") as batch_op:
        batch_op.drop_column("reply_wait_ms")
        batch_op.drop_column("reply_number")
