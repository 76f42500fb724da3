"""The New plan dialog: a title and a period, prefilled with the next standard period."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from app.strategy.periods import MONTHS_PER_LEVEL, Period, shift_period, standard_period
from app.strategy.types import PlanDraft, PlanInfo
from ui.strategy.labels import level_label, period_label
from ui.widgets.form_dialog import FormDialog
from ui.widgets.inputs import date_edit, date_value, qdate


def suggest_period(
    level: str, parent: PlanInfo | None, siblings: list[PlanInfo], today: date
) -> Period:
    """The first standard period of ``level`` from today's (or the parent's first) on
    that fits the parent and no sibling of that level has yet."""
    outer = parent.period if parent else None
    period = standard_period(level, today)
    if outer is not None and not outer.contains(period):
        period = standard_period(level, outer.start)
    taken = {s.period for s in siblings if s.level == level}
    first = period
    for _ in range(24):
        if period not in taken and (outer is None or outer.contains(period)):
            return period
        period = shift_period(period, MONTHS_PER_LEVEL[level])
        if outer is not None and period.start > outer.end:
            break
    return first


def default_title(period: Period) -> str:
    text = QCoreApplication.translate("NewPlanDialog", "%1 social media plan")
    return text.replace("%1", period_label(period.start, period.end))


class NewPlanDialog(FormDialog[PlanDraft, PlanInfo]):
    def __init__(
        self,
        save: Callable[[PlanDraft], PlanInfo],
        level: str,
        period: Period,
        parent_plan: PlanInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.level = level
        self.parent_plan = parent_plan
        titles = {
            "year": self.tr("New year plan"),
            "quarter": self.tr("New quarter plan"),
            "month": self.tr("New month plan"),
        }
        self.setWindowTitle(titles.get(level, level_label(level)))
        self.title = QLineEdit(default_title(period), self)
        self.title.selectAll()
        self.start = date_edit(self)
        self.end = date_edit(self)
        self.start.setDate(qdate(period.start))
        self.end.setDate(qdate(period.end))
        dates = QHBoxLayout()
        dates.addWidget(self.start, 1)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.end, 1)
        under = QLabel(
            parent_plan.title if parent_plan else self.tr("(top level: no plan above it)"), self
        )
        under.setWordWrap(True)
        self.form.addRow(self.tr("&Title"), self.title)
        self.add_row(self.tr("&Period"), dates, self.start)
        self.form.addRow(self.tr("Under"), under)
        self.field_widgets = {"title": self.title, "start_date": self.start, "end_date": self.end}
        self.resize(480, self.sizeHint().height())

    def draft(self) -> PlanDraft:
        return PlanDraft(
            title=self.title.text(),
            level=self.level,
            start_date=date_value(self.start),
            end_date=date_value(self.end),
            parent_uuid=self.parent_plan.uuid if self.parent_plan else None,
        )
