"""The month view on paper: A4 landscape, a seven-column table of days with each day's
posts (time, title, status), campaigns and key dates; print preview or PDF.

Built as HTML for the shared print path (ui/print_pages.py keeps a week's row whole on
one page); the page is turned to landscape here since the shared helpers print portrait.
"""

from __future__ import annotations

import html
from collections import defaultdict
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from ui.calendar.labels import status_label
from ui.calendar.reads import ViewData
from ui.formats import month_text
from ui.printing import html_page

if TYPE_CHECKING:
    pass

PER_DAY = 8  # posts listed in a day's cell before "+N more"


def month_html(data: ViewData, month: date, filter_note: str = "") -> str:
    """The document of one month (``data`` read for the six weeks shown on screen)."""
    by_day = defaultdict(list)
    for chip in data.chips:
        by_day[chip.day].append(chip)
    marks = defaultdict(list)
    for mark in data.marks:
        marks[mark.day].append(mark.name)
    head = "".join(
        f"<th>{html.escape(QLocale().dayName(i, QLocale.FormatType.ShortFormat))}</th>"
        for i in range(1, 8)
    )
    rows = []
    for week in range(6):
        cells = []
        for col in range(7):
            day = data.first + timedelta(days=week * 7 + col)
            colour = "#1d2329" if day.month == month.month else "#9aa5b1"
            parts = [f'<b style="color:{colour}">{day.day}</b>']
            if marks[day]:
                parts.append(
                    f' <span style="color:#c92a2a">{html.escape(" · ".join(marks[day]))}</span>'
                )
            bands = [b.name for b in data.bands if b.start <= day <= b.end]
            if bands:
                parts.append(f'<br/><span style="color:#7048e8">▬ {html.escape(bands[0])}</span>')
            chips = sorted(by_day[day], key=lambda c: (c.time is None, c.time or 0))
            for chip in chips[:PER_DAY]:
                clock = chip.time.strftime("%H:%M") if chip.time else ""
                late = "⚠ " if chip.late or chip.warnings else ""
                parts.append(
                    f"<br/>{late}{clock} {html.escape(chip.title)} "
                    f'<span class="muted">({html.escape(status_label(chip.status))})</span>'
                )
            if len(chips) > PER_DAY:
                more = QCoreApplication.translate("MonthPrint", "+%1 more").replace(
                    "%1", str(len(chips) - PER_DAY)
                )
                parts.append(f'<br/><span class="muted">{html.escape(more)}</span>')
            cells.append(f'<td width="14%" valign="top">{"".join(parts)}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    table = (
        '<table class="grid" border="1" cellspacing="0" cellpadding="3" width="100%" '
        f'style="font-size:7pt"><thead><tr>{head}</tr></thead>{"".join(rows)}</table>'
    )
    footer = QCoreApplication.translate("MonthPrint", "%1 posts").replace(
        "%1", str(len(data.chips))
    )
    if filter_note:
        footer += " · " + filter_note
    return html_page(
        QCoreApplication.translate("MonthPrint", "Content calendar, %1").replace(
            "%1", month_text(month.year, month.month)
        ),
        table,
        footer,
    )
