"""The import target "messages": comment and direct-message exports into the inbox.

One of the inbox's sources (``app.inbox.sources``): rows become message drafts that go
through the same checks, de-duplication, sentiment, rules and due times as a typed
message. Exports carry local times without a zone: they are read in the SLA settings'
zone unless the preset's ``timezone`` option names another. A re-import adds nothing
twice; rollback removes exactly the messages an import added (tags, alert and incident
links go with them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app.accounts.models import Account, Platform
from app.imports.targets import RowRejected
from app.imports.types import Preset, TargetField
from app.imports.values import fold
from app.inbox import messages
from app.inbox.common import Names
from app.inbox.models import MESSAGES
from app.inbox.sla import Clock, load_settings
from app.inbox.types import MessageDraft
from app.validation import InvalidInput

# What exports call each kind (folded), in Chinese and English.
KIND_WORDS: dict[str, str] = {
    "comment": "comment",
    "comments": "comment",
    "评论": "comment",
    "reply": "reply",
    "replies": "reply",
    "回复": "reply",
    "direct message": "direct_message",
    "direct_message": "direct_message",
    "dm": "direct_message",
    "message": "direct_message",
    "私信": "direct_message",
    "消息": "direct_message",
    "mention": "mention",
    "提及": "mention",
    "@我": "mention",
    "review": "review",
    "评价": "review",
    "点评": "review",
}
BATCH = 2000


def _preset(name: str, columns: dict[str, str], required: tuple[str, ...], **opt: str) -> Preset:
    return Preset(name, "messages", columns, required, opt, builtin=True)


PRESETS: tuple[Preset, ...] = (
    _preset(
        "Social Desk messages",
        {
            "Account": "account",
            "Platform": "platform",
            "Kind": "kind",
            "Author": "author_name",
            "Handle": "author_handle",
            "Text": "text",
            "Received": "received_at",
            "Message ID": "message_id",
            "Post ID": "post_id",
            "Post link": "post_link",
            "Thread": "thread_id",
        },
        ("Account", "Text", "Received"),
    ),
    _preset(
        "社交工作台消息",
        {
            "账号": "account",
            "平台": "platform",
            "类型": "kind",
            "用户昵称": "author_name",
            "用户ID": "author_handle",
            "内容": "text",
            "时间": "received_at",
            "消息ID": "message_id",
            "作品ID": "post_id",
            "链接": "post_link",
            "会话ID": "thread_id",
        },
        ("账号", "内容", "时间"),
    ),
    _preset(
        "Weibo comments export",
        {
            "评论ID": "message_id",
            "评论内容": "text",
            "评论时间": "received_at",
            "评论者昵称": "author_name",
            "评论者ID": "author_handle",
            "微博ID": "post_id",
            "微博链接": "post_link",
        },
        ("评论ID", "评论内容", "评论时间"),
        platform="weibo",
        kind="comment",
    ),
    _preset(
        "Douyin comments export",
        {
            "评论ID": "message_id",
            "评论内容": "text",
            "评论时间": "received_at",
            "用户昵称": "author_name",
            "抖音号": "author_handle",
            "视频ID": "post_id",
        },
        ("评论ID", "评论内容", "抖音号"),
        platform="douyin",
        kind="comment",
    ),
)


class MessagesTarget:
    name = "messages"
    label = "Inbox messages"

    @property
    def tables(self) -> Sequence[Table]:
        return (MESSAGES,)

    def fields(self, session: Session) -> Sequence[TargetField]:
        return (
            TargetField("account", "Account", "text"),
            TargetField("platform", "Platform", "text"),
            TargetField("kind", "Kind", "text"),
            TargetField("author_name", "Author", "text"),
            TargetField("author_handle", "Author handle", "text"),
            TargetField("text", "Text", "text", required=True),
            TargetField("received_at", "Received", "datetime", required=True),
            TargetField("message_id", "Message ID", "text"),
            TargetField("post_id", "Post ID", "text"),
            TargetField("post_link", "Post link", "text"),
            TargetField("thread_id", "Thread", "text"),
        )

    def builtin_presets(self) -> Sequence[Preset]:
        return PRESETS

    def missing(self, fields: set[str], options: Mapping[str, str]) -> list[str]:
        lacking = []
        if "text" not in fields:
            lacking.append("Text")
        if "received_at" not in fields:
            lacking.append("Received")
        # With only a platform, rows go to its one account (several: name it).
        if "account" not in fields and not (options.get("account") or options.get("platform")):
            lacking.append("Account")
        return lacking

    def writer(
        self, session: Session, import_id: int, options: Mapping[str, str]
    ) -> MessagesWriter:
        return MessagesWriter(session, import_id, options)

    def rollback_conflicts(self, session: Session, import_id: int) -> int:
        return 0  # an import only adds messages; nothing later depends on them


class MessagesWriter:
    def __init__(self, session: Session, import_id: int, options: Mapping[str, str]) -> None:
        self.session = session
        self.import_id = import_id
        self.options = options
        self.added = 0
        self.updated = 0
        self.unchanged = 0
        settings = load_settings(session)
        self.clock = Clock(settings)
        from app.inbox.hours import zone

        try:
            self.zone = zone(options.get("timezone") or settings.timezone)
        except (ValueError, KeyError) as exc:
            raise InvalidInput("timezone", "unknown time zone") from exc
        self.names = Names.load(session)
        self.platforms: dict[str, int] = {}
        for id_, code, en, zh in session.execute(
            select(Platform.id, Platform.code, Platform.name_en, Platform.name_zh)
        ):
            for name in (code, en, zh):
                self.platforms[fold(name)] = id_
        # (platform id or None, folded name) → account UUID
        self.accounts: dict[tuple[int | None, str], str | None] = {}
        for uuid, platform_id, handle, shown in session.execute(
            select(Account.uuid, Account.platform_id, Account.handle, Account.display_name)
        ):
            for name in {fold(handle), fold(handle.lstrip("@")), fold(shown)} - {""}:
                self.accounts[(platform_id, name)] = uuid
                # Without a platform a name is only trusted when it is unique.
                key = (None, name)
                self.accounts[key] = None if key in self.accounts else uuid
        self.pending: list[messages.CleanMessage] = []

    def _account(self, values: Mapping[str, Any]) -> str:
        name = str(values.get("account") or self.options.get("account") or "")
        platform_name = str(values.get("platform") or self.options.get("platform") or "")
        platform_id = self.platforms.get(fold(platform_name)) if platform_name else None
        if platform_name and platform_id is None:
            raise RowRejected("platform", f"unknown platform {platform_name!r}")
        folded = fold(name)
        found = self.accounts.get((platform_id, folded)) or self.accounts.get(
            (platform_id, folded.lstrip("@"))
        )
        if found is None and platform_id is not None and not name:
            candidates = {u for (p, _n), u in self.accounts.items() if p == platform_id and u}
            found = candidates.pop() if len(candidates) == 1 else None
        if found is None:
            if not name:
                raise RowRejected("account", "choose the account these messages belong to")
            raise RowRejected("account", f"no managed account called {name!r}")
        return found

    def _kind(self, values: Mapping[str, Any]) -> str:
        raw = str(values.get("kind") or self.options.get("kind") or "comment")
        kind = KIND_WORDS.get(fold(raw))
        if kind is None:
            raise RowRejected("kind", f"unknown kind {raw!r}")
        return kind

    def add(self, values: Mapping[str, Any]) -> None:
        received = values.get("received_at")
        if not isinstance(received, datetime):
            raise RowRejected("received_at", "no time")
        if received.tzinfo is None:
            received = received.replace(tzinfo=self.zone)

        def text(key: str) -> str:
            value = values.get(key)
            return "" if value is None else str(value)

        draft = MessageDraft(
            account_uuid=self._account(values),
            kind=self._kind(values),
            author_name=text("author_name"),
            author_handle=text("author_handle"),
            text=text("text"),
            received_at=received,
            platform_message_id=text("message_id"),
            post_ref=text("post_id"),
            post_link=text("post_link"),
            thread_ref=text("thread_id"),
        )
        try:
            self.pending.append(messages.clean(draft, self.names))
        except InvalidInput as exc:
            raise RowRejected(exc.field, exc.message) from None
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        outcome = messages.insert_clean(self.session, self.pending, self.clock, self.import_id)
        self.pending = []
        self.added += outcome.added
        self.unchanged += outcome.duplicates


TARGET = MessagesTarget()
