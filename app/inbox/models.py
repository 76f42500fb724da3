"""Inbox tables: messages and their triage, replies, rules, alerts, incidents, settings.

Messages are :class:`~app.db.base.Record`\\ s (UUID for undo and export, version for
stale edits) but the million-row demo and big imports insert them with Core, so every
column has a Python-side value ready (see ``app.inbox.messages.insert_rows``). Tags live
twice on purpose: ``tags`` (display, in the row itself: one page needs no join) and
``inbox_message_tags`` (the tag filter, indexed). The full-text index (SQLite FTS5
``inbox_messages_fts``; PostgreSQL pg_trgm indexes) is made by migration 0006 only.
"""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Record
from app.db.types import UTCDateTime
from app.imports.models import ImportRun

IMPORT_RUN_ID = ImportRun.id
WAITING = "first_response_at IS NULL AND status != 'closed'"


class Message(Record):
    __tablename__ = "inbox_messages"
    __table_args__ = (
        UniqueConstraint("account_id", "dedup_key"),
        # The list's orders and filters, each ending in received_at so a filtered page
        # comes straight off the index in the default order.
        Index("ix_inbox_messages_received", "received_at", "id"),
        Index("ix_inbox_messages_status_received", "status", "received_at"),
        Index("ix_inbox_messages_account_received", "account_id", "received_at"),
        Index("ix_inbox_messages_assignee_received", "assignee_id", "received_at"),
        Index("ix_inbox_messages_sentiment_received", "sentiment", "received_at"),
        Index("ix_inbox_messages_priority_received", "priority", "received_at"),
        Index("ix_inbox_messages_author_received", "author_name", "received_at"),
        Index("ix_inbox_messages_due", "due_at", "received_at"),
        # Only the messages still waiting for an answer: "overdue" reads this small index.
        Index(
            "ix_inbox_messages_waiting",
            "due_at",
            sqlite_where=text(WAITING),
            postgresql_where=text(WAITING),
        ),
        Index("ix_inbox_messages_thread", "account_id", "thread_ref"),
    )

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    author_name: Mapped[str] = mapped_column(String(200), default="")
    author_handle: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    platform_message_id: Mapped[str] = mapped_column(String(200), default="")
    # "id:<platform message id>" or "hash:<sha256 of account+author+time+text>"
    dedup_key: Mapped[str] = mapped_column(String(240))
    post_ref: Mapped[str] = mapped_column(String(200), default="")
    post_link: Mapped[str] = mapped_column(String(1000), default="")
    calendar_post_uuid: Mapped[str | None] = mapped_column(String(36), default=None)
    thread_ref: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(10), default="new")
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), default=None
    )
    priority: Mapped[int] = mapped_column(Integer, default=1)
    tags: Mapped[str] = mapped_column(Text, default="")  # "\n"-joined, sorted
    notes: Mapped[str] = mapped_column(Text, default="")
    sentiment: Mapped[str] = mapped_column(String(10), default="neutral")
    sentiment_confidence: Mapped[float] = mapped_column(Float, default=0.0)
    sentiment_corrected: Mapped[bool] = mapped_column(Boolean, default=False)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    first_response_seconds: Mapped[int | None] = mapped_column(Integer, default=None)
    first_responder_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), default=None, index=True
    )
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey(IMPORT_RUN_ID, ondelete="SET NULL"), default=None, index=True
    )


class MessageTag(Base):
    __tablename__ = "inbox_message_tags"
    __table_args__ = (Index("ix_inbox_message_tags_tag", "tag", "message_id"),)

    message_id: Mapped[int] = mapped_column(
        ForeignKey("inbox_messages.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(80), primary_key=True)


class Reply(Record):
    __tablename__ = "inbox_replies"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("inbox_messages.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), default=None, index=True
    )
    member_name: Mapped[str] = mapped_column(String(200), default="")
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ReplyTemplate(Record):
    __tablename__ = "inbox_reply_templates"

    name: Mapped[str] = mapped_column(String(200))
    text_en: Mapped[str] = mapped_column(Text, default="")
    text_zh: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=100)


class Rule(Record):
    __tablename__ = "inbox_rules"

    name: Mapped[str] = mapped_column(String(200))
    keywords: Mapped[str] = mapped_column(Text, default="")  # "\n"-joined
    match_all: Mapped[bool] = mapped_column(Boolean, default=False)
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), default=None, index=True
    )
    kind: Mapped[str | None] = mapped_column(String(20), default=None)
    add_tag: Mapped[str] = mapped_column(String(80), default="")
    assign_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), default=None, index=True
    )
    set_priority: Mapped[int | None] = mapped_column(Integer, default=None)
    raise_alert: Mapped[bool] = mapped_column(Boolean, default=False)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=100)


class Alert(Record):
    __tablename__ = "inbox_alerts"

    kind: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(200), default="")
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), default=None, index=True
    )
    rule_id: Mapped[int | None] = mapped_column(
        ForeignKey("inbox_rules.id", ondelete="SET NULL"), default=None, index=True
    )
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime)
    window_start: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    window_end: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    negative_share: Mapped[float | None] = mapped_column(Float, default=None)
    baseline_share: Mapped[float | None] = mapped_column(Float, default=None)
    dismissed: Mapped[bool] = mapped_column(Boolean, default=False)


class AlertMessage(Base):
    __tablename__ = "inbox_alert_messages"

    alert_id: Mapped[int] = mapped_column(
        ForeignKey("inbox_alerts.id", ondelete="CASCADE"), primary_key=True
    )
    message_id: Mapped[int] = mapped_column(
        ForeignKey("inbox_messages.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ContingencyTemplate(Record):
    __tablename__ = "inbox_plan_templates"

    code: Mapped[str] = mapped_column(String(60), unique=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_zh: Mapped[str] = mapped_column(String(200))
    steps_en: Mapped[str] = mapped_column(Text, default="")  # "\n"-joined
    steps_zh: Mapped[str] = mapped_column(Text, default="")
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=100)


class Incident(Record):
    __tablename__ = "inbox_incidents"

    title: Mapped[str] = mapped_column(String(200))
    severity: Mapped[str] = mapped_column(String(10), default="medium")
    status: Mapped[str] = mapped_column(String(12), default="open")
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), default=None, index=True
    )
    departments: Mapped[str] = mapped_column(Text, default="")  # "\n"-joined codes
    summary: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    lessons: Mapped[str] = mapped_column(Text, default="")
    plan_name: Mapped[str] = mapped_column(String(200), default="")


class IncidentStep(Record):
    __tablename__ = "inbox_incident_steps"

    incident_id: Mapped[int] = mapped_column(
        ForeignKey("inbox_incidents.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    done_by: Mapped[str] = mapped_column(String(200), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class IncidentEntry(Record):
    __tablename__ = "inbox_incident_entries"

    incident_id: Mapped[int] = mapped_column(
        ForeignKey("inbox_incidents.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), default=None, index=True
    )
    member_name: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(12), default="note")
    text: Mapped[str] = mapped_column(Text, default="")


class IncidentMessage(Base):
    __tablename__ = "inbox_incident_messages"

    incident_id: Mapped[int] = mapped_column(
        ForeignKey("inbox_incidents.id", ondelete="CASCADE"), primary_key=True
    )
    message_id: Mapped[int] = mapped_column(
        ForeignKey("inbox_messages.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Statement(Record):
    __tablename__ = "inbox_statements"

    incident_id: Mapped[int] = mapped_column(
        ForeignKey("inbox_incidents.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="draft")
    author_name: Mapped[str] = mapped_column(String(200), default="")
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class Setting(Base):
    """Inbox settings (the SLA and business hours) as JSON, one row per key."""

    __tablename__ = "inbox_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


# The tables as Core sees them, for the bulk inserts.
MESSAGES = cast(Table, Message.__table__)
MESSAGE_TAGS = cast(Table, MessageTag.__table__)
