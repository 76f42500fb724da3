"""The whole inbox day, driven through the screens: import a comments export with the
shared wizard, triage from the keyboard, reply, open an incident from the messages,
work it (timeline, plan, statement, closure) and print its report, read back from the
PDF with pdftotext — in English and in Chinese."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.inbox.types import RuleDraft
from tests.inbox.conftest import Team
from ui import i18n
from ui.imports.wizard import ImportWizard
from ui.inbox.incidents import IncidentsDialog, NewIncidentDialog
from ui.inbox.tab import InboxTab
from ui.tasks import TaskRunner
from ui.widgets.form_dialog import FormDialog

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"

EXPORT = (
    "账号,类型,用户昵称,内容,时间,消息ID\n"
    "@brand,评论,小红,收到的杯子是碎的，要求退款！,2026-12-03 09:10,c1\n"
    "@brand,评论,阿强,客服三天不回复，我要投诉曝光,2026-12-03 09:20,c2\n"
    "@brand,私信,Lily,Do you ship to Hong Kong?,2026-12-03 09:30,c3\n"
    "@brand,评论,老王,<b>质量太差</b> 退款退款,2026-12-03 09:40,c4\n"
    "@brand,评论,小美,新款颜色好好看！,2026-12-03 09:50,c5\n"
)


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    i18n.install(qapp, request.param)  # type: ignore[arg-type]
    yield request.param
    i18n.install(qapp, "en")  # type: ignore[arg-type]


def shot(widget: QWidget, name: str, language: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"inbox-{name}-{language}.png"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_import_triage_reply_incident_report(
    team: Team, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    ws = team.ws
    zh = language == "zh_CN"
    runner = TaskRunner(synchronous=True)
    stack = QUndoStack()
    tab = InboxTab(stack, runner)
    runner.setParent(tab)
    stack.setParent(tab)
    qtbot.addWidget(tab)
    tab.resize(1400, 820)
    tab.show()
    qtbot.waitExposed(tab)
    ws.inbox.save_rule(RuleDraft("退款投诉", ("退款", "refund"), raise_alert=True))
    tab.set_workspace(ws)
    assert tab.stack.currentWidget() is tab.empty

    # 1. Import the export through the shared wizard (target "messages").
    export = tmp_path / "weibo-comments.csv"
    export.write_text(EXPORT, encoding="utf-8")
    tab.import_action.trigger()
    wizard: ImportWizard = tab.dialogs["import"]
    assert wizard.target == "messages"
    wizard.file_page.path_edit.setText(str(export))
    wizard.next()
    wizard.next()
    assert wizard.preset is not None and wizard.preset.name == "社交工作台消息"
    wizard.next()
    wizard.next()
    assert wizard.imported is not None and wizard.imported.added == 5
    with qtbot.waitSignal(wizard.finished):
        wizard.accept()
    assert tab.stack.currentWidget() is tab.content
    assert tab.model.rowCount() == 5
    assert tab.model.row_at(0).author_name == "小美"  # newest first
    # The rule raised an alert on import, naming the two refund messages.
    rule_alert = next(a for a in tab.alerts.alerts if a.kind == "rule")
    assert tab.alerts.isVisible() and len(rule_alert.message_uuids) == 2
    assert tab.alerts.lines[tab.alerts.alerts.index(rule_alert)].text() == (
        "⚠ 规则“退款投诉”在 全部账号 命中 2 条消息"
        if zh
        else "⚠ Rule “退款投诉” matched 2 message(s) on all accounts"
    )
    shot(tab, "alert", language)

    # 2. Triage from the keyboard: to the third message, assign to me, urgent.
    tab.activateWindow()  # back from the wizard
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_J)  # 老王
    qtbot.keyClick(tab.table, Qt.Key.Key_J)  # Lily
    lily = tab.model.row_at(2)
    assert lily.author_name == "Lily" and tab.selected_uuids() == [lily.uuid]
    qtbot.keyClick(tab.table, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(tab.table, Qt.Key.Key_4)  # urgent
    assert tab.model.row_at(2).assignee == "李雷"
    assert tab.model.row_at(2).priority == 3

    # 3. Reply and close (Ctrl+Shift+Enter): the list moves on to the next message.
    qtbot.keyClick(tab.table, Qt.Key.Key_R)
    reply = tab.detail.reply
    assert reply.text.hasFocus()
    qtbot.keyClicks(reply.text, "Yes, 3-5 days to Hong Kong.")
    shot(tab, "reply-editor", language)
    qtbot.keyClick(
        reply.text,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    answered = ws.inbox.get_message(lily.uuid)
    assert answered.row.status == "closed" and answered.row.first_response_seconds is not None
    assert [r.text for r in answered.replies] == ["Yes, 3-5 days to Hong Kong."]
    assert tab.selected_uuids() == [tab.model.row_at(3).uuid]  # 阿强, next in the list
    shot(tab, "inbox", language)

    # 4. The two complaints become an incident.
    tab.filters.search.setText("退款")
    tab.filters.search.returnPressed.emit()
    assert {tab.model.row_at(r).author_name for r in range(tab.model.rowCount())} == {
        "小红",
        "老王",
    }
    tab.table.selectAll()
    tab.new_incident_action.trigger()
    new: NewIncidentDialog = tab.dialogs["new_incident"]
    new.title.setText("杯子破损退款投诉")
    with qtbot.waitSignal(new.finished):
        new.try_accept()
    dialog: IncidentsDialog = tab.dialogs["incidents"]
    editor = dialog.editor
    assert editor.incident is not None and editor.incident.row.title == "杯子破损退款投诉"
    assert editor.messages.count() == 2
    editor.note.setText("物流商确认运输途中破损，已联系仓库补发")
    editor.add_note.click()
    assert "物流商确认运输途中破损" in editor.timeline.item(editor.timeline.count() - 1).text()
    templates = [editor.templates.itemText(i) for i in range(editor.templates.count())]
    complaint = next(i for i, t in enumerate(templates) if "投诉" in t or "complaint" in t)
    editor.templates.setCurrentIndex(complaint)
    editor.apply_plan.click()
    assert editor.steps.count() >= 3
    editor.steps.item(0).setCheckState(Qt.CheckState.Checked)
    assert editor.incident.steps[0].done
    editor.sections.setCurrentIndex(4)
    editor.new_statement.click()
    editor.statement_title.setText("关于杯子破损的说明")
    editor.statement_text.setPlainText("我们已为所有受影响的顾客补发新品。<script>x</script>")
    editor.save_statement.click()
    assert editor.incident.statements[0].status == "draft"
    editor.submit_statement.click()
    ws.acting.choose(team.lead)  # approval needs the lead (APPROVE_POST)
    editor.approve_statement.click()
    assert editor.incident.statements[0].status == "approved"
    editor.sections.setCurrentIndex(3)
    shot(dialog, "incident", language)
    editor.sections.setCurrentIndex(5)
    editor.lessons.setPlainText("包装需加固；客服响应要在一小时内")
    editor.close_button.click()
    assert editor.incident.row.status == "closed"

    # 5. The report prints; user text comes out as text, Chinese exactly.
    pdf = tmp_path / "incident.pdf"
    dialog.pdf_path = lambda: str(pdf)
    editor.pdf.click()
    shutil.copy(pdf, SHOTS / f"inbox-report-{language}.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "杯子破损退款投诉" in text
    assert "物流商确认运输途中破损，已联系仓库补发" in text
    assert "<script>x</script>" in text  # printed as typed, not run or dropped
    assert "<b>质量太差</b>" in text
    assert "包装需加固；客服响应要在一小时内" in text
    assert ("事件报告" if zh else "Incident report") in text
    assert ("经验教训" if zh else "Lessons learned") in text
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert not isinstance(dialog, FormDialog)
