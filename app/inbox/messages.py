"""Messages in: checking, de-duplication, sentiment, rules, due time; all in one insert.

A message is known again by its platform message ID, else by a hash of account + author
+ time + text, so a re-import (or a paste of the same lines) adds nothing twice. Inserts
go through Core in batches (a big import must not build an ORM object per row).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.db.types import new_uuid, utcnow
from app.inbox import alerts, labelling, rules
from app.inbox.common import Names, check_kind, chunks
from app.inbox.models import MESSAGE_TAGS, MESSAGES, Message
from app.inbox.sla import Clock
from app.inbox.types import AddOutcome, MessageDraft
from app.validation import InvalidInput, optional_text

# Longer texts are refused with a clear message: a 1 MB "comment" is a broken export.
MAX_TEXT = 50_000


@dataclass(frozen=True)
class CleanMessage:
    account_id: int
    kind: str
    author_name: str
    author_handle: str
    text: str
    received_at: datetime
    platform_message_id: str
    post_ref: str
    post_link: str
    thread_ref: str
    dedup_key: str


def dedup_key(account_uuid: str, d: MessageDraft, author_name: str, text: str) -> str:
    if d.platform_message_id.strip():
        return "id:" + d.platform_message_id.strip()[:200]
    moment = d.received_at.astimezone(UTC).replace(microsecond=0).isoformat()
    author = d.author_handle.strip() or author_name
    raw = "\x1f".join((account_uuid, author, moment, text))
    return "hash:" + hashlib.sha256(raw.encode("utf-8")).hexdigest()


def clean(d: MessageDraft, names: Names) -> CleanMessage:
    """A draft checked (InvalidInput names the field) and tidied for storage."""
    account_id = names.account_id(d.account_uuid)
    if d.received_at.tzinfo is None:
        raise InvalidInput("received_at", "needs a time zone")
    text = optional_text(d.text, "text", MAX_TEXT, multiline=True)
    author = optional_text(d.author_name, "author_name", 200)
    handle = optional_text(d.author_handle, "author_handle", 200)
    if not text:
        raise InvalidInput("text", "must not be empty")
    return CleanMessage(
        account_id=account_id,
        kind=check_kind(d.kind),
        author_name=author,
        author_handle=handle,
        text=text,
        received_at=d.received_at.astimezone(UTC),
        platform_message_id=optional_text(d.platform_message_id, "platform_message_id", 200),
        post_ref=optional_text(d.post_ref, "post_ref", 200),
        post_link=optional_text(d.post_link, "post_link", 1000),
        thread_ref=optional_text(d.thread_ref, "thread_ref", 200),
        dedup_key=dedup_key(d.account_uuid, d, author, text),
    )


def existing_keys(s: Session, account_id: int, keys: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunks(list(keys)):
        q = select(Message.dedup_key).where(
            Message.account_id == account_id, Message.dedup_key.in_(chunk)
        )
        found.update(s.scalars(q))
    return found


def calendar_posts(s: Session, items: Sequence[CleanMessage]) -> dict[str, str]:
    """{post link: calendar post UUID} for the links the calendar published. The calendar
    keeps published links, not platform post IDs, so messages match by link only."""
    links = [m.post_link for m in items if m.post_link]
    if not links:
        return {}
    from app.calendar.links import match_published

    return match_published(s, links)


def insert_clean(
    s: Session,
    items: Sequence[CleanMessage],
    clock: Clock,
    import_id: int | None = None,
) -> AddOutcome:
    """Insert the messages not already there; sentiment, rules and due time on the way."""
    fresh: list[CleanMessage] = []
    seen: set[tuple[int, str]] = set()
    by_account: dict[int, list[CleanMessage]] = {}
    for m in items:
        by_account.setdefault(m.account_id, []).append(m)
    known = {
        (account_id, key)
        for account_id, group in by_account.items()
        for key in existing_keys(s, account_id, [m.dedup_key for m in group])
    }
    for m in items:  # in the given order: ids then follow the file's rows
        key = (m.account_id, m.dedup_key)
        if key in known or key in seen:
            continue
        seen.add(key)
        fresh.append(m)
    duplicates = len(items) - len(fresh)
    if not fresh:
        return AddOutcome(0, duplicates, ())

    feelings = labelling.classify_many(s, [m.text for m in fresh])
    posts = calendar_posts(s, fresh)
    active_rules = rules.load(s)
    now = utcnow()
    rows: list[dict[str, Any]] = []
    effects = []
    for m, feeling in zip(fresh, feelings, strict=True):
        eff = rules.effect(active_rules, m.account_id, m.kind, m.text)
        effects.append(eff)
        rows.append(
            {
                "uuid": new_uuid(),
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "account_id": m.account_id,
                "kind": m.kind,
                "author_name": m.author_name,
                "author_handle": m.author_handle,
                "text": m.text,
                "received_at": m.received_at,
                "platform_message_id": m.platform_message_id,
                "dedup_key": m.dedup_key,
                "post_ref": m.post_ref,
                "post_link": m.post_link,
                "calendar_post_uuid": posts.get(m.post_link),
                "thread_ref": m.thread_ref,
                "status": "new",
                "assignee_id": eff.assignee_id,
                "priority": eff.priority if eff.priority is not None else 1,
                "tags": "\n".join(sorted(eff.tags)),
                "notes": "",
                "sentiment": feeling.label,
                "sentiment_confidence": feeling.confidence,
                "sentiment_corrected": False,
                "due_at": clock.due(m.received_at),
                "first_response_at": None,
                "first_response_seconds": None,
                "first_responder_id": None,
                "import_id": import_id,
            }
        )
    table = MESSAGES
    ids: list[int] = []
    for chunk in chunks(rows, 1000):
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        ids.extend(r[0] for r in s.execute(stmt, list(chunk)))
    tag_rows = [
        {"message_id": i, "tag": t} for i, eff in zip(ids, effects, strict=True) for t in eff.tags
    ]
    if tag_rows:
        s.execute(insert(MESSAGE_TAGS), tag_rows)
    hits: dict[int, tuple[rules.CompiledRule, list[int]]] = {}
    for i, eff in zip(ids, effects, strict=True):
        for rule in eff.alert_rules:
            hits.setdefault(rule.id, (rule, []))[1].append(i)
    raised = rules.raise_rule_alerts(s, hits)
    # Recent messages may tip a window into a spike: check now, in the same transaction
    # (older ones, such as an export of last year, cannot raise a current alert).
    if any(m.received_at >= now - alerts.SCAN_SPAN for m in fresh):
        raised += alerts.scan(s, clock.settings, now)
    return AddOutcome(len(rows), duplicates, tuple(str(r["uuid"]) for r in rows), tuple(raised))


def edit(s: Session, m: Message, text: str, author_name: str, author_handle: str) -> None:
    m.text = optional_text(text, "text", MAX_TEXT, multiline=True)
    if not m.text:
        raise InvalidInput("text", "must not be empty")
    m.author_name = optional_text(author_name, "author_name", 200)
    m.author_handle = optional_text(author_handle, "author_handle", 200)
    if not m.sentiment_corrected:
        [feeling] = labelling.classify_many(s, [m.text])
        m.sentiment, m.sentiment_confidence = feeling.label, feeling.confidence


_PASTE_LINE = re.compile(r"^\s*([^:：]{1,60})[:：]\s*(.+)$")


def parse_paste(text: str) -> list[tuple[str, str]]:
    """(author, text) per non-empty pasted line; "author: text" or just text."""
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        found = _PASTE_LINE.match(line)
        if found and not found.group(1).strip().startswith("http"):
            out.append((found.group(1).strip(), found.group(2).strip()))
        else:
            out.append(("", line.strip()))
    return out
