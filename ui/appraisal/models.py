"""Table models of a cycle's appraisals, training records and a member's history."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from app.appraisal.types import STATUSES, AppraisalInfo, HistoryPoint, TrainingInfo
from ui.appraisal.labels import skill_label, status_label, total_text
from ui.formats import date_text, list_text, number_text
from ui.row_model import RowTableModel
from ui.team.roles import roles_text


class AppraisalColumn(IntEnum):
    MEMBER = 0
    ROLES = 1
    TEMPLATE = 2
    STATUS = 3
    TOTAL = 4
    GRADE = 5


class AppraisalTableModel(RowTableModel[AppraisalInfo]):
    columns = AppraisalColumn

    def header(self, column: Any) -> str:
        return {
            AppraisalColumn.MEMBER: self.tr("Member"),
            AppraisalColumn.ROLES: self.tr("Roles"),
            AppraisalColumn.TEMPLATE: self.tr("Template"),
            AppraisalColumn.STATUS: self.tr("Status"),
            AppraisalColumn.TOTAL: self.tr("Weighted total"),
            AppraisalColumn.GRADE: self.tr("Grade"),
        }[column]

    def display(self, row: AppraisalInfo, column: Any) -> str:
        if column == AppraisalColumn.MEMBER:
            return row.member_name
        if column == AppraisalColumn.ROLES:
            return roles_text(row.member_roles)
        if column == AppraisalColumn.TEMPLATE:
            return row.template_name
        if column == AppraisalColumn.STATUS:
            return status_label(row.status)
        if column == AppraisalColumn.TOTAL:
            return total_text(row.total)
        return row.grade or "—"

    def sort_key(self, row: AppraisalInfo, column: Any) -> Any:
        if column == AppraisalColumn.STATUS:
            return STATUSES.index(row.status)
        if column == AppraisalColumn.TOTAL:
            return -1.0 if row.total is None else row.total
        return self.display(row, column)

    def alignment(self, column: Any) -> Qt.AlignmentFlag | None:
        if column == AppraisalColumn.TOTAL:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class TrainingColumn(IntEnum):
    DAY = 0
    MEMBER = 1
    COURSE = 2
    HOURS = 3
    SKILLS = 4
    TRAINER = 5


class TrainingTableModel(RowTableModel[TrainingInfo]):
    columns = TrainingColumn

    def header(self, column: Any) -> str:
        return {
            TrainingColumn.DAY: self.tr("Date"),
            TrainingColumn.MEMBER: self.tr("Member"),
            TrainingColumn.COURSE: self.tr("Course"),
            TrainingColumn.HOURS: self.tr("Hours"),
            TrainingColumn.SKILLS: self.tr("Skills"),
            TrainingColumn.TRAINER: self.tr("Trainer"),
        }[column]

    def display(self, row: TrainingInfo, column: Any) -> str:
        if column == TrainingColumn.DAY:
            return date_text(row.day)
        if column == TrainingColumn.MEMBER:
            return row.member_name
        if column == TrainingColumn.COURSE:
            return row.course
        if column == TrainingColumn.HOURS:
            return number_text(row.hours, 1)
        if column == TrainingColumn.SKILLS:
            return list_text(skill_label(s) for s in row.skills) if row.skills else "—"
        return row.trainer

    def sort_key(self, row: TrainingInfo, column: Any) -> Any:
        if column == TrainingColumn.DAY:
            return row.day.isoformat()
        if column == TrainingColumn.HOURS:
            return row.hours
        return self.display(row, column)

    def tooltip(self, row: TrainingInfo, column: Any) -> str | None:
        return row.notes or None

    def alignment(self, column: Any) -> Qt.AlignmentFlag | None:
        if column == TrainingColumn.HOURS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class HistoryColumn(IntEnum):
    CYCLE = 0
    END = 1
    STATUS = 2
    TOTAL = 3
    GRADE = 4


class HistoryTableModel(RowTableModel[HistoryPoint]):
    columns = HistoryColumn

    def header(self, column: Any) -> str:
        return {
            HistoryColumn.CYCLE: self.tr("Cycle"),
            HistoryColumn.END: self.tr("Period end"),
            HistoryColumn.STATUS: self.tr("Status"),
            HistoryColumn.TOTAL: self.tr("Weighted total"),
            HistoryColumn.GRADE: self.tr("Grade"),
        }[column]

    def display(self, row: HistoryPoint, column: Any) -> str:
        if column == HistoryColumn.CYCLE:
            return row.cycle_name
        if column == HistoryColumn.END:
            return date_text(row.end)
        if column == HistoryColumn.STATUS:
            return status_label(row.status)
        if column == HistoryColumn.TOTAL:
            return total_text(row.total)
        return row.grade or "—"

    def sort_key(self, row: HistoryPoint, column: Any) -> Any:
        if column == HistoryColumn.END:
            return row.end.isoformat()
        if column == HistoryColumn.TOTAL:
            return -1.0 if row.total is None else row.total
        return self.display(row, column)
