"""Fixtures and helpers of the calendar tab tests (test_*_ui.py import them): the tab
built alone on a real migrated SQLite file, with a synchronous runner."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from app.accounts.types import AccountInfo
from app.calendar.types import PostDetail, PostDraft, TargetDraft
from app.team.types import MemberDraft
from app.workspace import Workspace
from ui.calendar.tab import CalendarTab
from ui.tasks import TaskRunner

DAY = date(2026, 12, 10)  # a Thursday


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


def account(ws: Workspace, code: str = "weibo", handle: str = "@brand") -> AccountInfo:
    from app.accounts.types import AccountDraft

    platform = next(p for p in ws.accounts.list_platforms() if p.code == code)
    return ws.accounts.add_account(AccountDraft(platform.uuid, handle))


def lead(ws: Workspace, name: str = "Lin Wei") -> str:
    """A team lead working now (every right); returns their UUID."""
    member = ws.team.add(MemberDraft(name, ("lead",)))
    ws.acting.choose(member.uuid)
    return member.uuid


def post(
    ws: Workspace, title: str, when: datetime | None, accounts: list[AccountInfo]
) -> PostDetail:
    draft = PostDraft(
        title=title,
        body="新品上市 #双12#",
        scheduled_at=when,
        targets=tuple(TargetDraft(a.uuid) for a in accounts),
    )
    return ws.calendar.posts.add(draft)


def open_in(tab: CalendarTab, ws: Workspace) -> None:
    """Show ``ws`` in the tab, and let the reads that follow the posts (the filter
    menus' choices, "my work", plan vs schedule) run too."""
    from PySide6.QtWidgets import QApplication

    tab.set_workspace(ws)
    QApplication.processEvents()


@pytest.fixture
def tab(qtbot: QtBot, workspace: Workspace, english: None) -> Iterator[CalendarTab]:
    runner = TaskRunner(synchronous=True)
    t = CalendarTab(QUndoStack(), runner)
    runner.setParent(t)
    t.anchor = DAY
    qtbot.addWidget(t)
    t.resize(1300, 760)
    t.show()
    qtbot.waitExposed(t)
    yield t
    t.set_workspace(None)
