"""Tables of a plan's platform strategies and content pillars."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from app.strategy.types import PillarInfo, PlatformStrategyInfo
from ui.formats import platform_text
from ui.row_model import RowTableModel
from ui.strategy.labels import frequency_text


class StrategyColumn(IntEnum):
    PLATFORM = 0
    FREQUENCY = 1
    INTERACTION = 2
    PROMOTION = 3


def strategy_name(st: PlatformStrategyInfo) -> str:
    """ "Douyin" or "Douyin · @brand" in the interface language."""
    name = platform_text(st.platform_en, st.platform_zh)
    return f"{name} · {st.account_handle}" if st.account_handle else name


class StrategyTableModel(RowTableModel[PlatformStrategyInfo]):
    columns = StrategyColumn

    def header(self, column: Any) -> str:
        return {
            StrategyColumn.PLATFORM: self.tr("Platform / account"),
            StrategyColumn.FREQUENCY: self.tr("Posting frequency"),
            StrategyColumn.INTERACTION: self.tr("Interaction style"),
            StrategyColumn.PROMOTION: self.tr("Promotion focus"),
        }[column]

    def display(self, row: PlatformStrategyInfo, column: Any) -> str:
        if column == StrategyColumn.PLATFORM:
            return strategy_name(row)
        if column == StrategyColumn.FREQUENCY:
            return frequency_text(row.frequency_count, row.frequency_unit)
        if column == StrategyColumn.INTERACTION:
            return row.interaction_style
        return row.promotion_focus

    def sort_key(self, row: PlatformStrategyInfo, column: Any) -> Any:
        if column == StrategyColumn.FREQUENCY:
            # Posts a month, so "2 per week" sorts above "5 per month".
            return row.frequency_count * (52 / 12 if row.frequency_unit == "week" else 1.0)
        return self.display(row, column)

    def tooltip(self, row: PlatformStrategyInfo, column: Any) -> str | None:
        return row.notes or None


class PillarColumn(IntEnum):
    NAME = 0
    APPLIES_TO = 1
    SHARE = 2
    DESCRIPTION = 3


class PillarTableModel(RowTableModel[PillarInfo]):
    """Pillars; ``set_pillars`` also takes the plan's platform strategies, whose names
    are shown in the interface language of the moment."""

    columns = PillarColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._strategies: dict[str, PlatformStrategyInfo] = {}

    def set_pillars(
        self, pillars: list[PillarInfo], strategies: list[PlatformStrategyInfo]
    ) -> None:
        self._strategies = {st.uuid: st for st in strategies}
        self.set_rows(pillars)

    def header(self, column: Any) -> str:
        return {
            PillarColumn.NAME: self.tr("Pillar"),
            PillarColumn.APPLIES_TO: self.tr("Applies to"),
            PillarColumn.SHARE: self.tr("Share of posts"),
            PillarColumn.DESCRIPTION: self.tr("Description"),
        }[column]

    def display(self, row: PillarInfo, column: Any) -> str:
        if column == PillarColumn.NAME:
            return row.name
        if column == PillarColumn.APPLIES_TO:
            if row.platform_strategy_uuid is None:
                return self.tr("Whole plan")
            strategy = self._strategies.get(row.platform_strategy_uuid)
            return strategy_name(strategy) if strategy else "—"
        if column == PillarColumn.SHARE:
            return self.tr("%1%").replace("%1", str(row.share_percent))
        return row.description

    def sort_key(self, row: PillarInfo, column: Any) -> Any:
        if column == PillarColumn.SHARE:
            return row.share_percent
        if column == PillarColumn.NAME:
            return row.sort_order  # the user's order, not the alphabet
        return self.display(row, column)

    def alignment(self, column: Any) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == PillarColumn.SHARE else None
