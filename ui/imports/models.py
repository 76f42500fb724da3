"""Table models of the import UI: the preview (problems highlighted) and the history."""

from __future__ import annotations

from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.imports.types import ImportRecord, Preview, PreviewRow
from ui.imports.labels import reason_text
from ui.row_model import RowTableModel

PROBLEM = QColor("#f8d7da")
ProblemRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def value_text(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return QLocale().toString(value, "g", 12)
    return str(value)


class PreviewModel(QAbstractTableModel):
    """The first rows as they will be stored: one column per mapped field, plus the row
    number; a cell (or, for a row-wide problem, the row number) with a problem is
    red, and its tooltip says why."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[PreviewRow, ...] = ()
        self._fields: list[tuple[str, str, str]] = []  # field, its label, column header

    def set_preview(self, preview: Preview, labels: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = preview.rows
        self._fields = [
            (field, labels.get(field, field), preview.info.header[index])
            for index, field in sorted(preview.mapping.items())
        ]
        self.endResetModel()

    @property
    def problem_rows(self) -> int:
        return sum(1 for r in self._rows if r.problems)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._fields) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Row")
        return self._fields[section - 1][1]

    def _problems(self, row: PreviewRow, column: int) -> list[str]:
        if column == 0:
            return [p.reason for p in row.problems if not p.column]
        header = self._fields[column - 1][2]
        return [p.reason for p in row.problems if p.column == header]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row.row)
            field = self._fields[column - 1][0]
            bad = [p for p in row.problems if p.column == self._fields[column - 1][2]]
            return bad[0].value if bad else value_text(row.values.get(field))
        problems = self._problems(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(PROBLEM)
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(reason_text(p) for p in problems)
        if role == ProblemRole:
            return bool(problems)
        return None


class HistoryColumn(IntEnum):
    WHEN = 0
    FILE = 1
    PRESET = 2
    WHO = 3
    ADDED = 4
    UPDATED = 5
    UNCHANGED = 6
    SKIPPED = 7
    STATE = 8


class HistoryModel(RowTableModel[ImportRecord]):
    columns = HistoryColumn

    def header(self, column: Any) -> str:
        return {
            HistoryColumn.WHEN: self.tr("When"),
            HistoryColumn.FILE: self.tr("File"),
            HistoryColumn.PRESET: self.tr("Preset"),
            HistoryColumn.WHO: self.tr("By"),
            HistoryColumn.ADDED: self.tr("Added"),
            HistoryColumn.UPDATED: self.tr("Updated"),
            HistoryColumn.UNCHANGED: self.tr("Unchanged"),
            HistoryColumn.SKIPPED: self.tr("Skipped"),
            HistoryColumn.STATE: self.tr("State"),
        }[column]

    def display(self, row: ImportRecord, column: Any) -> str:
        if column == HistoryColumn.WHEN:
            return row.imported_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if column == HistoryColumn.FILE:
            return row.file_name
        if column == HistoryColumn.PRESET:
            return row.preset or ""
        if column == HistoryColumn.WHO:
            return row.imported_by
        if column == HistoryColumn.STATE:
            return self.tr("Rolled back") if row.rolled_back_at else self.tr("In force")
        counts = {
            HistoryColumn.ADDED: row.added,
            HistoryColumn.UPDATED: row.updated,
            HistoryColumn.UNCHANGED: row.unchanged,
            HistoryColumn.SKIPPED: row.skipped,
        }
        return QLocale().toString(counts[column])

    def tooltip(self, row: ImportRecord, column: Any) -> str | None:
        size = QLocale().formattedDataSize(row.file_size)
        return f"{row.file_name} · {size} · SHA-256 {row.content_hash[:16]}…"

    def alignment(self, column: Any) -> Qt.AlignmentFlag | None:
        if HistoryColumn.ADDED <= column <= HistoryColumn.SKIPPED:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
