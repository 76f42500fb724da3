"""A dialog that saves through a service on OK and says inline what is wrong."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from app.db.errors import DatabaseProblem
from app.validation import InvalidInput
from ui.errors import invalid_text, show_error
from ui.widgets.inputs import error_label

DraftT = TypeVar("DraftT")
ResultT = TypeVar("ResultT")


def same_field(exc: InvalidInput) -> InvalidInput:
    return exc


class FormDialog(QDialog, Generic[DraftT, ResultT]):
    """Subclasses fill ``self.form``, implement ``draft()`` and map fields to widgets in
    ``field_widgets``. OK calls ``save(draft)`` and keeps what it returned in ``saved``:
    InvalidInput keeps the dialog open with a red message naming the field; a database
    problem (a stale or removed record) is shown, and the dialog closes with ``failed``
    set so the caller reloads. ``relabel`` names a feature's fields as users know them."""

    def __init__(self, save: Callable[[DraftT], ResultT], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.failed: BaseException | None = None
        self.saved: ResultT | None = None
        self.relabel: Callable[[InvalidInput], InvalidInput] = same_field
        self.field_widgets: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_row(self, text: str, fields: QLayout, buddy: QWidget) -> None:
        """A row of several widgets whose label's shortcut (the "&" letter) focuses
        ``buddy``; QFormLayout gives a layout's label no buddy, so it would show "&"."""
        label = QLabel(text, self)
        label.setBuddy(buddy)
        self.form.addRow(label, fields)

    def draft(self) -> DraftT:
        raise NotImplementedError

    def try_accept(self) -> None:
        try:
            self.saved = self._save(self.draft())
        except InvalidInput as exc:
            self.error.setText(invalid_text(self.relabel(exc)))
            self.error.show()
            widget = self.field_widgets.get(exc.field)
            if widget is not None:
                widget.setFocus()
            return
        except DatabaseProblem as exc:
            self.failed = exc
            show_error(self, exc)
            self.reject()
            return
        self.accept()
