"""A grid of days (weeks × 7) painting post chips, campaign bands and key dates, with
drag and drop and keyboard moves. The month view is six weeks of it, the week view one.

Painted rather than built of child widgets: a month of the large demo (~1,700 posts)
lays out and paints in a few milliseconds, and hit testing is a list of rectangles.
Keys: arrows move between days (Up/Down walk a day's chips first), Alt+Left/Right move
the selected post a day, Alt+Up/Down a week, Enter opens it (or a new post on the day).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import QApplication, QMenu, QToolTip

from ui.calendar.grid_base import GridBase, Hit
from ui.calendar.items import CHIP_MIME, Chip, chip_mime_text, parse_chip_mime


class DayGrid(GridBase):
    # Mouse --------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        hit = self.hit_at(pos)
        day = self.day_at(pos)
        if day is not None:
            self.current_day = day
        if hit is not None and hit.kind == "chip" and hit.chip is not None:
            self.select(hit.chip)
            if event.button() == Qt.MouseButton.LeftButton:
                self._press = (pos, hit.chip)
        elif hit is not None and hit.kind == "more":
            self.show_more(hit.day, pos)
        else:
            self.select(None)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not self.editable:
            return
        start, chip = self._press
        if (
            event.position().toPoint() - start
        ).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        mime = QMimeData()
        mime.setData(CHIP_MIME, chip_mime_text(chip).encode("utf-8"))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        hit = self.hit_at(pos)
        if hit is not None and hit.chip is not None:
            self.chip_opened.emit(hit.chip)
        elif hit is not None and hit.band is not None:
            self.band_opened.emit(hit.band)
        elif (day := self.day_at(pos)) is not None and self.editable:
            self.day_opened.emit(day)

    def show_more(self, day: date, pos: QPoint) -> None:
        self.more_menu(day).popup(self.mapToGlobal(pos))

    def more_menu(self, day: date) -> QMenu:
        """The posts behind "+N more", as a menu: choosing one opens it."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for chip in self.hidden.get(day, []):
            action = menu.addAction(" ".join(self.chip_text(chip)))
            action.triggered.connect(lambda _=False, c=chip: self.open_chip(c))
        return menu

    def open_chip(self, chip: Chip) -> None:
        self.select(chip)
        self.chip_opened.emit(chip)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.hit_at(event.pos())
            tip = self.tooltip(hit) if hit is not None else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip(self, hit: Hit) -> str:
        if hit.chip is not None:
            return "\n".join([hit.chip.title, hit.chip.account, *hit.chip.warnings])
        if hit.band is not None:
            return f"{hit.band.name}\n{hit.band.start.isoformat()} – {hit.band.end.isoformat()}"
        return ""

    # Drag and drop ------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.editable and event.mimeData().hasFormat(CHIP_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if not self.editable or day is None or not event.mimeData().hasFormat(CHIP_MIME):
            event.ignore()
            return
        if day != self.drop_day:
            self.drop_day = day
            self.update()
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QEvent) -> None:
        self.drop_day = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_day = None
        day = self.day_at(event.position().toPoint())
        if day is not None and self.drop(event.mimeData(), day):
            event.acceptProposedAction()
        else:
            event.ignore()
        self.update()

    def drop(self, mime: QMimeData, day: date) -> bool:
        """A chip dropped on ``day``: emits ``chip_moved`` (True) when it moved."""
        if not self.editable or not mime.hasFormat(CHIP_MIME):
            return False
        parsed = parse_chip_mime(bytes(mime.data(CHIP_MIME).data()).decode("utf-8"))
        if parsed is None:
            return False
        _post, key, was = parsed
        chip = next((c for c in self.by_day.get(was, []) if c.key == key), None)
        if chip is None or day == was:
            return False
        self.chip_moved.emit(chip, day)
        return True

    # Keyboard -----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        steps = {
            Qt.Key.Key_Left.value: -1,
            Qt.Key.Key_Right.value: 1,
            Qt.Key.Key_Up.value: -7,
            Qt.Key.Key_Down.value: 7,
        }
        chip = self.selected_chip()
        if key in steps and mods & Qt.KeyboardModifier.AltModifier:
            if chip is not None and self.editable:
                self.chip_moved.emit(chip, chip.day + timedelta(days=steps[key]))
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._walk_day(key == Qt.Key.Key_Down):
            return
        if key in steps:
            day = self.current_day + timedelta(days=steps[key])
            self.current_day = day
            if not self.first <= day <= self.last:
                self.navigate.emit(day)  # the tab shows the next month or week
            chips = self.by_day.get(day, [])
            self.select(chips[0] if chips else None)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if chip is not None:
                self.chip_opened.emit(chip)
            elif self.editable:
                self.day_opened.emit(self.current_day)
            return
        super().keyPressEvent(event)

    def _walk_day(self, down: bool) -> bool:
        """Up/Down through the chips of the current day; False at its first or last."""
        chips = self.by_day.get(self.current_day, [])
        keys = [c.key for c in chips]
        if self.selected_key not in keys:
            return False
        i = keys.index(self.selected_key) + (1 if down else -1)
        if not 0 <= i < len(chips):
            return False
        self.select(chips[i])
        return True
