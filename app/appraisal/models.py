"""Appraisal templates, cycles, each member's appraisal with its score lines, reopenings
and training records (migration 0007).

An appraisal copies its template's criteria into its lines when the cycle starts: a
template edited later never changes an appraisal already under way or signed.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, Record
from app.db.types import UTCDateTime, utcnow
from app.team.models import Member


class AppraisalTemplate(Record):
    __tablename__ = "appraisal_templates"

    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(5))
    # JSON list of criteria: a template is edited and read as a whole.
    criteria: Mapped[str] = mapped_column(Text)


class AppraisalCycle(Record):
    __tablename__ = "appraisal_cycles"

    name: Mapped[str] = mapped_column(String(120))
    period_kind: Mapped[str] = mapped_column(String(10))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    self_due: Mapped[date | None] = mapped_column(Date, default=None)
    manager_due: Mapped[date | None] = mapped_column(Date, default=None)
    bands: Mapped[str] = mapped_column(String(200))  # "A:90,B:75,C:60,D:0"
    top_share_limit: Mapped[int | None] = mapped_column(Integer, default=None)
    appraisals: Mapped[list[Appraisal]] = relationship(
        back_populates="cycle", cascade="all, delete-orphan", passive_deletes=True
    )


class Appraisal(Record):
    __tablename__ = "appraisals"
    __table_args__ = (UniqueConstraint("cycle_id", "member_id"),)

    cycle_id: Mapped[int] = mapped_column(
        ForeignKey("appraisal_cycles.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    template_name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))
    strengths: Mapped[str] = mapped_column(Text, default="")
    improvements: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    training_plan: Mapped[str] = mapped_column(Text, default="")
    manager_name: Mapped[str] = mapped_column(String(120), default="")
    member_signed_name: Mapped[str] = mapped_column(String(120), default="")
    member_signed_on: Mapped[date | None] = mapped_column(Date, default=None)
    manager_signed_name: Mapped[str] = mapped_column(String(120), default="")
    manager_signed_on: Mapped[date | None] = mapped_column(Date, default=None)
    # Computed by the core from the manager's scores; stored for history and grading SQL.
    total: Mapped[float | None] = mapped_column(Float, default=None)
    grade: Mapped[str] = mapped_column(String(10), default="")

    cycle: Mapped[AppraisalCycle] = relationship(back_populates="appraisals")
    member: Mapped[Member] = relationship()
    lines: Mapped[list[AppraisalLine]] = relationship(
        cascade="all, delete-orphan", order_by="AppraisalLine.position", passive_deletes=True
    )
    reopenings: Mapped[list[Reopening]] = relationship(
        cascade="all, delete-orphan", order_by="Reopening.id", passive_deletes=True
    )


class AppraisalLine(Base):
    """A criterion of one appraisal with the member's and the manager's score."""

    __tablename__ = "appraisal_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    appraisal_id: Mapped[int] = mapped_column(
        ForeignKey("appraisals.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[int] = mapped_column(Integer)
    scale_min: Mapped[int] = mapped_column(Integer)
    scale_max: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    fact: Mapped[str] = mapped_column(String(40), default="")
    self_score: Mapped[int | None] = mapped_column(Integer, default=None)
    self_comment: Mapped[str] = mapped_column(Text, default="")
    manager_score: Mapped[int | None] = mapped_column(Integer, default=None)
    manager_comment: Mapped[str] = mapped_column(Text, default="")


class Reopening(Base):
    """An appraisal taken back a step: when, by whom, why (append-only)."""

    __tablename__ = "appraisal_reopenings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    appraisal_id: Mapped[int] = mapped_column(
        ForeignKey("appraisals.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by_name: Mapped[str] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(Text)
    from_status: Mapped[str] = mapped_column(String(20))


class TrainingRecord(Record):
    __tablename__ = "training_records"

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    course: Mapped[str] = mapped_column(String(200))
    day: Mapped[date] = mapped_column(Date)
    hours: Mapped[float] = mapped_column(Float)
    skills: Mapped[str] = mapped_column(String(200), default="")  # codes, comma-separated
    trainer: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    appraisal_id: Mapped[int | None] = mapped_column(
        ForeignKey("appraisals.id", ondelete="SET NULL"), default=None, index=True
    )
    member: Mapped[Member] = relationship()
