"""The plan's sections: platforms and pillars, objectives, research, health."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.strategy.research_types import CompetitorDraft
from app.strategy.types import PillarDraft, PlatformStrategyDraft
from app.workspace import Workspace
from tests.qt_dialogs import click, finish, when_dialog_opens
from tests.strategy.support import fill_and_ok, platform, select, year_tree
from ui.strategy.objective_dialog import ObjectiveDialog
from ui.strategy.platform_dialogs import PillarDialog, PlatformStrategyDialog
from ui.strategy.research_dialogs import CompetitorDialog, NoteDialog, ObservationDialog
from ui.strategy.tab import StrategyTab
from ui.widgets.form_dialog import FormDialog

# Fixtures shared by the Strategy tests (test functions take them by name).


def cells(section_model: object, column: int) -> list[str]:
    model = section_model
    return [
        str(model.index(r, column).data())  # type: ignore[attr-defined]
        for r in range(model.rowCount())  # type: ignore[attr-defined]
    ]


def douyin_strategy(frequency: str) -> object:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PlatformStrategyDialog)
        dialog.platform.setCurrentIndex(dialog.platform.findText("Douyin"))
        dialog.frequency.setText(frequency)
        dialog.interaction.setText("弹幕实时互动")

    return fill


def test_platform_frequency_is_checked_saved_and_undoable(
    tab: StrategyTab, workspace: Workspace, qtbot: QtBot
) -> None:
    _year, _q1, march = year_tree(workspace)
    select(tab, march.uuid)
    panel = tab.platforms
    seen: list[str] = []
    qtbot.mouseClick(panel.strategies.add_button, Qt.MouseButton.LeftButton)
    finish(qtbot, fill_and_ok(douyin_strategy("-3"), seen), FormDialog)  # type: ignore[arg-type]
    assert seen == ["Posting frequency: must not be negative"]
    panel.strategies.add_button.click()
    finish(qtbot, fill_and_ok(douyin_strategy("five"), seen), FormDialog)  # type: ignore[arg-type]
    assert seen[-1] == "Posting frequency: must be a whole number"
    assert workspace.platform_strategies.list_strategies(march.uuid) == []

    panel.strategies.add_button.click()
    finish(qtbot, fill_and_ok(douyin_strategy("5"), seen), FormDialog)  # type: ignore[arg-type]
    assert seen[-1] == ""
    [saved] = workspace.platform_strategies.list_strategies(march.uuid)
    assert (saved.platform_code, saved.frequency_count, saved.frequency_unit) == (
        "douyin",
        5,
        "week",
    )
    assert cells(panel.strategies.proxy, 1) == ["5 per week"]
    assert "Douyin: 0 of 22 planned posts scheduled for March 2026" in tab.health.text()

    tab.editor.undo_stack.undo()
    assert workspace.platform_strategies.list_strategies(march.uuid) == []
    assert cells(panel.strategies.proxy, 0) == []
    tab.editor.undo_stack.redo()
    assert cells(panel.strategies.proxy, 0) == ["Douyin"]


def test_month_without_strategies_says_whose_it_follows(
    tab: StrategyTab, workspace: Workspace
) -> None:
    _year, q1, march = year_tree(workspace)
    weibo = platform(workspace, "weibo")
    workspace.platform_strategies.add_strategy(q1.uuid, PlatformStrategyDraft(weibo.uuid, None, 7))
    select(tab, march.uuid)
    hint = tab.platforms.strategies.hint
    assert not hint.isHidden()
    assert "planned from “2026 Q1”" in hint.text()
    assert "Posts are planned from the platform strategies of “2026 Q1”." in tab.health.text()


def test_edit_strategy_and_pillar_share(
    tab: StrategyTab, workspace: Workspace, qtbot: QtBot
) -> None:
    year, _q1, _march = year_tree(workspace)
    weibo = platform(workspace, "weibo")
    workspace.platform_strategies.add_strategy(
        year.uuid, PlatformStrategyDraft(weibo.uuid, None, 7)
    )
    select(tab, year.uuid)
    panel = tab.platforms
    panel.strategies.table.selectRow(0)

    def monthly(dialog: QWidget) -> None:
        assert isinstance(dialog, PlatformStrategyDialog)
        dialog.frequency.setText("20")
        dialog.unit.setCurrentIndex(dialog.unit.findData("month"))

    panel.strategies.edit_button.click()
    finish(qtbot, fill_and_ok(monthly), FormDialog)
    assert cells(panel.strategies.proxy, 1) == ["20 per month"]

    def pillar(name: str, share: str) -> object:
        def fill(dialog: QWidget) -> None:
            assert isinstance(dialog, PillarDialog)
            dialog.name.setText(name)
            dialog.share.setText(share)

        return fill

    seen: list[str] = []
    panel.pillars.add_button.click()
    finish(qtbot, fill_and_ok(pillar("产品种草", "70"), seen), FormDialog)  # type: ignore[arg-type]
    panel.pillars.add_button.click()
    finish(qtbot, fill_and_ok(pillar("品牌故事", "40%"), seen), FormDialog)  # type: ignore[arg-type]
    assert seen[0] == ""
    assert seen[1].startswith("Share: the pillars would add up to 110%")
    assert cells(panel.pillars.proxy, 2) == ["70%"]
    assert "70% of posts (30% unassigned)" in panel.pillars.hint.text()
    tab.editor.undo_stack.undo()  # the pillar
    tab.editor.undo_stack.undo()  # the frequency
    [st] = workspace.platform_strategies.list_strategies(year.uuid)
    assert (st.frequency_count, st.frequency_unit) == (7, "week")
    assert workspace.platform_strategies.list_pillars(year.uuid) == []


def test_add_objective_with_target_and_scope(
    tab: StrategyTab, workspace: Workspace, qtbot: QtBot
) -> None:
    _year, q1, _march = year_tree(workspace)
    select(tab, q1.uuid)
    panel = tab.objectives
    assert not panel.section.hint.isHidden()

    def objective(target: str) -> object:
        def fill(dialog: QWidget) -> None:
            assert isinstance(dialog, ObjectiveDialog)
            dialog.kpi.setCurrentIndex(dialog.kpi.findData("conversion_rate"))
            dialog.scope.setCurrentIndex(dialog.scope.findData("platform"))
            dialog.scope_target.setCurrentIndex(dialog.scope_target.findText("Douyin"))
            dialog.target.setText(target)
            dialog.end.setDate(QDate(2026, 2, 28))

        return fill

    seen: list[str] = []
    panel.section.add_button.click()
    finish(qtbot, fill_and_ok(objective("3.5 percent"), seen), FormDialog)  # type: ignore[arg-type]
    panel.section.add_button.click()
    finish(qtbot, fill_and_ok(objective(""), seen), FormDialog)  # type: ignore[arg-type]
    assert seen == ["Target: must be a number", "Target: must not be empty"]
    assert workspace.objectives.list_objectives(q1.uuid) == []

    panel.section.add_button.click()
    finish(qtbot, fill_and_ok(objective("3.5"), seen), FormDialog)  # type: ignore[arg-type]
    [o] = workspace.objectives.list_objectives(q1.uuid)
    assert (o.metric, o.scope, o.target_value, o.unit) == (
        "conversion_rate",
        "platform",
        3.5,
        "percent",
    )
    assert (o.start_date, o.end_date) == (date(2026, 1, 1), date(2026, 2, 28))
    row = [str(panel.section.proxy.index(0, c).data()) for c in range(5)]
    assert row[:4] == ["Conversion rate", "Douyin", "3.5", "%"]
    assert " – " in row[4]  # not a whole quarter: a date range
    assert "Conversion rate (Douyin): target 3.5%" in tab.health.text()
    tab.editor.undo_stack.undo()
    assert workspace.objectives.list_objectives(q1.uuid) == []


def test_research_competitor_observation_and_note(
    tab: StrategyTab, workspace: Workspace, qtbot: QtBot
) -> None:
    year, _q1, _march = year_tree(workspace)
    select(tab, year.uuid)
    panel = tab.research

    def competitor(dialog: QWidget) -> None:
        assert isinstance(dialog, CompetitorDialog)
        dialog.name.setText("青柠生活 Limelife")
        dialog.platforms.setText("抖音, 小红书")

    panel.competitors.add_button.click()
    finish(qtbot, fill_and_ok(competitor), FormDialog)
    assert cells(panel.competitors.proxy, 0) == ["青柠生活 Limelife"]
    assert panel.competitors.selected() is not None

    def observation(dialog: QWidget) -> None:
        assert isinstance(dialog, ObservationDialog)
        dialog.kpi.setCurrentIndex(dialog.kpi.findData("followers"))
        dialog.value.setText("1,250,000")

    panel.observations.add_button.click()
    finish(qtbot, fill_and_ok(observation), FormDialog)
    [obs] = workspace.research.list_observations()
    assert (obs.metric, obs.value) == ("followers", 1_250_000)
    assert cells(panel.observations.proxy, 2) == ["1,250,000"]

    def note(dialog: QWidget) -> None:
        assert isinstance(dialog, NoteDialog)
        dialog.title.setText("抖音直播电商趋势")
        dialog.tags.setText("抖音，直播")
        dialog.body.setPlainText("品牌自播占比上升。")

    panel.notes.add_button.click()
    finish(qtbot, fill_and_ok(note), FormDialog)
    [n] = workspace.research.list_notes(year.uuid)
    assert (n.title, n.tags) == ("抖音直播电商趋势", ("抖音", "直播"))
    panel.notes.table.selectRow(0)
    assert panel.note_body.toPlainText() == "品牌自播占比上升。"

    stack = tab.editor.undo_stack
    stack.undo()
    stack.undo()
    stack.undo()
    assert workspace.research.list_competitors() == []
    assert workspace.research.list_notes() == []


def test_removing_a_competitor_is_undoable(tab: StrategyTab, workspace: Workspace) -> None:
    workspace.research.add_competitor(CompetitorDraft("云朵家居"))
    year, _q1, _march = year_tree(workspace)
    select(tab, year.uuid)
    panel = tab.research
    panel.competitors.table.selectRow(0)
    panel.competitors.remove_button.click()
    assert workspace.research.list_competitors() == []
    tab.editor.undo_stack.undo()
    assert [c.name for c in workspace.research.list_competitors()] == ["云朵家居"]


def test_health_says_plainly_when_nothing_can_be_scheduled(
    tab: StrategyTab, workspace: Workspace
) -> None:
    year, _q1, _march = year_tree(workspace)
    select(tab, year.uuid)
    text = tab.health.text()
    assert "No platform strategies apply to this plan yet, so no posts are planned." in text
    assert "No content pillars yet." in text and "No objectives yet." in text
    workspace.platform_strategies.add_strategy(
        year.uuid, PlatformStrategyDraft(platform(workspace, "douyin").uuid, None, 5)
    )
    tab.reload()
    text = tab.health.text()
    assert "No posts are scheduled yet" not in text  # the calendar counts them
    assert "Douyin: 0 of 261 planned posts scheduled for 2026" in text


def test_undo_that_breaks_a_rule_says_which_and_keeps_the_data(
    tab: StrategyTab, workspace: Workspace
) -> None:
    year, _q1, _march = year_tree(workspace)
    svc = workspace.platform_strategies
    svc.add_pillar(year.uuid, PillarDraft("产品种草", 60))
    select(tab, year.uuid)
    panel = tab.platforms
    panel.pillars.table.selectRow(0)
    panel.pillars.remove_button.click()
    assert svc.list_pillars(year.uuid) == []
    svc.add_pillar(year.uuid, PillarDraft("品牌故事", 70))  # meanwhile, elsewhere
    seen: list[str] = []

    def ok(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        click(QMessageBox.StandardButton.Ok)(dialog)

    when_dialog_opens(ok)
    tab.editor.undo_stack.undo()
    assert seen and seen[0].startswith("Share: the pillars would add up to 130%")
    assert [p.name for p in svc.list_pillars(year.uuid)] == ["品牌故事"]
    assert cells(panel.pillars.proxy, 0) == ["品牌故事"]
