"""Tables of competitors, their observed metrics, and research notes."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from app.accounts.types import PlatformInfo
from app.strategy.research_types import CompetitorInfo, ObservationInfo, ResearchNoteInfo
from ui.formats import list_text, platform_text
from ui.row_model import RowTableModel
from ui.strategy.labels import date_text, metric_label, number_text


class CompetitorColumn(IntEnum):
    NAME = 0
    PLATFORMS = 1
    ACCOUNTS = 2
    NOTES = 3


class CompetitorTableModel(RowTableModel[CompetitorInfo]):
    columns = CompetitorColumn

    def header(self, column: Any) -> str:
        return {
            CompetitorColumn.NAME: self.tr("Competitor"),
            CompetitorColumn.PLATFORMS: self.tr("Platforms"),
            CompetitorColumn.ACCOUNTS: self.tr("Accounts"),
            CompetitorColumn.NOTES: self.tr("Notes"),
        }[column]

    def display(self, row: CompetitorInfo, column: Any) -> str:
        if column == CompetitorColumn.NAME:
            return row.name
        if column == CompetitorColumn.PLATFORMS:
            return row.platforms
        if column == CompetitorColumn.ACCOUNTS:
            return row.accounts
        return row.notes.replace("\n", " ")

    def tooltip(self, row: CompetitorInfo, column: Any) -> str | None:
        return row.notes or None


class ObservationColumn(IntEnum):
    DATE = 0
    METRIC = 1
    VALUE = 2
    PLATFORM = 3


class ObservationTableModel(RowTableModel[ObservationInfo]):
    """``set_observations`` takes the platforms by uuid (the infos carry only codes);
    their names are shown in the interface language of the moment."""

    columns = ObservationColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._platforms: dict[str, PlatformInfo] = {}

    def set_observations(
        self, rows: list[ObservationInfo], platforms: dict[str, PlatformInfo]
    ) -> None:
        self._platforms = dict(platforms)
        self.set_rows(rows)

    def header(self, column: Any) -> str:
        return {
            ObservationColumn.DATE: self.tr("Date"),
            ObservationColumn.METRIC: self.tr("Metric"),
            ObservationColumn.VALUE: self.tr("Value"),
            ObservationColumn.PLATFORM: self.tr("Platform"),
        }[column]

    def display(self, row: ObservationInfo, column: Any) -> str:
        if column == ObservationColumn.DATE:
            return date_text(row.observed_on)
        if column == ObservationColumn.METRIC:
            return metric_label(row.metric)
        if column == ObservationColumn.VALUE:
            return number_text(row.value)
        if row.platform_uuid is None:
            return "—"
        platform = self._platforms.get(row.platform_uuid)
        return platform_text(platform.name_en, platform.name_zh) if platform else row.platform_code

    def sort_key(self, row: ObservationInfo, column: Any) -> Any:
        if column == ObservationColumn.DATE:
            return row.observed_on.isoformat()
        if column == ObservationColumn.VALUE:
            return row.value
        return self.display(row, column)

    def alignment(self, column: Any) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == ObservationColumn.VALUE else None


class NoteColumn(IntEnum):
    DATE = 0
    TITLE = 1
    TAGS = 2


class NoteTableModel(RowTableModel[ResearchNoteInfo]):
    columns = NoteColumn

    def header(self, column: Any) -> str:
        return {
            NoteColumn.DATE: self.tr("Date"),
            NoteColumn.TITLE: self.tr("Research note"),
            NoteColumn.TAGS: self.tr("Tags"),
        }[column]

    def display(self, row: ResearchNoteInfo, column: Any) -> str:
        if column == NoteColumn.DATE:
            return date_text(row.noted_on)
        if column == NoteColumn.TITLE:
            return row.title
        return list_text(row.tags)

    def sort_key(self, row: ResearchNoteInfo, column: Any) -> Any:
        if column == NoteColumn.DATE:
            return row.noted_on.isoformat()
        return self.display(row, column)

    def tooltip(self, row: ResearchNoteInfo, column: Any) -> str | None:
        return row.body or None
