"""The Strategy tab as a user meets it: the plan tree, in-place editing, plan actions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.db.database import open_database
from app.strategy.types import ObjectiveDraft
from app.workspace import Workspace
from tests.qt_dialogs import answer, click, finish, when_dialog_opens
from tests.strategy.support import fill_and_ok, select, titles, year_tree
from ui import i18n
from ui.strategy.plan_dialog import NewPlanDialog, suggest_period
from ui.strategy.tab import StrategyTab
from ui.widgets.form_dialog import FormDialog

# Fixtures shared by the Strategy tests (test functions take them by name).


def keep_defaults(dialog: QWidget) -> None:
    assert isinstance(dialog, NewPlanDialog)


def test_empty_state_offers_this_years_plan(
    tab: StrategyTab, workspace: Workspace, qtbot: QtBot
) -> None:
    assert tab.stack.currentIndex() == 1
    assert tab.first_plan.isVisible()
    assert tab.first_plan.text() == "Create this year's plan"
    seen: list[str] = []
    qtbot.mouseClick(tab.first_plan, Qt.MouseButton.LeftButton)
    finish(qtbot, fill_and_ok(keep_defaults, seen), FormDialog)
    assert seen == [""]
    [plan] = workspace.plans.list_plans()
    assert (plan.level, plan.start_date, plan.end_date) == (
        "year",
        date(2026, 1, 1),
        date(2026, 12, 31),
    )
    assert plan.title == "2026 social media plan"
    assert tab.stack.currentIndex() == 0
    assert tab.selected_plan() == plan


def test_year_quarter_month_tree_through_the_ui(
    tab: StrategyTab, workspace: Workspace, qtbot: QtBot
) -> None:
    qtbot.mouseClick(tab.new_buttons[0], Qt.MouseButton.LeftButton)  # New: Year plan
    finish(qtbot, fill_and_ok(keep_defaults), FormDialog)
    # Ctrl+N makes a plan one level below the selected one, in the period of "today".
    assert tab.actions_.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    tab.actions_.new_action.trigger()
    finish(qtbot, fill_and_ok(keep_defaults), FormDialog)
    tab.actions_.new_action.trigger()
    finish(qtbot, fill_and_ok(keep_defaults), FormDialog)
    assert titles(tab) == [
        "2026 social media plan",
        "  Q2 2026 social media plan",
        "    May 2026 social media plan",
    ]
    year, quarter, month = workspace.plans.list_plans()
    assert (quarter.parent_uuid, month.parent_uuid) == (year.uuid, quarter.uuid)
    assert (quarter.start_date, quarter.end_date) == (date(2026, 4, 1), date(2026, 6, 30))
    assert (month.start_date, month.end_date) == (date(2026, 5, 1), date(2026, 5, 31))
    assert tab.selected_plan() == month

    stack = tab.editor.undo_stack
    for _ in range(3):
        stack.undo()
    assert workspace.plans.list_plans() == []
    assert tab.stack.currentIndex() == 1
    for _ in range(3):
        stack.redo()
    assert [p.uuid for p in workspace.plans.list_plans()] == [year.uuid, quarter.uuid, month.uuid]


def test_new_plan_takes_the_next_free_period_of_its_parent(workspace: Workspace) -> None:
    year, q1, _march = year_tree(workspace)
    # Q1 exists, so from a day in Q1 the next quarter is proposed.
    period = suggest_period("quarter", year, [q1], date(2026, 2, 1))
    assert (period.start, period.end) == (date(2026, 4, 1), date(2026, 6, 30))
    # Today outside the parent: the parent's first period.
    period = suggest_period("month", q1, [], date(2027, 8, 1))
    assert (period.start, period.end) == (date(2026, 1, 1), date(2026, 1, 31))


def test_new_plan_with_end_before_start_says_so_and_saves_nothing(
    tab: StrategyTab, workspace: Workspace, qtbot: QtBot
) -> None:
    def backwards(dialog: QWidget) -> None:
        assert isinstance(dialog, NewPlanDialog)
        dialog.end.setDate(QDate(2025, 12, 1))

    seen: list[str] = []
    tab.actions_.new_year_action.trigger()
    finish(qtbot, fill_and_ok(backwards, seen), FormDialog)
    assert seen and seen[0].startswith("End date: must not be before the start date")
    assert workspace.plans.list_plans() == []
    assert not tab.editor.undo_stack.canUndo()


def test_title_edited_in_place_is_saved_and_undoable(
    tab: StrategyTab, workspace: Workspace, db_path: Path, qtbot: QtBot
) -> None:
    year, _q1, _march = year_tree(workspace)
    select(tab, year.uuid)
    tab.actions_.rename_action.trigger()  # F2
    assert tab.actions_.rename_action.shortcut() == QKeySequence(Qt.Key.Key_F2)
    assert tab.sections.currentWidget() is tab.form
    form = tab.form
    assert form.title.hasFocus() and form.title.selectedText() == year.title
    qtbot.keyClicks(form.title, "2026 brand year")
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    # Saved without a Save button: a second connection to the file sees it.
    other = Workspace(open_database(db_path))
    try:
        assert other.plans.get_plan(year.uuid).title == "2026 brand year"
    finally:
        other.close()
    assert titles(tab)[0] == "2026 brand year"
    assert tab.plan_title.text() == "2026 brand year"
    tab.editor.undo_stack.undo()
    assert workspace.plans.get_plan(year.uuid).title == year.title
    assert form.title.text() == year.title


def test_text_in_budget_gets_an_inline_message_and_is_not_saved(
    tab: StrategyTab, workspace: Workspace, qtbot: QtBot
) -> None:
    year, _q1, _march = year_tree(workspace)
    select(tab, year.uuid)
    form = tab.form
    form.budget.clear()
    qtbot.keyClicks(form.budget, "12k")
    qtbot.keyClick(form.budget, Qt.Key.Key_Return)
    assert form.error.isVisibleTo(tab)
    assert form.error.text() == "Budget: must be a number"
    assert workspace.plans.get_plan(year.uuid).budget_cents == 0
    assert not tab.editor.undo_stack.canUndo()
    # Fixing it saves, in cents, and the message goes.
    form.budget.clear()
    qtbot.keyClicks(form.budget, "120,000.50")
    qtbot.keyClick(form.budget, Qt.Key.Key_Return)
    assert not form.error.isVisibleTo(tab)
    assert workspace.plans.get_plan(year.uuid).budget_cents == 12_000_050


def test_end_before_start_in_the_form_is_not_saved(
    tab: StrategyTab, workspace: Workspace, qtbot: QtBot
) -> None:
    _year, _q1, march = year_tree(workspace)
    select(tab, march.uuid)
    form = tab.form
    form.end.setDate(QDate(2026, 2, 20))
    qtbot.waitUntil(lambda: form.error.isVisibleTo(tab))  # saved once typing pauses
    assert form.error.text().startswith("End date: must not be before the start date")
    assert workspace.plans.get_plan(march.uuid).end_date == date(2026, 3, 31)
    # A period outside the parent quarter is refused too, naming the date.
    form.end.setDate(QDate(2026, 4, 30))
    form.commit()
    assert form.error.text().startswith("End date: must lie within the parent plan 2026 Q1")
    form.end.setDate(QDate(2026, 3, 20))
    form.commit()
    assert not form.error.isVisibleTo(tab)
    assert workspace.plans.get_plan(march.uuid).end_date == date(2026, 3, 20)


def test_owner_and_status_are_saved_from_their_combos(
    tab: StrategyTab, workspace: Workspace
) -> None:
    from app.team.types import MemberDraft

    member = workspace.team.add(MemberDraft("王芳", ("strategy",)))
    year, _q1, _march = year_tree(workspace)
    select(tab, year.uuid)
    form = tab.form
    form.owner.setCurrentIndex(form.owner.findData(member.uuid))
    form.owner.activated.emit(form.owner.currentIndex())
    form.status.setCurrentIndex(form.status.findData("active"))
    form.status.activated.emit(form.status.currentIndex())
    saved = workspace.plans.get_plan(year.uuid)
    assert (saved.owner_uuid, saved.status) == (member.uuid, "active")
    assert "owner: 王芳" in tab.plan_meta.text()


def test_copy_to_next_period_selects_the_copy_and_undo_removes_it(
    tab: StrategyTab, workspace: Workspace
) -> None:
    year, q1, _march = year_tree(workspace)
    workspace.objectives.add_objective(q1.uuid, ObjectiveDraft("views", 100_000))
    select(tab, q1.uuid)
    tab.actions_.copy_action.trigger()
    copy = tab.selected_plan()
    assert copy is not None and copy.uuid != q1.uuid
    assert (copy.title, copy.status, copy.parent_uuid) == ("2026 Q2", "draft", year.uuid)
    assert (copy.start_date, copy.end_date) == (date(2026, 4, 1), date(2026, 6, 30))
    assert [o.metric for o in workspace.objectives.list_objectives(copy.uuid)] == ["views"]
    assert "  2026 Q2" in titles(tab)
    tab.editor.undo_stack.undo()
    assert [p.title for p in workspace.plans.list_plans()] == [
        "2026 年度社媒策略",
        "2026 Q1",
        "2026年3月",
    ]


def test_archive_hides_the_subtree_and_undo_brings_it_back(
    tab: StrategyTab, workspace: Workspace
) -> None:
    _year, q1, march = year_tree(workspace)
    select(tab, q1.uuid)
    tab.actions_.archive_action.trigger()
    assert [p.status for p in workspace.plans.list_plans()] == ["draft", "archived", "archived"]
    assert titles(tab) == ["2026 年度社媒策略"]
    tab.show_archived.setChecked(True)
    assert titles(tab) == ["2026 年度社媒策略", "  2026 Q1", "    2026年3月"]
    tab.editor.undo_stack.undo()
    assert [p.status for p in workspace.plans.list_plans()] == ["draft", "draft", "draft"]
    tab.editor.undo_stack.redo()
    assert workspace.plans.get_plan(march.uuid).status == "archived"


def test_delete_asks_with_what_goes_and_undo_restores(
    tab: StrategyTab, workspace: Workspace, qtbot: QtBot
) -> None:
    year, q1, march = year_tree(workspace)
    workspace.objectives.add_objective(march.uuid, ObjectiveDraft("views", 10_000))
    select(tab, q1.uuid)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    question = answer(qtbot, QMessageBox.StandardButton.No)
    assert len(workspace.plans.list_plans()) == 3  # "No" keeps it
    assert "1 sub-plan" in question and "1 objective" in question

    tab.actions_.delete_action.trigger()
    answer(qtbot, QMessageBox.StandardButton.Yes)
    assert [p.uuid for p in workspace.plans.list_plans()] == [year.uuid]
    assert titles(tab) == ["2026 年度社媒策略"]

    tab.editor.undo_stack.undo()
    assert len(workspace.plans.list_plans()) == 3
    assert [o.metric for o in workspace.objectives.list_objectives(march.uuid)] == ["views"]


def test_a_plan_changed_elsewhere_is_reported_and_reloaded(
    tab: StrategyTab, workspace: Workspace, qtbot: QtBot
) -> None:
    year, _q1, _march = year_tree(workspace)
    select(tab, year.uuid)
    from dataclasses import replace

    workspace.plans.update_plan(year.uuid, year.version, replace(year.draft(), goals="别处改的"))
    seen: list[str] = []

    def ok(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        click(QMessageBox.StandardButton.Ok)(dialog)

    when_dialog_opens(ok)
    tab.form.title.setText("我的标题")
    tab.form.commit()
    assert seen and "changed this record" in seen[0]
    assert tab.form.goals.toPlainText() == "别处改的"
    assert tab.form.title.text() == year.title
    assert workspace.plans.get_plan(year.uuid).title == year.title


def test_export_action_hands_the_plan_to_the_exporter(
    tab: StrategyTab, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.strategy.export as export

    calls: list[tuple[object, ...]] = []
    monkeypatch.setattr(export, "export_plan", lambda *args: calls.append(args))
    year, _q1, _march = year_tree(workspace)
    select(tab, year.uuid)
    assert tab.actions_.export_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    tab.actions_.export_action.trigger()
    assert calls == [(tab, workspace, year.uuid, tab.runner)]


def test_filter_keeps_parents_of_matching_plans(tab: StrategyTab, workspace: Workspace) -> None:
    year_tree(workspace)
    tab.reload()
    tab.filter.setText("3月")
    assert titles(tab) == ["2026 年度社媒策略", "  2026 Q1", "    2026年3月"]
    tab.filter.setText("nothing like this")
    assert titles(tab) == []


def test_splitter_and_section_are_remembered(tab: StrategyTab, qtbot: QtBot, english: None) -> None:
    from PySide6.QtGui import QUndoStack

    from ui import settings
    from ui.tasks import TaskRunner

    tab.splitter.setSizes([300, 1000])
    tab.sections.setCurrentIndex(2)
    s: QSettings = settings.settings()
    tab.save_layout(s)
    s.sync()
    again = StrategyTab(QUndoStack(), TaskRunner(synchronous=True))
    qtbot.addWidget(again)
    assert again.sections.currentIndex() == 2
    assert again.splitter.saveState() == tab.splitter.saveState()


def test_language_change_relabels_what_is_shown(
    tab: StrategyTab, workspace: Workspace, qapp: QApplication
) -> None:
    _year, _q1, march = year_tree(workspace)
    select(tab, march.uuid)
    period = tab.proxy.mapFromSource(tab.model.index_of(march.uuid, 1))
    assert period.data() == "March 2026"
    i18n.install(qapp, "zh_CN")
    QApplication.processEvents()
    assert period.data() == "2026年3月"  # as Chinese writes a month, not "2026 年三月"
    assert "2026年3月" in tab.plan_meta.text()
    assert tab.selected_plan() == workspace.plans.get_plan(march.uuid)
