"""Showing errors: problems a user can act on get a clear message, bugs a crash dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
from app.validation import InvalidInput

log = logging.getLogger("socialdesk")


# Field names and fixed messages the core uses in InvalidInput, listed for lupdate.
_FIELDS = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "roles": QT_TRANSLATE_NOOP("Fields", "Roles"),
    "handle": QT_TRANSLATE_NOOP("Fields", "Handle"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "start_date": QT_TRANSLATE_NOOP("Fields", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("Fields", "End date"),
    "budget": QT_TRANSLATE_NOOP("Fields", "Budget"),
    "target": QT_TRANSLATE_NOOP("Fields", "Target"),
    "share": QT_TRANSLATE_NOOP("Fields", "Share"),
    "frequency": QT_TRANSLATE_NOOP("Fields", "Posting frequency"),
}
_MESSAGES = (
    QT_TRANSLATE_NOOP("Validation", "must not be empty"),
    QT_TRANSLATE_NOOP("Validation", "must not be negative"),
    QT_TRANSLATE_NOOP("Validation", "an e-mail address needs an @"),
    QT_TRANSLATE_NOOP("Validation", "this platform already has that account"),
    QT_TRANSLATE_NOOP("Validation", "must be a number"),
    QT_TRANSLATE_NOOP("Validation", "must not be before the start date"),
)


def invalid_text(exc: InvalidInput) -> str:
    """ "Field: message" in the interface language (messages with values stay as given)."""
    field = QCoreApplication.translate("Fields", str(_FIELDS.get(exc.field, exc.field)))
    message = QCoreApplication.translate("Validation", exc.message)
    return (
        QCoreApplication.translate("Errors", "%1: %2").replace("%1", field).replace("%2", message)
    )


# The problems a user can act on, most specific first, with what to tell them.
_PROBLEMS: tuple[tuple[type[Exception], object], ...] = (
    (
        DatabaseTooNew,
        QT_TRANSLATE_NOOP(
            "Errors",
            "This database was made by a newer version of Social Desk. Update the app "
            "to open it. The file was not changed.",
        ),
    ),
    (NotADatabase, QT_TRANSLATE_NOOP("Errors", "This file is not a Social Desk database.")),
    (
        CorruptDatabase,
        QT_TRANSLATE_NOOP("Errors", "The database file is damaged. Restore it from a backup."),
    ),
    (
        DatabaseLocked,
        QT_TRANSLATE_NOOP(
            "Errors", "The database is busy in another program. Try again in a moment."
        ),
    ),
    (
        DiskFull,
        QT_TRANSLATE_NOOP(
            "Errors", "The disk is full. Free some space and try again; nothing was lost."
        ),
    ),
    (
        StaleEdit,
        QT_TRANSLATE_NOOP(
            "Errors", "Someone else changed this record meanwhile. It has been reloaded; try again."
        ),
    ),
    (
        NotFound,
        QT_TRANSLATE_NOOP(
            "Errors", "This record no longer exists; it may have been removed elsewhere."
        ),
    ),
)


def describe(exc: BaseException) -> str | None:
    """A translated sentence for a problem the user can act on; None for a bug."""
    for kind, text in _PROBLEMS:
        if isinstance(exc, kind):
            return QCoreApplication.translate("Errors", str(text))
    if isinstance(exc, InvalidInput):
        return invalid_text(exc)
    if isinstance(exc, DatabaseProblem):
        return str(exc)
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Errors", "The file could not be read or written: %1"
        ).replace("%1", str(exc))
    return None


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user about ``exc``: a message box, or the crash dialog for a bug."""
    text = describe(exc)
    if text is None:
        show_crash(type(exc), exc, exc.__traceback__)
        return
    log.warning("user-facing problem: %s", exc)
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Social Desk"), text)


_open_dialogs: list[QDialog] = []


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Errors", "Something went wrong"))
        intro = QLabel(
            QCoreApplication.translate(
                "Errors",
                "Social Desk hit an unexpected error. Your saved work is safe. Copy the "
                "details below and send them to whoever looks after the app.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(QCoreApplication.translate("Errors", "&Copy details"), self)
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
    # Without a parent nothing but this list keeps the dialog alive once we return.
    _open_dialogs.append(dialog)
    dialog.finished.connect(lambda _r: _open_dialogs.remove(dialog))
    dialog.open()


def install_excepthook() -> None:
    """Unhandled exceptions in slots show the crash dialog; the app keeps running."""

    def hook(t: type[BaseException], e: BaseException, tb: TracebackType | None) -> None:
        if issubclass(t, KeyboardInterrupt):
            sys.__excepthook__(t, e, tb)
            return
        show_crash(t, e, tb)

    sys.excepthook = hook
