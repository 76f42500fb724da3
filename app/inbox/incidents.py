"""Incidents: severity, owner, departments, a timeline, linked messages, a contingency
checklist from a template, draft statements with approval, closure with lessons.

The timeline writes itself for what happens to an incident (opened, status, linked,
plan, statement, closed); ``text`` then holds the detail, which the UI words.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.db.records import check_version, find
from app.db.types import utcnow
from app.inbox.common import Names, actor, ids_of, rows_by_ids, split_lines
from app.inbox.models import ContingencyTemplate as PlanModel
from app.inbox.models import Incident as IncidentModel
from app.inbox.models import IncidentEntry as EntryModel
from app.inbox.models import IncidentMessage, IncidentStep
from app.inbox.models import Statement as StatementModel
from app.inbox.types import (
    DEPARTMENTS,
    INCIDENT_STATUSES,
    SEVERITIES,
    ContingencyTemplate,
    ContingencyTemplateDraft,
    Incident,
    IncidentDraft,
    IncidentEntry,
    IncidentReport,
    IncidentRow,
    PlanStep,
    Statement,
)
from app.validation import InvalidInput, optional_text, require_text

LONG = 20_000


def row_info(i: IncidentModel, names: Names, message_count: int) -> IncidentRow:
    return IncidentRow(
        uuid=i.uuid,
        title=i.title,
        severity=i.severity,
        status=i.status,
        owner_uuid=names.member_uuid(i.owner_id),
        owner=names.member_name(i.owner_id),
        opened_at=i.opened_at,
        closed_at=i.closed_at,
        message_count=message_count,
        version=i.version,
    )


def list_incidents(s: Session, include_closed: bool) -> list[IncidentRow]:
    names = Names.load(s)
    q = select(IncidentModel).order_by(IncidentModel.opened_at.desc(), IncidentModel.id.desc())
    if not include_closed:
        q = q.where(IncidentModel.status != "closed")
    grouped = select(IncidentMessage.incident_id, func.count())
    counts: dict[int, int] = {
        i: n for i, n in s.execute(grouped.group_by(IncidentMessage.incident_id))
    }
    return [row_info(i, names, counts.get(i.id, 0)) for i in s.scalars(q)]


def statement_info(st: StatementModel) -> Statement:
    return Statement(
        uuid=st.uuid,
        title=st.title,
        text=st.text,
        status=st.status,
        author=st.author_name,
        approved_by=st.approved_by,
        decided_at=st.decided_at,
        created_at=st.created_at,
        version=st.version,
    )


def incident_info(s: Session, i: IncidentModel) -> Incident:
    names = Names.load(s)
    steps = s.scalars(
        select(IncidentStep)
        .where(IncidentStep.incident_id == i.id)
        .order_by(IncidentStep.sort_order, IncidentStep.id)
    )
    entries = s.scalars(
        select(EntryModel)
        .where(EntryModel.incident_id == i.id)
        .order_by(EntryModel.at, EntryModel.id)
    )
    message_ids = list(
        s.scalars(select(IncidentMessage.message_id).where(IncidentMessage.incident_id == i.id))
    )
    statements = s.scalars(
        select(StatementModel)
        .where(StatementModel.incident_id == i.id)
        .order_by(StatementModel.created_at, StatementModel.id)
    )
    return Incident(
        row=row_info(i, names, len(message_ids)),
        departments=split_lines(i.departments),
        summary=i.summary,
        plan_name=i.plan_name,
        steps=tuple(PlanStep(p.uuid, p.text, p.done, p.done_at, p.done_by) for p in steps),
        timeline=tuple(
            IncidentEntry(
                e.uuid, e.at, names.member_uuid(e.member_id), e.member_name, e.kind, e.text
            )
            for e in entries
        ),
        messages=tuple(rows_by_ids(s, message_ids, names)),
        statements=tuple(statement_info(st) for st in statements),
        lessons=i.lessons,
    )


def note(s: Session, incident: IncidentModel, kind: str, text: str = "") -> None:
    member_id, name = actor(s)
    s.add(
        EntryModel(
            incident_id=incident.id,
            at=utcnow(),
            member_id=member_id,
            member_name=name,
            kind=kind,
            text=text,
        )
    )


def _apply(s: Session, i: IncidentModel, d: IncidentDraft) -> None:
    if d.severity not in SEVERITIES:
        raise InvalidInput("severity", "unknown severity")
    if d.status not in INCIDENT_STATUSES:
        raise InvalidInput("status", "unknown status")
    unknown = [x for x in d.departments if x not in DEPARTMENTS]
    if unknown:
        raise InvalidInput("departments", f"unknown department {unknown[0]!r}")
    names = Names.load(s)
    i.title = require_text(d.title, "title", 200)
    i.severity = d.severity
    i.owner_id = names.member_id(d.owner_uuid) if d.owner_uuid else None
    i.departments = "\n".join(x for x in DEPARTMENTS if x in d.departments)
    i.summary = optional_text(d.summary, "summary", LONG, multiline=True)


def open_incident(s: Session, d: IncidentDraft, message_uuids: Sequence[str]) -> IncidentModel:
    i = IncidentModel(opened_at=utcnow(), lessons="", plan_name="")
    _apply(s, i, d)
    i.status = "open" if d.status == "closed" else d.status
    s.add(i)
    s.flush()
    note(s, i, "opened")
    if message_uuids:
        link(s, i, message_uuids)
    return i


def update(s: Session, uuid: str, expected_version: int, d: IncidentDraft) -> IncidentModel:
    i = find(s, IncidentModel, uuid, "incident")
    check_version(i, expected_version, "incident")
    old_status = i.status
    _apply(s, i, d)
    if d.status != old_status:
        if d.status == "closed":
            raise InvalidInput("status", "close an incident with its lessons learned")
        i.status = d.status
        i.closed_at = None
        note(s, i, "status", d.status)
    return i


def link(s: Session, i: IncidentModel, message_uuids: Sequence[str]) -> int:
    have = set(
        s.scalars(select(IncidentMessage.message_id).where(IncidentMessage.incident_id == i.id))
    )
    new = [m for m in ids_of(s, message_uuids) if m not in have]
    s.add_all(IncidentMessage(incident_id=i.id, message_id=m) for m in new)
    if new:
        note(s, i, "linked", str(len(new)))
    return len(new)


def unlink(s: Session, i: IncidentModel, message_uuids: Sequence[str]) -> None:
    ids = ids_of(s, message_uuids)
    s.execute(
        delete(IncidentMessage).where(
            IncidentMessage.incident_id == i.id, IncidentMessage.message_id.in_(ids)
        )
    )


def apply_plan(s: Session, i: IncidentModel, template_uuid: str, language: str) -> None:
    t = find(s, PlanModel, template_uuid, "contingency plan")
    zh = language.startswith("zh")
    steps = split_lines(t.steps_zh if zh else t.steps_en) or split_lines(t.steps_en)
    s.execute(
        delete(IncidentStep).where(IncidentStep.incident_id == i.id, IncidentStep.done.is_(False))
    )
    done = s.scalar(select(func.count()).where(IncidentStep.incident_id == i.id)) or 0
    s.add_all(
        IncidentStep(incident_id=i.id, text=text, done=False, done_by="", sort_order=done + n)
        for n, text in enumerate(steps)
    )
    i.plan_name = t.name_zh if zh else t.name_en
    note(s, i, "plan", i.plan_name)


def set_step(s: Session, i: IncidentModel, step_uuid: str, done: bool) -> None:
    step = find(s, IncidentStep, step_uuid, "step")
    if step.incident_id != i.id:
        raise InvalidInput("step", "belongs to another incident")
    _member_id, name = actor(s)
    step.done = done
    step.done_at = utcnow() if done else None
    step.done_by = name if done else ""


def save_statement(
    s: Session, i: IncidentModel, title: str, text: str, uuid: str | None, expected: int
) -> StatementModel:
    if uuid is None:
        _id, author = actor(s)
        st = StatementModel(incident_id=i.id, author_name=author, approved_by="", status="draft")
        s.add(st)
        note(s, i, "statement", "draft")
    else:
        st = find(s, StatementModel, uuid, "statement")
        check_version(st, expected, "statement")
        st.status, st.approved_by, st.decided_at = "draft", "", None
    st.title = optional_text(title, "title", 200)
    st.text = require_text(text, "text", LONG, multiline=True)
    s.flush()
    s.refresh(st)
    return st


def decide(s: Session, st: StatementModel, status: str) -> None:
    incident = s.get(IncidentModel, st.incident_id)
    assert incident is not None
    if status == "submitted":
        if st.status != "draft" and st.status != "rejected":
            raise InvalidInput("status", "only a draft can be submitted")
    elif st.status != "submitted":
        raise InvalidInput("status", "submit the statement for approval first")
    _id, name = actor(s)
    st.status = status
    if status in ("approved", "rejected"):
        st.approved_by, st.decided_at = name, utcnow()
    note(s, incident, "statement", status)


def close(s: Session, i: IncidentModel, expected: int, lessons: str) -> None:
    check_version(i, expected, "incident")
    i.lessons = require_text(lessons, "lessons", LONG, multiline=True)
    i.status = "closed"
    i.closed_at = utcnow()
    note(s, i, "closed")


def report(s: Session, i: IncidentModel) -> IncidentReport:
    info = incident_info(s, i)
    negative = sum(1 for m in info.messages if m.sentiment == "negative")
    first = min((m.received_at for m in info.messages), default=None)
    last = max((m.received_at for m in info.messages), default=None)
    return IncidentReport(info, utcnow(), negative, first, last)


# Contingency templates -------------------------------------------------------------------
def template_info(t: PlanModel) -> ContingencyTemplate:
    return ContingencyTemplate(
        t.uuid,
        t.code,
        t.name_en,
        t.name_zh,
        split_lines(t.steps_en),
        split_lines(t.steps_zh),
        t.builtin,
        t.version,
    )


def list_templates(s: Session) -> list[ContingencyTemplate]:
    q = select(PlanModel).order_by(PlanModel.sort_order, PlanModel.id)
    return [template_info(t) for t in s.scalars(q)]


def _steps(values: Sequence[str], field: str) -> str:
    steps = [optional_text(v, field, 500) for v in values]
    return "\n".join(v for v in steps if v)


def save_template(
    s: Session, d: ContingencyTemplateDraft, uuid: str | None, expected: int
) -> ContingencyTemplate:
    if uuid is None:
        t = PlanModel(builtin=False)
        t.sort_order = (s.scalar(select(func.max(PlanModel.sort_order))) or 0) + 10
        from app.db.types import new_uuid

        t.code = "custom-" + new_uuid()[:8]
        s.add(t)
    else:
        t = find(s, PlanModel, uuid, "contingency plan")
        check_version(t, expected, "contingency plan")
    t.name_en = require_text(d.name_en or d.name_zh, "name_en", 200)
    t.name_zh = optional_text(d.name_zh, "name_zh", 200) or t.name_en
    t.steps_en = _steps(d.steps_en, "steps_en")
    t.steps_zh = _steps(d.steps_zh, "steps_zh")
    if not (t.steps_en or t.steps_zh):
        raise InvalidInput("steps_en", "give the plan at least one step")
    s.flush()
    s.refresh(t)
    return template_info(t)
