"""Exporting a plan as a printable document: print preview or a PDF file.

The plan is read on the task runner's worker (database work stays serialised there);
the document is laid out and written on the GUI thread, because QTextDocument uses
the GUI font database, which is not thread-safe. A few pages take well under a second.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWidget

from ui.errors import show_error
from ui.printing import print_preview, write_pdf
from ui.strategy.plan_document import plan_html

if TYPE_CHECKING:
    from app.strategy.health_types import PlanDocument
    from app.workspace import Workspace
    from ui.tasks import TaskRunner


class ExportKind(enum.Enum):
    PREVIEW = "preview"
    PDF = "pdf"


def write_plan_pdf(workspace: Workspace, plan_uuid: str, path: Path) -> None:
    """Write the plan as a PDF in the interface language; no dialogs.

    Raises NotFound for a plan that is gone, OSError (naming ``path``) when the file
    cannot be written.
    """
    doc = workspace.plans.plan_document(plan_uuid)
    write_pdf(plan_html(doc), path, doc.plan.title)


def pdf_file_name(title: str) -> str:
    """A file name from a plan title; characters Windows or macOS refuse become "_"."""
    name = re.sub(r'[\x00-\x1f<>:"/\\|?*]+', "_", title).strip(" ._")[:120]
    return f"{name or 'plan'}.pdf"


def default_pdf_path(title: str) -> Path:
    """In the Documents folder, or the home folder where there is none (the file
    dialog would otherwise open in the working directory)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return folder / pdf_file_name(title)


def ask_export_kind(parent: QWidget | None, title: str, then: Callable[[ExportKind], None]) -> None:
    """Ask "Print preview or PDF?" without blocking; ``then(kind)`` unless cancelled."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("PlanExport", "Export plan"),
        QCoreApplication.translate(
            "PlanExport", "Export “%1” as a printable document in the interface language."
        ).replace("%1", title),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    preview = box.addButton(
        QCoreApplication.translate("PlanExport", "Print preview…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    pdf = box.addButton(
        QCoreApplication.translate("PlanExport", "Save as PDF…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(pdf)

    def finished(_code: int) -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is preview:
            then(ExportKind.PREVIEW)
        elif clicked is pdf:
            then(ExportKind.PDF)

    box.finished.connect(finished)
    box.open()


def choose_pdf_path(parent: QWidget | None, title: str, then: Callable[[Path], object]) -> None:
    """Ask where to save, without blocking; ``then(path)`` unless cancelled. The dialog
    adds ".pdf" and asks before replacing a file."""
    dialog = QFileDialog(parent, QCoreApplication.translate("PlanExport", "Save plan as PDF"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(QCoreApplication.translate("PlanExport", "PDF documents (*.pdf)"))
    dialog.setDefaultSuffix("pdf")
    default = default_pdf_path(title)
    dialog.setDirectory(str(default.parent))
    dialog.selectFile(default.name)

    def finished(code: int) -> None:
        files = dialog.selectedFiles()
        dialog.deleteLater()
        if code == QFileDialog.DialogCode.Accepted and files:
            then(Path(files[0]))

    dialog.finished.connect(finished)
    dialog.open()


def export_plan(parent: QWidget, workspace: Workspace, plan_uuid: str, runner: TaskRunner) -> None:
    """Read the plan, ask "Print preview…" or "Save as PDF…", and do it.

    Problems (the plan was removed, the file cannot be written) are shown to the user.
    """

    def loaded(doc: PlanDocument) -> None:
        def chosen(kind: ExportKind) -> None:
            if kind is ExportKind.PREVIEW:
                print_preview(plan_html(doc), doc.plan.title, parent).open()
            else:
                choose_pdf_path(parent, doc.plan.title, lambda path: save_pdf(parent, doc, path))

        ask_export_kind(parent, doc.plan.title, chosen)

    runner.run(
        QCoreApplication.translate("PlanExport", "Preparing the plan for export…"),
        lambda _progress: workspace.plans.plan_document(plan_uuid),
        on_success=loaded,
        on_failure=lambda exc: show_error(parent, exc),
    )


def save_pdf(parent: QWidget, doc: PlanDocument, path: Path) -> bool:
    """Write ``doc`` to ``path`` and confirm it; a file problem is shown, not raised."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_pdf(plan_html(doc), path, doc.plan.title)
    except OSError as exc:
        problem: OSError | None = exc
    else:
        problem = None
    finally:
        QApplication.restoreOverrideCursor()
    if problem is not None:
        show_error(parent, problem)
        return False
    saved = QCoreApplication.translate("PlanExport", "Plan saved as %1")
    _confirm(parent, saved.replace("%1", str(path)))
    return True


def _confirm(parent: QWidget, text: str) -> None:
    """In the status bar when there is one: a box to click away would only interrupt."""
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 10_000)
        return
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("PlanExport", "Export plan"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
