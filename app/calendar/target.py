"""The import target "posts": a content ledger (内容台账) or a plan sheet into the calendar.

Each row is one post on one account. A row the calendar already has (same title,
account and time) is left alone, so importing a ledger twice adds nothing twice. Times
without a zone are read in the preset's ``timezone`` option, else the computer's zone; a
bare date is taken at noon, so it stays on its day in any zone. Without a status column,
a post dated in the past is recorded as published and a later one as scheduled (a ledger
lists what was agreed). A person who is not a team member, and the department, are kept
in the post's notes instead of refusing the row. Rollback removes the posts it added.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from app.accounts.models import Account, Platform
from app.calendar.models import ContentType, Post, PostTarget
from app.calendar.workflow import STATUSES
from app.db.base import Base
from app.db.types import new_uuid, utcnow
from app.imports.targets import RowRejected
from app.imports.types import Preset, TargetField
from app.imports.values import fold
from app.team.models import Member
from app.validation import InvalidInput, optional_text, require_text

BATCH = 1000

# Status words a sheet may use (folded) → status codes.
STATUS_WORDS: dict[str, str] = {
    **{s: s for s in STATUSES},
    "in review": "in_review",
    "想法": "idea",
    "选题": "idea",
    "草稿": "drafting",
    "制作中": "drafting",
    "审核中": "in_review",
    "待审核": "in_review",
    "已通过": "approved",
    "已排期": "scheduled",
    "待发布": "scheduled",
    "已发布": "published",
    "已取消": "cancelled",
}


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def _preset(name: str, columns: dict[str, str], required: tuple[str, ...]) -> Preset:
    return Preset(name, "posts", columns, required, {}, builtin=True)


PRESETS: tuple[Preset, ...] = (
    _preset(
        "内容台账 (content ledger)",
        {
            "标题": "title",
            "账号": "account",
            "账号ID": "account_id",
            "人员": "person",
            "日期": "date",
            "部门": "department",
        },
        ("标题", "账号", "日期"),
    ),
    _preset(
        "Content ledger",
        {
            "Title": "title",
            "Account": "account",
            "Account ID": "account_id",
            "Person": "person",
            "Date": "date",
            "Department": "department",
        },
        ("Title", "Account", "Date"),
    ),
)


class PostsTarget:
    name = "posts"
    label = "Calendar posts"

    @property
    def tables(self) -> Sequence[Table]:
        return (_table(PostTarget), _table(Post))  # children first: rollback order

    def fields(self, session: Session) -> Sequence[TargetField]:
        return (
            TargetField("title", "Title", "text", required=True),
            TargetField("account", "Account", "text"),
            TargetField("account_id", "Account ID", "text"),
            TargetField("platform", "Platform", "text"),
            TargetField("date", "Date", "datetime", required=True),
            TargetField("person", "Person", "text"),
            TargetField("department", "Department", "text"),
            TargetField("text", "Text", "text"),
            TargetField("content_type", "Content type", "text"),
            TargetField("status", "Status", "text"),
            TargetField("permalink", "Link", "text"),
            TargetField("tags", "Tags", "text"),
        )

    def builtin_presets(self) -> Sequence[Preset]:
        return PRESETS

    def missing(self, fields: set[str], options: Mapping[str, str]) -> list[str]:
        lacking = [
            label for name, label in (("title", "Title"), ("date", "Date")) if name not in fields
        ]
        if not ({"account", "account_id"} & fields or options.get("account")):
            lacking.append("Account")
        return lacking

    def writer(self, session: Session, import_id: int, options: Mapping[str, str]) -> PostsWriter:
        return PostsWriter(session, import_id, options)

    def rollback_conflicts(self, session: Session, import_id: int) -> int:
        """Targets later added (by hand) to posts this import created: they would go too."""
        return (
            session.scalar(
                select(func.count(PostTarget.id))
                .join(Post, PostTarget.post_id == Post.id)
                .where(
                    Post.import_id == import_id, PostTarget.import_id.is_distinct_from(import_id)
                )
            )
            or 0
        )


class PostsWriter:
    def __init__(self, session: Session, import_id: int, options: Mapping[str, str]) -> None:
        self.session = session
        self.import_id = import_id
        self.options = options
        self.added = self.updated = self.unchanged = 0
        try:
            self.zone = ZoneInfo(options["timezone"]) if options.get("timezone") else None
        except (KeyError, ValueError) as exc:
            raise InvalidInput("timezone", "unknown time zone") from exc
        self.types: dict[str, int] = {}
        for id_, code, en, zh in session.execute(
            select(ContentType.id, ContentType.code, ContentType.name_en, ContentType.name_zh)
        ):
            for name in (code, en, zh):
                self.types[fold(name)] = id_
        self.default_type = self.types[fold(options.get("content_type") or "image_text")]
        self.platforms = {
            fold(n): id_
            for id_, *names in session.execute(
                select(Platform.id, Platform.code, Platform.name_en, Platform.name_zh)
            )
            for n in names
        }
        self.accounts: dict[tuple[int | None, str], int | None] = {}
        for id_, platform_id, handle, shown in session.execute(
            select(Account.id, Account.platform_id, Account.handle, Account.display_name)
        ):
            for name in {fold(handle), fold(handle.lstrip("@")), fold(shown), str(id_)} - {""}:
                self.accounts[(platform_id, name)] = id_
                key = (None, name)  # without a platform, a name counts only if unique
                self.accounts[key] = None if key in self.accounts else id_
        self.members = {fold(n): id_ for id_, n in session.execute(select(Member.id, Member.name))}
        when = func.coalesce(PostTarget.scheduled_at, Post.scheduled_at)
        self.seen: set[tuple[str, int, datetime]] = {
            (t, a, w.replace(tzinfo=None))
            for t, a, w in session.execute(
                select(Post.title, PostTarget.account_id, when).join(
                    Post, PostTarget.post_id == Post.id
                )
            )
            if w is not None
        }
        self.pending: list[tuple[dict[str, Any], dict[str, Any]]] = []

    def _text(self, values: Mapping[str, Any], key: str, limit: int = 20_000) -> str:
        try:
            return optional_text(str(values.get(key) or ""), key, limit, multiline=key == "text")
        except InvalidInput as exc:
            raise RowRejected(key, exc.message) from None

    def _account(self, values: Mapping[str, Any]) -> int:
        platform_name = self._text(values, "platform") or self.options.get("platform", "")
        platform_id = self.platforms.get(fold(platform_name)) if platform_name else None
        if platform_name and platform_id is None:
            raise RowRejected("platform", f"unknown platform {platform_name!r}")
        for key in ("account", "account_id"):
            name = self._text(values, key) or (
                self.options.get("account", "") if key == "account" else ""
            )
            if not name:
                continue
            folded = fold(name)
            found = self.accounts.get((platform_id, folded)) or self.accounts.get(
                (platform_id, folded.lstrip("@"))
            )
            if found is not None:
                return found
            raise RowRejected(key, f"no managed account called {name!r}")
        raise RowRejected("account", "is required")

    def _when(self, raw: object) -> datetime:
        if isinstance(raw, datetime):
            value = raw
        elif isinstance(raw, date):
            value = datetime.combine(raw, time(12))
        else:
            raise RowRejected("date", "is required")
        if value.tzinfo is None:
            value = value.replace(tzinfo=self.zone) if self.zone else value.astimezone()
        return value.astimezone(UTC)

    def add(self, values: Mapping[str, Any]) -> None:
        try:
            title = require_text(str(values.get("title") or ""), "title", 300)
        except InvalidInput as exc:
            raise RowRejected("title", exc.message) from None
        account_id = self._account(values)
        when = self._when(values.get("date"))
        key = (title, account_id, when.replace(tzinfo=None))
        if key in self.seen:
            self.unchanged += 1
            return
        self.seen.add(key)
        raw_type = self._text(values, "content_type")
        type_id = self.types.get(fold(raw_type)) if raw_type else self.default_type
        if type_id is None:
            raise RowRejected("content_type", f"unknown content type {raw_type!r}")
        raw_status = self._text(values, "status")
        if raw_status:
            status = STATUS_WORDS.get(fold(raw_status))
            if status is None:
                raise RowRejected("status", f"unknown status {raw_status!r}")
        else:
            status = "published" if when <= utcnow() else "scheduled"
        person = self._text(values, "person", 120)
        owner = self.members.get(fold(person)) if person else None
        notes = [f"Person: {person}"] if person and owner is None else []
        department = self._text(values, "department", 200)
        if department:
            notes.append(f"Department: {department}")
        tags = " ".join(
            t.lstrip("#") for t in self._text(values, "tags", 2000).split() if t.strip("#")
        )
        now = utcnow()
        record = {"created_at": now, "updated_at": now, "version": 1, "import_id": self.import_id}
        post = record | {
            "uuid": new_uuid(),
            "title": title,
            "body": self._text(values, "text"),
            "content_type_id": type_id,
            "status": status,
            "owner_id": owner,
            "campaign_id": None,
            "pillar_id": None,
            "scheduled_at": when,
            "tags": tags,
            "notes": "\n".join(notes),
            "rejection_reason": "",
            "review_round": 0,
        }
        published = status == "published"
        target = record | {
            "uuid": new_uuid(),
            "account_id": account_id,
            "text": "",
            "scheduled_at": None,
            "status": {
                "published": "published",
                "scheduled": "scheduled",
                "cancelled": "cancelled",
            }.get(status, "pending"),
            "published_url": self._text(values, "permalink", 1000),
            "published_at": when if published else None,
            "sort_order": 0,
        }
        self.pending.append((post, target))
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        posts = _table(Post)
        ids = (
            self.session.execute(
                insert(posts).returning(posts.c.id, sort_by_parameter_order=True),
                [p for p, _t in self.pending],
            )
            .scalars()
            .all()
        )
        targets = [t | {"post_id": i} for (_p, t), i in zip(self.pending, ids, strict=True)]
        self.session.execute(insert(_table(PostTarget)), targets)
        self.added += len(self.pending)
        self.pending = []


TARGET = PostsTarget()
