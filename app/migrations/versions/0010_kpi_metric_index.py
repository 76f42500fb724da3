"""kpi: drop the account metrics' index on metric_id alone

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

``ix_kpi_account_metrics_series`` (metric_id, day, account_id, value, from 0008) leads
with metric_id, so it answers every look-up by metric and the foreign key's check when a
metric is removed; the single-column index only cost each imported row a fourth index
write (about a tenth of a 100,000-row import) and the file its pages.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_kpi_account_metrics_metric_id"


def upgrade() -> None:
    op.drop_index(INDEX, table_name="kpi_account_metrics")


def downgrade() -> None:
    op.create_index(INDEX, "kpi_account_metrics", ["metric_id"])
