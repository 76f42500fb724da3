"""imports and KPI metrics

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03

The import pipeline's history (``import_runs``), its undo journal (``import_changes``)
and the team's saved presets; the KPI metric catalogue (seeded with the built-in
metrics), account daily values, platform posts and their values. Metric and post values
are plain rows (no UUID/version): they are facts keyed by what they measure.
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from uuid import uuid4

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of app.kpi.catalog.BUILTIN_METRICS as of this revision.
METRICS = (
    ("followers", "Followers", "粉丝数", "integer"),
    ("follower_change", "Follower change", "粉丝增量", "integer"),
    ("views", "Views / reads", "播放/阅读量", "integer"),
    ("reach", "Reach", "触达人数", "integer"),
    ("impressions", "Impressions", "曝光量", "integer"),
    ("likes", "Likes", "点赞数", "integer"),
    ("comments", "Comments", "评论数", "integer"),
    ("shares", "Shares / reposts", "分享/转发数", "integer"),
    ("saves", "Saves", "收藏数", "integer"),
    ("clicks", "Clicks", "点击数", "integer"),
    ("conversions", "Conversions", "转化数", "integer"),
    ("revenue", "Revenue", "收入", "number"),
    ("ad_spend", "Ad spend", "广告花费", "number"),
    ("engagements", "Reactions, comments and shares", "互动数", "integer"),
    ("profile_visits", "Profile visits", "主页访问量", "integer"),
    ("completion_rate", "Completion rate", "完播率", "rate"),
    ("completion_rate_5s", "5-second completion rate", "5秒完播率", "rate"),
    ("cover_click_rate", "Cover click-through rate", "封面点击率", "rate"),
    ("bounce_rate_2s", "2-second bounce rate", "2秒跳出率", "rate"),
    ("avg_watch_seconds", "Average watch time (s)", "平均播放时长(秒)", "duration"),
    ("video_seconds", "Video length (s)", "视频时长(秒)", "duration"),
    ("coins", "Coins", "投币数", "integer"),
    ("danmaku", "Bullet comments", "弹幕数", "integer"),
    ("delivered", "Delivered to", "送达人数", "integer"),
    ("readers", "Readers", "阅读人数", "integer"),
    ("original_readers", "Original-page readers", "原文页阅读人数", "integer"),
    ("sharers", "People who shared", "分享转发人数", "integer"),
    ("moments_readers", "Moments readers", "朋友圈阅读人数", "integer"),
    ("moments_reads", "Moments reads", "朋友圈阅读次数", "integer"),
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


def upgrade() -> None:
    op.create_table(
        "import_runs",
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("file_size", sa.BigInteger(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("target", sa.String(length=40), nullable=False),
        sa.Column("preset", sa.String(length=120), nullable=True),
        sa.Column("imported_by", sa.String(length=120), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("rolled_back_at", sa.DateTime(), nullable=True),
        *_record_columns("import_runs"),
    )
    _indexes("import_runs", "content_hash")

    op.create_table(
        "import_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("before_import_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_changes")),
        _fk("import_changes", "import_id", "import_runs", "CASCADE"),
    )
    _indexes("import_changes", "import_id", "before_import_id")

    op.create_table(
        "import_presets",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("target", sa.String(length=40), nullable=False),
        sa.Column("columns", sa.JSON(), nullable=False),
        sa.Column("required", sa.JSON(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_record_columns("import_presets"),
        sa.UniqueConstraint("name", name=op.f("uq_import_presets_name")),
    )

    metrics = op.create_table(
        "kpi_metrics",
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("name_zh", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        *_record_columns("kpi_metrics"),
        sa.UniqueConstraint("code", name=op.f("uq_kpi_metrics_code")),
    )

    op.create_table(
        "kpi_account_metrics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("metric_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_account_metrics")),
        sa.UniqueConstraint(
            "account_id", "day", "metric_id", name=op.f("uq_kpi_account_metrics_account_id")
        ),
        _fk("kpi_account_metrics", "account_id", "accounts", "CASCADE"),
        _fk("kpi_account_metrics", "metric_id", "kpi_metrics", "RESTRICT"),
        _fk("kpi_account_metrics", "import_id", "import_runs", "SET NULL"),
    )
    _indexes("kpi_account_metrics", "metric_id", "import_id")

    op.create_table(
        "kpi_posts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.Integer(), nullable=False),
        sa.Column("post_ref", sa.String(length=500), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("permalink", sa.String(length=500), nullable=False),
        sa.Column("post_type", sa.String(length=60), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_posts")),
        sa.UniqueConstraint("platform_id", "post_ref", name=op.f("uq_kpi_posts_platform_id")),
        _fk("kpi_posts", "platform_id", "platforms", "RESTRICT"),
        _fk("kpi_posts", "account_id", "accounts", "SET NULL"),
        _fk("kpi_posts", "import_id", "import_runs", "SET NULL"),
    )
    _indexes("kpi_posts", "account_id", "import_id")

    op.create_table(
        "kpi_post_metrics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("metric_id", sa.Integer(), nullable=False),
        sa.Column("snapshot_date", sa.Date(), nullable=True),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_post_metrics")),
        _fk("kpi_post_metrics", "post_id", "kpi_posts", "CASCADE"),
        _fk("kpi_post_metrics", "metric_id", "kpi_metrics", "RESTRICT"),
        _fk("kpi_post_metrics", "import_id", "import_runs", "SET NULL"),
    )
    op.create_index(
        "ix_kpi_post_metrics_key", "kpi_post_metrics", ["post_id", "metric_id", "snapshot_date"]
    )
    _indexes("kpi_post_metrics", "metric_id", "import_id")

    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(
        metrics,
        [
            {
                "code": code,
                "name_en": en,
                "name_zh": zh,
                "kind": kind,
                "builtin": True,
                "sort_order": n * 10,
                "uuid": str(uuid4()),
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
            for n, (code, en, zh, kind) in enumerate(METRICS)
        ],
    )


def downgrade() -> None:
    for table in (
        "kpi_post_metrics",
        "kpi_posts",
        "kpi_account_metrics",
        "kpi_metrics",
        "import_presets",
        "import_changes",
        "import_runs",
    ):
        op.drop_table(table)
