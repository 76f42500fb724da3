"""Saving a chart (PNG, SVG, PDF) or the figures behind it (CSV, XLSX) to a file.

The figures go through the shared exporter (app.imports.exporter), which keeps text
a platform wrote from running as a spreadsheet formula. Dialogs never block: tests
and the window carry on while a file dialog is open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from app.imports.exporter import write_csv, write_xlsx
from ui.errors import show_error

if TYPE_CHECKING:
    from ui.kpi.canvas import ChartView


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def ask_path(
    parent: QWidget,
    title: str,
    filters: list[tuple[str, str]],
    name: str,
    then: Callable[[Path], object],
) -> QFileDialog:
    """A save dialog offering ``filters`` ((label, suffix) pairs); ``then(path)`` with
    the suffix of the chosen filter added when the name has none."""
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    labels = [f"{label} (*.{suffix})" for label, suffix in filters]
    dialog.setNameFilters(labels)
    dialog.setDirectory(str(_folder()))
    dialog.selectFile(f"{name}.{filters[0][1]}")

    def finished(code: int) -> None:
        files = dialog.selectedFiles()
        chosen = dialog.selectedNameFilter()
        dialog.deleteLater()
        if code != QFileDialog.DialogCode.Accepted or not files:
            return
        path = Path(files[0])
        suffixes = [suffix for _label, suffix in filters]
        if path.suffix.lower().lstrip(".") not in suffixes:
            picked = labels.index(chosen) if chosen in labels else 0
            path = path.with_name(f"{path.name}.{suffixes[picked]}")
        then(path)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def chart_formats() -> list[tuple[str, str]]:
    return [
        (translate("KpiExport", "PNG image"), "png"),
        (translate("KpiExport", "SVG drawing"), "svg"),
        (translate("KpiExport", "PDF document"), "pdf"),
    ]


def data_formats() -> list[tuple[str, str]]:
    return [
        (translate("KpiExport", "Excel workbook"), "xlsx"),
        (translate("KpiExport", "CSV, comma-separated"), "csv"),
    ]


def save_chart(parent: QWidget, view: ChartView, path: Path) -> bool:
    try:
        view.export(path)
    except (OSError, ValueError) as exc:
        show_error(parent, exc)
        return False
    return True


def save_data(parent: QWidget, view: ChartView, path: Path, sheet: str) -> bool:
    """The table behind the chart in view; the format follows the suffix of ``path``."""
    drawn = view.drawn
    try:
        if path.suffix.lower() == ".xlsx":
            write_xlsx(path, drawn.header, drawn.rows, sheet)
        else:
            write_csv(path, drawn.header, drawn.rows)
    except OSError as exc:
        show_error(parent, exc)
        return False
    return True


def export_chart(parent: QWidget, view: ChartView, name: str) -> QFileDialog:
    return ask_path(
        parent,
        translate("KpiExport", "Export chart"),
        chart_formats(),
        name,
        lambda p: save_chart(parent, view, p),
    )


def export_data(parent: QWidget, view: ChartView, name: str) -> QFileDialog:
    return ask_path(
        parent,
        translate("KpiExport", "Export the chart's figures"),
        data_formats(),
        name,
        lambda p: save_data(parent, view, p, name),
    )
