"""The calendar's "Export and print" menu: the current filter as iCalendar (.ics), CSV
or XLSX (the core writes them), the month printed (preview or PDF, A4 landscape), and
the campaign list. File dialogs open without blocking; ``export_to`` and ``print_to``
do the work once a file is chosen (tests call them directly)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow

from app.calendar.types import PostFilter, day_range
from ui.calendar.reads import local_zone
from ui.errors import show_error

if TYPE_CHECKING:
    from ui.calendar.body import CalendarBody

KINDS = ("ics", "csv", "xlsx")


class CalendarOutputs:
    def __init__(self, body: CalendarBody) -> None:
        self.body = body
        self.ics_action = QAction(body)
        self.ics_action.triggered.connect(lambda: self.ask("ics"))
        self.csv_action = QAction(body)
        self.csv_action.triggered.connect(lambda: self.ask("csv"))
        self.xlsx_action = QAction(body)
        self.xlsx_action.triggered.connect(lambda: self.ask("xlsx"))
        self.preview_action = QAction(body)
        self.preview_action.triggered.connect(self.preview)
        self.pdf_action = QAction(body)
        self.pdf_action.triggered.connect(lambda: self.ask("pdf"))
        self.campaigns_action = QAction(body)
        self.campaigns_action.triggered.connect(self.show_campaigns)
        self.key_dates_action = QAction(body)
        self.key_dates_action.triggered.connect(self.show_key_dates)
        self.retranslate()

    def actions(self) -> list[QAction]:
        return [
            self.ics_action,
            self.csv_action,
            self.xlsx_action,
            self.preview_action,
            self.pdf_action,
            self.campaigns_action,
            self.key_dates_action,
        ]

    def retranslate(self) -> None:
        self.ics_action.setText(
            QCoreApplication.translate("CalendarOutputs", "Export as iCalendar (.ics)…")
        )
        self.csv_action.setText(QCoreApplication.translate("CalendarOutputs", "Export as CSV…"))
        self.xlsx_action.setText(
            QCoreApplication.translate("CalendarOutputs", "Export as Excel (.xlsx)…")
        )
        self.preview_action.setText(QCoreApplication.translate("CalendarOutputs", "Print month…"))
        self.pdf_action.setText(QCoreApplication.translate("CalendarOutputs", "Save month as PDF…"))
        self.campaigns_action.setText(QCoreApplication.translate("CalendarOutputs", "Campaigns…"))
        self.key_dates_action.setText(QCoreApplication.translate("CalendarOutputs", "Key dates…"))

    # Exports ------------------------------------------------------------------------
    def range(self) -> tuple[datetime | None, datetime | None]:
        """The days shown (month or week); the list view exports the whole filter."""
        tab = self.body.tab
        if tab.mode == "list":
            return None, None
        first, last = self.body.range_of(tab.mode, tab.anchor)
        return day_range(first, last, local_zone())

    def ask(self, kind: str) -> None:
        filters = {
            "ics": QCoreApplication.translate("CalendarOutputs", "iCalendar (*.ics)"),
            "csv": QCoreApplication.translate("CalendarOutputs", "CSV (*.csv)"),
            "xlsx": QCoreApplication.translate("CalendarOutputs", "Excel workbook (*.xlsx)"),
            "pdf": QCoreApplication.translate("CalendarOutputs", "PDF (*.pdf)"),
        }
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        dialog = QFileDialog(
            self.body, QCoreApplication.translate("CalendarOutputs", "Export the calendar")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(filters[kind])
        dialog.setDefaultSuffix(kind)
        dialog.selectFile(str(folder / f"calendar.{kind}"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(path: str) -> None:
            if kind == "pdf":
                self.print_to(Path(path))
            else:
                self.export_to(kind, Path(path))

        dialog.fileSelected.connect(done)
        dialog.open()

    def header(self) -> list[str]:
        """The export's columns in the interface language (the core's order)."""
        return [
            QCoreApplication.translate("CalendarOutputs", "Scheduled"),
            QCoreApplication.translate("CalendarOutputs", "Title"),
            QCoreApplication.translate("CalendarOutputs", "Status"),
            QCoreApplication.translate("CalendarOutputs", "Content type"),
            QCoreApplication.translate("CalendarOutputs", "Platforms"),
            QCoreApplication.translate("CalendarOutputs", "Accounts"),
            QCoreApplication.translate("CalendarOutputs", "Owner"),
            QCoreApplication.translate("CalendarOutputs", "Campaign"),
            QCoreApplication.translate("CalendarOutputs", "Pillar"),
            QCoreApplication.translate("CalendarOutputs", "Late"),
            QCoreApplication.translate("CalendarOutputs", "Warnings"),
            "UUID",
        ]

    def export_to(self, kind: str, path: Path) -> int | None:
        """Write the current filter's posts to ``path``; the number written, or None
        after telling the user what went wrong."""
        ws = self.body.tab.workspace
        if ws is None:
            return None
        flt: PostFilter = self.body.filters.value
        start, end = self.range()
        exports = ws.calendar.exports
        try:
            if kind == "ics":
                count = int(exports.write_ics(path, flt, start, end))
            else:
                count = int(exports.write_table(path, flt, start, end, header=self.header()))
        except Exception as exc:  # a full disk, a locked file: said, nothing else lost
            show_error(self.body, exc)
            return None
        window = self.body.window()
        if isinstance(window, QMainWindow):
            said = QCoreApplication.translate("CalendarOutputs", "%1 posts exported to %2")
            window.statusBar().showMessage(
                said.replace("%1", str(count)).replace("%2", str(path)), 8000
            )
        return count

    # Printing -----------------------------------------------------------------------
    def document(self) -> tuple[str, str]:
        """The month document and its title (the month on screen, read again now)."""
        from ui.calendar.print_month import month_html
        from ui.calendar.reads import load_view
        from ui.formats import month_text

        tab, body = self.body.tab, self.body
        ws = tab.workspace
        assert ws is not None
        first, last = body.range_of("month", tab.anchor)
        data = load_view(ws, first, last, body.filters.value)
        note = (
            ""
            if body.filters.value.empty
            else QCoreApplication.translate("CalendarOutputs", "filtered")
        )
        title = QCoreApplication.translate("CalendarOutputs", "Content calendar, %1").replace(
            "%1", month_text(tab.anchor.year, tab.anchor.month)
        )
        return month_html(data, tab.anchor, note), title

    def preview(self) -> None:
        from ui.printing import print_preview

        if self.body.tab.workspace is None:
            return
        html, title = self.document()
        print_preview(html, title, self.body, landscape=True).open()

    def print_to(self, path: Path) -> bool:
        from ui.printing import write_pdf

        if self.body.tab.workspace is None:
            return False
        html, title = self.document()
        try:
            write_pdf(html, path, title, landscape=True)  # replaced only once complete
        except OSError as exc:
            show_error(self.body, exc)
            return False
        return True

    # Campaigns ----------------------------------------------------------------------
    def show_campaigns(self) -> None:
        from ui.calendar.campaigns import CampaignsDialog

        body = self.body
        dialog = CampaignsDialog(
            body.editor, body.choices.members, body.choices.accounts, body.tab.read_view, body
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if body.tab.read_only:
            dialog.section.set_can_add(False)
            for b in (dialog.section.edit_button, dialog.section.remove_button):
                b.hide()
        self.campaigns_dialog = dialog
        dialog.open()

    def open_campaign(self, uuid: str) -> None:
        self.show_campaigns()
        self.campaigns_dialog.section.select(uuid)

    def show_key_dates(self) -> None:
        from ui.calendar.key_dates import KeyDatesDialog

        body = self.body
        dialog = KeyDatesDialog(body.editor, body.tab.read_view, body)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if body.tab.read_only:
            dialog.section.set_can_add(False)
            for b in (dialog.section.edit_button, dialog.section.remove_button):
                b.hide()
        self.key_dates_dialog = dialog
        dialog.open()
