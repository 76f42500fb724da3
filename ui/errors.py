"""Showing errors: problems a user can act on get a clear message, bugs a crash dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
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
    CannotReadFile,
    CorruptDatabase,
    DatabaseInUse,
    DatabaseLocked,
    DatabaseProblem,
    DatabaseTooNew,
    DiskFull,
    EmptyDatabaseFile,
    NotADatabase,
    NotFound,
    ReadOnlyDatabase,
    StaleEdit,
    UpgradeFailed,
)
from app.team.rights import Forbidden
from app.validation import InvalidInput
from ui.team.rights_labels import forbidden_text

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
    # Free-text fields the text validator (app.validation) names.
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "name_zh": QT_TRANSLATE_NOOP("Fields", "Chinese name"),
    "display_name": QT_TRANSLATE_NOOP("Fields", "Display name"),
    "goals": QT_TRANSLATE_NOOP("Fields", "Goals"),
    "core_messages": QT_TRANSLATE_NOOP("Fields", "Core messages"),
    "audience": QT_TRANSLATE_NOOP("Fields", "Audience"),
    "execution_path": QT_TRANSLATE_NOOP("Fields", "Execution path"),
    "interaction_style": QT_TRANSLATE_NOOP("Fields", "Interaction style"),
    "promotion_focus": QT_TRANSLATE_NOOP("Fields", "Promotion focus"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "platforms": QT_TRANSLATE_NOOP("Fields", "Platforms"),
    "accounts": QT_TRANSLATE_NOOP("Fields", "Accounts"),
    "body": QT_TRANSLATE_NOOP("Fields", "Text"),
    "tags": QT_TRANSLATE_NOOP("Fields", "Tags"),
}
_MESSAGES = (
    QT_TRANSLATE_NOOP("Validation", "must not be empty"),
    QT_TRANSLATE_NOOP("Validation", "must not be negative"),
    QT_TRANSLATE_NOOP("Validation", "an e-mail address needs an @"),
    QT_TRANSLATE_NOOP("Validation", "this platform already has that account"),
    QT_TRANSLATE_NOOP("Validation", "must be a number"),
    QT_TRANSLATE_NOOP("Validation", "must not be before the start date"),
    QT_TRANSLATE_NOOP("Validation", "must be text"),
    QT_TRANSLATE_NOOP("Validation", "contains a broken character (invalid Unicode)"),
    QT_TRANSLATE_NOOP("Validation", "contains a text-direction control character"),
    QT_TRANSLATE_NOOP("Validation", "contains only invisible characters"),
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


# Fixed sentences of the core's opening problems, listed for lupdate; others fall back
# to a translated frame around the core's English.
_OPENING = frozenset(
    (
        QT_TRANSLATE_NOOP("Errors", "Social Desk may not read this file (permission denied)."),
        QT_TRANSLATE_NOOP("Errors", "This is a folder, not a database file."),
        QT_TRANSLATE_NOOP("Errors", "A part of this path is a file, not a folder."),
        QT_TRANSLATE_NOOP("Errors", "There is no database file here."),
        QT_TRANSLATE_NOOP(
            "Errors", "Social Desk may not create its lock file beside the database."
        ),
        QT_TRANSLATE_NOOP("Errors", "The database file cannot be opened."),
        QT_TRANSLATE_NOOP("Errors", "This database is open read-only; the change was not saved."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "This read-only file was made by an older Social Desk and needs an upgrade, "
            "which needs permission to write it. The file was not changed.",
        ),
        QT_TRANSLATE_NOOP("Errors", "The database file cannot be written to."),
    )
)


def _local_time(iso: str) -> str:
    """An ISO 8601 moment as this computer's local date and time, to the minute."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def _describe_opening(exc: DatabaseProblem) -> str | None:
    """Sentences for problems met when opening a file (None: not one of them)."""
    if isinstance(exc, DatabaseInUse):
        return (
            QCoreApplication.translate(
                "Errors",
                "This database is open in another Social Desk (%1, process %2, since %3). "
                "Open it read-only, or choose another file. For two people working on one "
                "database over a network share, use the PostgreSQL team mode.",
            )
            .replace("%1", exc.host)
            .replace("%2", str(exc.pid))
            .replace("%3", _local_time(exc.since))
        )
    if isinstance(exc, EmptyDatabaseFile):
        return QCoreApplication.translate(
            "Errors", "This file is empty (0 bytes), so it is not a database yet."
        )
    if isinstance(exc, UpgradeFailed):
        return QCoreApplication.translate(
            "Errors",
            "Upgrading this database to this version of Social Desk failed. The file was "
            "not changed. The details are in the log: please send them with a bug report.",
        )
    if isinstance(exc, CannotReadFile | ReadOnlyDatabase):
        if str(exc) in _OPENING:
            return QCoreApplication.translate("Errors", str(exc))
        return QCoreApplication.translate(
            "Errors", "The database file cannot be opened: %1"
        ).replace("%1", str(exc))
    return None


_damage_handler: Callable[[CorruptDatabase], None] | None = None


def set_damage_handler(handler: Callable[[CorruptDatabase], None] | None) -> None:
    """Who hears of a database found damaged while in use (the window's opener: it
    closes the database and shows the recovery dialog instead of the crash dialog)."""
    global _damage_handler
    _damage_handler = handler


def describe(exc: BaseException) -> str | None:
    """A translated sentence for a problem the user can act on; None for a bug."""
    if isinstance(exc, DatabaseProblem):
        opening = _describe_opening(exc)
        if opening is not None:
            return opening
    for kind, text in _PROBLEMS:
        if isinstance(exc, kind):
            return QCoreApplication.translate("Errors", str(text))
    if isinstance(exc, InvalidInput):
        return invalid_text(exc)
    if isinstance(exc, Forbidden):
        return forbidden_text(exc)
    if isinstance(exc, DatabaseProblem):
        return str(exc)
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Errors", "The file could not be read or written: %1"
        ).replace("%1", str(exc))
    return None


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user about ``exc``: a message box, or the crash dialog for a bug.

    A damaged database goes to the recovery dialog, wherever it was met."""
    if isinstance(exc, CorruptDatabase) and _damage_handler is not None:
        log.warning("database found damaged while in use: %s", exc)
        _damage_handler(exc)
        return
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
        if isinstance(e, DatabaseProblem):  # one a user can act on, not a bug
            show_error(QApplication.activeWindow(), e)
            return
        show_crash(t, e, tb)

    sys.excepthook = hook
