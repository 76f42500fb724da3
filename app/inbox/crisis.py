"""The incident calls of the inbox service (``workspace.inbox``): incidents, their
timeline, contingency plans and statements. Kept apart from ``service`` to keep each
module short; ``InboxService`` inherits them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.records import find
from app.inbox import incidents
from app.inbox.models import ContingencyTemplate as PlanModel
from app.inbox.models import Incident as IncidentModel
from app.inbox.models import Statement as StatementModel
from app.inbox.sla import Clock, load_settings
from app.inbox.types import (
    ContingencyTemplate,
    ContingencyTemplateDraft,
    Incident,
    IncidentDraft,
    IncidentReport,
    IncidentRow,
    Statement,
)
from app.team.acting import Acting, require
from app.team.rights import APPROVE_POST, ASSIGN_INBOX
from app.validation import LONG_TEXT, require_text


class ServiceBase:
    """The database and the acting member every inbox call needs."""

    def __init__(self, db: Database, acting: Acting | None = None) -> None:
        self._db = db
        self._acting = acting

    # Shared steps ----------------------------------------------------------------------
    def _require(self, s: Session, right: str = ASSIGN_INBOX) -> None:
        require(self._acting, s, right)

    def _clock(self, s: Session) -> Clock:
        return Clock(load_settings(s))


class IncidentCalls(ServiceBase):
    def _incident(self, uuid: str, edit: Callable[[Session, IncidentModel], object]) -> Incident:
        with self._db.session() as s:
            self._require(s)
            i = find(s, IncidentModel, uuid, "incident")
            edit(s, i)
            s.flush()
            return incidents.incident_info(s, i)

    def _decide(self, statement_uuid: str, status: str, right: str) -> Statement:
        with self._db.session() as s:
            self._require(s, right)
            st = find(s, StatementModel, statement_uuid, "statement")
            incidents.decide(s, st, status)
            s.flush()
            s.refresh(st)
            return incidents.statement_info(st)

    # Incidents ----------------------------------------------------------------------
    def list_incidents(self, include_closed: bool = True) -> list[IncidentRow]:
        with self._db.session(read_only=True) as s:
            return incidents.list_incidents(s, include_closed)

    def get_incident(self, uuid: str) -> Incident:
        with self._db.session(read_only=True) as s:
            return incidents.incident_info(s, find(s, IncidentModel, uuid, "incident"))

    def open_incident(self, draft: IncidentDraft, message_uuids: Sequence[str] = ()) -> Incident:
        with self._db.session() as s:
            self._require(s)
            return incidents.incident_info(s, incidents.open_incident(s, draft, message_uuids))

    def update_incident(self, uuid: str, expected_version: int, draft: IncidentDraft) -> Incident:
        with self._db.session() as s:
            self._require(s)
            i = incidents.update(s, uuid, expected_version, draft)
            s.flush()
            return incidents.incident_info(s, i)

    def add_entry(self, uuid: str, text: str) -> Incident:
        """A note on the incident's timeline, by the acting member, now."""
        body = require_text(text, "text", LONG_TEXT, multiline=True)
        return self._incident(uuid, lambda s, i: incidents.note(s, i, "note", body))

    def link_messages(self, uuid: str, message_uuids: Sequence[str]) -> Incident:
        return self._incident(uuid, lambda s, i: incidents.link(s, i, message_uuids))

    def unlink_messages(self, uuid: str, message_uuids: Sequence[str]) -> Incident:
        return self._incident(uuid, lambda s, i: incidents.unlink(s, i, message_uuids))

    def apply_plan(self, uuid: str, template_uuid: str, language: str) -> Incident:
        """Copy a contingency template's checklist (in ``language``) onto the incident,
        replacing its steps not yet done."""
        return self._incident(
            uuid, lambda s, i: incidents.apply_plan(s, i, template_uuid, language)
        )

    def set_step_done(self, incident_uuid: str, step_uuid: str, done: bool) -> Incident:
        return self._incident(incident_uuid, lambda s, i: incidents.set_step(s, i, step_uuid, done))

    def save_statement(
        self,
        incident_uuid: str,
        title: str,
        text: str,
        statement_uuid: str | None = None,
        expected_version: int = 0,
    ) -> Statement:
        """Add or edit a draft statement (an approved one goes back to draft when edited)."""
        with self._db.session() as s:
            self._require(s)
            i = find(s, IncidentModel, incident_uuid, "incident")
            st = incidents.save_statement(s, i, title, text, statement_uuid, expected_version)
            return incidents.statement_info(st)

    def submit_statement(self, statement_uuid: str) -> Statement:
        return self._decide(statement_uuid, "submitted", ASSIGN_INBOX)

    def decide_statement(self, statement_uuid: str, approve: bool) -> Statement:
        """Approve or reject (needs APPROVE_POST)."""
        return self._decide(statement_uuid, "approved" if approve else "rejected", APPROVE_POST)

    def close_incident(self, uuid: str, expected_version: int, lessons: str) -> Incident:
        return self._incident(uuid, lambda s, i: incidents.close(s, i, expected_version, lessons))

    def incident_report(self, uuid: str) -> IncidentReport:
        with self._db.session(read_only=True) as s:
            return incidents.report(s, find(s, IncidentModel, uuid, "incident"))

    def list_plan_templates(self) -> list[ContingencyTemplate]:
        with self._db.session(read_only=True) as s:
            return incidents.list_templates(s)

    def save_plan_template(
        self, draft: ContingencyTemplateDraft, uuid: str | None = None, expected_version: int = 0
    ) -> ContingencyTemplate:
        with self._db.session() as s:
            self._require(s)
            return incidents.save_template(s, draft, uuid, expected_version)

    def remove_plan_template(self, uuid: str) -> None:
        with self._db.session() as s:
            self._require(s)
            s.delete(find(s, PlanModel, uuid, "contingency plan"))
