"""Printing the operating report: an A4 PDF file or the print preview.

ui.printing's writers make the document from HTML alone; the report's charts are
images the document holds as resources, so these pass ui.print_pages its own maker
(same page layout: 2 cm margins, page numbers, table rows never split).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from app.kpi.analytics_types import ReportData
from ui.kpi.report_document import (
    ReportNames,
    document_maker,
    report_html,
    report_images,
    report_title,
)
from ui.print_pages import print_html
from ui.printing import DEVICE_MARGINS_MM, PDF_RESOLUTION

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QWidget


def _a4(device: QPagedPaintDevice) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(DEVICE_MARGINS_MM),
            QPageLayout.Unit.Millimeter,
        )
    )


def report_pdf_bytes(
    data: ReportData, names: ReportNames, images: Mapping[str, QImage] | None = None
) -> bytes:
    """The report as an A4 PDF in the interface language (GUI thread); ``images`` from
    :func:`report_images` (which may run on a worker), else drawn here."""
    images = report_images(data, names) if images is None else images
    title = report_title(data)
    buffer = QBuffer()
    buffer.setData(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Social Desk")
    writer.setResolution(PDF_RESOLUTION)
    _a4(writer)
    print_html(report_html(data, names, images), writer, document_maker(images, title))
    buffer.close()
    return bytes(buffer.data().data())


def write_report_pdf(
    data: ReportData, names: ReportNames, path: Path, images: Mapping[str, QImage] | None = None
) -> None:
    """Write the report to ``path``, replacing it only once complete; OSError names
    ``path`` when it cannot be written."""
    content = report_pdf_bytes(data, names, images)
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_bytes(content)
        os.replace(partial, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if exc.errno is None:
            raise
        raise type(exc)(exc.errno, exc.strerror, str(path)) from exc


def report_preview(
    data: ReportData,
    names: ReportNames,
    parent: QWidget | None,
    images: Mapping[str, QImage] | None = None,
) -> QPrintPreviewDialog:
    """A print preview on A4; the caller opens it. Its Print button prints."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    images = report_images(data, names) if images is None else images
    title = report_title(data)
    text = report_html(data, names, images)
    make = document_maker(images, title)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setCreator("Social Desk")
    _a4(printer)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog._printing = printer  # type: ignore[attr-defined]  # the dialog does not own it
    dialog.paintRequested.connect(lambda device: print_html(text, device, make))
    return dialog
