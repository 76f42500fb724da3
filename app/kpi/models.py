"""KPI tables: the metric catalogue, account daily values, platform posts and their values.

Values are facts keyed by what they measure (account + day + metric; post + metric +
snapshot day), so they are plain rows, not :class:`~app.db.base.Record`\\ s: no UUID or
version per value, which keeps a million-row import and demo fast. ``import_id`` names
the import that last wrote a row (``NULL``: typed in or demo data), for rollback.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Record
from app.imports.models import ImportRun

IMPORT_RUN_ID = ImportRun.id  # values name the import that wrote them (import_runs.id)


class Metric(Record):
    __tablename__ = "kpi_metrics"

    code: Mapped[str] = mapped_column(String(60), unique=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_zh: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(10))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=100)


class AccountMetric(Base):
    __tablename__ = "kpi_account_metrics"
    __table_args__ = (
        UniqueConstraint("account_id", "day", "metric_id"),
        # Covers the KPI charts' series queries (metric, days; account and value read
        # from the index itself).
        Index("ix_kpi_account_metrics_series", "metric_id", "day", "account_id", "value"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    # No index of its own: the series index leads with it (migration 0010).
    metric_id: Mapped[int] = mapped_column(ForeignKey("kpi_metrics.id", ondelete="RESTRICT"))
    value: Mapped[float] = mapped_column(Float)
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey(IMPORT_RUN_ID, ondelete="SET NULL"), default=None, index=True
    )


class PlatformPost(Base):
    """A post as the platform's export names it; matched to a calendar post later."""

    __tablename__ = "kpi_posts"
    __table_args__ = (
        UniqueConstraint("platform_id", "post_ref"),
        Index("ix_kpi_posts_published", "published_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id", ondelete="RESTRICT"))
    # The platform's post ID, else the permalink, else title + publish time.
    post_ref: Mapped[str] = mapped_column(String(500))
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), default=None, index=True
    )
    title: Mapped[str] = mapped_column(Text, default="")
    permalink: Mapped[str] = mapped_column(String(500), default="")
    post_type: Mapped[str] = mapped_column(String(60), default="")
    # As the export shows it: exports carry local times without a zone.
    published_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey(IMPORT_RUN_ID, ondelete="SET NULL"), default=None, index=True
    )


class PostMetric(Base):
    """A post's value: a lifetime total (``snapshot_date`` NULL) or as of a day."""

    __tablename__ = "kpi_post_metrics"
    __table_args__ = (Index("ix_kpi_post_metrics_key", "post_id", "metric_id", "snapshot_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("kpi_posts.id", ondelete="CASCADE"))
    metric_id: Mapped[int] = mapped_column(
        ForeignKey("kpi_metrics.id", ondelete="RESTRICT"), index=True
    )
    snapshot_date: Mapped[date | None] = mapped_column(Date, default=None)
    value: Mapped[float] = mapped_column(Float)
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey(IMPORT_RUN_ID, ondelete="SET NULL"), default=None, index=True
    )


class Report(Record):
    """A saved operating report: its period and scope, the analyst's words, who saved it."""

    __tablename__ = "kpi_reports"
    __table_args__ = (Index("ix_kpi_reports_period", "start_date", "end_date"),)

    kind: Mapped[str] = mapped_column(String(10))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    # {"platforms": [codes], "accounts": [uuids], "campaign": uuid | None}
    scope: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    title: Mapped[str] = mapped_column(String(200), default="")
    commentary: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[str] = mapped_column(Text, default="")
    saved_by: Mapped[str] = mapped_column(String(120), default="")
