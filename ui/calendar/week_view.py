"""The week view: Monday to Sunday, tall days, two lines a chip (time and account, then
the title), more campaign lanes than the month."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from ui.calendar.day_grid import DayGrid
from ui.calendar.items import Chip


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


class WeekView(DayGrid):
    weeks = 1
    band_lanes = 4
    chip_lines = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarWeek")

    def show_week(self, day: date) -> None:
        self.set_range(week_start(day))

    def weekday_text(self, column: int) -> str:
        day = self.first + timedelta(days=column)
        name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
        return f"{name} {day.month}/{day.day}"

    def day_text(self, day: date) -> str:
        return str(day.day)

    def chip_text(self, chip: Chip) -> list[str]:
        clock = chip.time.strftime("%H:%M") if chip.time else "—"
        return [f"{clock}  {chip.account}", chip.title]
