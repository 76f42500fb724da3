"""The previous-period comparison: each metric's value, the previous value, the change.

Green when the change is for the better, red when for the worse (fewer comments is
worse, a lower cost per result better: the metric's ``direction`` says which).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from app.kpi.analytics_types import PeriodComparison
from ui.kpi.labels import change_text, name_of, value_text
from ui.row_model import RowTableModel

BETTER = QColor("#1e8449")
WORSE = QColor("#c0392b")
# On a dark background the same hues, lighter (the charts' dark palette).
BETTER_ON_DARK = QColor("#4cc38a")
WORSE_ON_DARK = QColor("#ff6b5e")


class ComparisonColumn(IntEnum):
    METRIC = 0
    CURRENT = 1
    PREVIOUS = 2
    CHANGE = 3
    PERCENT = 4


class ComparisonModel(RowTableModel[PeriodComparison]):
    columns = ComparisonColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names: Mapping[str, str] = {}
        self.formulas: Mapping[str, str] = {}

    def header(self, column: Any) -> str:
        return {
            ComparisonColumn.METRIC: self.tr("Metric"),
            ComparisonColumn.CURRENT: self.tr("This period"),
            ComparisonColumn.PREVIOUS: self.tr("Previous period"),
            ComparisonColumn.CHANGE: self.tr("Change"),
            ComparisonColumn.PERCENT: self.tr("Change %"),
        }[column]

    def display(self, row: PeriodComparison, column: Any) -> str:
        if column == ComparisonColumn.METRIC:
            return name_of(self.names, row.metric)
        if column == ComparisonColumn.CURRENT:
            return value_text(row.current, row.unit)
        if column == ComparisonColumn.PREVIOUS:
            return value_text(row.previous, row.unit)
        change, percent = change_text(row)
        return change if column == ComparisonColumn.CHANGE else percent

    def sort_key(self, row: PeriodComparison, column: Any) -> Any:
        value = {
            ComparisonColumn.CURRENT: row.current,
            ComparisonColumn.PREVIOUS: row.previous,
            ComparisonColumn.CHANGE: row.change,
            ComparisonColumn.PERCENT: row.change_percent,
        }.get(column)
        if column == ComparisonColumn.METRIC:
            return self.display(row, column)
        return float("-inf") if value is None else float(value)

    def tooltip(self, row: PeriodComparison, column: Any) -> str | None:
        period = f"{row.period.start.isoformat()} – {row.period.end.isoformat()}"
        before = f"{row.previous_period.start.isoformat()} – {row.previous_period.end.isoformat()}"
        if column == ComparisonColumn.METRIC and row.metric in self.formulas:
            return self.formulas[row.metric]
        if column == ComparisonColumn.PREVIOUS:
            return before
        if column == ComparisonColumn.CURRENT:
            return period
        return None

    def foreground(self, row: PeriodComparison) -> Any:
        if row.improved is None:
            return None
        dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
        if dark:
            return BETTER_ON_DARK if row.improved else WORSE_ON_DARK
        return BETTER if row.improved else WORSE

    def alignment(self, column: Any) -> Qt.AlignmentFlag | None:
        return None if column == ComparisonColumn.METRIC else Qt.AlignmentFlag.AlignRight
