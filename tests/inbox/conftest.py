"""Inbox fixtures: a workspace with a small team and two accounts (``team``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

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


COMPLAINTS = [f"太差了，质量有问题，第{i}个差评" for i in range(8)]


def calm_week_then_burst(team: Team) -> tuple[list[MessageDraft], datetime]:
    """A happy message every hour for a week, then eight complaints a minute apart from
    the start of this 6-hour window (the window before, in a window's first minutes: none
    may lie in the future). Recent on purpose: the detector reads the week before now.
    Returns the drafts and the burst's start."""
    happy = ["很喜欢，质量很好", "非常满意，好评", "包装精美，推荐", "物流很快，赞"]
    now = datetime.now(UTC)
    this_hour = now.replace(minute=0, second=0, microsecond=0)
    burst = this_hour - timedelta(hours=this_hour.hour % 6)
    if now - burst < timedelta(minutes=10):
        burst -= timedelta(hours=6)
    start = burst - timedelta(days=7)
    drafts = [
        team.draft(happy[h % 4], received_at=start + timedelta(hours=h), author_name=f"u{h}")
        for h in range(7 * 24)
    ]
    drafts += [
        team.draft(text, received_at=burst + timedelta(minutes=i))
        for i, text in enumerate(COMPLAINTS)
    ]
    return drafts, burst
