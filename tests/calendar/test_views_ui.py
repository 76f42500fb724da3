"""The calendar's views as a user meets them: chips on their days, drag and drop and
keyboard moves with undo, the filters (kept across restarts), the list view."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.calendar.types import PostFilter
from app.workspace import Workspace
from tests.calendar.ui_support import DAY, account, at, lead, open_in, post, tab
from ui.calendar.filters import FilterBar
from ui.calendar.items import CHIP_MIME, chip_mime_text
from ui.calendar.list_view import PostListModel
from ui.calendar.tab import CalendarTab

__all__ = ["tab"]  # the fixture


def days_of(tab: CalendarTab) -> dict[str, date]:
    assert tab.body is not None
    grid = tab.body.current_grid()
    assert grid is not None
    return {c.title: c.day for c in grid.chips()}


def test_month_shows_posts_bands_and_key_dates(tab: CalendarTab, workspace: Workspace) -> None:
    lead(workspace)
    weibo = account(workspace)
    post(workspace, "双12 预热海报", at(DAY, 9, 30), [weibo])
    post(workspace, "Gift guide", at(DAY + timedelta(days=1)), [weibo])
    from app.calendar.types import CampaignDraft

    workspace.calendar.campaigns.add(
        CampaignDraft("双12 · Double 12", date(2026, 12, 5), date(2026, 12, 12))
    )
    open_in(tab, workspace)
    body = tab.body
    assert body is not None
    assert body.period.text() == "December 2026"
    assert days_of(tab) == {"双12 预热海报": DAY, "Gift guide": DAY + timedelta(days=1)}
    month = body.month
    assert [b.name for b in month.bands] == ["双12 · Double 12"]
    assert "Double 12" in [m.name for m in month.marks[date(2026, 12, 12)]]
    assert "Christmas" in [m.name for m in month.marks[date(2026, 12, 25)]]
    chip = next(c for c in month.chips() if c.title == "双12 预热海报")
    assert month.chip_text(chip) == ["09:30 双12 预热海报"]
    assert not body.notice.isVisible()

    tab.next_action.trigger()
    assert body.period.text() == "January 2027"
    assert days_of(tab) == {}
    assert body.notice.isVisible()
    assert "double-click a day" in body.notice.text()
    tab.previous_action.trigger()
    tab.mode_actions["week"].trigger()
    assert body.views.currentWidget() is body.week
    assert set(days_of(tab)) == {"双12 预热海报", "Gift guide"}
    assert body.week.chip_text(chip)[0].startswith("09:30  @brand")


def test_overflow_shows_plus_n_more_with_the_rest_in_a_menu(
    tab: CalendarTab, workspace: Workspace, qtbot: QtBot
) -> None:
    lead(workspace)
    weibo = account(workspace)
    for i in range(12):
        post(workspace, f"Post {i:02}", at(DAY, 8 + i), [weibo])
    open_in(tab, workspace)
    assert tab.body is not None
    month = tab.body.month
    hidden = month.hidden[DAY]
    shown = [h for h in month.hits if h.kind == "chip" and h.day == DAY]
    assert len(shown) + len(hidden) == 12 and hidden
    [more] = [h for h in month.hits if h.kind == "more"]
    assert month.more_text(len(hidden)) == f"+{len(hidden)} more"
    assert more.rect.bottom() <= month.cell_rect(DAY).bottom()
    menu = month.more_menu(DAY)
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions()][-1] == "19:00 Post 11"
    menu.deleteLater()


def test_drag_to_another_day_then_undo_and_redo(tab: CalendarTab, workspace: Workspace) -> None:
    lead(workspace)
    weibo = account(workspace)
    made = post(workspace, "Live stream teaser", at(DAY, 20), [weibo])
    open_in(tab, workspace)
    assert tab.body is not None
    month = tab.body.month
    [chip] = month.chips()
    mime = QMimeData()
    mime.setData(CHIP_MIME, chip_mime_text(chip).encode("utf-8"))
    target = DAY + timedelta(days=5)
    assert month.drop(mime, target)
    moved = workspace.calendar.posts.get(made.uuid)
    assert moved.scheduled_at == at(target, 20)  # the time of day is kept
    assert days_of(tab) == {"Live stream teaser": target}
    stack = tab.undo_stack
    assert stack.undoText() == "Move “Live stream teaser”"
    stack.undo()
    assert workspace.calendar.posts.get(made.uuid).scheduled_at == at(DAY, 20)
    assert days_of(tab) == {"Live stream teaser": DAY}
    stack.redo()
    assert days_of(tab) == {"Live stream teaser": target}
    # Something else dropped (text from another app) is refused.
    other = QMimeData()
    other.setText("hello")
    assert not month.drop(other, DAY)


def test_mouse_drop_event_on_a_day_cell(
    tab: CalendarTab, workspace: Workspace, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    lead(workspace)
    weibo = account(workspace)
    post(workspace, "Poster", at(DAY, 11), [weibo])
    open_in(tab, workspace)
    assert tab.body is not None
    month = tab.body.month
    [chip] = month.chips()
    mime = QMimeData()
    mime.setData(CHIP_MIME, chip_mime_text(chip).encode("utf-8"))
    target = DAY - timedelta(days=2)
    point = QPointF(month.cell_rect(target).center())
    event = QDropEvent(
        point,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    month.dropEvent(event)
    assert days_of(tab) == {"Poster": target}


def test_keyboard_moves_the_selected_post(
    tab: CalendarTab, workspace: Workspace, qtbot: QtBot
) -> None:
    lead(workspace)
    weibo = account(workspace)
    made = post(workspace, "Weekly tips", at(DAY, 12), [weibo])
    open_in(tab, workspace)
    assert tab.body is not None
    month = tab.body.month
    month.setFocus()
    qtbot.mouseClick(month, Qt.MouseButton.LeftButton, pos=month.chip_rect(made.uuid).center())  # type: ignore[union-attr]
    assert month.selected_key == made.uuid
    qtbot.keyClick(month, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert days_of(tab) == {"Weekly tips": DAY + timedelta(days=1)}
    assert month.selected_key == made.uuid  # still selected after the reload
    qtbot.keyClick(month, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert days_of(tab) == {"Weekly tips": DAY + timedelta(days=8)}
    tab.undo_stack.undo()
    tab.undo_stack.undo()
    assert days_of(tab) == {"Weekly tips": DAY}
    # Plain arrows walk the days; Enter on an empty day offers a new post there.
    qtbot.keyClick(month, Qt.Key.Key_Left)
    assert month.current_day == DAY - timedelta(days=1) and month.selected_key is None


def test_filters_narrow_the_views_and_are_remembered(
    tab: CalendarTab, workspace: Workspace
) -> None:
    lead(workspace)
    weibo, douyin = account(workspace), account(workspace, "douyin", "@brand_dy")
    post(workspace, "Weibo topic", at(DAY), [weibo])
    post(workspace, "抖音 短视频", at(DAY), [douyin])
    open_in(tab, workspace)
    body = tab.body
    assert body is not None
    assert set(days_of(tab)) == {"Weibo topic", "抖音 短视频"}
    menu = body.filters.menus["platform_codes"]
    [douyin_action] = [a for a in menu.actions() if a.data() == "douyin"]
    douyin_action.trigger()
    assert set(days_of(tab)) == {"抖音 短视频"}
    assert body.filters.buttons["platform_codes"].text() == "Platform: Douyin"
    body.filters.set_filter(PostFilter(text="topic"))
    assert set(days_of(tab)) == {"Weibo topic"}
    # A new bar (the app started again) comes back with the same filter.
    assert FilterBar().value == PostFilter(text="topic")
    body.filters.search.setText("nothing like this")
    body.filters._text_changed()  # what the typing pause does
    assert days_of(tab) == {}
    assert "matches the filter" in body.notice.text()
    body.filters.clear()
    assert len(days_of(tab)) == 2 and not body.filters.clear_button.isEnabled()


def test_list_view_pages_sorts_and_filters(
    tab: CalendarTab, workspace: Workspace, qtmodeltester: ModelTester
) -> None:
    lead(workspace)
    weibo = account(workspace)
    for i in range(5):
        post(workspace, f"Post {i}", at(DAY + timedelta(days=i)), [weibo])
    post(workspace, "Idea without a day", None, [weibo])
    open_in(tab, workspace)
    tab.mode_actions["list"].trigger()
    body = tab.body
    assert body is not None and body.views.currentWidget() is body.list
    model = body.list.model_
    titles = [model.row_at(r).title for r in range(model.rowCount())]
    assert titles == ["Post 0", "Post 1", "Post 2", "Post 3", "Post 4", "Idea without a day"]
    # The model's own checks, on its rows (a paged model behind a view fetches its
    # first page inside the reset, which the tester counts as overlapping changes).
    standalone = PostListModel()
    standalone.set_rows(model.rows())
    qtmodeltester.check(standalone)
    body.list.horizontalHeader().sectionClicked.emit(1)  # Title
    body.list.horizontalHeader().sectionClicked.emit(1)  # Title, descending
    assert model.row_at(0).title == "Post 4" and body.list.descending
    body.filters.set_filter(PostFilter(text="idea"))
    assert [model.row_at(r).title for r in range(model.rowCount())] == ["Idea without a day"]
    assert model.data(model.index(0, 2)) == "Idea"
    # The choice of view is kept for next time.
    again = CalendarTab()
    assert again.mode == "list"
    again.deleteLater()


def test_colour_by_status_is_a_choice_kept(tab: CalendarTab, workspace: Workspace) -> None:
    lead(workspace)
    post(workspace, "Anything", at(DAY), [account(workspace)])
    open_in(tab, workspace)
    body = tab.body
    assert body is not None and body.month.colour_by == "platform"
    body.colour.setCurrentIndex(body.colour.findData("status"))
    assert body.month.colour_by == "status" and body.week.colour_by == "status"
    assert CalendarTab().colour_by == "status"
    assert QPoint(0, 0).isNull()


def test_switching_to_chinese_retranslates_the_calendar(
    tab: CalendarTab, workspace: Workspace, qapp: object
) -> None:
    from ui import i18n

    lead(workspace)
    post(workspace, "双12 预热", at(DAY), [account(workspace)])
    open_in(tab, workspace)
    body = tab.body
    assert body is not None
    i18n.install(qapp, "zh_CN")  # type: ignore[arg-type]
    QApplication.processEvents()  # the language change is posted to every widget
    try:
        assert tab.mode_actions["month"].text() == "月"
        assert body.period.text() == "2026年12月"
        assert body.filters.buttons["platform_codes"].text() == "平台"
        assert body.month.weekday_text(0) == "周一"
        assert body.month.more_text(3) == "还有 3 条"
    finally:
        i18n.install(qapp, "en")  # type: ignore[arg-type]
        QApplication.processEvents()
    assert body.period.text() == "December 2026"
