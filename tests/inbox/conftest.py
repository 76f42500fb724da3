"""Inbox fixtures: a workspace with a small team and two accounts (``team``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from app.accounts.types import AccountDraft
from app.inbox.types import MessageDraft
from app.team.types import MemberDraft
from app.workspace import Workspace

# Thursday 3 December 2026, 10:00 in Shanghai: inside business hours.
MORNING = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Team:
    ws: Workspace
    lead: str  # member UUIDs
    operator: str
    writer: str  # a content producer: may not triage the inbox
    weibo: str  # account UUIDs
    douyin: str

    def draft(self, text: str, **kw: object) -> MessageDraft:
        values: dict[str, object] = {
            "account_uuid": self.weibo,
            "kind": "comment",
            "author_name": "小明",
            "text": text,
            "received_at": MORNING,
        }
        values.update(kw)
        return MessageDraft(**values)  # type: ignore[arg-type]


@pytest.fixture
def team(workspace: Workspace) -> Team:
    ws = workspace
    lead = ws.team.add(MemberDraft("王芳", ("lead",))).uuid
    operator = ws.team.add(MemberDraft("李雷", ("operations",))).uuid
    writer = ws.team.add(MemberDraft("赵敏", ("content",))).uuid
    platforms = {p.code: p.uuid for p in ws.accounts.list_platforms()}
    weibo = ws.accounts.add_account(AccountDraft(platforms["weibo"], "@brand", "品牌官方微博"))
    douyin = ws.accounts.add_account(AccountDraft(platforms["douyin"], "@brand_dy", "品牌抖音"))
    ws.acting.choose(operator)
    return Team(ws, lead, operator, writer, weibo.uuid, douyin.uuid)
