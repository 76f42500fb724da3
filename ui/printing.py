"""Printing rich-text documents: A4 PDF files and the print preview dialog.

Generic: the plan export uses it, the appraisal sheets will. The ``html_*`` building
blocks give every printed document the same look in the part of HTML and CSS that Qt's
rich text renders; the writers choose the fonts (Chinese must not come out as boxes)
and the page. QtPrintSupport loads only when something is printed.
"""

from __future__ import annotations

import contextlib
import html
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from ui.i18n import CJK_FAMILIES
from ui.print_pages import print_html

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QWidget

BODY_POINT_SIZE = 10
PDF_RESOLUTION = 300  # dots per inch of the layout; text stays vector at any value
# print_html adds a 2 cm margin (and draws the page number in it), as
# QTextDocument.print_ does, on top of the device's margins; these few millimetres only
# keep printers from clipping.
DEVICE_MARGINS_MM = QMarginsF(3, 3, 3, 3)


# HTML building blocks ----------------------------------------------------------------
# Qt rich text understands this much CSS: sizes, weights, colours, margins, borders.
# Cell padding only works as a table attribute, hence cellpadding below.
STYLE = """
body { color: #1d2329; }
h1 { font-size: 18pt; margin-bottom: 6px; }
h2 { font-size: 12.5pt; color: #1f4e79; margin-top: 16px; margin-bottom: 4px; }
p { margin-top: 2px; margin-bottom: 4px; }
table.grid { border-collapse: collapse; border-color: #b8c2cc;
             margin-top: 4px; margin-bottom: 8px; }
table.grid th { background-color: #e8eef4; font-weight: bold; text-align: left; }
td.key { color: #5a6672; padding-right: 16px; }
.muted { color: #6b7682; }
.gap { color: #b00020; font-weight: bold; }
.footer { color: #6b7682; font-size: 8pt; }
"""


def html_page(title: str, body: str, footer: str = "") -> str:
    """A whole document: ``title`` as its heading, ``body`` HTML, a small footer line."""
    end = f'<hr/><p class="footer">{html.escape(footer)}</p>' if footer else ""
    heading = html.escape(title)
    return (
        f'<html><head><meta charset="utf-8"/><title>{heading}</title>'
        f"<style>{STYLE}</style></head><body><h1>{heading}</h1>{body}{end}</body></html>"
    )


def html_heading(label: str) -> str:
    return f"<h2>{html.escape(label)}</h2>"


def html_note(label: str) -> str:
    """A muted paragraph: what is missing or not yet known."""
    return f'<p class="muted">{html.escape(label)}</p>'


def html_text(value: str) -> str:
    """User text, escaped, its line breaks kept; a dash when empty."""
    if not value.strip():
        return '<span class="muted">—</span>'
    return html.escape(value.strip()).replace("\n", "<br/>")


def html_table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: Iterable[int] = ()
) -> str:
    """A bordered full-width table; ``rows`` hold ready HTML, ``numeric`` columns align right."""
    right = set(numeric)
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td align="right">{c}</td>' if i in right else f"<td>{c}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        '<table class="grid" border="1" cellspacing="0" cellpadding="4" width="100%">'
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )


def html_facts(rows: Iterable[tuple[str, str]]) -> str:
    """Label and value pairs without borders; values are ready HTML."""
    cells = "".join(f'<tr><td class="key">{html.escape(k)}</td><td>{v}</td></tr>' for k, v in rows)
    return f'<table cellspacing="0" cellpadding="2">{cells}</table>'


# Fonts and pages ---------------------------------------------------------------------


def cjk_family() -> str | None:
    """The installed family Chinese is printed in; WenQuanYi Micro Hei first.

    Measured: text printed in WenQuanYi comes back exactly from ``pdftotext``, while
    with Noto Sans CJK some ideographs extract as other characters (a PDF that looks
    right but cannot be searched or copied from).
    """
    installed = set(QFontDatabase.families())
    return next((f for f in CJK_FAMILIES if f in installed), None)


def document_font() -> QFont:
    """The application's font at print size, with a CJK family to fall back on."""
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(BODY_POINT_SIZE)
    families = [f for f in font.families() or [font.family()] if f]
    cjk = cjk_family()
    if cjk is not None and cjk not in families:
        # A UI family that covers Chinese itself (e.g. Noto Sans CJK as the system
        # font) would win over a fallback, so the preferred CJK family goes first then.
        # "Sans Serif" and other fontconfig aliases report no writing systems.
        covers_chinese = QFontDatabase.WritingSystem.SimplifiedChinese in (
            QFontDatabase.writingSystems(families[0]) if families else []
        )
        families = [cjk, *families] if covers_chinese else [*families, cjk]
    font.setFamilies(families)
    return font


def text_document(html: str, title: str) -> QTextDocument:
    """A document of ``html`` in the print font; the caller keeps it alive."""
    document = QTextDocument()
    document.setDefaultFont(document_font())
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setHtml(html)
    return document


def _use_a4(device: QPagedPaintDevice, landscape: bool = False) -> None:
    orientation = QPageLayout.Orientation
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation.Landscape if landscape else orientation.Portrait,
            DEVICE_MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


Maker = Callable[[str], QTextDocument]


def pdf_bytes(html: str, title: str, landscape: bool = False, make: Maker | None = None) -> bytes:
    """The A4 PDF of ``html``, page numbers at the foot of each page; ``make`` turns the
    HTML into a document (default :func:`text_document`; a report adds its images)."""
    buffer = QBuffer()
    buffer.setData(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Social Desk")
    writer.setResolution(PDF_RESOLUTION)
    _use_a4(writer, landscape)
    print_html(html, writer, make or (lambda h: text_document(h, title)))
    buffer.close()
    return bytes(buffer.data().data())


def write_pdf(
    html: str, path: Path, title: str, landscape: bool = False, make: Maker | None = None
) -> None:
    """Write ``html`` as an A4 PDF to ``path``, replacing it only once complete.

    Raises OSError naming ``path`` when it cannot be written. Run it on the GUI
    thread: QTextDocument layout uses the GUI font database.
    """
    data = pdf_bytes(html, title, landscape, make)
    # QPdfWriter on a file reports nothing when the file cannot be opened; writing the
    # bytes ourselves raises a real OSError, and the temporary file keeps an existing
    # PDF intact if the disk fills up halfway.
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if exc.errno is None:
            raise
        # The user chose ``path``; the temporary name would only confuse them.
        raise type(exc)(exc.errno, exc.strerror, str(path)) from exc


def print_preview(
    html: str,
    title: str,
    parent: QWidget | None,
    landscape: bool = False,
    make: Maker | None = None,
) -> QPrintPreviewDialog:
    """A print preview of ``html`` on A4; the caller opens it (``open()`` or ``exec()``).

    Its Print button sends the document to the printer chosen there.
    """
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setCreator("Social Desk")
    _use_a4(printer, landscape)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # The dialog does not own the printer: its wrapper keeps it as long as it exists.
    dialog._printing = printer  # type: ignore[attr-defined]
    # Each repaint (another page size, say) lays the pages out afresh.
    maker = make or (lambda h: text_document(h, title))
    dialog.paintRequested.connect(lambda device: print_html(html, device, maker))
    return dialog
