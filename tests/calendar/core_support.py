"""Helpers of the calendar core tests: a small team and accounts on a real SQLite file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from app.accounts.types import AccountDraft, AccountInfo
from app.calendar.types import PostDetail, PostDraft, TargetDraft
from app.team.types import MemberDraft
from app.workspace import Workspace

DAY = date(2026, 12, 10)  # a Thursday


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    """A local time on ``day`` (aware), as the UI hands the services."""
    return datetime.combine(day, time(hour, minute)).astimezone()


@dataclass(frozen=True)
class Team:
    lead: str
    planner: str  # strategy: edits posts and approves
    producer: str  # content: edits posts, may not approve
    pr: str  # PR: approves, may not edit posts
    analyst: str  # neither
    weibo: AccountInfo
    instagram: AccountInfo


def make_team(ws: Workspace) -> Team:
    """Five members and two accounts; the lead works (every right) until a test chooses."""
    ids = [
        ws.team.add(MemberDraft(name, roles)).uuid
        for name, roles in (
            ("Lin Wei", ("lead",)),
            ("王芳", ("strategy",)),
            ("Zhang Min", ("content",)),
            ("Chen Jie", ("pr",)),
            ("Li Na", ("analyst",)),
        )
    ]
    ws.acting.choose(ids[0])
    platforms = {p.code: p.uuid for p in ws.accounts.list_platforms()}
    weibo = ws.accounts.add_account(AccountDraft(platforms["weibo"], "@brand"))
    insta = ws.accounts.add_account(AccountDraft(platforms["instagram"], "@brand.global"))
    return Team(*ids, weibo, insta)


def add_post(
    ws: Workspace,
    title: str,
    when: datetime | None,
    accounts: tuple[AccountInfo, ...] = (),
    **fields: object,
) -> PostDetail:
    draft = PostDraft(
        title=title,
        body=str(fields.pop("body", "新品上市 #双12#")),
        scheduled_at=when,
        targets=tuple(TargetDraft(a.uuid) for a in accounts),
        **fields,  # type: ignore[arg-type]
    )
    return ws.calendar.posts.add(draft)
