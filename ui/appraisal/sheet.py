"""The printed appraisal sheet (A4) that managers and members sign on paper.

One sheet per member: header (company name and logo from the preferences, department,
member, role, period), the criteria with weights, both scores and comments, the
weighted total and grade, strengths, improvements, goals, training plan and signature
lines. A batch prints every member of a cycle into one PDF, each starting on a new
page, the footer saying "member — page n of m". Each sheet is its own document, laid
out with ``ui.print_pages``' row keeping (no criterion row splits across pages), so a
batch costs one small layout per member rather than repeated layouts of the whole.
User text is escaped: it prints as typed, never read as HTML.
"""

from __future__ import annotations

import contextlib
import html
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from app.appraisal.types import AppraisalInfo
from ui import settings
from ui.appraisal.labels import score_text, status_label, total_text
from ui.formats import date_text, period_text
from ui.print_pages import PRINT_MARGIN_CM, format_dpi, lay_out
from ui.printing import (
    DEVICE_MARGINS_MM,
    PDF_RESOLUTION,
    STYLE,
    document_font,
    html_facts,
    html_heading,
    html_text,
)
from ui.team.roles import roles_text

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QWidget

LOGO_URL = "socialdesk-logo"
LOGO_HEIGHT = 40
SHEET_STYLE = (
    STYLE
    + """
h1 { font-size: 16pt; margin-bottom: 2px; }
h2 { margin-top: 8px; }
td.sign { padding-top: 18px; }
.total { font-size: 12pt; font-weight: bold; }
.company { font-size: 13pt; font-weight: bold; color: #1f4e79; }
"""
)


class AppraisalSheet(QObject):
    """The sheet's words in the interface language (``self.tr``: lupdate's context)."""

    def labels(self) -> dict[str, str]:
        return {
            "department_default": self.tr("Social media marketing department"),
            "department": self.tr("Department"),
            "member": self.tr("Member"),
            "role": self.tr("Role"),
            "period": self.tr("Period"),
            "template": self.tr("Template"),
            "status": self.tr("Status"),
            "criteria": self.tr("Criteria"),
            "criterion": self.tr("Criterion"),
            "weight": self.tr("Weight"),
            "self": self.tr("Self"),
            "manager": self.tr("Manager"),
            "comments": self.tr("Comments"),
            "total": self.tr("Weighted total"),
            "grade": self.tr("Grade"),
            "review": self.tr("Review"),
            "strengths": self.tr("Strengths"),
            "improvements": self.tr("Improvements"),
            "goals": self.tr("Goals for the next period"),
            "training_plan": self.tr("Training plan"),
            "member_signature": self.tr("Member signature"),
            "manager_signature": self.tr("Manager signature"),
            "date": self.tr("Date"),
            "title": self.tr("Performance appraisal"),
            "footer": self.tr("%1 — page %2 of %3"),
        }


def company(labels: dict[str, str]) -> tuple[str, str, Path | None]:
    """Company name, department and logo file from the preferences ("print/…")."""
    prefs = settings.settings()
    name = str(prefs.value("print/company_name", "") or "")
    department = str(prefs.value("print/department", "") or "")
    logo = str(prefs.value("print/logo", "") or "")
    logo_path = Path(logo) if logo and Path(logo).is_file() else None
    return name, department or labels["department_default"], logo_path


def sheet_html(
    a: AppraisalInfo, t: dict[str, str], company_name: str, department: str, has_logo: bool
) -> str:
    """One member's sheet as HTML (every user text escaped); ``t``: the labels."""
    e = html.escape
    logo = f'<img src="{LOGO_URL}" height="{LOGO_HEIGHT}"/> ' if has_logo else ""
    head = ""
    if company_name or has_logo:
        head = f'<p class="company">{logo}{e(company_name)}</p>'
    facts = html_facts(
        [
            (t["department"], html_text(department)),
            (t["member"], html_text(a.member_name)),
            (t["role"], html_text(roles_text(a.member_roles))),
            (t["period"], html_text(f"{a.cycle_name} ({period_text(a.start, a.end)})")),
            (t["template"], html_text(a.template_name)),
            (t["status"], html_text(status_label(a.status))),
        ]
    )
    rows = []
    for line in a.lines:
        c = line.criterion
        name = f"<b>{html_text(c.name)}</b>"
        if c.description.strip():
            name += f'<br/><span class="muted">{html_text(c.description)}</span>'
        comments = [
            f"{e(who)}: {html_text(text)}"
            for who, text in ((t["self"], line.self_comment), (t["manager"], line.manager_comment))
            if text.strip()
        ]
        rows.append(
            (
                name,
                str(c.weight),
                score_text(line.self_score),
                score_text(line.manager_score),
                "<br/>".join(comments) or html_text(""),
            )
        )
    criteria = _grid(
        [(t["criterion"], 30), (t["weight"], 8), (t["self"], 7), (t["manager"], 11),
         (t["comments"], 44)],
        rows,
        numeric=(1, 2, 3),
    )  # fmt: skip
    total = (
        f'<p class="total">{e(t["total"])}: {total_text(a.total)}'
        f" &nbsp; {e(t['grade'])}: {e(a.grade or '—')}</p>"
    )
    texts = _grid(
        [(t["review"], 30), ("", 70)],
        [
            (f"<b>{e(t[key])}</b>", html_text(getattr(a, key)))
            for key in ("strengths", "improvements", "goals", "training_plan")
        ],
        head=False,
    )
    blank = "________________"
    cells = "".join(
        f'<td class="sign" width="50%">{e(label)}: {e(name) if name else blank}<br/><br/>'
        f"{e(t['date'])}: {date_text(day) if day is not None else blank}</td>"
        for label, name, day in (
            (t["member_signature"], a.member_signed_name, a.member_signed_on),
            (t["manager_signature"], a.manager_signed_name, a.manager_signed_on),
        )
    )
    signatures = f'<table width="100%" cellspacing="0" cellpadding="6"><tr>{cells}</tr></table>'
    title = e(t["title"])
    return (
        f'<html><head><meta charset="utf-8"/><title>{title}</title>'
        f"<style>{SHEET_STYLE}</style></head><body>{head}<h1>{title}</h1>{facts}"
        f"{html_heading(t['criteria'])}{criteria}{total}{texts}{signatures}</body></html>"
    )


def _grid(
    headers: Sequence[tuple[str, int]],
    rows: Sequence[Sequence[str]],
    numeric: Sequence[int] = (),
    *,
    head: bool = True,
) -> str:
    """A bordered table with column widths in percent; ``rows`` hold ready HTML."""
    top = "".join(f'<th width="{w}%">{html.escape(h)}</th>' for h, w in headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td align="right">{c}</td>'
            if i in numeric
            else f'<td width="{headers[i][1]}%">{c}</td>'
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    thead = f"<thead><tr>{top}</tr></thead>" if head else ""
    return (
        '<table class="grid" border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"{thead}{body}</table>"
    )


# Laying out and painting -----------------------------------------------------------
class _Sheets:
    """The documents of a batch, each laid out on ``device`` with no row split."""

    def __init__(self, appraisals: Sequence[AppraisalInfo], device: QPagedPaintDevice) -> None:
        self.labels = AppraisalSheet().labels()
        name, department, logo_path = company(self.labels)
        self.logo = QImage(str(logo_path)) if logo_path else QImage()
        self.font = document_font()
        self.device = device
        # ui.print_pages' 2 cm margins, on every side (screen pixels: the layout scales).
        self.margin = int(PRINT_MARGIN_CM / 2.54 * format_dpi()[1])
        self.pages: list[tuple[str, QTextDocument, float]] = []
        for a in appraisals:
            text = sheet_html(a, self.labels, name, department, not self.logo.isNull())
            doc, margin = self._lay_out(text)
            self.pages.append((a.member_name, doc, margin))

    def _make(self, text: str) -> tuple[QTextDocument, float]:
        """A document of ``text`` laid out in pages of the device, as
        ``ui.print_pages`` lays them out; margins and page size are set before the
        HTML, so the layout runs once instead of once per setting."""
        doc = QTextDocument()
        doc.setDefaultFont(self.font)
        if not self.logo.isNull():
            doc.addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(LOGO_URL),
                self.logo.scaledToHeight(
                    LOGO_HEIGHT * 4, Qt.TransformationMode.SmoothTransformation
                ),
            )
        device = self.device
        doc.documentLayout().setPaintDevice(device)
        doc.setPageSize(QSizeF(device.width(), device.height()))
        doc.setDocumentMargin(self.margin)  # survives setHtml: one layout, not two
        doc.setHtml(text)
        return doc, self.margin * device.logicalDpiY() / format_dpi()[1]

    def _lay_out(self, text: str) -> tuple[QTextDocument, float]:
        # print_pages' layout without its painting: ours adds the member's name and
        # "page n of m" to each footer.
        return lay_out(text, self.device, self._make)

    def paint(self) -> None:
        device = self.device
        painter = QPainter(device)
        font = QFont(self.font)
        font.setPointSizeF(8)
        ascent = QFontMetricsF(font, device).ascent()
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
        first = True
        for member, doc, margin in self.pages:
            page = doc.pageSize()
            count = doc.pageCount()
            left = doc.rootFrame().frameFormat().leftMargin() * (
                device.logicalDpiX() / format_dpi()[0]
            )
            footer_y = page.height() - margin + ascent + device.logicalDpiY() * 5 / 72
            for index in range(count):
                if not first:
                    device.newPage()
                first = False
                view = QRectF(0, index * page.height(), page.width(), page.height())
                painter.save()
                painter.translate(0, -view.top())
                painter.setClipRect(view)
                context.clip = view
                doc.documentLayout().draw(painter, context)
                painter.setClipping(False)
                painter.setFont(font)
                footer = (
                    self.labels["footer"]
                    .replace("%1", member)
                    .replace("%2", str(index + 1))
                    .replace("%3", str(count))
                )
                painter.drawText(QPointF(left, footer_y + view.top()), footer)
                painter.restore()
        painter.end()


def paint_sheets(appraisals: Sequence[AppraisalInfo], device: QPagedPaintDevice) -> None:
    _Sheets(appraisals, device).paint()


def _use_a4(device: QPagedPaintDevice) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            DEVICE_MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


def sheets_pdf(appraisals: Sequence[AppraisalInfo], title: str) -> bytes:
    """The A4 PDF of the sheets, each member starting on a new page."""
    buffer = QBuffer()
    buffer.setData(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Social Desk")
    writer.setResolution(PDF_RESOLUTION)
    _use_a4(writer)
    paint_sheets(appraisals, writer)
    buffer.close()
    return bytes(buffer.data().data())


def write_sheets(appraisals: Sequence[AppraisalInfo], path: Path, title: str) -> None:
    """Write the sheets to ``path`` as one PDF, replacing it only once complete; an
    OSError names ``path``. Run it on the GUI thread (text layout needs the fonts)."""
    data = sheets_pdf(appraisals, title)
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if exc.errno is None:
            raise
        raise type(exc)(exc.errno, exc.strerror, str(path)) from exc


def preview_sheets(
    appraisals: Sequence[AppraisalInfo], parent: QWidget | None
) -> QPrintPreviewDialog:
    """A print preview (to a printer, or PDF from the dialog) of the sheets."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    title = AppraisalSheet().labels()["title"]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setCreator("Social Desk")
    _use_a4(printer)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog._printing = printer  # type: ignore[attr-defined]  # keeps the printer alive
    dialog.paintRequested.connect(lambda device: paint_sheets(appraisals, device))
    return dialog
