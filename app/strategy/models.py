"""ORM models of the Strategy tab: plans, platform strategies, pillars, objectives, research.

Codes (levels, statuses, units, KPI metrics, scopes) are stored as short strings; their
lists live in ``app.strategy.types`` and their display names in the UI.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.models import Account, Platform
from app.db.base import Record
from app.team.models import Member


class Plan(Record):
    """A year, quarter or month plan; sub-plans point at their parent."""

    __tablename__ = "strategy_plans"

    # The database removes a plan's subtree with it; the service snapshots it first.
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("strategy_plans.id", ondelete="CASCADE"), default=None, index=True
    )
    level: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    goals: Mapped[str] = mapped_column(Text, default="")
    core_messages: Mapped[str] = mapped_column(Text, default="")
    audience: Mapped[str] = mapped_column(Text, default="")
    execution_path: Mapped[str] = mapped_column(Text, default="")
    budget_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), default=None, index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    parent: Mapped[Plan | None] = relationship(remote_side="Plan.id")
    owner: Mapped[Member | None] = relationship()


class PlatformStrategy(Record):
    """How a plan works one platform (or one account on it): frequency, style, focus."""

    __tablename__ = "platform_strategies"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("strategy_plans.id", ondelete="CASCADE"), index=True
    )
    platform_id: Mapped[int] = mapped_column(
        ForeignKey("platforms.id", ondelete="RESTRICT"), index=True
    )
    # A removed account leaves a platform-wide strategy rather than losing the plan text.
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), default=None, index=True
    )
    frequency_count: Mapped[int] = mapped_column(Integer, default=0)
    frequency_unit: Mapped[str] = mapped_column(String(10), default="week")
    interaction_style: Mapped[str] = mapped_column(Text, default="")
    promotion_focus: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[Plan] = relationship()
    platform: Mapped[Platform] = relationship()
    account: Mapped[Account | None] = relationship()


class ContentPillar(Record):
    """A content pillar (theme) and its intended share of a plan's or platform's posts."""

    __tablename__ = "content_pillars"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("strategy_plans.id", ondelete="CASCADE"), index=True
    )
    platform_strategy_id: Mapped[int | None] = mapped_column(
        ForeignKey("platform_strategies.id", ondelete="CASCADE"),
        default=None,
        index=True,
    )
    name: Mapped[str] = mapped_column(String(120))
    share_percent: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    plan: Mapped[Plan] = relationship()
    platform_strategy: Mapped[PlatformStrategy | None] = relationship()


class Objective(Record):
    """A measurable target: a KPI metric, a scope, a value with a unit, a period."""

    __tablename__ = "objectives"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("strategy_plans.id", ondelete="CASCADE"), index=True
    )
    metric: Mapped[str] = mapped_column(String(40))
    custom_name: Mapped[str] = mapped_column(String(120), default="")
    scope: Mapped[str] = mapped_column(String(10), default="all")
    # A UUID, not a foreign key: an account or campaign removed and restored by undo
    # keeps its UUID, so the objective finds it again; the KPI tab joins on uuid.
    scope_uuid: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    target_value: Mapped[float] = mapped_column(Float, default=0.0)
    unit: Mapped[str] = mapped_column(String(10), default="count")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[Plan] = relationship()


class Competitor(Record):
    __tablename__ = "competitors"

    name: Mapped[str] = mapped_column(String(200))
    platforms: Mapped[str] = mapped_column(Text, default="")
    accounts: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class CompetitorMetric(Record):
    """One hand-entered observation of a competitor (e.g. Douyin followers on a date)."""

    __tablename__ = "competitor_metrics"

    competitor_id: Mapped[int] = mapped_column(
        ForeignKey("competitors.id", ondelete="CASCADE"), index=True
    )
    observed_on: Mapped[date] = mapped_column(Date)
    metric: Mapped[str] = mapped_column(String(80))
    value: Mapped[float] = mapped_column(Float)
    platform_id: Mapped[int | None] = mapped_column(
        ForeignKey("platforms.id", ondelete="SET NULL"), default=None, index=True
    )
    competitor: Mapped[Competitor] = relationship()
    platform: Mapped[Platform | None] = relationship()


class ResearchNote(Record):
    """Market research, dated and tagged; optionally about one plan."""

    __tablename__ = "research_notes"

    noted_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    # Comma-separated, normalised by the service; few notes, so no tag table is needed.
    tags: Mapped[str] = mapped_column(Text, default="")
    plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("strategy_plans.id", ondelete="SET NULL"), default=None, index=True
    )
    plan: Mapped[Plan | None] = relationship()
