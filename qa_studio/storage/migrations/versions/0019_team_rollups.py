"""team rollups: per-day totals of evaluations, criterion outcomes, reviewers, interactions and reply waits, kept by
triggers in the same transaction as every write, so the team page adds up daily rows instead of scanning every
evaluation and message (storage/rollups.py)

Revision ID: 0019_team_rollups
Revises: 0017_masks_again
Create Date: 2026-12-06 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from qa_studio.storage import rollups

revision: str = "0019_team_rollups"
down_revision: str | None = "0018_search_speed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _keyed(table: str, *columns: sa.Column, keys: int) -> None:
    names = [column.name for column in columns[:keys]]
    op.create_table(table, *columns, sa.PrimaryKeyConstraint(*names, name=op.f(f"pk_{table}")))


def _count(name: str) -> sa.Column:
    return sa.Column(name, sa.BigInteger(), nullable=False)


def _agent_day() -> list[sa.Column]:
    return [sa.Column("agent_id", sa.Integer(), nullable=False), sa.Column("day", sa.Date(), nullable=False)]


def _survey() -> list[sa.Column]:
    return [sa.Column("csat", sa.Numeric(precision=5, scale=2), nullable=False),
            sa.Column("csat_scale", sa.Integer(), nullable=False)]  # fmt: skip


def upgrade() -> None:
    _keyed("rollup_quality", *_agent_day(), *_survey(),
           *(_count(n) for n in ("evaluations", "score_cents", "score_squares", "scored", "passed", "judged", "fatal",
                                 "critical")), keys=4)  # fmt: skip
    _keyed("rollup_outcomes", *_agent_day(), sa.Column("scorecard_version_id", sa.Integer(), nullable=False),
           sa.Column("outcomes", sa.Text(), nullable=False), _count("evaluations"), keys=4)  # fmt: skip
    _keyed("rollup_reviewers", *_agent_day(), sa.Column("reviewer_id", sa.Integer(), nullable=False),
           sa.Column("scorecard_version_id", sa.Integer(), nullable=False),
           *(_count(n) for n in ("evaluations", "score_cents", "scored")), keys=4)  # fmt: skip
    _keyed("rollup_service", *_agent_day(), sa.Column("channel", sa.String(length=20), nullable=False), *_survey(),
           sa.Column("resolved", sa.Integer(), nullable=False),
           *(_count(n) for n in ("interactions", "duration_ms", "timed")), keys=6)  # fmt: skip
    _keyed("rollup_replies", *_agent_day(), sa.Column("channel", sa.String(length=20), nullable=False),
           sa.Column("first_reply", sa.Integer(), nullable=False), _count("replies"), _count("met"),
           keys=4)  # fmt: skip
    _keyed("rollup_causes", *_agent_day(), sa.Column("scorecard_version_id", sa.Integer(), nullable=False),
           sa.Column("criterion_key", sa.String(length=100), nullable=False),
           sa.Column("root_cause", sa.String(length=100), nullable=False), _count("failures"), keys=5)  # fmt: skip
    rollups.install(op.get_bind())
    op.create_index("ix_evaluations_without_outcomes", "evaluations", ["interaction_id"],
                    sqlite_where=sa.text("outcomes IS NULL"), postgresql_where=sa.text("outcomes IS NULL"))
    op.create_index("ix_evaluations_grading", "evaluations", ["interaction_id", "state", "calibration_session_id",
                                                              "reviewer_id", "created_at", "submitted_at"])


def downgrade() -> None:
    connection = op.get_bind()
    op.drop_index("ix_evaluations_grading", table_name="evaluations")
    op.drop_index("ix_evaluations_without_outcomes", table_name="evaluations")
    for statement in rollups.drop_trigger_statements(connection.dialect.name):
        op.execute(statement)
    for table in ("rollup_causes", "rollup_replies", "rollup_service", "rollup_reviewers", "rollup_outcomes",
                  "rollup_quality"):
        op.drop_table(table)
