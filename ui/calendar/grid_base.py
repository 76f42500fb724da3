"""The part of the day grid that lays out and paints: days (weeks × 7), post chips with
"+N more", campaign bands in lanes, key dates, the selection. Painted rather than built
of child widgets: a month of the large demo (~1,700 posts) lays out and paints in a
few milliseconds, and hit testing is a list of rectangles. ``DayGrid`` adds the mouse,
drag and drop and the keyboard."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from ui.calendar.grid_paint import ChipPaint, mix
from ui.calendar.items import Band, Chip, KeyMark, band_colour

PAD = 3


@dataclass(frozen=True)
class Hit:
    rect: QRect
    kind: str  # "chip", "more", "band"
    day: date
    chip: Chip | None = None
    band: Band | None = None


class GridBase(QWidget):
    chip_selected = Signal(object)  # the Chip selected, or None
    chip_opened = Signal(object)  # a Chip double-clicked or Enter
    day_opened = Signal(object)  # a date double-clicked where there is no chip
    chip_moved = Signal(object, object)  # (Chip, new date): dropped or Alt+arrow
    band_opened = Signal(object)  # a Band double-clicked
    navigate = Signal(object)  # the keyboard went to a date outside the grid

    weeks = 6
    band_lanes = 2
    chip_lines = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMouseTracking(False)
        self.first = date.today() - timedelta(days=date.today().weekday())
        self.focus_month: int | None = None
        self.today = date.today()
        self.colour_by = "platform"
        self.editable = True
        self.current_day = self.today
        self.selected_key: str | None = None
        self.by_day: dict[date, list[Chip]] = {}
        self.bands: list[Band] = []
        self.marks: dict[date, list[KeyMark]] = {}
        self.hits: list[Hit] = []
        self.hidden: dict[date, list[Chip]] = {}  # behind each "+N more"
        self._press: tuple[QPoint, Chip] | None = None
        self.drop_day: date | None = None

    # Contents -----------------------------------------------------------------------
    def set_range(self, first: date, focus_month: int | None = None) -> None:
        """Show ``weeks`` weeks from ``first`` (a Monday); days outside ``focus_month``
        are dimmed."""
        self.first, self.focus_month = first, focus_month
        if not self.first <= self.current_day <= self.last:
            self.current_day = first if focus_month is None else first + timedelta(days=7)
            if focus_month is not None:
                self.current_day = self.current_day.replace(day=1)
                if self.current_day.month != focus_month:
                    self.current_day = first
        self._relayout()

    @property
    def last(self) -> date:
        return self.first + timedelta(days=7 * self.weeks - 1)

    def set_items(
        self, chips: Sequence[Chip], bands: Sequence[Band] = (), marks: Sequence[KeyMark] = ()
    ) -> None:
        by_day: dict[date, list[Chip]] = defaultdict(list)
        for chip in chips:
            by_day[chip.day].append(chip)
        for day_chips in by_day.values():
            day_chips.sort(key=lambda c: (c.time is None, c.time or 0, c.title))
        self.by_day = dict(by_day)
        self.bands = sorted(bands, key=lambda b: (b.start, b.end, b.name))
        by_mark: dict[date, list[KeyMark]] = defaultdict(list)
        for mark in marks:
            by_mark[mark.day].append(mark)
        self.marks = dict(by_mark)
        if self.selected_key is not None and self.selected_chip() is None:
            self.selected_key = None
        self._relayout()

    def chips(self) -> list[Chip]:
        return [c for day in sorted(self.by_day) for c in self.by_day[day]]

    def selected_chip(self) -> Chip | None:
        for chips in self.by_day.values():
            for chip in chips:
                if chip.key == self.selected_key:
                    return chip
        return None

    def select(self, chip: Chip | None) -> None:
        self.selected_key = chip.key if chip else None
        if chip is not None:
            self.current_day = chip.day
        self.update()
        self.chip_selected.emit(chip)

    def set_colour_by(self, by: str) -> None:
        self.colour_by = by
        self.update()

    # Geometry -----------------------------------------------------------------------
    def header_height(self) -> int:
        return self.fontMetrics().height() + 8

    def cell_rect(self, day: date) -> QRect:
        index = (day - self.first).days
        row, col = divmod(index, 7)
        top = self.header_height()
        width, height = self.width() / 7, (self.height() - top) / self.weeks
        x0, x1 = round(col * width), round((col + 1) * width)
        y0, y1 = round(top + row * height), round(top + (row + 1) * height)
        return QRect(x0, y0, x1 - x0, y1 - y0)

    def day_at(self, pos: QPoint) -> date | None:
        top = self.header_height()
        if pos.y() < top or self.width() <= 0:
            return None
        col = min(6, max(0, int(pos.x() * 7 / self.width())))
        row = int((pos.y() - top) * self.weeks / max(1, self.height() - top))
        if not 0 <= row < self.weeks:
            return None
        return self.first + timedelta(days=row * 7 + col)

    def small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        return font

    def chip_height(self) -> int:
        return self.chip_lines * QFontMetrics(self.small_font()).height() + 4

    def _lanes(self) -> list[tuple[int, Band]]:
        """Each band in the range with the lane it runs in (greedy, by start)."""
        ends: list[date] = []
        out: list[tuple[int, Band]] = []
        for band in self.bands:
            if band.end < self.first or band.start > self.last:
                continue
            lane = next((i for i, end in enumerate(ends) if end < band.start), len(ends))
            if lane == len(ends):
                ends.append(band.end)
            else:
                ends[lane] = band.end
            out.append((lane, band))
        return out

    def _relayout(self) -> None:
        """Where every chip, band and "+N more" goes (for painting and hit tests)."""
        hits: list[Hit] = []
        self.hidden = {}
        line = QFontMetrics(self.small_font()).height() + 2
        lanes = [(lane, b) for lane, b in self._lanes() if lane < self.band_lanes]
        used = max((lane + 1 for lane, _ in lanes), default=0)
        for week in range(self.weeks):
            monday = self.first + timedelta(days=7 * week)
            for lane, band in lanes:
                start, end = max(band.start, monday), min(band.end, monday + timedelta(days=6))
                if start > end:
                    continue
                left, right = self.cell_rect(start), self.cell_rect(end)
                y = left.top() + line + 2 + lane * line
                rect = QRect(left.left() + 1, y, right.right() - left.left() - 1, line - 1)
                hits.append(Hit(rect, "band", start, band=band))
        chip_h = self.chip_height()
        for offset in range(7 * self.weeks):
            day = self.first + timedelta(days=offset)
            cell = self.cell_rect(day)
            top = cell.top() + line + 2 + used * line + 1
            room = max(0, (cell.bottom() - PAD - top) // (chip_h + 1))
            chips = self.by_day.get(day, [])
            shown = chips if len(chips) <= room else chips[: max(0, room - 1)]
            for i, chip in enumerate(shown):
                rect = QRect(
                    cell.left() + PAD, top + i * (chip_h + 1), cell.width() - 2 * PAD, chip_h
                )
                hits.append(Hit(rect, "chip", day, chip=chip))
            if len(shown) < len(chips):
                self.hidden[day] = chips[len(shown) :]
                y = top + len(shown) * (chip_h + 1)
                hits.append(
                    Hit(QRect(cell.left() + PAD, y, cell.width() - 2 * PAD, line), "more", day)
                )
        self.hits = hits
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def sizeHint(self) -> QSize:
        return QSize(840, 640)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, 120 + 40 * self.weeks)

    def hit_at(self, pos: QPoint) -> Hit | None:
        return next((h for h in reversed(self.hits) if h.rect.contains(pos)), None)

    def chip_rect(self, key: str) -> QRect | None:
        return next((h.rect for h in self.hits if h.chip is not None and h.chip.key == key), None)

    # Painting -----------------------------------------------------------------------
    def weekday_text(self, column: int) -> str:
        day = self.first + timedelta(days=column)
        return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)

    def day_text(self, day: date) -> str:
        return str(day.day)

    def chip_text(self, chip: Chip) -> list[str]:
        clock = chip.time.strftime("%H:%M ") if chip.time else ""
        return [clock + chip.title]

    def more_text(self, count: int) -> str:
        # One context for the month and the week view (tr() would take the subclass's).
        return QCoreApplication.translate("DayGrid", "+%1 more").replace("%1", str(count))

    def paintEvent(self, event: QPaintEvent) -> None:
        # What every day and chip shares is made once a paint, not once a chip: a month
        # paints ~170 chips, and each Qt object made from Python costs microseconds.
        p = QPainter(self)
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        p.fillRect(self.rect(), base)
        header = self.header_height()
        p.setPen(muted)
        for col in range(7):
            rect = QRect(self.cell_rect(self.first + timedelta(days=col)))
            rect.setTop(0)
            rect.setHeight(header)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.weekday_text(col))
        small = self.small_font()
        line = QFontMetrics(small).height() + 2
        shade = QColor(text)
        shade.setAlpha(12)
        # The grid's lines, a translucent text colour, mixed here with what lies under
        # them: opaque lines draw several times faster than translucent ones.
        inside, outside_fill = mix(text, 45, base), mix(text, 12, base)
        outside_line = mix(text, 45, outside_fill)
        fonts = (QFont(self.font()), QFont(self.font()))
        fonts[1].setBold(True)
        for offset in range(7 * self.weeks):
            day = self.first + timedelta(days=offset)
            cell = self.cell_rect(day)
            outside = self.focus_month is not None and day.month != self.focus_month
            if outside:
                p.fillRect(cell, shade)
            if day == self.drop_day:
                p.fillRect(cell, palette.color(QPalette.ColorRole.Highlight).lighter(170))
            p.setPen(outside_line if outside else inside)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(cell.adjusted(0, 0, -1, -1))
            heading = (day, cell, line, outside, text, muted)
            self._paint_day_heading(p, *heading, fonts[day == self.today], small, palette)
        p.setFont(small)
        chips = ChipPaint(self, p, palette)
        for hit in self.hits:
            if hit.kind == "band" and hit.band is not None:
                p.fillRect(hit.rect, band_colour(hit.band.uuid))
                p.setPen(QColor("#343a40"))
                label = p.fontMetrics().elidedText(
                    hit.band.name, Qt.TextElideMode.ElideRight, hit.rect.width() - 6
                )
                p.drawText(hit.rect.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, label)
            elif hit.kind == "chip" and hit.chip is not None:
                chips.paint(hit.chip, hit.rect)
            elif hit.kind == "more":
                p.setPen(palette.color(QPalette.ColorRole.Link))
                count = len(self.hidden.get(hit.day, []))
                p.drawText(hit.rect, Qt.AlignmentFlag.AlignVCenter, self.more_text(count))
        if self.hasFocus() and self.first <= self.current_day <= self.last:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(self.cell_rect(self.current_day).adjusted(1, 1, -2, -2))
        p.end()

    def _paint_day_heading(
        self,
        p: QPainter,
        day: date,
        cell: QRect,
        line: int,
        outside: bool,
        text: QColor,
        muted: QColor,
        font: QFont,
        small: QFont,
        palette: QPalette,
    ) -> None:
        head = QRect(cell.left() + PAD, cell.top() + 1, cell.width() - 2 * PAD, line)
        p.setFont(font)
        number = self.day_text(day)
        if day == self.today:
            width = p.fontMetrics().horizontalAdvance(number) + 8
            p.setBrush(palette.color(QPalette.ColorRole.Highlight))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(QRect(head.left() - 2, head.top(), width, head.height()), 4, 4)
            p.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        else:
            p.setPen(muted if outside else text)
        p.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number)
        marks = self.marks.get(day)
        if marks:
            p.setFont(small)
            holiday = any(m.holiday for m in marks)
            p.setPen(QColor("#c92a2a" if holiday else "#d9480f"))
            room = head.width() - p.fontMetrics().horizontalAdvance(number) - 20
            label = p.fontMetrics().elidedText(
                " · ".join(m.name for m in marks), Qt.TextElideMode.ElideRight, max(0, room)
            )
            p.drawText(head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
