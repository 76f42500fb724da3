"""Showing errors: problems a user can act on get a clear message, bugs a crash dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.db.errors import (
    CorruptDatabase,
    DatabaseLocked,
    DatabaseProblem,
    DatabaseTooNew,
    DiskFull,
    NotADatabase,
    NotFound,
    StaleEdit,
)
from app.services.validation import InvalidInput

log = logging.getLogger("socialdesk")


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def describe(exc: BaseException) -> str | None:
    """A translated sentence for a problem the user can act on; None for a bug."""
    if isinstance(exc, DatabaseTooNew):
        return _t(
            "This database was made by a newer version of Social Desk. Update the app "
            "to open it. The file was not changed."
        )
    if isinstance(exc, NotADatabase):
        return _t("This file is not a Social Desk database.")
    if isinstance(exc, CorruptDatabase):
        return _t("The database file is damaged. Restore it from a backup.")
    if isinstance(exc, DatabaseLocked):
        return _t("The database is busy in another program. Try again in a moment.")
    if isinstance(exc, DiskFull):
        return _t("The disk is full. Free some space and try again; nothing was lost.")
    if isinstance(exc, StaleEdit):
        return _t("Someone else changed this record meanwhile. It has been reloaded; try again.")
    if isinstance(exc, NotFound):
        return _t("This record no longer exists; it may have been removed elsewhere.")
    if isinstance(exc, InvalidInput):
        return f"{exc.field}: {exc.message}"
    if isinstance(exc, DatabaseProblem):
        return str(exc)
    if isinstance(exc, OSError):
        return _t("The file could not be read or written: %1").replace("%1", str(exc))
    return None


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user about ``exc``: a message box, or the crash dialog for a bug."""
    text = describe(exc)
    if text is None:
        show_crash(type(exc), exc, exc.__traceback__)
        return
    log.warning("user-facing problem: %s", exc)
    QMessageBox.warning(parent, _t("Social Desk"), text)


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Something went wrong"))
        intro = QLabel(
            _t(
                "Social Desk hit an unexpected error. Your saved work is safe. Copy the "
                "details below and send them to whoever looks after the app."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(_t("&Copy details"), self)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)


def show_crash(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    details = getattr(exc, "__traceback_text__", None) or "".join(
        traceback.format_exception(exc_type, exc, tb)
    )
    details = f"Social Desk {__version__}, Python {sys.version.split()[0]}\n\n{details}"
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        print(details, file=sys.stderr)
        return
    dialog = CrashDialog(details, QApplication.activeWindow())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def install_excepthook() -> None:
    """Unhandled exceptions in slots show the crash dialog; the app keeps running."""

    def hook(t: type[BaseException], e: BaseException, tb: TracebackType | None) -> None:
        if issubclass(t, KeyboardInterrupt):
            sys.__excepthook__(t, e, tb)
            return
        show_crash(t, e, tb)

    sys.excepthook = hook
