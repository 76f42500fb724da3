"""Stored templates: listing (with the built-in defaults of roles that have none),
saving, and the template a member is appraised on. Functions in the caller's session;
the service checks who may call them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.appraisal.grading import check_criteria
from app.appraisal.models import AppraisalTemplate
from app.appraisal.rows import criteria_json, template_info
from app.appraisal.templates import combine, default_template, primary_roles
from app.appraisal.types import TemplateDraft, TemplateInfo
from app.db.records import check_version, find
from app.team.models import Member
from app.validation import InvalidInput, require_text
from app.vocabulary import ROLES


def language_code(language: str) -> str:
    """ "zh" for any Chinese locale name ("zh_CN", "zh"), else "en"."""
    return "zh" if language.startswith("zh") else "en"


def stored(s: Session, language: str) -> list[TemplateInfo]:
    rows = s.scalars(
        select(AppraisalTemplate)
        .where(AppraisalTemplate.language == language_code(language))
        .order_by(AppraisalTemplate.name, AppraisalTemplate.id)
    )
    return [template_info(t) for t in rows]


def list_templates(s: Session, language: str) -> list[TemplateInfo]:
    found = stored(s, language)
    covered = {t.role for t in found}
    lang = language_code(language)
    return found + [default_template(r, lang) for r in ROLES if r not in covered]


def save_template(
    s: Session, draft: TemplateDraft, uuid: str | None, expected_version: int
) -> TemplateInfo:
    name = require_text(draft.name, "name", 120)
    if draft.role not in ROLES:
        raise InvalidInput("role", f"unknown role: {draft.role}")
    check_criteria(draft.criteria)
    if uuid is None:
        t = AppraisalTemplate()
        s.add(t)
    else:
        t = find(s, AppraisalTemplate, uuid, "template")
        check_version(t, expected_version, "template")
    t.name, t.role = name, draft.role
    t.language = language_code(draft.language)
    t.criteria = criteria_json(draft.criteria)
    s.flush()
    return template_info(t)


def template_for(
    s: Session, member: Member, template_uuid: str | None, language: str
) -> TemplateInfo:
    """The chosen template, else the team's (or the built-in) template of each of the
    member's roles, combined into one when they hold several."""
    if template_uuid is not None:
        return template_info(find(s, AppraisalTemplate, template_uuid, "template"))
    lang = language_code(language)
    by_role: dict[str, TemplateInfo] = {}
    for t in stored(s, lang):
        by_role.setdefault(t.role, t)
    roles = primary_roles([r.role for r in member.roles])
    chosen = [by_role.get(r) or default_template(r, lang) for r in roles]
    return combine(chosen, " + " if lang == "en" else "＋")
