"""Periods, money, numbers and platform names read the same on screen and in the plan
PDF, in the locale's own way (Chinese exact); no table row of the PDF is split between
two pages."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex
from PySide6.QtWidgets import QApplication

from app.strategy.research_types import CompetitorDraft, ObservationDraft
from app.strategy.types import ObjectiveDraft, PillarDraft, PlatformStrategyDraft, new_plan_draft
from app.workspace import Workspace
from ui import i18n
from ui.accounts.account_model import AccountTableModel
from ui.formats import money_text, period_text, platform_text
from ui.printing import html_heading, html_page, html_table, pdf_bytes
from ui.strategy.export import write_plan_pdf
from ui.strategy.platform_models import StrategyTableModel
from ui.strategy.tab import StrategyTab

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) is not installed",
)
CHINESE_NAMES = ("微博", "微信", "抖音", "快手", "B站", "小红书")
ENGLISH_NAMES = ("Weibo", "WeChat", "Douyin", "Kuaishou", "Bilibili", "Xiaohongshu")


@pytest.fixture
def ui_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the interface language as Preferences does; English comes back afterwards."""
    saved = QLocale()

    def use(lang: str) -> None:
        i18n.install(qapp, lang)

    yield use
    i18n.install(qapp, "en")
    QLocale.setDefault(saved)


def seed(ws: Workspace) -> tuple[str, str, str]:
    """A year plan (budget ¥1,200,000) on the six Chinese platforms, its Q4 and December."""
    year = ws.plans.add_plan(new_plan_draft("2026 年度社媒策略", "year", date(2026, 1, 1)))
    year = ws.plans.update_plan(
        year.uuid, year.version, replace(year.draft(), budget_cents=120_000_000)
    )
    q4 = ws.plans.add_plan(new_plan_draft("2026 Q4", "quarter", date(2026, 10, 1), year.uuid))
    month = ws.plans.add_plan(new_plan_draft("2026年12月", "month", date(2026, 12, 1), q4.uuid))
    ws.accounts.add_platform("Xiaohongshu", "小红书")
    platforms = {p.name_en: p.uuid for p in ws.accounts.list_platforms()}
    for name in ENGLISH_NAMES:
        ws.platform_strategies.add_strategy(
            year.uuid, PlatformStrategyDraft(platforms[name], None, 3, "week", "", "")
        )
    ws.objectives.add_objective(year.uuid, ObjectiveDraft("views", 18_000_000))
    ws.objectives.add_objective(year.uuid, ObjectiveDraft("ad_spend", 800_000, unit="currency"))
    return year.uuid, q4.uuid, month.uuid


def pdf_pages(path: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    [count] = re.findall(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    return [
        subprocess.run(
            ["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for n in range(1, int(count) + 1)
    ]


# Periods -------------------------------------------------------------------------------
def test_periods_in_chinese_read_as_chinese_dates(ui_language: Callable[[str], None]) -> None:
    ui_language("zh_CN")
    assert period_text(date(2026, 12, 1), date(2026, 12, 31)) == "2026年12月"
    assert period_text(date(2026, 10, 1), date(2026, 12, 31)) == "2026年第4季度"
    assert period_text(date(2026, 1, 1), date(2026, 12, 31)) == "2026"
    assert period_text(date(2026, 3, 1), date(2026, 3, 15)) == "2026-03-01 – 2026-03-15"
    ui_language("en")
    assert period_text(date(2026, 12, 1), date(2026, 12, 31)) == "December 2026"
    assert period_text(date(2026, 10, 1), date(2026, 12, 31)) == "Q4 2026"


def test_plan_tree_and_heading_show_chinese_periods_and_money(
    tab: StrategyTab, workspace: Workspace, ui_language: Callable[[str], None]
) -> None:
    year, _, month = seed(workspace)
    tab.set_workspace(workspace)
    ui_language("zh_CN")  # switched while the tab is open, as in Preferences
    periods = {"2026 年度社媒策略": "2026", "2026 Q4": "2026年第4季度", "2026年12月": "2026年12月"}
    shown = {
        str(index.siblingAtColumn(0).data()): str(index.siblingAtColumn(1).data())
        for index in _all_indexes(tab)
    }
    assert shown == periods
    tab.tree.select_uuid(year)
    assert "¥1,200,000.00" in tab.plan_meta.text()
    tab.tree.select_uuid(month)
    assert "2026年12月" in tab.plan_meta.text() and "十二月" not in tab.plan_meta.text()


def _all_indexes(tab: StrategyTab) -> list[QModelIndex]:
    model = tab.tree.model()
    found, todo = [], [model.index(r, 0) for r in range(model.rowCount())]
    while todo:
        index = todo.pop()
        found.append(index)
        todo.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    return found


# Money, numbers and platforms in the PDF ------------------------------------------------
@needs_poppler
def test_chinese_pdf_uses_the_screens_money_numbers_and_periods(
    workspace: Workspace, ui_language: Callable[[str], None], tmp_path: Path
) -> None:
    year, q4, _ = seed(workspace)
    ui_language("zh_CN")
    path = tmp_path / "计划.pdf"
    write_plan_pdf(workspace, year, path)
    text = "".join(pdf_pages(path))
    assert money_text(120_000_000) == "¥1,200,000.00"  # what the screen shows
    assert "¥1,200,000.00" in text and "1200000" not in text
    assert "18,000,000" in text and "¥800,000" in text
    assert "2026年第4季度" in text  # the sub-plan's period
    write_plan_pdf(workspace, q4, path)
    assert "2026年第4季度" in "".join(pdf_pages(path))


@needs_poppler
def test_platform_names_are_chinese_on_screen_and_paper(
    workspace: Workspace, ui_language: Callable[[str], None], tmp_path: Path
) -> None:
    year, _, _ = seed(workspace)
    ui_language("zh_CN")
    path = tmp_path / "plan.pdf"
    write_plan_pdf(workspace, year, path)
    text = "".join(pdf_pages(path))
    for chinese, english in zip(CHINESE_NAMES, ENGLISH_NAMES, strict=True):
        assert chinese in text and english not in text

    strategies = StrategyTableModel()
    strategies.set_rows(workspace.platform_strategies.list_strategies(year))
    shown = [strategies.index(r, 0).data() for r in range(strategies.rowCount())]
    assert sorted(shown) == sorted(CHINESE_NAMES)


def test_platform_names_follow_a_language_switch_with_the_tab_open(
    tab: StrategyTab, workspace: Workspace, ui_language: Callable[[str], None]
) -> None:
    year, _, _ = seed(workspace)
    bilibili = next(
        st
        for st in workspace.platform_strategies.list_strategies(year)
        if st.platform_en == "Bilibili"
    )
    workspace.platform_strategies.add_pillar(year, PillarDraft("深度测评", 30, bilibili.uuid))
    weibo = next(p.uuid for p in workspace.accounts.list_platforms() if p.code == "weibo")
    rival = workspace.research.add_competitor(CompetitorDraft("青柠生活"))
    workspace.research.add_observation(
        rival.uuid, ObservationDraft(date(2026, 3, 1), "followers", 1_250_000, weibo)
    )
    tab.set_workspace(workspace)
    tab.tree.select_uuid(year)
    pillars, observations = tab.platforms.pillar_model, tab.research.observation_model
    assert pillars.index(0, 1).data() == "Bilibili"
    assert observations.index(0, 3).data() == "Weibo"

    ui_language("zh_CN")  # Preferences switches at once, without reloading the plan
    assert pillars.index(0, 1).data() == "B站"
    assert observations.index(0, 3).data() == "微博"
    assert sorted(
        str(tab.platforms.strategies.proxy.index(r, 0).data())
        for r in range(tab.platforms.strategies.proxy.rowCount())
    ) == sorted(CHINESE_NAMES)


def test_accounts_show_the_platform_in_the_interface_language(
    workspace: Workspace, ui_language: Callable[[str], None]
) -> None:
    from app.accounts.types import AccountDraft

    douyin = next(p.uuid for p in workspace.accounts.list_platforms() if p.code == "douyin")
    workspace.accounts.add_account(AccountDraft(douyin, "lumio_dy"))
    model = AccountTableModel()
    model.set_rows(workspace.accounts.list_accounts())
    ui_language("zh_CN")
    assert model.index(0, 0).data() == "抖音"
    ui_language("en")
    assert model.index(0, 0).data() == "Douyin"


def test_a_platform_named_in_one_language_shows_that_name_in_both(
    ui_language: Callable[[str], None],
) -> None:
    ui_language("zh_CN")
    assert platform_text("Threads", "") == "Threads"
    assert platform_text("Weibo", "微博") == "微博"
    ui_language("en")
    assert platform_text("", "视频号") == "视频号"
    assert platform_text("Weibo", "微博") == "Weibo"


# Rows stay whole -------------------------------------------------------------------------
@needs_poppler
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_no_table_row_is_split_between_pages(
    workspace: Workspace, ui_language: Callable[[str], None], tmp_path: Path, lang: str
) -> None:
    ui_language(lang)
    plan = workspace.plans.add_plan(new_plan_draft("Pillars", "year", date(2026, 1, 1)))
    for i in range(40):
        lines = "\n".join(f"D{i:02d}L{j} 说明 description" for j in range(1 + i % 6))
        workspace.platform_strategies.add_pillar(
            plan.uuid, PillarDraft(f"P{i:02d}支柱", 2, description=lines)
        )
    path = tmp_path / "pillars.pdf"
    write_plan_pdf(workspace, plan.uuid, path)
    pages = pdf_pages(path)
    assert len(pages) >= 3  # the pillars cross at least two page breaks
    for i in range(40):
        tokens = [f"P{i:02d}支柱", *(f"D{i:02d}L{j}" for j in range(1 + i % 6))]
        where = {n for n, page in enumerate(pages) for t in tokens if t in page}
        assert len(where) == 1, f"pillar {i} is on pages {sorted(where)}"
        assert all(any(t in page for page in pages) for t in tokens)


@needs_poppler
def test_a_table_that_would_start_with_a_split_row_moves_with_its_heading(
    qapp: QApplication, tmp_path: Path
) -> None:
    """Wherever the page ends near a table, its heading, header and rows stay together."""
    rows = [[f"R{r}名", "<br/>".join(f"R{r}L{j} 行" for j in range(3))] for r in range(4)]
    table = html_heading("内容支柱") + html_table(["Pillar", "Description"], rows)
    path = tmp_path / "moves.pdf"
    for filler in range(30, 60, 3):  # the table starts ever lower on the first page
        path.write_bytes(pdf_bytes(html_page("T", "<p>段落</p>" * filler + table), "T"))
        pages = pdf_pages(path)
        for r in range(4):
            tokens = [f"R{r}名", *(f"R{r}L{j}" for j in range(3))]
            assert len({n for n, page in enumerate(pages) for t in tokens if t in page}) == 1
        [first] = [n for n, page in enumerate(pages) if "R0名" in page]
        assert "内容支柱" in pages[first]  # the heading went along
