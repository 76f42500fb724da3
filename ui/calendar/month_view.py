"""The month view: six weeks from the Monday on or before the 1st, the month's own days
bright, one line per chip with its time and title."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from ui.calendar.day_grid import DayGrid


def month_start(day: date) -> date:
    """The Monday the month view of ``day``'s month starts on."""
    first = day.replace(day=1)
    return first - timedelta(days=first.weekday())


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day where it is shorter), so
    that stepping forward and back returns to the week the user was in."""
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class MonthView(DayGrid):
    weeks = 6
    band_lanes = 2
    chip_lines = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarMonth")

    def show_month(self, day: date) -> None:
        self.set_range(month_start(day), day.month)
