"""Table of a plan's measurable objectives."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from app.strategy.types import ObjectiveInfo
from ui.formats import platform_text
from ui.row_model import RowTableModel
from ui.strategy.labels import (
    metric_label,
    number_text,
    period_label,
    scope_label,
    unit_label,
)


class ObjectiveColumn(IntEnum):
    KPI = 0
    SCOPE = 1
    TARGET = 2
    UNIT = 3
    PERIOD = 4
    NOTES = 5


def scope_text(o: ObjectiveInfo) -> str:
    """ "All accounts", or what the scope names ("Douyin", "Weibo · @brand")."""
    if o.scope == "all":
        return scope_label("all")
    if o.scope_missing:
        removed = QCoreApplication.translate("ObjectiveTableModel", "%1 (removed)")
        return removed.replace("%1", scope_label(o.scope))
    return platform_text(o.scope_name_en, o.scope_name_zh) or scope_label(o.scope)


class ObjectiveTableModel(RowTableModel[ObjectiveInfo]):
    columns = ObjectiveColumn

    def header(self, column: Any) -> str:
        return {
            ObjectiveColumn.KPI: self.tr("KPI"),
            ObjectiveColumn.SCOPE: self.tr("Scope"),
            ObjectiveColumn.TARGET: self.tr("Target"),
            ObjectiveColumn.UNIT: self.tr("Unit"),
            ObjectiveColumn.PERIOD: self.tr("Period"),
            ObjectiveColumn.NOTES: self.tr("Notes"),
        }[column]

    def display(self, row: ObjectiveInfo, column: Any) -> str:
        if column == ObjectiveColumn.KPI:
            return metric_label(row.metric, row.custom_name)
        if column == ObjectiveColumn.SCOPE:
            return scope_text(row)
        if column == ObjectiveColumn.TARGET:
            return number_text(row.target_value)
        if column == ObjectiveColumn.UNIT:
            return unit_label(row.unit)
        if column == ObjectiveColumn.PERIOD:
            return period_label(row.start_date, row.end_date)
        return row.notes.replace("\n", " ")

    def sort_key(self, row: ObjectiveInfo, column: Any) -> Any:
        if column == ObjectiveColumn.TARGET:
            return row.target_value
        if column == ObjectiveColumn.PERIOD:
            return row.start_date.isoformat()
        return self.display(row, column)

    def tooltip(self, row: ObjectiveInfo, column: Any) -> str | None:
        return row.notes or None

    def alignment(self, column: Any) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == ObjectiveColumn.TARGET else None
