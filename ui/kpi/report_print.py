"""Printing the operating report: an A4 PDF file or the print preview.

ui.printing's writers, with the report's own document maker: its charts are images the
document holds as resources.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

from app.kpi.analytics_types import ReportData
from ui.kpi.report_document import (
    ReportNames,
    document_maker,
    report_html,
    report_images,
    report_title,
)
from ui.printing import pdf_bytes, print_preview, write_pdf

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QWidget


def report_pdf_bytes(
    data: ReportData, names: ReportNames, images: Mapping[str, QImage] | None = None
) -> bytes:
    """The report as an A4 PDF in the interface language (GUI thread); ``images`` from
    :func:`report_images` (which may run on a worker), else drawn here."""
    images = report_images(data, names) if images is None else images
    title = report_title(data)
    html = report_html(data, names, images)
    return pdf_bytes(html, title, make=document_maker(images, title))


def write_report_pdf(
    data: ReportData, names: ReportNames, path: Path, images: Mapping[str, QImage] | None = None
) -> None:
    """Write the report to ``path``, replacing it only once complete; OSError names
    ``path`` when it cannot be written."""
    images = report_images(data, names) if images is None else images
    title = report_title(data)
    html = report_html(data, names, images)
    write_pdf(html, path, title, make=document_maker(images, title))


def report_preview(
    data: ReportData,
    names: ReportNames,
    parent: QWidget | None,
    images: Mapping[str, QImage] | None = None,
) -> QPrintPreviewDialog:
    """A print preview on A4; the caller opens it. Its Print button prints."""
    images = report_images(data, names) if images is None else images
    title = report_title(data)
    html = report_html(data, names, images)
    return print_preview(html, title, parent, make=document_maker(images, title))
