"""Helpers for the Strategy tab tests (the fixtures are in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app.accounts.types import PlatformInfo
from app.strategy.types import PlanInfo, new_plan_draft
from app.workspace import Workspace
from ui.strategy.tab import StrategyTab
from ui.widgets.form_dialog import FormDialog

TODAY = date(2026, 5, 10)


def year_tree(ws: Workspace) -> tuple[PlanInfo, PlanInfo, PlanInfo]:
    """2026, its Q1, and March under Q1 (made through the service)."""
    year = ws.plans.add_plan(new_plan_draft("2026 年度社媒策略", "year", date(2026, 1, 1)))
    q1 = ws.plans.add_plan(new_plan_draft("2026 Q1", "quarter", date(2026, 1, 1), year.uuid))
    march = ws.plans.add_plan(new_plan_draft("2026年3月", "month", date(2026, 3, 1), q1.uuid))
    return year, q1, march


def platform(ws: Workspace, code: str) -> PlatformInfo:
    return next(p for p in ws.accounts.list_platforms() if p.code == code)


def select(tab: StrategyTab, uuid: str) -> None:
    tab.reload(uuid)
    selected = tab.selected_plan()
    assert selected is not None and selected.uuid == uuid


def titles(tab: StrategyTab) -> list[str]:
    """Titles in the tree as shown, depth first, indented by level."""
    out: list[str] = []

    def walk(parent: object, depth: int) -> None:
        proxy = tab.proxy
        for row in range(proxy.rowCount(parent)):  # type: ignore[arg-type]
            index = proxy.index(row, 0, parent)  # type: ignore[arg-type]
            out.append("  " * depth + str(index.data()))
            walk(index, depth + 1)

    walk(QModelIndex(), 0)
    return out


def fill_and_ok(
    fill: Callable[[QWidget], None], seen: list[str] | None = None
) -> Callable[[QWidget], None]:
    """Fill a form dialog, press OK; record its inline error (or "") into ``seen``, and
    cancel it when the error is showing so that the test goes on."""

    def act(dialog: QWidget) -> None:
        try:
            assert isinstance(dialog, FormDialog), type(dialog)
            fill(dialog)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            if seen is not None:
                seen.append(dialog.error.text() if dialog.error.isVisibleTo(dialog) else "")
        finally:  # a failed step must not leave a modal dialog waiting forever
            if dialog.isVisible():
                dialog.reject()

    return act
