"""The month view: six weeks from the Monday on or before the 1st, the month's own days
bright, one line per chip with its time and title."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from ui.calendar.day_grid import DayGrid


def month_start(day: date) -> date:
    """The Monday the month view of ``day``'s month starts on."""
    first = day.replace(day=1)
    return first - timedelta(days=first.weekday())


class MonthView(DayGrid):
    weeks = 6
    band_lanes = 2
    chip_lines = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarMonth")

    def show_month(self, day: date) -> None:
        self.set_range(month_start(day), day.month)
