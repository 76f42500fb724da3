"""Checking a post draft and writing it, with its targets, steps, checklist and assets.

Children keep their UUIDs across edits (a target's UUID is its calendar event's UID),
so they are matched by UUID: kept ones are updated, new ones added, missing ones removed.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import paths
from app.accounts.models import Account
from app.calendar.models import (
    Campaign,
    ContentType,
    Post,
    PostAsset,
    PostTarget,
    ProductionStep,
    ReviewCheck,
)
from app.calendar.types import TARGET_STATUSES, PostDraft
from app.db.base import Record
from app.db.records import find
from app.db.types import new_uuid, utcnow
from app.strategy.models import ContentPillar
from app.team import history
from app.team.models import Member
from app.validation import LONG_TEXT, InvalidInput, clean_text, optional_text, require_text

MAX_CHILDREN = 200  # targets, steps, checks or assets on one post: more is a mistake
C = TypeVar("C", bound=Record)


def media_dir() -> Path:
    """Where copied asset files go: beside the app's data, one folder for all databases
    (the names are unique)."""
    return paths.data_dir() / "media"


def _aware(value: datetime | None, field: str) -> datetime | None:
    if value is not None and value.tzinfo is None:
        raise InvalidInput(field, "needs a time zone")
    return value


def _sync(
    s: Session, model: type[C], post: Post, existing: Sequence[C], wanted: Sequence[str | None]
) -> list[C]:
    """Rows for ``wanted`` UUIDs in order: existing ones reused, new ones added (None or
    an unknown UUID, e.g. a restore), the rest deleted."""
    by_uuid = {r.uuid: r for r in existing}
    rows: list[C] = []
    for uuid in wanted:
        row = by_uuid.pop(uuid, None) if uuid else None
        if row is None:
            row = model()
            row.uuid = uuid or new_uuid()
            row.post_id = post.id  # type: ignore[attr-defined]
            s.add(row)
        rows.append(row)
    for gone in by_uuid.values():
        s.delete(gone)
    return rows


def _children(s: Session, model: type[C], post: Post) -> list[C]:
    return list(s.scalars(select(model).where(model.post_id == post.id)))  # type: ignore[attr-defined]


def _member_id(s: Session, uuid: str | None) -> int | None:
    return find(s, Member, uuid, "member").id if uuid else None


def apply_draft(s: Session, post: Post, d: PostDraft) -> None:
    """Write ``d`` onto ``post`` (flushed, so it has an id). Raises InvalidInput."""
    post.title = require_text(d.title, "title", 300)
    post.body = optional_text(d.body, "body", LONG_TEXT, multiline=True)
    code = d.content_type_code
    ctype = s.scalar(select(ContentType).where(ContentType.code == code))
    if ctype is None:
        raise InvalidInput("content_type", f"there is no content type {code!r}")
    post.content_type = ctype
    post.owner_id = _member_id(s, d.owner_uuid)
    post.campaign_id = (
        find(s, Campaign, d.campaign_uuid, "campaign").id if d.campaign_uuid else None
    )
    post.pillar_id = find(s, ContentPillar, d.pillar_uuid, "pillar").id if d.pillar_uuid else None
    tags = [clean_text(t, "tags", 60).strip("#").replace(" ", "_") for t in d.tags]
    post.tags = optional_text(" ".join(dict.fromkeys(t for t in tags if t)), "tags")
    post.notes = optional_text(d.notes, "notes", multiline=True)
    for name, items in (("targets", d.targets), ("steps", d.steps), ("checklist", d.checklist)):
        if len(items) > MAX_CHILDREN:
            raise InvalidInput(name, f"at most {MAX_CHILDREN}")
    if post.id is None:
        s.add(post)
        s.flush()
    # No flush between a child's creation and its last field: one "add" in history,
    # and no half-filled row reaching the database.
    with s.no_autoflush:
        _targets(s, post, d)
        _steps(s, post, d)
        _checks(s, post, d)
        _assets(s, post, d)
    times = [t.scheduled_at for t in d.targets if t.scheduled_at is not None]
    post.scheduled_at = _aware(d.scheduled_at, "scheduled_at") or (min(times) if times else None)


def _targets(s: Session, post: Post, d: PostDraft) -> None:
    accounts: list[int] = []
    for t in d.targets:
        accounts.append(find(s, Account, t.account_uuid, "account").id)
        if t.status not in TARGET_STATUSES:
            raise InvalidInput("targets", f"unknown status {t.status!r}")
        _aware(t.scheduled_at, "targets")
        _aware(t.published_at, "targets")
    if len(set(accounts)) != len(accounts):
        raise InvalidInput("targets", "an account appears twice")
    rows = _sync(s, PostTarget, post, _children(s, PostTarget, post), [t.uuid for t in d.targets])
    for n, (row, t, account_id) in enumerate(zip(rows, d.targets, accounts, strict=True)):
        row.account_id = account_id
        row.text = optional_text(t.text, "targets", multiline=True)
        row.scheduled_at = t.scheduled_at
        row.status = t.status
        row.published_url = optional_text(t.published_url, "published_url", 1000)
        row.published_at = t.published_at
        row.sort_order = n


def _steps(s: Session, post: Post, d: PostDraft) -> None:
    wanted = [st.uuid for st in d.steps]
    rows = _sync(s, ProductionStep, post, _children(s, ProductionStep, post), wanted)
    for n, (row, st) in enumerate(zip(rows, d.steps, strict=True)):
        row.name = require_text(st.name, "steps", 120)
        row.assignee_id = _member_id(s, st.assignee_uuid)
        row.due = st.due
        if not st.done:
            row.done_at = None
        elif row.done_at is None:
            row.done_at = utcnow()
        row.sort_order = n


def _checks(s: Session, post: Post, d: PostDraft) -> None:
    actor: str = s.info.get(history.ACTOR, (None, ""))[1]
    wanted = [c.uuid for c in d.checklist]
    rows = _sync(s, ReviewCheck, post, _children(s, ReviewCheck, post), wanted)
    for n, (row, c) in enumerate(zip(rows, d.checklist, strict=True)):
        row.label = require_text(c.label, "checklist", 200)
        if c.checked and not row.checked:
            row.checked_by = actor
        elif not c.checked:
            row.checked_by = ""
        row.checked = c.checked
        row.sort_order = n


def _assets(s: Session, post: Post, d: PostDraft) -> None:
    rows = _sync(s, PostAsset, post, _children(s, PostAsset, post), [a.uuid for a in d.assets])
    for n, (row, a) in enumerate(zip(rows, d.assets, strict=True)):
        path = require_text(a.path, "assets", 4000)
        if a.copy and Path(path).is_file():
            # Copied under the asset's own UUID: two files called cover.png never clash.
            target = media_dir() / f"{row.uuid}-{Path(path).name}"
            if Path(path).resolve() != target.resolve():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target)
            row.path, row.copied = str(target), True
        elif a.copy:
            raise InvalidInput("assets", f"{path} does not exist, so it cannot be copied")
        else:
            row.copied = row.copied and row.path == path
            row.path = path
        row.sort_order = n
