"""The KPI tab's charts: what they plot is what the service computed, read back from the
matplotlib objects; filters redraw and persist; hover shows exact values; unusual days
are marked with the method explained."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
from matplotlib import dates as mdates
from matplotlib.backend_bases import MouseEvent
from matplotlib.lines import Line2D
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.workspace import Workspace
from tests.kpi.known import Known, set_value
from tests.kpi.ui_support import QUARTER, TODAY, chinese, known_ws, open_tab
from ui.kpi.filters import FilterBar, load_filter
from ui.kpi.tab import KpiTab

__all__ = ["chinese", "known_ws"]


def lines_of(tab: KpiTab) -> dict[str, Line2D]:
    assert tab.dashboard is not None
    figure = tab.dashboard.views["trend"].figure
    return {str(line.get_gid()): line for axes in figure.axes for line in axes.get_lines()}


def test_trend_lines_are_the_services_series(
    qtbot: QtBot, known_ws: tuple[Workspace, Known]
) -> None:
    ws, _known = known_ws
    f = replace(QUARTER, metrics=("views", "likes", "comments", "shares"))
    tab = open_tab(qtbot, ws, f)
    lines = lines_of(tab)
    expected = ws.kpi.series(f, TODAY)
    assert set(lines) == {f"{s.metric}|{s.group}" for s in expected}
    for s in expected:
        xy = lines[f"{s.metric}|{s.group}"].get_xydata()
        assert [mdates.num2date(x).date() for x in xy[:, 0]] == list(s.days)  # type: ignore[no-untyped-call]
        wanted = [np.nan if v is None else v for v in s.values]
        np.testing.assert_allclose(xy[:, 1], wanted)
    # The known data: 1000 + 3000 views a day, every day of the quarter.
    assert set(lines["views|"].get_xydata()[:, 1]) == {4000.0}
    # Shares (5 a day) are two orders below views: they get the right-hand axis.
    assert lines["shares|"].axes is not lines["views|"].axes


def test_switching_filters_redraws_and_is_remembered(
    qtbot: QtBot, known_ws: tuple[Workspace, Known]
) -> None:
    ws, known = known_ws
    tab = open_tab(qtbot, ws, replace(QUARTER, metrics=("views",)))
    dashboard = tab.dashboard
    assert dashboard is not None
    bar = dashboard.filters
    # Last 30 days, by week, per account: a user's three choices.
    bar.preset.setCurrentIndex(bar.preset.findData("30d"))
    bar.preset.activated.emit(bar.preset.currentIndex())
    bar.granularity.setCurrentIndex(bar.granularity.findData("week"))
    bar.granularity.activated.emit(bar.granularity.currentIndex())
    bar.group_by.setCurrentIndex(bar.group_by.findData("account"))
    bar.group_by.activated.emit(bar.group_by.currentIndex())
    f = dashboard.filter
    assert (f.preset, f.granularity, f.group_by) == ("30d", "week", "account")
    lines = lines_of(tab)
    assert set(lines) == {f"views|{known.weibo}", f"views|{known.douyin}"}
    for s in ws.kpi.series(f, TODAY):
        np.testing.assert_allclose(
            lines[f"views|{s.group}"].get_ydata(), [np.nan if v is None else v for v in s.values]
        )
    # The dates shown are the preset's: Mar 2 – Mar 31.
    assert bar.start.date().toPython() == date(2024, 3, 2)
    # The next time the tab opens (another bar reads the settings) the choice is back.
    assert load_filter() == f
    again = FilterBar()
    qtbot.addWidget(again)
    again.show_filter(load_filter())
    assert again.group_by.currentData() == "account"
    assert again.preset.currentData() == "30d"


def test_platform_filter_keeps_one_platforms_figures(
    qtbot: QtBot, known_ws: tuple[Workspace, Known]
) -> None:
    ws, _known = known_ws
    tab = open_tab(qtbot, ws, replace(QUARTER, metrics=("views",)))
    bar = tab.dashboard.filters  # type: ignore[union-attr]
    douyin = next(a for a in bar.platforms.menu().actions() if a.data() == "douyin")
    douyin.setChecked(True)
    assert bar.platforms.checked() == ("douyin",)
    assert set(lines_of(tab)["views|"].get_ydata()) == {3000.0}


def test_hover_shows_the_date_and_exact_value(
    qtbot: QtBot, known_ws: tuple[Workspace, Known]
) -> None:
    ws, _known = known_ws
    tab = open_tab(qtbot, ws, replace(QUARTER, metrics=("views",)))
    view = tab.dashboard.views["trend"]  # type: ignore[union-attr]
    line = lines_of(tab)["views|"]
    x, y = line.axes.transData.transform((mdates.date2num(date(2024, 2, 29)), 4000.0))  # type: ignore[no-untyped-call,union-attr]
    view._hover(MouseEvent("motion_notify_event", view.canvas, x + 3, y - 2))
    tip = view._tip
    assert tip is not None and tip.get_visible()
    assert tip.get_text().splitlines() == ["2024-02-29", "Views / reads: 4,000"]
    view._hover(MouseEvent("motion_notify_event", view.canvas, x, y + 200))
    assert not tip.get_visible()


def test_a_planted_spike_is_circled_and_explained(
    qtbot: QtBot, known_ws: tuple[Workspace, Known]
) -> None:
    ws, known = known_ws
    set_value(ws.db, known.weibo, date(2024, 3, 10), "views", 40000)
    tab = open_tab(qtbot, ws, replace(QUARTER, metrics=("views",)))
    figure = tab.dashboard.views["trend"].figure  # type: ignore[union-attr]
    marks = [c for axes in figure.axes for c in axes.collections if c.get_gid() == "anomalies"]
    assert len(marks) == 1
    day, value = marks[0].get_offsets()[0]
    assert mdates.num2date(day).date() == date(2024, 3, 10) and value == 43000  # type: ignore[no-untyped-call]
    found = ws.kpi.anomalies(replace(QUARTER, metrics=("views",)), TODAY)
    hover = tab.dashboard.views["trend"].drawn.hovers[-1]  # type: ignore[union-attr]
    assert hover.label(0) == found[0].explanation("en")
    assert "median" in tab.dashboard.hint.toolTip()  # type: ignore[union-attr]


def test_comparison_targets_and_funnel_draw_the_services_figures(
    qtbot: QtBot, known_ws: tuple[Workspace, Known]
) -> None:
    ws, _known = known_ws
    f = replace(QUARTER, metrics=("views", "likes"))
    tab = open_tab(qtbot, ws, f, "comparison")
    dashboard = tab.dashboard
    assert dashboard is not None
    figure = dashboard.views["comparison"].figure
    rows = ws.kpi.breakdown(f, "platform", TODAY)
    views_axes = figure.axes[0]
    widths = sorted(p.get_width() for p in views_axes.patches)
    assert widths == sorted(r.values["views"] or 0 for r in rows) == [91000.0, 273000.0]
    labels = [t.get_text() for t in views_axes.get_yticklabels()]
    assert sorted(labels) == ["Douyin", "Weibo"]

    dashboard.charts.setCurrentIndex(3)  # funnel
    drawn = dashboard.views["funnel"].drawn
    stages = {row[0]: row[1] for row in drawn.rows}
    # No import brought engagements: likes + comments + shares (2024 is 91 days).
    assert stages["Reactions, comments and shares"] == 91 * (50 + 10 + 5 + 60 + 30)
    assert stages["Views / reads"] == 91 * 4000

    dashboard.charts.setCurrentIndex(1)  # targets: the known data set has no plan
    assert dashboard.views["targets"].drawn.empty


def test_chart_labels_render_in_chinese(
    qtbot: QtBot, known_ws: tuple[Workspace, Known], chinese: None
) -> None:
    ws, _known = known_ws
    tab = open_tab(qtbot, ws, replace(QUARTER, metrics=("views", "likes"), group_by="platform"))
    figure = tab.dashboard.views["trend"].figure  # type: ignore[union-attr]
    legend = figure.axes[0].get_legend()
    assert legend is not None
    texts = [t.get_text() for t in legend.get_texts()]
    assert "播放/阅读量 · 微博" in texts
    assert tab.dashboard.charts.tabText(0) != "Trend"  # type: ignore[union-attr]
    tab.setFocus(Qt.FocusReason.OtherFocusReason)


def test_a_language_change_redraws_the_charts(
    qtbot: QtBot, known_ws: tuple[Workspace, Known], qapp: QApplication
) -> None:
    from ui import i18n

    ws, _known = known_ws
    f = replace(QUARTER, metrics=("views",), group_by="platform")
    tab = open_tab(qtbot, ws, f, "comparison")
    dashboard = tab.dashboard
    assert dashboard is not None
    dashboard.charts.setCurrentIndex(0)  # the trend, then back to the comparison
    i18n.ensure_cjk_font(qapp)
    i18n.install(qapp, "zh_CN")
    try:
        qapp.processEvents()
        legend = dashboard.views["trend"].figure.axes[0].get_legend()
        assert legend is not None
        assert "播放/阅读量 · 微博" in [t.get_text() for t in legend.get_texts()]
        dashboard.charts.setCurrentIndex(2)
        axes = dashboard.views["comparison"].figure.axes[0]
        assert sorted(t.get_text() for t in axes.get_yticklabels()) == ["微博", "抖音"]
    finally:
        i18n.install(qapp, "en")
