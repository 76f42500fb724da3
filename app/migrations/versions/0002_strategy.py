"""strategy

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30

The Strategy tab: plans (a year/quarter/month tree), per-platform strategies, content
pillars, objectives, competitors with observed metrics, research notes. Seeds nothing.
Table names stay short enough that every constraint name fits PostgreSQL's 63 characters.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _record_columns(table: str) -> list[sa.Column[object] | sa.Constraint]:
    """The columns and keys every record has (``app.db.base.Record``), frozen here."""
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("uuid", name=op.f(f"uq_{table}_uuid")),
    ]


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def upgrade() -> None:
    op.create_table(
        "strategy_plans",
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("core_messages", sa.Text(), nullable=False),
        sa.Column("audience", sa.Text(), nullable=False),
        sa.Column("execution_path", sa.Text(), nullable=False),
        sa.Column("budget_cents", sa.BigInteger(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        *_record_columns("strategy_plans"),
        _fk("strategy_plans", "owner_id", "members", "SET NULL"),
        _fk("strategy_plans", "parent_id", "strategy_plans", "CASCADE"),
    )
    _indexes("strategy_plans", "owner_id", "parent_id")

    op.create_table(
        "platform_strategies",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("frequency_count", sa.Integer(), nullable=False),
        sa.Column("frequency_unit", sa.String(length=10), nullable=False),
        sa.Column("interaction_style", sa.Text(), nullable=False),
        sa.Column("promotion_focus", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_record_columns("platform_strategies"),
        _fk("platform_strategies", "account_id", "accounts", "SET NULL"),
        _fk("platform_strategies", "plan_id", "strategy_plans", "CASCADE"),
        _fk("platform_strategies", "platform_id", "platforms", "RESTRICT"),
    )
    _indexes("platform_strategies", "account_id", "plan_id", "platform_id")

    op.create_table(
        "content_pillars",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("platform_strategy_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("share_percent", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        *_record_columns("content_pillars"),
        _fk("content_pillars", "plan_id", "strategy_plans", "CASCADE"),
        _fk("content_pillars", "platform_strategy_id", "platform_strategies", "CASCADE"),
    )
    _indexes("content_pillars", "plan_id", "platform_strategy_id")

    op.create_table(
        "objectives",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("metric", sa.String(length=40), nullable=False),
        sa.Column("custom_name", sa.String(length=120), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("scope_uuid", sa.String(length=36), nullable=True),
        sa.Column("target_value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_record_columns("objectives"),
        _fk("objectives", "plan_id", "strategy_plans", "CASCADE"),
    )
    _indexes("objectives", "plan_id", "scope_uuid")

    op.create_table(
        "competitors",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("platforms", sa.Text(), nullable=False),
        sa.Column("accounts", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_record_columns("competitors"),
    )

    op.create_table(
        "competitor_metrics",
        sa.Column("competitor_id", sa.Integer(), nullable=False),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("metric", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("platform_id", sa.Integer(), nullable=True),
        *_record_columns("competitor_metrics"),
        _fk("competitor_metrics", "competitor_id", "competitors", "CASCADE"),
        _fk("competitor_metrics", "platform_id", "platforms", "SET NULL"),
    )
    _indexes("competitor_metrics", "competitor_id", "platform_id")

    op.create_table(
        "research_notes",
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        *_record_columns("research_notes"),
        _fk("research_notes", "plan_id", "strategy_plans", "SET NULL"),
    )
    _indexes("research_notes", "plan_id")


def downgrade() -> None:
    # Children first; dropping a table drops its indexes with it.
    for table in (
        "research_notes",
        "competitor_metrics",
        "competitors",
        "objectives",
        "content_pillars",
        "platform_strategies",
        "strategy_plans",
    ):
        op.drop_table(table)
