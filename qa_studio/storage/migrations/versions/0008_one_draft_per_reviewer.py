"""one draft per reviewer and interaction: two starts at the same moment (a double-click, two windows, two
processes) made two drafts; the database now refuses the second, and the service returns the first

Drafts made twice before this version are merged into one: the draft with the most answers (the oldest of equals)
is kept and takes over the criteria only its twin answered; the twin is removed.

Revision ID: 0008_one_draft_per_reviewer
Revises: 0007_self_evaluations
Create Date: 2026-12-06 08:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_one_draft_per_reviewer"
down_revision: str | None = "0007_self_evaluations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHERE = "state = 'draft' AND calibration_session_id IS NULL"


def upgrade() -> None:
    connection = op.get_bind()
    twins = connection.execute(sa.text(
        f"SELECT e.id, e.interaction_id, e.reviewer_id, (SELECT count(*) FROM evaluation_answers a "
        f"WHERE a.evaluation_id = e.id) AS answered FROM evaluations e WHERE {WHERE} AND EXISTS (SELECT 1 FROM "
        f"evaluations o WHERE o.interaction_id = e.interaction_id AND o.reviewer_id = e.reviewer_id "
        f"AND o.id <> e.id AND o.state = 'draft' AND o.calibration_session_id IS NULL) ORDER BY e.id"
    )).all()  # fmt: skip
    kept: dict[tuple[int, int], tuple[int, int]] = {}
    for row in twins:
        key, candidate = (row.interaction_id, row.reviewer_id), (row.answered, row.id)
        best = kept.get(key)
        if best is None or candidate[0] > best[0]:
            kept[key] = candidate
    for row in twins:
        target = kept[(row.interaction_id, row.reviewer_id)][1]
        if row.id == target:
            continue
        # Answers only the twin has move to the kept draft; where both answered, the kept draft's answer stays.
        connection.execute(sa.text(
            "UPDATE evaluation_answers SET evaluation_id = :target WHERE evaluation_id = :twin "
            "AND criterion_key NOT IN (SELECT criterion_key FROM evaluation_answers WHERE evaluation_id = :target)"
        ), {"target": target, "twin": row.id})  # fmt: skip
        connection.execute(sa.text("DELETE FROM evaluation_answers WHERE evaluation_id = :id"), {"id": row.id})
        connection.execute(sa.text("DELETE FROM evaluations WHERE id = :id"), {"id": row.id})
    op.create_index("uq_evaluations_one_draft", "evaluations", ["interaction_id", "reviewer_id"], unique=True,
                    sqlite_where=sa.text(WHERE), postgresql_where=sa.text(WHERE))  # fmt: skip


def downgrade() -> None:
    op.drop_index("uq_evaluations_one_draft", table_name="evaluations")
