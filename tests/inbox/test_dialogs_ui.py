"""The inbox's dialogs: adding messages by hand and by paste, the rules, the saved
replies, and the incident report's print preview."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.inbox.types import IncidentDraft
from tests.inbox.conftest import Team
from tests.qt_dialogs import finish
from ui.inbox.entry import MessageEntryDialog
from ui.inbox.incidents import IncidentsDialog
from ui.inbox.rules_dialog import RuleDialog, RulesDialog
from ui.inbox.tab import InboxTab
from ui.inbox.templates_dialog import TemplateDialog, TemplatesDialog
from ui.tasks import TaskRunner


def make_tab(qtbot: QtBot, team: Team) -> InboxTab:
    runner = TaskRunner(synchronous=True)
    tab = InboxTab(QUndoStack(), runner)
    runner.setParent(tab)
    qtbot.addWidget(tab)
    tab.resize(1300, 760)
    tab.show()
    tab.set_workspace(team.ws)
    return tab


def test_add_one_message_then_paste_several(qtbot: QtBot, team: Team, english: None) -> None:
    tab = make_tab(qtbot, team)
    tab.first_add.click()
    dialog: MessageEntryDialog = tab.dialogs["entry"]
    # Nothing typed: the dialog says what is missing and stays open.
    dialog.save()
    assert dialog.isVisible() and dialog.error.text()
    dialog.author.setText("小明")
    dialog.text.setPlainText("请问有优惠券吗？")
    dialog.message_id.setText("wb-1")
    dialog.save()
    assert dialog.added is not None and dialog.added.added == 1
    dialog.pages.setCurrentIndex(1)
    dialog.paste.setPlainText("王芳：什么时候发货？\nAlex: Love the new colours!\n")
    dialog.save()
    assert dialog.added.added == 2
    assert dialog.error.text() == "Added 2, 0 already in the inbox."
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert tab.model.rowCount() == 3
    authors = {tab.model.row_at(r).author_name for r in range(3)}
    assert authors == {"小明", "王芳", "Alex"}


def test_rules_and_saved_replies_are_edited_in_their_dialogs(
    qtbot: QtBot, team: Team, english: None
) -> None:
    tab = make_tab(qtbot, team)
    tab.rules_action.trigger()
    rules: RulesDialog = tab.dialogs["rules"]
    rules.section.add_button.click()

    def fill_rule(d: RuleDialog) -> None:
        d.name.setText("物流")
        d.keywords.setText("发货，快递, shipping")
        d.tag.setText("物流")
        d.alert.setChecked(True)
        d.try_accept()

    finish(qtbot, fill_rule, RuleDialog)
    assert rules.model.rowCount() == 1
    assert rules.model.data(rules.model.index(0, 1)) == "发货 or 快递 or shipping"
    saved = team.ws.inbox.list_rules()[0]
    assert saved.keywords == ("发货", "快递", "shipping") and saved.raise_alert
    with qtbot.waitSignal(rules.finished):
        rules.reject()

    tab.templates_action.trigger()
    templates: TemplatesDialog = tab.dialogs["templates"]
    templates.section.add_button.click()

    def fill_template(d: TemplateDialog) -> None:
        d.name.setText("发货时间")
        d.text_zh.setPlainText("{author}您好，订单会在48小时内发出。")
        d.text_en.setPlainText("Hi {author}, your order ships within 48 hours.")
        d.try_accept()

    finish(qtbot, fill_template, TemplateDialog)
    assert templates.model.rowCount() == 1
    with qtbot.waitSignal(templates.finished):
        templates.reject()
    # The reply box offers it at once.
    assert tab.detail.reply.template.findText("发货时间") > 0


def test_incident_report_print_preview_opens(qtbot: QtBot, team: Team, english: None) -> None:
    incident = team.ws.inbox.open_incident(IncidentDraft("数据泄露传闻", severity="critical"))
    dialog = IncidentsDialog(team.ws, False, None, incident.uuid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.editor.heading.text() == "数据泄露传闻"
    assert dialog.model.rowCount() == 1
    dialog.editor.preview.click()
    preview = dialog.open_dialog
    assert isinstance(preview, QDialog) and preview.isVisible()
    assert preview.windowTitle() == "Incident report: 数据泄露传闻"
    with qtbot.waitSignal(preview.finished):
        preview.reject()


def test_read_only_dialogs_do_not_offer_changes(qtbot: QtBot, team: Team, english: None) -> None:
    dialog = RulesDialog(team.ws, True)
    qtbot.addWidget(dialog)
    assert dialog.section.add_button.isHidden()
    incidents = IncidentsDialog(team.ws, True)
    qtbot.addWidget(incidents)
    assert not incidents.new_button.isEnabled()
