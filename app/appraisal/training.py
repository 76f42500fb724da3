"""Training records: who learnt what, when, for how long; summaries per member and skill.

Read like appraisals (a member their own, the lead everyone's); written by whoever
edits every appraisal (the lead organises the training).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from app.appraisal.access import Viewer, viewer
from app.appraisal.models import Appraisal, TrainingRecord
from app.appraisal.types import SKILLS, TrainingDraft, TrainingInfo
from app.db.database import Database
from app.db.records import check_version, find
from app.team.acting import Acting
from app.team.models import Member
from app.validation import InvalidInput, finite_number, optional_text, require_text

MOST_HOURS = 1000.0


def _info(t: TrainingRecord, appraisal_uuid: str | None) -> TrainingInfo:
    return TrainingInfo(
        uuid=t.uuid,
        member_uuid=t.member.uuid,
        member_name=t.member.name,
        course=t.course,
        day=t.day,
        hours=t.hours,
        skills=tuple(x for x in t.skills.split(",") if x),
        trainer=t.trainer,
        notes=t.notes,
        appraisal_uuid=appraisal_uuid,
        version=t.version,
    )


def _check(draft: TrainingDraft) -> TrainingDraft:
    hours = finite_number(draft.hours, "hours")
    if not 0 < hours <= MOST_HOURS:
        raise InvalidInput("hours", "training hours must be more than 0")
    unknown = [x for x in draft.skills if x not in SKILLS]
    if unknown:
        raise InvalidInput("skills", f"unknown skill: {', '.join(unknown)}")
    return TrainingDraft(
        draft.member_uuid,
        require_text(draft.course, "course", 200),
        draft.day,
        hours,
        tuple(x for x in SKILLS if x in draft.skills),
        optional_text(draft.trainer, "trainer", 120),
        optional_text(draft.notes, "notes", multiline=True),
        draft.appraisal_uuid,
    )


def _records() -> Select[TrainingRecord, str]:
    return (
        select(TrainingRecord, Appraisal.uuid)
        .outerjoin(Appraisal, TrainingRecord.appraisal_id == Appraisal.id)
        .join(TrainingRecord.member)
        .options(selectinload(TrainingRecord.member))
        .order_by(TrainingRecord.day.desc(), Member.name)
    )


def training_hours(s: Session, member_uuid: str, start: date, end: date) -> float:
    """Hours of training a member had in a period (the appraisal fact)."""
    total = s.scalar(
        select(func.coalesce(func.sum(TrainingRecord.hours), 0.0))
        .join(TrainingRecord.member)
        .where(Member.uuid == member_uuid, TrainingRecord.day.between(start, end))
    )
    return float(total or 0.0)


class TrainingService:
    def __init__(self, db: Database, acting: Acting | None = None) -> None:
        self._db = db
        self._acting = acting

    def _viewer(self) -> Viewer:
        return viewer(self._acting)

    def list_records(self, member_uuid: str | None = None) -> list[TrainingInfo]:
        """Newest first; only the records the viewer may read."""
        who = self._viewer()
        query = _records()
        if member_uuid is not None:
            who.require_read(member_uuid)
            query = query.where(Member.uuid == member_uuid)
        with self._db.session(read_only=True) as s:
            rows = s.execute(query)
            return [_info(t, a) for t, a in rows if who.may_read(t.member.uuid)]

    def get(self, uuid: str) -> TrainingInfo:
        who = self._viewer()
        with self._db.session(read_only=True) as s:
            row = s.execute(_records().where(TrainingRecord.uuid == uuid)).first()
            if row is None:
                find(s, TrainingRecord, uuid, "training record")  # raises NotFound
                raise AssertionError
            who.require_read(row[0].member.uuid)
            return _info(row[0], row[1])

    def summary(self) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
        """Hours per member name and per skill over the records the viewer may read."""
        per_member: dict[str, float] = {}
        per_skill: dict[str, float] = {}
        for r in self.list_records():
            per_member[r.member_name] = per_member.get(r.member_name, 0.0) + r.hours
            for skill in r.skills:
                per_skill[skill] = per_skill.get(skill, 0.0) + r.hours
        return sorted(per_member.items()), [(k, per_skill[k]) for k in SKILLS if k in per_skill]

    def _apply(self, s: Session, t: TrainingRecord, d: TrainingDraft) -> None:
        t.member = find(s, Member, d.member_uuid, "team member")
        t.course, t.day, t.hours = d.course, d.day, d.hours
        t.skills, t.trainer, t.notes = ",".join(d.skills), d.trainer, d.notes
        t.appraisal_id = (
            find(s, Appraisal, d.appraisal_uuid, "appraisal").id if d.appraisal_uuid else None
        )

    def add(self, draft: TrainingDraft, *, uuid: str | None = None) -> TrainingInfo:
        d = _check(draft)
        who = self._viewer()
        with self._db.session() as s:
            who.require_edit_any()
            who.record(s)
            t = TrainingRecord()
            if uuid is not None:
                t.uuid = uuid
            self._apply(s, t, d)
            s.add(t)
            s.flush()
            return _info(t, d.appraisal_uuid)

    def update(self, uuid: str, expected_version: int, draft: TrainingDraft) -> TrainingInfo:
        d = _check(draft)
        who = self._viewer()
        with self._db.session() as s:
            who.require_edit_any()
            who.record(s)
            t = find(s, TrainingRecord, uuid, "training record")
            check_version(t, expected_version, "training record")
            self._apply(s, t, d)
            s.flush()
            return _info(t, d.appraisal_uuid)

    def remove(self, uuid: str) -> TrainingInfo:
        who = self._viewer()
        with self._db.session() as s:
            who.require_edit_any()
            who.record(s)
            t = find(s, TrainingRecord, uuid, "training record")
            a = s.get(Appraisal, t.appraisal_id) if t.appraisal_id else None
            removed = _info(t, a.uuid if a else None)
            s.delete(t)
            return removed

    def restore(self, removed: TrainingInfo) -> TrainingInfo:
        """Undo of a remove: the same record back, same UUID."""
        return self.add(removed.draft(), uuid=removed.uuid)
