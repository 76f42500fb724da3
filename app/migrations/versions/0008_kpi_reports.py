"""kpi: saved operating reports, and indexes for the KPI charts

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

``kpi_reports``: an operating report's period, scope, the analyst's commentary and
actions, and who saved it. Two indexes fit the KPI tab's queries: account values by
metric and day (covering account and value, so a year's daily series never reads the
table), and posts by publish time (top posts of a period).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "kpi_reports",
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("scope", sa.JSON(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("commentary", sa.Text(), nullable=False),
        sa.Column("actions", sa.Text(), nullable=False),
        sa.Column("saved_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_reports")),
        sa.UniqueConstraint("uuid", name=op.f("uq_kpi_reports_uuid")),
    )
    op.create_index("ix_kpi_reports_period", "kpi_reports", ["start_date", "end_date"])
    op.create_index(
        "ix_kpi_account_metrics_series",
        "kpi_account_metrics",
        ["metric_id", "day", "account_id", "value"],
    )
    op.create_index("ix_kpi_posts_published", "kpi_posts", ["published_at"])


def downgrade() -> None:
    op.drop_index("ix_kpi_posts_published", table_name="kpi_posts")
    op.drop_index("ix_kpi_account_metrics_series", table_name="kpi_account_metrics")
    op.drop_index("ix_kpi_reports_period", table_name="kpi_reports")
    op.drop_table("kpi_reports")
