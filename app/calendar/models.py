"""The content calendar's tables: campaigns, posts and what belongs to a post.

A post's ``scheduled_at`` is where the calendar shows it (the earliest of its targets'
times when they have their own); it is indexed with the columns the views filter on, so
a month of a 20,000-post database is one index range scan.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.models import Account
from app.db.base import Base, Record
from app.db.types import UTCDateTime, utcnow
from app.strategy.models import ContentPillar
from app.team.models import Member

campaign_accounts = Table(
    "campaign_accounts",
    Base.metadata,
    Column("campaign_id", ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True),
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
)

campaign_objectives = Table(
    "campaign_objectives",
    Base.metadata,
    Column("campaign_id", ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True),
    Column("objective_id", ForeignKey("objectives.id", ondelete="CASCADE"), primary_key=True),
)


class Campaign(Record):
    __tablename__ = "campaigns"

    name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    goal: Mapped[str] = mapped_column(Text, default="")
    # Money is kept in minor units (fen/cents): exact, and no Decimal-on-SQLite caveats.
    budget_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), default=None, index=True
    )
    kind: Mapped[str] = mapped_column(String(20), default="other")
    ad_spend_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    results_notes: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[Member | None] = relationship()
    accounts: Mapped[list[Account]] = relationship(secondary=campaign_accounts)


class ContentType(Record):
    __tablename__ = "content_types"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_en: Mapped[str] = mapped_column(String(80))
    name_zh: Mapped[str] = mapped_column(String(80))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=100)


class Post(Record):
    __tablename__ = "posts"
    __table_args__ = (Index("ix_posts_status_scheduled_at", "status", "scheduled_at"),)

    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    content_type_id: Mapped[int] = mapped_column(
        ForeignKey("content_types.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[str] = mapped_column(String(12), default="idea")
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), default=None, index=True
    )
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaigns.id", ondelete="SET NULL"), default=None, index=True
    )
    pillar_id: Mapped[int | None] = mapped_column(
        ForeignKey("content_pillars.id", ondelete="SET NULL"), default=None, index=True
    )
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None, index=True)
    tags: Mapped[str] = mapped_column(Text, default="")  # space-separated
    notes: Mapped[str] = mapped_column(Text, default="")
    rejection_reason: Mapped[str] = mapped_column(Text, default="")
    review_round: Mapped[int] = mapped_column(Integer, default=0)
    # The import that added it (bulk import of a content ledger): rollback removes it.
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_runs.id", ondelete="SET NULL"), default=None, index=True
    )
    content_type: Mapped[ContentType] = relationship()
    owner: Mapped[Member | None] = relationship()
    campaign: Mapped[Campaign | None] = relationship()
    pillar: Mapped[ContentPillar | None] = relationship()


class PostTarget(Record):
    __tablename__ = "post_targets"
    __table_args__ = (
        Index("ix_post_targets_account_id_scheduled_at", "account_id", "scheduled_at"),
    )

    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text, default="")
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    published_url: Mapped[str] = mapped_column(String(1000), default="")
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_runs.id", ondelete="SET NULL"), default=None, index=True
    )
    account: Mapped[Account] = relationship()


class ProductionStep(Record):
    __tablename__ = "production_steps"
    __table_args__ = (Index("ix_production_steps_assignee_id_due", "assignee_id", "due"),)

    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), default=None
    )
    due: Mapped[date | None] = mapped_column(Date, default=None)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    assignee: Mapped[Member | None] = relationship()


class ReviewCheck(Record):
    __tablename__ = "review_checks"

    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(200))
    checked: Mapped[bool] = mapped_column(Boolean, default=False)
    checked_by: Mapped[str] = mapped_column(String(120), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class PostAsset(Record):
    __tablename__ = "post_assets"

    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(Text)
    copied: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class PostComment(Record):
    __tablename__ = "post_comments"

    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    member_uuid: Mapped[str | None] = mapped_column(String(36), default=None)
    member_name: Mapped[str] = mapped_column(String(120), default="")
    body: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PostApproval(Record):
    """A reviewer's decision; names are kept so a member's departure loses nothing."""

    __tablename__ = "post_approvals"

    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    member_uuid: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    member_name: Mapped[str] = mapped_column(String(120), default="")
    step: Mapped[int] = mapped_column(Integer, default=0)
    decision: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text, default="")
    round: Mapped[int] = mapped_column(Integer, default=0)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class KeyDateRow(Record):
    """A team's own key date (the built-in ones live in code)."""

    __tablename__ = "key_dates"

    day: Mapped[date] = mapped_column(Date, index=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_zh: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class CalendarSetting(Record):
    """The workspace's calendar settings (one row): approval policy and lists, as JSON."""

    __tablename__ = "calendar_settings"

    value: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
