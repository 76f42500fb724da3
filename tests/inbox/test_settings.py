"""Inbox settings: the SLA target and business hours, the spike detector's thresholds
and risk words; what follows from them (response figures, alerts); and the dialog."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from app.inbox import replies
from app.inbox.models import Setting
from app.inbox.sla import SLA_KEY
from app.inbox.types import SlaSettings
from app.validation import InvalidInput
from tests.inbox.conftest import MORNING, Team, calm_week_then_burst
from tests.inbox.test_dialogs_ui import make_tab
from ui.inbox.settings_dialog import InboxSettingsDialog


def _burst(team: Team) -> None:
    team.ws.inbox.add_messages(calm_week_then_burst(team)[0])


def test_spike_thresholds_are_saved_and_decide_whether_a_burst_rings(team: Team) -> None:
    inbox = team.ws.inbox
    strict = replace(inbox.sla_settings(), spike_min_negative=20, spike_threshold=5.0)
    assert inbox.save_sla_settings(strict) == strict
    _burst(team)
    assert [a for a in inbox.list_alerts() if a.kind == "spike"] == []
    inbox.save_sla_settings(replace(strict, spike_min_negative=3, spike_threshold=4.0))
    assert [a.kind for a in inbox.scan_spikes()].count("spike") >= 1


def test_new_risk_words_raise_a_keyword_alert(team: Team) -> None:
    inbox = team.ws.inbox
    inbox.add_message(team.draft("吃了以后过敏起疹子", received_at=datetime.now(UTC)))
    now = datetime.now(UTC)
    inbox.add_message(team.draft("这批货有毒吧", received_at=now, account_uuid=team.douyin))
    assert [a.title for a in inbox.list_alerts() if a.kind == "keyword"] == ["过敏"]
    inbox.save_sla_settings(replace(inbox.sla_settings(), risk_keywords=("有毒",)))
    raised = inbox.scan_spikes()
    assert [a.title for a in raised] == ["有毒"]


def test_the_target_decides_what_counts_as_late(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = team.ws.inbox
    m = inbox.add_message(team.draft("在吗"))  # Thursday 10:00 in Shanghai
    monkeypatch.setattr(replies, "utcnow", lambda: MORNING + timedelta(minutes=90))
    inbox.reply(m.uuid, "在的")
    start, end = MORNING - timedelta(hours=1), MORNING + timedelta(hours=1)
    stats = inbox.response_stats(start, end)
    assert (stats.within_target, stats.breaches) == (1, 0)  # 90 minutes, within two hours
    inbox.save_sla_settings(replace(inbox.sla_settings(), target_minutes=60))
    stats = inbox.response_stats(start, end)
    assert (stats.within_target, stats.breaches) == (0, 1)


def test_settings_saved_before_the_spike_fields_read_with_their_defaults(team: Team) -> None:
    old = {"target_minutes": 60, "workdays": [0, 1, 2, 3, 4], "timezone": "Asia/Shanghai"}
    with team.ws.db.session() as s:
        s.add(Setting(key=SLA_KEY, value=json.dumps(old)))
    loaded = team.ws.inbox.sla_settings()
    assert loaded.target_minutes == 60
    assert (loaded.spike_min_negative, loaded.spike_threshold) == (3, 4.0)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"lunch_start": "08:00", "lunch_end": "09:30"}, "lunch_start"),
        ({"spike_min_negative": 0}, "spike_min_negative"),
        ({"spike_min_rise": 1.5}, "spike_min_rise"),
        ({"spike_threshold": 0.5}, "spike_threshold"),
    ],
)
def test_bad_settings_are_refused_naming_the_field(
    team: Team, change: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        team.ws.inbox.save_sla_settings(replace(SlaSettings(), **change))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert team.ws.inbox.sla_settings() == SlaSettings()


def test_settings_dialog_saves_with_undo_and_the_overdue_marks_follow(
    qtbot: QtBot, team: Team, english: None
) -> None:
    team.ws.inbox.add_message(team.draft("上周的问题", received_at=MORNING - timedelta(days=3)))
    tab = make_tab(qtbot, team)
    stack = tab.editor.undo_stack
    assert tab.model.row_at(0).overdue

    tab.settings_action.trigger()
    dialog: InboxSettingsDialog = tab.dialogs["settings"]
    assert dialog.target.value() == 120 and dialog.days[4].isChecked()
    for box in dialog.days:
        box.setChecked(False)
    dialog.try_accept()
    assert dialog.isVisible()
    assert dialog.error.text() == "Working days: choose at least one working day"
    dialog.days[0].setChecked(True)
    dialog.holidays.setText("2026-10-01, 国庆")
    dialog.try_accept()
    assert dialog.error.text() == "Holidays: write dates as 2026-10-01"
    dialog.holidays.setText("2026-10-01，2026-10-02")
    dialog.target.setValue(60 * 24 * 30)
    dialog.risk_words.setPlainText("投诉、有毒, class action")
    with qtbot.waitSignal(dialog.finished):
        dialog.try_accept()

    saved = team.ws.inbox.sla_settings()
    assert saved.target_minutes == 60 * 24 * 30 and saved.workdays == (0,)
    assert [d.isoformat() for d in saved.holidays] == ["2026-10-01", "2026-10-02"]
    assert saved.risk_keywords == ("投诉", "有毒", "class action")
    assert not tab.model.row_at(0).overdue  # a month to answer it
    assert stack.undoText() == "Change the inbox settings"
    stack.undo()
    assert team.ws.inbox.sla_settings() == SlaSettings()
    assert tab.model.row_at(0).overdue
    stack.redo()
    assert team.ws.inbox.sla_settings() == saved
    assert not tab.model.row_at(0).overdue
