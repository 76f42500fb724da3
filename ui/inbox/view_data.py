"""What the inbox tab reads on the worker, in one go: plain values only."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.inbox.types import (
    Alert,
    InboxFilter,
    MessageCount,
    MessageRow,
    ReplyTemplate,
)
from ui.row_model import PAGE_SIZE

if TYPE_CHECKING:
    from app.workspace import Workspace

COUNT_CAP = 10_000  # beyond this the list says "more than 10,000": counting stays quick


@dataclass(frozen=True)
class ListView:
    filter: InboxFilter
    rows: tuple[MessageRow, ...]  # the first page
    count: MessageCount | None  # None: a full page, counted next (count_list)
    any_messages: bool  # whether the inbox holds any message at all (the empty state)


@dataclass(frozen=True)
class TabData:
    """What the filters, the alert banner and the reply box offer."""

    accounts: tuple[tuple[str, str], ...]  # (uuid, name)
    members: tuple[tuple[str, str], ...]  # (uuid, name), active members
    tags: tuple[str, ...]
    templates: tuple[ReplyTemplate, ...]
    alerts: tuple[Alert, ...]


def read_list(ws: Workspace, flt: InboxFilter) -> ListView:
    rows = tuple(ws.inbox.list_messages(flt, PAGE_SIZE))
    # A short first page is the whole list; a full one is counted after it is shown,
    # so that the rows never wait for the count.
    count = MessageCount(len(rows), False) if len(rows) < PAGE_SIZE else None
    any_messages = bool(rows) or bool(ws.inbox.list_messages(InboxFilter(), 1))
    return ListView(flt, rows, count, any_messages)


def count_list(ws: Workspace, flt: InboxFilter) -> MessageCount:
    return ws.inbox.count_messages(flt, COUNT_CAP)


def read_tab(ws: Workspace) -> TabData:
    return TabData(
        accounts=tuple((a.uuid, a.display_name or a.handle) for a in ws.accounts.list_accounts()),
        members=tuple((m.uuid, m.name) for m in ws.team.list_members(include_inactive=False)),
        tags=tuple(t.tag for t in ws.inbox.tags()),
        templates=tuple(ws.inbox.list_templates()),
        alerts=tuple(ws.inbox.list_alerts()),
    )
