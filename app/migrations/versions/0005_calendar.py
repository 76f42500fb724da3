"""calendar: posts, targets, production, review

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

Posts and their targets (one per account), production steps, review checklist, assets,
comments and approvals; content types (seeded with the five built-in ones); the team's
own key dates; the calendar settings row; campaigns gain a kind, ad spend, results
notes, accounts and objective links.
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from uuid import uuid4

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of app.calendar.types.BUILTIN_CONTENT_TYPES as of this revision.
CONTENT_TYPES = (
    ("article", "Article", "文章"),
    ("video", "Video", "视频"),
    ("live", "Live stream", "直播"),
    ("image_text", "Image + text", "图文"),
    ("short_video", "Short video", "短视频"),
)


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


def _post_child(table: str, *columns: sa.Column[object] | sa.Constraint) -> None:
    op.create_table(
        table,
        sa.Column("post_id", sa.Integer(), nullable=False),
        *columns,
        *_record_columns(table),
        _fk(table, "post_id", "posts", "CASCADE"),
    )
    _indexes(table, "post_id")


def upgrade() -> None:
    with op.batch_alter_table("campaigns") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(length=20), nullable=False, server_default="other")
        )
        batch.add_column(
            sa.Column("ad_spend_cents", sa.BigInteger(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("results_notes", sa.Text(), nullable=False, server_default=""))

    op.create_table(
        "campaign_accounts",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("campaign_id", "account_id", name=op.f("pk_campaign_accounts")),
        _fk("campaign_accounts", "campaign_id", "campaigns", "CASCADE"),
        _fk("campaign_accounts", "account_id", "accounts", "CASCADE"),
    )
    op.create_table(
        "campaign_objectives",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("campaign_id", "objective_id", name=op.f("pk_campaign_objectives")),
        _fk("campaign_objectives", "campaign_id", "campaigns", "CASCADE"),
        _fk("campaign_objectives", "objective_id", "objectives", "CASCADE"),
    )

    types = op.create_table(
        "content_types",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_en", sa.String(length=80), nullable=False),
        sa.Column("name_zh", sa.String(length=80), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        *_record_columns("content_types"),
        sa.UniqueConstraint("code", name=op.f("uq_content_types_code")),
    )

    op.create_table(
        "posts",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("content_type_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("pillar_id", sa.Integer(), nullable=True),
        sa.Column("scheduled_at", sa.DateTime(), nullable=True),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("rejection_reason", sa.Text(), nullable=False),
        sa.Column("review_round", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=True),
        *_record_columns("posts"),
        _fk("posts", "import_id", "import_runs", "SET NULL"),
        _fk("posts", "content_type_id", "content_types", "RESTRICT"),
        _fk("posts", "owner_id", "members", "SET NULL"),
        _fk("posts", "campaign_id", "campaigns", "SET NULL"),
        _fk("posts", "pillar_id", "content_pillars", "SET NULL"),
    )
    _indexes(
        "posts",
        "content_type_id",
        "owner_id",
        "campaign_id",
        "pillar_id",
        "scheduled_at",
        "import_id",
    )
    op.create_index("ix_posts_status_scheduled_at", "posts", ["status", "scheduled_at"])

    _post_child(
        "post_targets",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("scheduled_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("published_url", sa.String(length=1000), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=True),
        _fk("post_targets", "account_id", "accounts", "CASCADE"),
        _fk("post_targets", "import_id", "import_runs", "SET NULL"),
    )
    _indexes("post_targets", "import_id")
    op.create_index(
        "ix_post_targets_account_id_scheduled_at", "post_targets", ["account_id", "scheduled_at"]
    )
    _post_child(
        "production_steps",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        _fk("production_steps", "assignee_id", "members", "SET NULL"),
    )
    op.create_index(
        "ix_production_steps_assignee_id_due", "production_steps", ["assignee_id", "due"]
    )
    _post_child(
        "review_checks",
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("checked", sa.Boolean(), nullable=False),
        sa.Column("checked_by", sa.String(length=120), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
    )
    _post_child(
        "post_assets",
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("copied", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
    )
    _post_child(
        "post_comments",
        sa.Column("member_uuid", sa.String(length=36), nullable=True),
        sa.Column("member_name", sa.String(length=120), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
    )
    _post_child(
        "post_approvals",
        sa.Column("member_uuid", sa.String(length=36), nullable=True),
        sa.Column("member_name", sa.String(length=120), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
    )
    _indexes("post_approvals", "member_uuid", "at")

    op.create_table(
        "key_dates",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("name_zh", sa.String(length=120), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_record_columns("key_dates"),
    )
    _indexes("key_dates", "day")

    op.create_table(
        "calendar_settings",
        sa.Column("value", sa.JSON(), nullable=False),
        *_record_columns("calendar_settings"),
    )

    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(
        types,
        [
            {
                "code": code,
                "name_en": en,
                "name_zh": zh,
                "builtin": True,
                "sort_order": n * 10,
                "uuid": str(uuid4()),
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
            for n, (code, en, zh) in enumerate(CONTENT_TYPES)
        ],
    )


def downgrade() -> None:
    for table in (
        "calendar_settings",
        "key_dates",
        "post_approvals",
        "post_comments",
        "post_assets",
        "review_checks",
        "production_steps",
        "post_targets",
        "posts",
        "content_types",
        "campaign_objectives",
        "campaign_accounts",
    ):
        op.drop_table(table)
    with op.batch_alter_table("campaigns") as batch:
        batch.drop_column("results_notes")
        batch.drop_column("ad_spend_cents")
        batch.drop_column("kind")
