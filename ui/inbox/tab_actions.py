"""What the inbox tab's buttons open and save: adding and importing messages, notes,
replies, alerts, and the rules, saved replies and incidents dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.db.errors import DatabaseProblem
from app.validation import InvalidInput
from ui.tasks import TaskRunner
from ui.widgets.editing import Editor

if TYPE_CHECKING:
    from app.inbox.types import Alert, SlaSettings
    from app.workspace import Workspace
    from ui.inbox.detail import DetailPane


class Host(Protocol):
    """The inbox tab, as these actions see it."""

    workspace: Workspace | None
    runner: TaskRunner
    editor: Editor
    read_only: bool
    dialogs: dict[str, Any]
    detail: DetailPane

    def selected_uuids(self) -> list[str]: ...

    def reload(self) -> None: ...

    def refresh(self, *, alerts: bool = False) -> None: ...

    def refresh_rows(self, uuids: list[str]) -> None: ...

    def select(self, uuid: str, *, clear: bool = True) -> bool: ...

    def step(self, delta: int) -> None: ...


class InboxDialogs:
    def __init__(self, host: Host) -> None:
        self.host = host

    @property
    def _widget(self) -> QWidget:
        assert isinstance(self.host, QWidget)
        return self.host

    def _keep(self, name: str, dialog: Any) -> Any:
        self.host.dialogs[name] = dialog
        return dialog

    # Messages in ----------------------------------------------------------------------
    def add_messages(self) -> None:
        from ui.inbox.entry import MessageEntryDialog

        ws = self.host.workspace
        if ws is None or self.host.read_only:
            return
        dialog = self._keep("entry", MessageEntryDialog(ws, self._widget))
        dialog.finished.connect(lambda _code: self.host.reload())
        dialog.open()

    def open_import(self) -> None:
        from ui.imports.wizard import ImportWizard

        ws = self.host.workspace
        if ws is None or self.host.read_only:
            return
        wizard = self._keep("import", ImportWizard(ws, self.host.runner, "messages", self._widget))
        wizard.finished.connect(lambda _code: self.host.reload())
        wizard.show()

    # The message shown ------------------------------------------------------------------
    def save_notes(self, notes: str) -> None:
        ws, detail = self.host.workspace, self.host.detail.detail
        if ws is None or detail is None or self.host.read_only:
            return
        saved = self.host.editor.attempt(
            lambda: ws.inbox.set_notes(detail.uuid, detail.version, notes)
        )
        if saved is None:
            return
        self.host.detail.show_detail(saved)
        if saved.notes != detail.notes:
            from ui.inbox.undo import NotesCommand

            text = QCoreApplication.translate("InboxDialogs", "Edit the notes")
            command = NotesCommand(text, self.host.editor, detail.uuid, detail.notes, saved.notes)
            self.host.editor.push(command)

    def send_reply(self, text: str, close: bool) -> None:
        """Log the reply; after Send and close, on to the next message."""
        ws, detail = self.host.workspace, self.host.detail.detail
        if ws is None or detail is None or not text or self.host.read_only:
            return
        try:
            sent = ws.inbox.reply(detail.uuid, text, close)
        except (InvalidInput, DatabaseProblem) as exc:  # Forbidden, a vanished message
            self.host.editor.report(exc)
            return
        from ui.inbox.undo import ReplyCommand

        statuses = (detail.row.status, "closed" if close else "waiting")
        label = QCoreApplication.translate("InboxDialogs", "Log the reply to %1")
        name = detail.row.author_name or detail.row.author_handle
        self.host.editor.push(
            ReplyCommand(
                label.replace("%1", name),
                self.host.editor,
                detail.uuid,
                sent.uuid,
                statuses,
                self.host.refresh_rows,
            )
        )
        self.host.detail.reply.sent()
        self.host.refresh()
        if close:
            self.host.step(1)

    # Alerts -----------------------------------------------------------------------------
    def dismiss_alert(self, uuid: str) -> None:
        ws = self.host.workspace
        if ws is None or self.host.read_only:
            return
        self.host.editor.attempt(lambda: ws.inbox.dismiss_alert(uuid))
        self.host.refresh(alerts=True)

    def scan_spikes(self) -> None:
        ws = self.host.workspace
        if ws is None or self.host.read_only:
            return
        raised = self.host.editor.attempt(ws.inbox.scan_spikes)
        self.host.refresh(alerts=True)
        window = self._widget.window()
        status = getattr(window, "statusBar", None)
        if raised is not None and status is not None:
            n = len(raised)
            if n:
                text = QCoreApplication.translate("InboxDialogs", "%n new alert(s)", None, n)
            else:
                text = QCoreApplication.translate(
                    "InboxDialogs", "No new alert: nothing unusual in the recent messages"
                )
            status().showMessage(text, 8000)

    # Dialogs ----------------------------------------------------------------------------
    def open_rules(self) -> None:
        from ui.inbox.rules_dialog import RulesDialog

        ws = self.host.workspace
        if ws is None:
            return
        undo = self.host.editor.undo_stack
        dialog = self._keep("rules", RulesDialog(ws, self.host.read_only, self._widget, undo))
        dialog.finished.connect(lambda _code: self.host.reload())
        dialog.open()

    def open_templates(self) -> None:
        from ui.inbox.templates_dialog import TemplatesDialog

        ws = self.host.workspace
        if ws is None:
            return
        dialog = self._keep(
            "templates",
            TemplatesDialog(
                ws,
                self.host.read_only,
                self._widget,
                self.host.editor.undo_stack,
                self._templates_changed,
            ),
        )
        dialog.open()

    def _templates_changed(self) -> None:
        # The reply box offers the saved replies: after an edit and after its undo, which
        # may come from the Edit menu once the dialog is closed.
        ws = self.host.workspace
        if ws is not None:
            self.host.detail.reply.set_templates(ws.inbox.list_templates())

    def open_settings(self) -> None:
        from ui.inbox.settings_dialog import InboxSettingsDialog, relabel
        from ui.inbox.undo import SettingsCommand

        host = self.host
        ws = host.workspace
        if ws is None or host.read_only:
            return
        before = host.editor.attempt(ws.inbox.sla_settings)
        if before is None:
            return
        editor = Editor(host.editor.undo_stack, self._widget, host.reload, lambda: ws, relabel)

        def saved(after: SlaSettings) -> None:
            host.reload()  # due times moved: the overdue marks and order follow
            if after != before:
                text = QCoreApplication.translate("InboxDialogs", "Change the inbox settings")
                editor.push(SettingsCommand(text, editor, before, after))

        dialog = InboxSettingsDialog(ws.inbox.save_sla_settings, before, self._widget)
        self._keep("settings", dialog)
        editor.open(dialog, saved)

    def open_incidents(self, select: str | None = None) -> None:
        from ui.inbox.incidents import IncidentsDialog

        ws = self.host.workspace
        if ws is None:
            return
        dialog = self._keep(
            "incidents", IncidentsDialog(ws, self.host.read_only, self._widget, select)
        )
        dialog.finished.connect(lambda _code: self.host.refresh(alerts=True))
        dialog.open()

    def incident_from_selection(self) -> None:
        self._new_incident(tuple(self.host.selected_uuids()), "")

    def incident_from_alert(self, alert: Alert) -> None:
        self._new_incident(tuple(alert.message_uuids), alert.title)

    def _new_incident(self, uuids: tuple[str, ...], title: str) -> None:
        from ui.inbox.incidents import NewIncidentDialog

        ws = self.host.workspace
        if ws is None or self.host.read_only:
            return
        dialog = self._keep("new_incident", NewIncidentDialog(ws, uuids, title, self._widget))

        def done(code: int) -> None:
            if dialog.saved is not None:
                self.open_incidents(dialog.saved.uuid)

        dialog.finished.connect(done)
        dialog.open()
