"""Campaigns from the calendar (list, form, undo; their dates as bands), "my work" and
plan vs schedule beside the views, and the tab inside the main window (its shortcuts,
its reads off the GUI thread, a read-only database)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.calendar.types import StepDraft
from app.workspace import Workspace
from tests.calendar.ui_support import DAY, account, at, lead, open_in, post, tab
from tests.qt_dialogs import finish
from ui.application import build_window
from ui.calendar.campaigns import CampaignDialog
from ui.calendar.tab import CalendarTab
from ui.widgets.inputs import qdate

__all__ = ["tab"]  # the fixture


def test_campaign_added_from_the_list_shows_as_a_band_and_undoes(
    tab: CalendarTab, workspace: Workspace, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    lead(workspace)
    account(workspace)
    open_in(tab, workspace)
    body = tab.body
    assert body is not None
    tab.outputs.show_campaigns()
    dialog = tab.outputs.campaigns_dialog
    dialog.section.add_button.click()

    def fill(form: CampaignDialog) -> None:
        form.name.setText("双12 直播挑战赛")
        form.kind.setCurrentIndex(form.kind.findData("challenge"))
        form.start.setDate(qdate(date(2026, 12, 8)))
        form.end.setDate(qdate(date(2026, 12, 12)))
        form.budget.setText("¥50,000")
        form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    finish(qtbot, fill, CampaignDialog)
    [row] = workspace.calendar.campaigns.list_campaigns()
    assert (row.name, row.kind, row.budget_cents) == ("双12 直播挑战赛", "challenge", 5_000_000)
    assert dialog.section.model.rows() == [row]
    qtmodeltester.check(dialog.section.model)
    assert [b.name for b in body.month.bands] == ["双12 直播挑战赛"]
    assert tab.undo_stack.undoText() == "New campaign “双12 直播挑战赛”"
    tab.undo_stack.undo()
    assert workspace.calendar.campaigns.list_campaigns() == []
    assert body.month.bands == []
    dialog.close()


def test_my_work_lists_the_acting_members_late_steps(
    tab: CalendarTab, workspace: Workspace
) -> None:
    me = lead(workspace)
    weibo = account(workspace)
    made = post(workspace, "Unboxing video", at(DAY + timedelta(days=3)), [weibo])
    draft = workspace.calendar.posts.get(made.uuid).draft()
    steps = (StepDraft("Shoot", me, date(2020, 1, 6)),)
    workspace.calendar.posts.update(
        made.uuid, made.version, draft.__class__(**{**draft.__dict__, "steps": steps})
    )
    open_in(tab, workspace)
    body = tab.body
    assert body is not None
    assert body.my_work.heading.text() == "My work (Lin Wei)"
    texts = [body.my_work.list.item(i).text() for i in range(body.my_work.list.count())]
    assert any("Shoot: Unboxing video" in t and t.startswith("2020-01-06") for t in texts)
    assert body.plan_gap.tree.topLevelItemCount() >= 1


def test_in_the_window_shortcuts_switch_views_and_read_only_is_respected(
    qtbot: QtBot, db_path: Path, english: None
) -> None:
    window = build_window(db_path, synchronous=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.opener.opened, timeout=10000):  # type: ignore[attr-defined]
        window.show()
    ws = window.workspace
    assert ws is not None
    try:
        lead(ws)
        post(ws, "Window post", at(date.today()), [account(ws)])
        window.tabs.setCurrentWidget(window.calendar_tab)
        cal = window.calendar_tab
        qtbot.waitUntil(lambda: cal.body is not None and bool(cal.body.month.chips()))
        assert cal.runner is window.runner and cal.undo_stack is window.undo_stack
        assert [c.title for c in cal.body.month.chips()] == ["Window post"]  # type: ignore[union-attr]
        assert cal.mode_actions["week"].shortcut().toString() == "Ctrl+Shift+W"
        cal.mode_actions["week"].trigger()
        qtbot.waitUntil(lambda: not window.runner.busy)
        assert cal.body.views.currentWidget() is cal.body.week  # type: ignore[union-attr]
        window._apply_read_only(True)
        assert not cal.new_action.isEnabled() and not cal.body.week.editable  # type: ignore[union-attr]
        window._apply_read_only(False)
        assert cal.new_action.isEnabled()
        cal.set_mode("month")
    finally:
        window.runner.wait()
        ws.close()


def test_the_teams_own_key_date_joins_the_overlay(
    tab: CalendarTab, workspace: Workspace, qtbot: QtBot
) -> None:
    from ui.calendar.key_dates import KeyDateDialog

    lead(workspace)
    open_in(tab, workspace)
    body = tab.body
    assert body is not None
    tab.outputs.show_key_dates()
    dialog = tab.outputs.key_dates_dialog
    builtin = dialog.section.model.rows()
    assert any(k.name_en == "Double 12" for k in builtin)
    day = DAY + timedelta(days=8)

    def fill(form: KeyDateDialog) -> None:
        form.day.setDate(qdate(day))
        form.name_en.setText("Brand anniversary")
        form.name_zh.setText("品牌周年庆")
        form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    dialog.section.add_button.click()
    finish(qtbot, fill, KeyDateDialog)
    assert "Brand anniversary" in [m.name for m in body.month.marks[day]]
    tab.undo_stack.undo()
    assert day not in body.month.marks or "Brand anniversary" not in [
        m.name for m in body.month.marks[day]
    ]
    dialog.close()
