"""The workspace's calendar settings (approval policy, checklist, step names) and the
content types the team may add. Changing them needs EDIT_CAMPAIGNS (leads and planners)."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.calendar.infos import content_type_info
from app.calendar.models import CalendarSetting, ContentType
from app.calendar.types import (
    APPROVAL_MODES,
    DEFAULT_CHECKLIST,
    DEFAULT_STEP_NAMES,
    ApprovalPolicy,
    ApprovalStep,
    CalendarSettings,
    ContentTypeInfo,
)
from app.db.database import Database
from app.db.records import check_version, find
from app.team.acting import Acting, require
from app.team.models import Member
from app.team.rights import EDIT_CAMPAIGNS
from app.validation import InvalidInput, optional_text, require_text


def _from_json(value: dict[str, Any], version: int) -> CalendarSettings:
    approval = value.get("approval", {})
    steps = tuple(
        ApprovalStep(str(st["name"]), tuple(st.get("approvers", ())), str(st.get("rule", "any")))
        for st in approval.get("steps", ())
    )
    return CalendarSettings(
        ApprovalPolicy(str(approval.get("mode", "one")), steps),
        tuple(value.get("checklist", DEFAULT_CHECKLIST)),
        tuple(value.get("step_names", DEFAULT_STEP_NAMES)),
        version,
    )


def _to_json(c: CalendarSettings) -> dict[str, Any]:
    return {
        "approval": {
            "mode": c.approval.mode,
            "steps": [
                {"name": st.name, "approvers": list(st.approver_uuids), "rule": st.rule}
                for st in c.approval.steps
            ],
        },
        "checklist": list(c.checklist),
        "step_names": list(c.step_names),
    }


def _read(s: Session) -> CalendarSettings:
    row = s.scalar(select(CalendarSetting).order_by(CalendarSetting.id).limit(1))
    return CalendarSettings() if row is None else _from_json(row.value, row.version)


def load_settings(db: Database) -> CalendarSettings:
    with db.session(read_only=True) as s:
        return _read(s)


def _check(s: Session, c: CalendarSettings) -> CalendarSettings:
    if c.approval.mode not in APPROVAL_MODES:
        raise InvalidInput("approval", f"unknown mode {c.approval.mode!r}")
    if c.approval.mode == "steps" and not c.approval.steps:
        raise InvalidInput("approval", "the steps policy needs at least one step")
    steps: list[ApprovalStep] = []
    for st in c.approval.steps:
        if st.rule not in ("any", "all"):
            raise InvalidInput("approval", f"unknown rule {st.rule!r}")
        if not st.approver_uuids:
            raise InvalidInput("approval", "each step needs an approver")
        for uuid in st.approver_uuids:
            find(s, Member, uuid, "member")
        steps.append(
            ApprovalStep(require_text(st.name, "approval", 120), st.approver_uuids, st.rule)
        )
    checklist = tuple(require_text(x, "checklist", 200) for x in c.checklist)
    names = tuple(require_text(x, "step_names", 120) for x in c.step_names)
    return CalendarSettings(ApprovalPolicy(c.approval.mode, tuple(steps)), checklist, names)


class CalendarSettingsService:
    def __init__(self, db: Database, acting: Acting | None = None) -> None:
        self._db = db
        self._acting = acting

    def get(self) -> CalendarSettings:
        return load_settings(self._db)

    def save(self, expected_version: int, settings: CalendarSettings) -> CalendarSettings:
        """Replace the settings; ``expected_version`` is the one read (0: never saved)."""
        with self._db.session() as s:
            require(self._acting, s, EDIT_CAMPAIGNS)
            clean = _check(s, settings)
            row = s.scalar(select(CalendarSetting).order_by(CalendarSetting.id).limit(1))
            if row is None:
                if expected_version != 0:
                    check_version(CalendarSetting(version=0), expected_version, "settings")
                row = CalendarSetting(value=_to_json(clean))
                s.add(row)
            else:
                check_version(row, expected_version, "settings")
                row.value = _to_json(clean)
            s.flush()
            return _from_json(row.value, row.version)

    def add_content_type(self, name_en: str, name_zh: str = "") -> ContentTypeInfo:
        en = require_text(name_en, "name", 80)
        zh = optional_text(name_zh, "name_zh", 80) or en
        code = re.sub(r"[^a-z0-9]+", "_", en.lower()).strip("_") or "type"
        with self._db.session() as s:
            require(self._acting, s, EDIT_CAMPAIGNS)
            taken = {c.lower() for c in s.scalars(select(ContentType.code))}
            names = {n.lower() for n in s.scalars(select(ContentType.name_en))}
            if en.lower() in names:
                raise InvalidInput("name", f"a content type called {en} already exists")
            base, n = code, 2
            while code in taken:
                code, n = f"{base}_{n}", n + 1
            order = (s.scalar(select(func.max(ContentType.sort_order))) or 0) + 10
            t = ContentType(code=code, name_en=en, name_zh=zh, builtin=False, sort_order=order)
            s.add(t)
            s.flush()
            return content_type_info(t)
