"""Printing rich text page by page, with no table row split between two pages.

QTextDocument.print_ breaks a table cell's lines across pages wherever the page ends,
so one row can start at the foot of a page and end at the top of the next, and Qt's
rich text has no page-break-inside. print_html lays the pages out as print_ does (2 cm
margins, the page number at the foot), looks for a row that straddles a page break,
and if there is one, ends the table there and continues it, header repeated, on a new
page (a table whose first row would straddle starts on a new page, with its heading);
then lays out again, until no row straddles. Each pass is one layout (~50 ms a page).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPainter,
    QPalette,
    QTextDocument,
    QTextFrame,
    QTextTable,
)

PRINT_MARGIN_CM = 2.0
MOST_BREAKS = 200  # a guard: each pass settles one row for good
NEW_PAGE = "page-break-before: always"
_TABLE = re.compile(r"<table\b[^>]*>")
_ROW = re.compile(r"<tr\b")
_HEAD = re.compile(r"<thead>.*?</thead>", re.DOTALL)
# A heading this close before a table goes to the new page with it.
HEADING_REACH = 400


def print_html(html: str, device: QPagedPaintDevice, make: Callable[[str], QTextDocument]) -> None:
    """Print ``html`` (made into a document by ``make``) on ``device``."""

    def laid_out(text: str) -> tuple[QTextDocument, float]:
        doc = make(text)
        return doc, _lay_out_pages(doc, device)

    doc, margin = lay_out(html, device, laid_out)
    _paint_pages(doc, device, margin)


def lay_out(
    html: str,
    device: QPagedPaintDevice,
    laid_out: Callable[[str], tuple[QTextDocument, float]],
) -> tuple[QTextDocument, float]:
    """``laid_out(html)`` (a document laid out in ``device``'s pages, and its foot margin
    in device pixels) again and again, each straddling row broken onto a new page, until
    no row straddles: the document to paint, and its margin."""
    doc, margin = laid_out(html)
    for _ in range(MOST_BREAKS):
        found = _first_straddling_row(doc, device.height(), margin)
        if found is None:
            break
        broken = _break_table(html, *found)
        if broken == html:
            break  # nothing more can be done about it
        html = broken
        doc, margin = laid_out(html)
    return doc, margin


def _lay_out_pages(doc: QTextDocument, device: QPagedPaintDevice) -> float:
    """Lay ``doc`` out in pages of ``device``; returns the foot margin in device pixels."""
    doc.documentLayout().setPaintDevice(device)
    frame = doc.rootFrame().frameFormat()
    dpi_x, dpi_y = format_dpi()
    frame.setLeftMargin(int(PRINT_MARGIN_CM / 2.54 * dpi_x))
    frame.setRightMargin(int(PRINT_MARGIN_CM / 2.54 * dpi_x))
    frame.setTopMargin(int(PRINT_MARGIN_CM / 2.54 * dpi_y))
    frame.setBottomMargin(int(PRINT_MARGIN_CM / 2.54 * dpi_y))
    doc.rootFrame().setFrameFormat(frame)
    doc.setPageSize(QSizeF(device.width(), device.height()))
    return frame.bottomMargin() * device.logicalDpiY() / dpi_y


def format_dpi() -> tuple[float, float]:
    """Lengths in a document's formats are in screen pixels; the layout scales them."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return 96.0, 96.0
    return screen.logicalDotsPerInchX(), screen.logicalDotsPerInchY()


def _paint_pages(doc: QTextDocument, device: QPagedPaintDevice, margin: float) -> None:
    """Each page of the laid-out ``doc``, its number at the foot on the right."""
    page = doc.pageSize()
    painter = QPainter(device)
    font = QFont(doc.defaultFont())
    ascent = QFontMetricsF(font, device).ascent()
    number_y = page.height() - margin + ascent + device.logicalDpiY() * 5 / 72
    number_right = page.width() - doc.rootFrame().frameFormat().rightMargin() * (
        device.logicalDpiX() / format_dpi()[0]
    )
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    for index in range(doc.pageCount()):
        if index:
            device.newPage()
        view = QRectF(0, index * page.height(), page.width(), page.height())
        painter.save()
        painter.translate(0, -view.top())
        painter.setClipRect(view)
        context.clip = view
        doc.documentLayout().draw(painter, context)
        painter.setClipping(False)
        painter.setFont(font)
        number = str(index + 1)
        width = painter.fontMetrics().horizontalAdvance(number)
        painter.drawText(QPointF(number_right - width, number_y + view.top()), number)
        painter.restore()
    painter.end()


# Finding a straddling row ------------------------------------------------------------
def _tables(frame: QTextFrame) -> list[QTextTable]:
    """Tables in document order (the order of their <table> tags)."""
    found: list[QTextTable] = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found.extend(_tables(child))
    return found


def _row_extent(doc: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    """Top of the row's first lines and bottom of its last, in device pixels."""
    layout = doc.documentLayout()
    top, bottom = float("inf"), float("-inf")
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row or cell.column() != column:
            continue  # covered by a spanning cell
        first = layout.blockBoundingRect(doc.findBlock(cell.firstPosition()))
        last = layout.blockBoundingRect(doc.findBlock(cell.lastPosition()))
        top, bottom = min(top, first.top()), max(bottom, last.bottom())
    return top, bottom


def _first_straddling_row(
    doc: QTextDocument, page_height: float, margin: float
) -> tuple[int, int, bool] | None:
    """(table number, row, whether the table should start a page) of the first row that
    straddles a page break and would fit on a page, or of a first row whose heading is
    left behind on the page before; None when there is none."""
    for number, table in enumerate(_tables(doc.rootFrame())):
        header_rows = table.format().headerRowCount()
        if header_rows < table.rows() and _orphaned_heading(doc, table, header_rows, page_height):
            return number, header_rows, True
        for row in range(table.rows()):
            top, bottom = _row_extent(doc, table, row)
            if bottom <= top or bottom - top > page_height - 2 * margin:
                continue  # empty, or taller than a page: it must break somewhere
            if int(top // page_height) != int((bottom - 1) // page_height):
                return number, row, row <= header_rows
    return None


def _orphaned_heading(
    doc: QTextDocument, table: QTextTable, first_row: int, page_height: float
) -> bool:
    """Whether the heading right before ``table`` is left alone at the foot of a page."""
    before = doc.findBlock(table.firstPosition() - 1)
    if not before.isValid() or before.blockFormat().headingLevel() == 0:
        return False
    heading = doc.documentLayout().blockBoundingRect(before)
    top, _ = _row_extent(doc, table, first_row)
    return int(heading.top() // page_height) != int(top // page_height)


# Breaking a table in the HTML ----------------------------------------------------------
def _break_table(html: str, number: int, row: int, whole: bool) -> str:
    """``html`` with table ``number`` continued on a new page from ``row``; ``whole``:
    the whole table (and a heading right before it) moves to a new page instead."""
    tables = list(_TABLE.finditer(html))
    if number >= len(tables):
        return html
    tag = tables[number]
    if whole:
        heading = html.rfind("<h2", 0, tag.start())
        between = html[heading : tag.start()] if heading >= 0 else ""
        if heading >= 0 and len(between) < HEADING_REACH and "<table" not in between:
            return _with_new_page(html, heading, html.index(">", heading))
        return _with_new_page(html, tag.start(), tag.end() - 1)
    end = html.index("</table>", tag.end())
    rows = list(_ROW.finditer(html, tag.end(), end))
    if row >= len(rows):
        return html
    head = _HEAD.search(html, tag.end(), end)
    opening = _with_new_page(tag.group(0), 0, len(tag.group(0)) - 1)
    resume = "</table>" + opening + (head.group(0) if head else "")
    at = rows[row].start()
    return html[:at] + resume + html[at:]


def _with_new_page(html: str, start: int, close: int) -> str:
    """The tag at ``html[start:close + 1]`` also starting a new page."""
    tag = html[start : close + 1]
    if NEW_PAGE in tag:
        return html
    if ' style="' in tag:
        new_tag = tag.replace(' style="', f' style="{NEW_PAGE}; ', 1)
    else:
        new_tag = tag[:-1].rstrip("/") + f' style="{NEW_PAGE}">'
    return html[:start] + new_tag + html[close + 1 :]
