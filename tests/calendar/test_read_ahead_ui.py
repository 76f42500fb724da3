"""Stepping month to month shows the months read ahead: exactly what the core returns
for them, and never what was read before an edit, an undo or another filter."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from threading import Event

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.calendar.types import PostFilter, day_range
from app.workspace import Workspace
from tests.calendar.ui_support import DAY, account, at, lead, open_in, post, tab
from ui.calendar.items import CHIP_MIME, chip_mime_text
from ui.calendar.reads import local_zone
from ui.calendar.tab import CalendarTab
from ui.tasks import TaskRunner

__all__ = ["tab"]  # the fixture

JAN = date(2027, 1, 14)
NOV = date(2026, 11, 19)


def shown(tab: CalendarTab) -> set[tuple[str, date]]:
    """(post title, day) of every chip in the view shown."""
    assert tab.body is not None
    grid = tab.body.current_grid()
    assert grid is not None
    return {(c.title, c.day) for c in grid.chips()}


def core(ws: Workspace, tab: CalendarTab, flt: PostFilter | None = None) -> set[tuple[str, date]]:
    """What the core returns for the period the tab shows."""
    assert tab.body is not None
    first, last = tab.body.range_of(tab.mode, tab.anchor)
    zone = local_zone()
    posts = ws.calendar.queries.between(*day_range(first, last, zone), flt)
    return {(p.title, p.scheduled_at.astimezone(zone).date()) for p in posts if p.scheduled_at}


def hits(tab: CalendarTab) -> int:
    assert tab.periods is not None
    return tab.periods.hits


def drag(tab: CalendarTab, title: str, day: date) -> None:
    """Drop the chip ``title`` on ``day`` of the month shown, as a mouse drag does."""
    assert tab.body is not None
    month = tab.body.month
    chip = next(c for c in month.chips() if c.title == title)
    mime = QMimeData()
    mime.setData(CHIP_MIME, chip_mime_text(chip).encode("utf-8"))
    assert month.drop(mime, day)


def test_a_stepped_to_month_shows_what_the_core_returns_for_it(
    tab: CalendarTab, workspace: Workspace
) -> None:
    lead(workspace)
    weibo = account(workspace)
    for day in (NOV, NOV + timedelta(days=3), DAY, JAN, JAN + timedelta(days=20)):
        post(workspace, f"Post {day}", at(day, 9), [weibo])
    post(workspace, "Idea without a day", None, [weibo])
    open_in(tab, workspace)  # December, then the months either side read ahead
    before = hits(tab)
    tab.next_action.trigger()
    assert hits(tab) == before + 1  # January came from what was read ahead
    assert shown(tab) == core(workspace, tab)
    assert ("Post 2027-01-14", JAN) in shown(tab)
    QApplication.processEvents()  # February is read ahead
    tab.previous_action.trigger()
    tab.previous_action.trigger()
    assert hits(tab) == before + 3
    assert tab.body is not None and tab.body.period.text() == "November 2026"
    assert shown(tab) == core(workspace, tab)
    assert ("Post 2026-11-22", NOV + timedelta(days=3)) in shown(tab)
    # The week view reads its neighbours ahead too.
    tab.mode_actions["week"].trigger()
    QApplication.processEvents()
    tab.next_action.trigger()
    assert hits(tab) == before + 4
    assert shown(tab) == core(workspace, tab)
    assert shown(tab) == {("Post 2026-11-19", NOV), ("Post 2026-11-22", NOV + timedelta(days=3))}


def test_after_a_drag_or_an_undo_the_next_month_shows_the_change(
    tab: CalendarTab, workspace: Workspace
) -> None:
    lead(workspace)
    weibo = account(workspace)
    post(workspace, "Year-end sale", at(DAY, 20), [weibo])
    post(workspace, "New year teaser", at(JAN, 10), [weibo])
    open_in(tab, workspace)
    # January was read ahead without the sale; the December grid's last days are in
    # January: drag the sale there.
    drag(tab, "Year-end sale", date(2027, 1, 6))
    QApplication.processEvents()
    tab.next_action.trigger()
    assert shown(tab) == core(workspace, tab)
    assert ("Year-end sale", date(2027, 1, 6)) in shown(tab)
    # Undone while January shows: December (read ahead with the sale gone) has it back.
    QApplication.processEvents()
    tab.undo_stack.undo()
    assert ("Year-end sale", date(2027, 1, 6)) not in shown(tab)
    QApplication.processEvents()
    tab.previous_action.trigger()
    assert ("Year-end sale", DAY) in shown(tab)
    assert shown(tab) == core(workspace, tab)
    # Redone from the December view: January shows the sale again.
    QApplication.processEvents()
    tab.undo_stack.redo()
    QApplication.processEvents()
    tab.next_action.trigger()
    assert ("Year-end sale", date(2027, 1, 6)) in shown(tab)


def test_a_filter_change_filters_the_months_either_side_too(
    tab: CalendarTab, workspace: Workspace
) -> None:
    lead(workspace)
    weibo, douyin = account(workspace), account(workspace, "douyin", "@brand_dy")
    post(workspace, "Weibo topic", at(JAN), [weibo])
    post(workspace, "抖音 短视频", at(JAN + timedelta(days=1)), [douyin])
    post(workspace, "Weibo in November", at(NOV), [weibo])
    open_in(tab, workspace)  # January and November read ahead, unfiltered
    assert tab.body is not None
    flt = PostFilter(platform_codes=("douyin",))
    tab.body.filters.set_filter(flt)
    QApplication.processEvents()
    tab.next_action.trigger()
    assert shown(tab) == core(workspace, tab, flt) == {("抖音 短视频", JAN + timedelta(days=1))}
    tab.body.filters.set_filter(PostFilter(text="Weibo"))
    QApplication.processEvents()
    tab.previous_action.trigger()
    tab.previous_action.trigger()
    assert shown(tab) == {("Weibo in November", NOV)}


@pytest.fixture
def worker_tab(qtbot: QtBot, workspace: Workspace, english: None) -> Iterator[CalendarTab]:
    """The tab with a real worker thread, as in the app."""
    runner = TaskRunner()
    t = CalendarTab(QUndoStack(), runner)
    t.mode, t.anchor = "month", DAY
    qtbot.addWidget(t)
    t.resize(1300, 760)
    t.show()
    qtbot.waitExposed(t)
    yield t
    t.set_workspace(None)
    runner.shutdown()


def test_a_read_ahead_finishing_after_an_edit_is_not_shown(
    worker_tab: CalendarTab, workspace: Workspace, qtbot: QtBot
) -> None:
    tab, runner = worker_tab, worker_tab.runner
    lead(workspace)
    weibo = account(workspace)
    post(workspace, "Year-end sale", at(DAY, 20), [weibo])
    # Hold the worker once December shows, so that the reads asked for after it (side
    # panels, January and November) queue up behind.
    gate = Event()

    def hold() -> None:
        tab.view_shown.disconnect(hold)
        runner.run("hold", lambda _progress: gate.wait(10))

    tab.view_shown.connect(hold)
    with qtbot.waitSignal(tab.view_shown):
        tab.set_workspace(workspace)
    qtbot.wait(50)  # the reads ahead are asked for
    gate.set()
    runner.wait()  # ...and done, their results not yet handed to the GUI thread
    drag(tab, "Year-end sale", date(2027, 1, 6))  # an edit before they arrive
    with qtbot.waitSignal(tab.view_shown):
        pass  # December read again; the January read before the edit arrives meanwhile
    tab.next_action.trigger()
    assert tab.body is not None and tab.body.period.text() == "January 2027"
    qtbot.waitUntil(
        lambda: (
            tab.body is not None
            and tab.body.view_data is not None
            and tab.body.view_data.first == date(2026, 12, 28)
        )
    )
    assert ("Year-end sale", date(2027, 1, 6)) in shown(tab)
    assert shown(tab) == core(workspace, tab)
    runner.wait()


def test_the_list_reads_its_next_page_ahead(
    tab: CalendarTab, workspace: Workspace, qtbot: QtBot
) -> None:
    lead(workspace)
    weibo = account(workspace)
    for i in range(23):
        post(workspace, f"Post {i:02}", at(DAY, 8) + timedelta(minutes=i), [weibo])
    tab.resize(1300, 400)  # a page fills the list: the view asks for more on scrolling
    open_in(tab, workspace)
    assert tab.body is not None
    body, size = tab.body, 10
    body.list.page_size = size  # 200 in the app; a few posts make pages here
    tab.mode_actions["list"].trigger()
    pages = body.list_pages
    assert pages is not None
    model = body.list.model_
    assert model.rowCount() == size
    while model.canFetchMore():  # scrolling to the end, a page at a time
        qtbot.waitUntil(pages.ready)  # read on the worker while the user looks
        model.fetchMore()
    assert pages.hits == 2  # neither later page waited for a read
    titles = [model.row_at(r).title for r in range(model.rowCount())]
    assert titles == [f"Post {i:02}" for i in range(23)]
    # Sorted the other way, the list is read again, and ahead again.
    body.list.sort_by(body.list.sort_column, True)
    again = body.list_pages
    assert again is not None and again is not pages
    while model.canFetchMore():
        qtbot.waitUntil(lambda: again.ready() or not model.canFetchMore())
        model.fetchMore()
    assert again.hits >= 1  # (the view itself may ask for a page first)
    assert [model.row_at(r).title for r in range(model.rowCount())] == [
        f"Post {i:02}" for i in range(22, -1, -1)
    ]


def test_the_list_shows_its_texts_in_the_language_chosen(
    tab: CalendarTab, workspace: Workspace, qapp: object
) -> None:
    from ui import i18n

    lead(workspace)
    post(workspace, "双12 预热", at(DAY), [account(workspace)])
    open_in(tab, workspace)
    tab.mode_actions["list"].trigger()
    assert tab.body is not None
    model = tab.body.list.model_
    assert model.data(model.index(0, 2)) == "Idea"
    i18n.install(qapp, "zh_CN")  # type: ignore[arg-type]
    QApplication.processEvents()  # the language change is posted to every widget
    try:
        assert model.data(model.index(0, 2)) == "创意"
    finally:
        i18n.install(qapp, "en")  # type: ignore[arg-type]
        QApplication.processEvents()
    assert model.data(model.index(0, 2)) == "Idea"
