"""What painting the day grid's chips shares within one paint: their pens, colours and
font metrics made once, not once a chip (a month paints ~170 chips, and each Qt object
made from Python costs microseconds); and colours mixed ahead of painting."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen

from ui.calendar.items import Chip, chip_colour


class ChipGrid(Protocol):
    """The day grid, as its chips' painting sees it."""

    colour_by: str
    selected_key: str | None
    chip_lines: int

    def chip_text(self, chip: Chip) -> list[str]: ...


def mix(colour: QColor, alpha: int, under: QColor) -> QColor:
    """``colour`` at ``alpha`` (0–255) painted over the opaque ``under``."""
    a = alpha / 255
    return QColor(
        round(colour.red() * a + under.red() * (1 - a)),
        round(colour.green() * a + under.green() * (1 - a)),
        round(colour.blue() * a + under.blue() * (1 - a)),
    )


class ChipPaint:
    """Paints chips with the pens, colours and font metrics of one paint."""

    def __init__(self, grid: ChipGrid, p: QPainter, palette: QPalette) -> None:
        self.grid, self.p = grid, p
        self.text = palette.color(QPalette.ColorRole.Text)
        self.selected = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
        warn = QColor("#c92a2a")
        self.late = QPen(warn, 1, Qt.PenStyle.SolidLine)
        self.warned = QPen(warn, 1, Qt.PenStyle.DashLine)
        self.metrics = p.fontMetrics()
        self.line_height, self.ascent = self.metrics.height(), self.metrics.ascent()
        self.colours: dict[tuple[str, bool], tuple[QColor, QColor]] = {}

    def _colours(self, chip: Chip) -> tuple[QColor, QColor]:
        faded = chip.status in ("cancelled", "published")
        by = self.grid.colour_by
        key = (chip.status if by == "status" else chip.platform, faded)
        found = self.colours.get(key)
        if found is None:
            colour = chip_colour(chip, by)
            fill = QColor(colour)
            fill.setAlpha(22 if faded else 40)
            found = self.colours[key] = (colour, fill)
        return found

    def paint(self, chip: Chip, rect: QRect) -> None:
        p = self.p
        colour, fill = self._colours(chip)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(rect, 3, 3)
        p.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), colour)
        if chip.late or chip.warnings:
            p.setPen(self.late if chip.late else self.warned)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 3, 3)
        if chip.key == self.grid.selected_key:
            p.setPen(self.selected)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        p.setPen(self.text)
        lines = self.grid.chip_text(chip)
        if chip.warnings or chip.late:
            lines[0] = "⚠ " + lines[0]
        # At a baseline rather than in a rectangle: the same pixels, without a text layout.
        height, width = self.line_height, rect.width() - 8
        left, baseline = rect.left() + 6, rect.top() + 2 + self.ascent
        elided = self.metrics.elidedText
        for i, text in enumerate(lines[: self.grid.chip_lines]):
            p.drawText(
                left, baseline + i * height, elided(text, Qt.TextElideMode.ElideRight, width)
            )
