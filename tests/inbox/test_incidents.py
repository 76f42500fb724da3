"""Incidents: opened from messages, timeline, contingency checklist, statements with
approval, closure with lessons, report data."""

from __future__ import annotations

import pytest

from app.inbox.types import ContingencyTemplateDraft, IncidentDraft
from app.team.rights import Forbidden
from app.validation import InvalidInput
from tests.inbox.conftest import Team


def test_the_four_default_plans_ship_in_both_languages(team: Team) -> None:
    plans = team.ws.inbox.list_plan_templates()
    assert [p.code for p in plans] == [
        "product_complaint",
        "data_leak",
        "offensive_post",
        "kol_dispute",
    ]
    leak = plans[1]
    assert (leak.name("en"), leak.name("zh_CN")) == ("Data leak", "数据泄露")
    assert len(leak.steps("en")) == len(leak.steps("zh")) >= 5
    assert all(p.builtin for p in plans)


def test_an_incident_from_messages_to_closure(team: Team) -> None:
    inbox = team.ws.inbox
    uuids = inbox.add_messages(
        [
            team.draft("产品有异味，要求退款", platform_message_id="1"),
            team.draft("我也是，投诉！", platform_message_id="2"),
        ]
    ).uuids
    draft = IncidentDraft(
        "产品异味投诉",
        "high",
        owner_uuid=team.lead,
        departments=("pr", "product"),
        summary="多名用户反映",
    )
    incident = inbox.open_incident(draft, uuids)
    assert (incident.row.owner, incident.row.message_count) == ("王芳", 2)
    assert [e.kind for e in incident.timeline] == ["opened", "linked"]
    assert inbox.get_message(uuids[0]).incident_uuids == (incident.uuid,)

    complaint = inbox.list_plan_templates()[0]
    incident = inbox.apply_plan(incident.uuid, complaint.uuid, "zh_CN")
    assert incident.plan_name == "产品投诉"
    assert incident.steps[0].text == "1小时内公开回应，表示已收到投诉"
    incident = inbox.set_step_done(incident.uuid, incident.steps[0].uuid, True)
    assert (incident.steps[0].done, incident.steps[0].done_by) == (True, "李雷")
    incident = inbox.add_entry(incident.uuid, "已联系品控部门")
    assert incident.timeline[-1].text == "已联系品控部门"
    assert incident.timeline[-1].member_name == "李雷"

    st = inbox.save_statement(incident.uuid, "致歉声明", "我们已关注到……<b>不是HTML</b>")
    assert st.status == "draft"
    st = inbox.submit_statement(st.uuid)
    with pytest.raises(Forbidden):  # an operator may not approve a public statement
        inbox.decide_statement(st.uuid, True)
    team.ws.acting.choose(team.lead)
    st = inbox.decide_statement(st.uuid, True)
    assert (st.status, st.approved_by) == ("approved", "王芳")

    incident = inbox.get_incident(incident.uuid)
    with pytest.raises(InvalidInput):
        inbox.close_incident(incident.uuid, incident.version, "  ")
    closed = inbox.close_incident(incident.uuid, incident.version, "供应商批次问题，加强抽检")
    assert closed.row.status == "closed" and closed.row.closed_at is not None
    assert inbox.list_incidents(include_closed=False) == []
    report = inbox.incident_report(closed.uuid)
    assert report.negative_messages == 2
    assert report.incident.statements[0].text == "我们已关注到……<b>不是HTML</b>"
    assert report.incident.lessons == "供应商批次问题，加强抽检"


def test_an_incident_by_hand_and_a_custom_plan(team: Team) -> None:
    inbox = team.ws.inbox
    incident = inbox.open_incident(IncidentDraft("KOL 解约纠纷", "medium"))
    assert incident.messages == ()
    updated = inbox.update_incident(
        incident.uuid, incident.version, IncidentDraft("KOL 解约纠纷", "critical", "monitoring")
    )
    assert (updated.row.severity, updated.row.status) == ("critical", "monitoring")
    plan = inbox.save_plan_template(
        ContingencyTemplateDraft("Server outage", "服务器故障", ("Post a notice",), ("发布公告",))
    )
    assert not plan.builtin and plan.steps("en") == ("Post a notice",)
    updated = inbox.apply_plan(updated.uuid, plan.uuid, "en")
    assert [s.text for s in updated.steps] == ["Post a notice"]
    with pytest.raises(InvalidInput):
        inbox.update_incident(updated.uuid, updated.version, IncidentDraft("x", "apocalyptic"))
    inbox.remove_plan_template(plan.uuid)
    assert len(inbox.list_plan_templates()) == 4
