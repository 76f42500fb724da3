"""Appraisal templates, cycles and each member's appraisal (the Team tab).

Confidential: every call checks the acting member (see :mod:`app.appraisal.access`).
Totals and grades are computed here from the manager's scores, never typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from app.appraisal import cycles, template_store
from app.appraisal.access import Viewer, viewer
from app.appraisal.grading import (
    check_bands,
    check_criteria,
    check_score,
    distribution,
    format_bands,
    grade,
    weighted_total,
)
from app.appraisal.models import Appraisal, AppraisalCycle, AppraisalTemplate, Reopening
from app.appraisal.rows import (
    appraisal_info,
    cycle_info,
    line_criterion,
    new_line,
)
from app.appraisal.types import (
    AWAITING_SIGNOFF,
    NOT_STARTED,
    SIGNED,
    AppraisalInfo,
    CycleDraft,
    CycleInfo,
    Distribution,
    FactValue,
    HistoryPoint,
    ManagerReview,
    Participant,
    SelfReview,
    TemplateDraft,
    TemplateInfo,
)
from app.db.database import Database
from app.db.records import check_version, find
from app.db.types import utcnow
from app.team import history
from app.team.acting import Acting
from app.team.models import Member, MemberRole
from app.team.rights import LEAD
from app.validation import InvalidInput, optional_text, require_text


def _appraisals() -> Select[Appraisal]:
    return select(Appraisal).options(
        selectinload(Appraisal.cycle),
        selectinload(Appraisal.member).selectinload(Member.roles),
        selectinload(Appraisal.lines),
        selectinload(Appraisal.reopenings),
    )


def _manager_name(s: Session, who: Viewer) -> str:
    """Who reviews: the acting member; for an unchecked caller (demo, CLI) the team's
    first active lead, as the lead is who reviews."""
    if who.uuid is not None:
        return who.name
    lead = s.scalar(
        select(Member.name)
        .join(MemberRole)
        .where(Member.active.is_(True), MemberRole.role == LEAD)
        .order_by(Member.name)
        .limit(1)
    )
    return lead or ""


def _review_text(value: str, field: str) -> str:
    return optional_text(value, field, multiline=True)


class AppraisalService:
    """``acting`` is who works (None: a headless caller, unchecked and unrecorded)."""

    def __init__(self, db: Database, acting: Acting | None = None) -> None:
        self._db = db
        self._acting = acting

    def viewer(self) -> Viewer:
        return viewer(self._acting)

    # Templates (not confidential; the lead edits them) ------------------------------
    def list_templates(self, language: str) -> list[TemplateInfo]:
        """Stored templates in ``language`` ("en"/"zh"), then the built-in default of
        each role that has no stored one."""
        with self._db.session(read_only=True) as s:
            return template_store.list_templates(s, language)

    def save_template(
        self, draft: TemplateDraft, uuid: str | None = None, expected_version: int = 0
    ) -> TemplateInfo:
        """Add a template (``uuid`` None, e.g. an edited built-in) or change one."""
        who = self.viewer()
        with self._db.session() as s:
            who.require_edit_any()
            who.record(s)
            return template_store.save_template(s, draft, uuid, expected_version)

    def remove_template(self, uuid: str) -> None:
        who = self.viewer()
        with self._db.session() as s:
            who.require_edit_any()
            who.record(s)
            s.delete(find(s, AppraisalTemplate, uuid, "template"))

    # Cycles -------------------------------------------------------------------------
    def list_cycles(self) -> list[CycleInfo]:
        """Every cycle, newest first, counting only the appraisals the viewer may read."""
        who = self.viewer()
        with self._db.session(read_only=True) as s:
            found = list(
                s.scalars(
                    select(AppraisalCycle).order_by(
                        AppraisalCycle.start_date.desc(), AppraisalCycle.id.desc()
                    )
                )
            )
            rows = s.execute(
                select(Appraisal.cycle_id, Appraisal.status, Member.uuid).join(Member)
            ).all()
            counts: dict[int, dict[str, int]] = {}
            for cycle_id, status, member_uuid in rows:
                if who.may_read(member_uuid):
                    per = counts.setdefault(cycle_id, {})
                    per[status] = per.get(status, 0) + 1
            return [cycle_info(c, counts.get(c.id)) for c in found]

    def create_cycle(
        self, draft: CycleDraft, participants: Sequence[Participant], language: str = "en"
    ) -> CycleInfo:
        """A cycle with one appraisal per participant (not started), criteria copied from
        the chosen template or from the member's roles' templates."""
        d = cycles.check_cycle(draft)
        who = self.viewer()
        with self._db.session() as s:
            who.require_edit_any()
            who.record(s)
            cycle = AppraisalCycle(
                name=d.name,
                period_kind=d.period_kind,
                start_date=d.start,
                end_date=d.end,
                self_due=d.self_due,
                manager_due=d.manager_due,
                bands=format_bands(d.bands),
                top_share_limit=d.top_share_limit,
            )
            s.add(cycle)
            seen: set[str] = set()
            for p in participants:
                if p.member_uuid in seen:
                    continue
                seen.add(p.member_uuid)
                member = find(s, Member, p.member_uuid, "team member")
                template = template_store.template_for(s, member, p.template_uuid, language)
                check_criteria(template.criteria)
                cycle.appraisals.append(
                    Appraisal(
                        member=member,
                        template_name=template.name,
                        status=NOT_STARTED,
                        manager_name="",
                        lines=[new_line(i, c) for i, c in enumerate(template.criteria)],
                    )
                )
            s.flush()
            return cycle_info(cycle, {NOT_STARTED: len(seen)} if seen else None)

    def update_cycle(self, uuid: str, expected_version: int, draft: CycleDraft) -> CycleInfo:
        """Name, dates, bands; the grades of appraisals with a total are read again."""
        d = cycles.check_cycle(draft)
        who = self.viewer()
        with self._db.session() as s:
            who.require_edit_any()
            who.record(s)
            cycle = find(s, AppraisalCycle, uuid, "appraisal cycle")
            check_version(cycle, expected_version, "appraisal cycle")
            cycle.name, cycle.period_kind = d.name, d.period_kind
            cycle.start_date, cycle.end_date = d.start, d.end
            cycle.self_due, cycle.manager_due = d.self_due, d.manager_due
            cycle.bands, cycle.top_share_limit = format_bands(d.bands), d.top_share_limit
            for a in cycle.appraisals:
                if a.status != SIGNED:  # a signed grade stays what was signed
                    a.grade = grade(a.total, d.bands)
            s.flush()
            return cycle_info(cycle)

    def remove_cycle(self, uuid: str) -> None:
        who = self.viewer()
        with self._db.session() as s:
            who.require_edit_any()
            who.record(s)
            cycle = find(s, AppraisalCycle, uuid, "appraisal cycle")
            if any(a.status == SIGNED for a in cycle.appraisals):
                raise cycles.Locked("a cycle with signed appraisals cannot be removed")
            s.delete(cycle)

    def start_cycle(self, uuid: str) -> int:
        """Open self-review for every appraisal not started; returns how many."""
        who = self.viewer()
        with self._db.session() as s:
            who.require_edit_any()
            who.record(s)
            cycle = find(s, AppraisalCycle, uuid, "appraisal cycle")
            started = 0
            for a in cycle.appraisals:
                if a.status == NOT_STARTED:
                    a.status = cycles.step(a.status, cycles.START)
                    started += 1
            return started

    def distribution(self, cycle_uuid: str) -> Distribution:
        """The team's grades in a cycle (for whoever reads every appraisal)."""
        self.viewer().require_read_any()
        with self._db.session(read_only=True) as s:
            cycle = find(s, AppraisalCycle, cycle_uuid, "appraisal cycle")
            grades = s.scalars(select(Appraisal.grade).where(Appraisal.cycle_id == cycle.id))
            return distribution(
                list(grades), check_bands(cycle_info(cycle).bands), cycle.top_share_limit
            )

    # Appraisals ---------------------------------------------------------------------
    def list_appraisals(self, cycle_uuid: str) -> list[AppraisalInfo]:
        """The cycle's appraisals the viewer may read, by member name."""
        who = self.viewer()
        with self._db.session(read_only=True) as s:
            cycle = find(s, AppraisalCycle, cycle_uuid, "appraisal cycle")
            found = s.scalars(
                _appraisals()
                .join(Member)
                .where(Appraisal.cycle_id == cycle.id)
                .order_by(Member.name)
            )
            return [appraisal_info(a) for a in found if who.may_read(a.member.uuid)]

    def get(self, uuid: str) -> AppraisalInfo:
        who = self.viewer()
        with self._db.session(read_only=True) as s:
            a = self._find(s, uuid)
            who.require_read(a.member.uuid)
            return appraisal_info(a)

    def history(self, member_uuid: str) -> list[HistoryPoint]:
        """A member's results across cycles, oldest first."""
        self.viewer().require_read(member_uuid)
        with self._db.session(read_only=True) as s:
            rows = s.execute(
                select(
                    AppraisalCycle.name,
                    AppraisalCycle.end_date,
                    Appraisal.total,
                    Appraisal.grade,
                    Appraisal.status,
                )
                .join(Appraisal.cycle)
                .join(Appraisal.member)
                .where(Member.uuid == member_uuid)
                .order_by(AppraisalCycle.end_date, AppraisalCycle.id)
            ).all()
            return [HistoryPoint(*row) for row in rows]

    def facts(self, uuid: str) -> tuple[FactValue, ...]:
        """The facts of the appraisal's member and period (for whoever may read it)."""
        from app.appraisal.facts import member_facts  # reads other features' services

        a = self.get(uuid)
        return member_facts(self._db, a.member_uuid, a.start, a.end)

    def _find(self, s: Session, uuid: str) -> Appraisal:
        found = s.scalar(_appraisals().where(Appraisal.uuid == uuid))
        if found is None:
            return find(s, Appraisal, uuid, "appraisal")  # raises NotFound
        return found

    def _edit(self, s: Session, uuid: str, expected_version: int) -> Appraisal:
        a = self._find(s, uuid)
        check_version(a, expected_version, "appraisal")
        cycles.require_unsigned(a.status)
        a.updated_at = utcnow()  # a change of its lines alone is a new version too
        return a

    def save_self_review(
        self, uuid: str, expected_version: int, review: SelfReview
    ) -> AppraisalInfo:
        """The member's own scores and comments (only theirs, only during self-review)."""
        who = self.viewer()
        with self._db.session() as s:
            a = self._edit(s, uuid, expected_version)
            who.require_member(a.member.uuid, "write this self-review")
            who.record(s)
            if not cycles.editable_self(a.status):
                raise cycles.Locked("the self-review is closed")
            if len(review.scores) != len(a.lines):
                raise InvalidInput("scores", "one score per criterion")
            for line, (score, comment) in zip(a.lines, review.scores, strict=True):
                check_score(line_criterion(line), score)
                line.self_score = score
                line.self_comment = _review_text(comment, "comment")
            s.flush()
            return appraisal_info(a)

    def save_manager_review(
        self, uuid: str, expected_version: int, review: ManagerReview
    ) -> AppraisalInfo:
        """Scores, comments, strengths, improvements, goals and training plan; the total
        and grade are computed from these scores."""
        who = self.viewer()
        with self._db.session() as s:
            who.require_edit_any()
            who.record(s)
            a = self._edit(s, uuid, expected_version)
            if not cycles.editable_manager(a.status):
                raise cycles.Locked("the manager review is closed")
            if len(review.scores) != len(a.lines):
                raise InvalidInput("scores", "one score per criterion")
            for line, (score, comment) in zip(a.lines, review.scores, strict=True):
                check_score(line_criterion(line), score)
                line.manager_score = score
                line.manager_comment = _review_text(comment, "comment")
            a.strengths = _review_text(review.strengths, "strengths")
            a.improvements = _review_text(review.improvements, "improvements")
            a.goals = _review_text(review.goals, "goals")
            a.training_plan = _review_text(review.training_plan, "training_plan")
            a.manager_name = _manager_name(s, who)
            self._grade(a)
            s.flush()
            return appraisal_info(a)

    def _grade(self, a: Appraisal) -> None:
        a.total = weighted_total([(line_criterion(x), x.manager_score) for x in a.lines])
        a.grade = grade(a.total, cycle_info(a.cycle).bands)

    def submit_self_review(self, uuid: str, expected_version: int) -> AppraisalInfo:
        who = self.viewer()
        with self._db.session() as s:
            a = self._edit(s, uuid, expected_version)
            who.require_member(a.member.uuid, "submit this self-review")
            who.record(s)
            a.status = cycles.step(a.status, cycles.SUBMIT_SELF)
            s.flush()
            return appraisal_info(a)

    def submit_manager_review(self, uuid: str, expected_version: int) -> AppraisalInfo:
        """To sign-off; needs a manager score for every weighted criterion."""
        who = self.viewer()
        with self._db.session() as s:
            who.require_edit_any()
            who.record(s)
            a = self._edit(s, uuid, expected_version)
            self._grade(a)
            if a.total is None:
                raise InvalidInput("scores", "score every criterion before sign-off")
            a.status = cycles.step(a.status, cycles.SUBMIT_MANAGER)
            s.flush()
            return appraisal_info(a)

    def sign(
        self, uuid: str, expected_version: int, *, as_manager: bool, day: date | None = None
    ) -> AppraisalInfo:
        """The member (their own only) or the manager signs; with both it is signed."""
        who = self.viewer()
        with self._db.session() as s:
            a = self._edit(s, uuid, expected_version)
            if as_manager:
                who.require_edit_any()
            else:
                who.require_member(a.member.uuid, "sign this appraisal as its member")
            who.record(s)
            if a.status != AWAITING_SIGNOFF:
                raise cycles.Locked("only an appraisal awaiting sign-off can be signed")
            on = day or date.today()
            if as_manager:
                a.manager_signed_name = _manager_name(s, who)
                a.manager_signed_on = on
            else:
                a.member_signed_name, a.member_signed_on = a.member.name, on
            if a.member_signed_on is not None and a.manager_signed_on is not None:
                a.status = cycles.step(a.status, cycles.SIGN)
            s.flush()
            return appraisal_info(a)

    def reopen(self, uuid: str, expected_version: int, target: str, reason: str) -> AppraisalInfo:
        """Take an appraisal back to self-review or manager review; signatures are
        cleared, and the reason is kept with who reopened it and from which status."""
        who = self.viewer()
        with self._db.session() as s:
            who.require_edit_any()
            who.record(s)
            a = self._find(s, uuid)
            check_version(a, expected_version, "appraisal")
            text = require_text(reason, "reason", 2000, multiline=True)
            before = a.status
            a.status = cycles.reopen(before, target, text)
            a.member_signed_name, a.member_signed_on = "", None
            a.manager_signed_name, a.manager_signed_on = "", None
            a.reopenings.append(Reopening(by_name=who.name, reason=text, from_status=before))
            a.updated_at = utcnow()
            history.note(s, "appraisals", a.uuid, "reopen", text)
            s.flush()
            return appraisal_info(a)
