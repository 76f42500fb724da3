"""Exporting a chart (PNG, SVG, PDF) and the figures behind it (CSV, XLSX), the tables
under the charts, and matplotlib staying unloaded until the tab is first shown."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.workspace import Workspace
from tests.kpi.known import Known
from tests.kpi.ui_support import QUARTER, TODAY, chinese, known_ws, open_tab
from ui.kpi.comparison_table import ComparisonColumn
from ui.kpi.export import save_chart, save_data
from ui.kpi.top_posts import PostColumn

__all__ = ["chinese", "known_ws"]
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "suffix, magic", [("png", b"\x89PNG"), ("svg", b"<?xml"), ("pdf", b"%PDF")]
)
def test_a_chart_saves_as_png_svg_and_pdf(
    qtbot: QtBot, known_ws: tuple[Workspace, Known], tmp_path: Path, suffix: str, magic: bytes
) -> None:
    ws, _known = known_ws
    tab = open_tab(qtbot, ws, replace(QUARTER, metrics=("views",)))
    path = tmp_path / f"trend.{suffix}"
    assert save_chart(tab, tab.dashboard.current_view(), path)  # type: ignore[union-attr]
    assert path.read_bytes().startswith(magic)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_a_chart_pdf_keeps_chinese_labels_as_text(
    qtbot: QtBot, known_ws: tuple[Workspace, Known], chinese: None, tmp_path: Path
) -> None:
    ws, _known = known_ws
    tab = open_tab(qtbot, ws, replace(QUARTER, metrics=("views", "likes"), group_by="platform"))
    path = tmp_path / "趋势.pdf"
    assert save_chart(tab, tab.dashboard.current_view(), path)  # type: ignore[union-attr]
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "播放/阅读量 · 微博" in text


def test_the_figures_behind_a_chart_export_as_csv_and_xlsx(
    qtbot: QtBot, known_ws: tuple[Workspace, Known], tmp_path: Path
) -> None:
    ws, _known = known_ws
    f = replace(QUARTER, metrics=("views",), group_by="platform")
    tab = open_tab(qtbot, ws, f)
    view = tab.dashboard.current_view()  # type: ignore[union-attr]
    assert save_data(tab, view, tmp_path / "trend.csv", "trend")
    with (tmp_path / "trend.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Metric", "Group", "Date", "Value"]
    assert len(rows) == 1 + 2 * 91  # two platforms, every day of the quarter
    assert ["Views / reads", "Douyin", "2024-02-29", "3000"] in rows
    assert save_data(tab, view, tmp_path / "trend.xlsx", "trend")
    book = load_workbook(tmp_path / "trend.xlsx", read_only=True)
    try:
        values = [tuple(c.value for c in row) for row in book["trend"].iter_rows()]
    finally:
        book.close()
    assert len(values) == len(rows)
    assert values[0] == ("Metric", "Group", "Date", "Value")


def test_the_previous_period_table_shows_values_and_changes(
    qtbot: QtBot, known_ws: tuple[Workspace, Known], qtmodeltester: ModelTester
) -> None:
    ws, _known = known_ws
    f = replace(QUARTER, preset="30d", start=None, end=None, metrics=("views", "followers"))
    tab = open_tab(qtbot, ws, f)
    model = tab.dashboard.comparison  # type: ignore[union-attr]
    qtmodeltester.check(model)
    expected = ws.kpi.comparisons(f, TODAY)
    assert [r.metric for r in model.rows()] == [c.metric for c in expected]
    views = model.index(0, ComparisonColumn.CURRENT).data()
    assert views == "120,000"  # 30 days × 4,000
    assert model.index(0, ComparisonColumn.CHANGE).data() == "0"
    followers = model.rows()[1]
    change = model.index(1, ComparisonColumn.CHANGE).data()
    assert followers.change is not None and change == f"+{int(followers.change):,}"


def test_top_posts_sort_by_any_column(
    qtbot: QtBot, known_ws: tuple[Workspace, Known], qtmodeltester: ModelTester
) -> None:
    ws, _known = known_ws
    tab = open_tab(qtbot, ws, QUARTER)
    view = tab.dashboard.posts  # type: ignore[union-attr]
    qtmodeltester.check(view.posts)
    titles = [view.posts.row_at(r).title for r in range(view.posts.rowCount())]
    assert titles[0] == "二月花絮"  # 9,000 views: the most read post of the quarter
    view.sortByColumn(PostColumn.VIEWS, Qt.SortOrder.AscendingOrder)
    shown = [view.proxy.index(r, PostColumn.TITLE).data() for r in range(view.proxy.rowCount())]
    assert shown == ["三月新品", "用户故事", "直播预告", "二月花絮"]


def test_matplotlib_loads_only_when_the_tab_is_first_shown(tmp_path: Path) -> None:
    script = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["SOCIALDESK_HOME"] = {str(tmp_path)!r}
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pathlib import Path
from app.db.database import open_database
from app.workspace import Workspace
from ui.kpi.tab import KpiTab
from ui.tasks import TaskRunner
tab = KpiTab(None, TaskRunner(synchronous=True))
tab.set_workspace(Workspace(open_database(Path({str(tmp_path / "t.db")!r}))))
print("matplotlib" in sys.modules)
tab.show()
app.processEvents()
print("matplotlib" in sys.modules, tab.dashboard is not None)
"""
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "True", "True"]
