"""Stored rows ↔ the frozen types the services return."""

from __future__ import annotations

import json
from collections.abc import Sequence

from app.appraisal.grading import parse_bands
from app.appraisal.models import Appraisal, AppraisalCycle, AppraisalLine, AppraisalTemplate
from app.appraisal.types import (
    AppraisalInfo,
    Criterion,
    CycleInfo,
    Reopening,
    ScoreLine,
    TemplateInfo,
)


def criteria_json(criteria: Sequence[Criterion]) -> str:
    return json.dumps(
        [
            {
                "name": c.name,
                "description": c.description,
                "weight": c.weight,
                "min": c.scale_min,
                "max": c.scale_max,
                "kind": c.kind,
                "fact": c.fact,
            }
            for c in criteria
        ],
        ensure_ascii=False,
    )


def criteria_from_json(text: str) -> tuple[Criterion, ...]:
    return tuple(
        Criterion(
            str(c["name"]),
            str(c.get("description", "")),
            int(c["weight"]),
            int(c.get("min", 1)),
            int(c.get("max", 5)),
            str(c.get("kind", "judgement")),
            str(c.get("fact", "")),
        )
        for c in json.loads(text)
    )


def template_info(t: AppraisalTemplate) -> TemplateInfo:
    return TemplateInfo(
        t.uuid, t.name, t.role, t.language, criteria_from_json(t.criteria), t.version
    )


def cycle_info(c: AppraisalCycle, counts: dict[str, int] | None = None) -> CycleInfo:
    return CycleInfo(
        uuid=c.uuid,
        name=c.name,
        period_kind=c.period_kind,
        start=c.start_date,
        end=c.end_date,
        self_due=c.self_due,
        manager_due=c.manager_due,
        bands=parse_bands(c.bands),
        top_share_limit=c.top_share_limit,
        version=c.version,
        counts=tuple(sorted((counts or {}).items())),
    )


def line_criterion(line: AppraisalLine) -> Criterion:
    return Criterion(
        line.name,
        line.description,
        line.weight,
        line.scale_min,
        line.scale_max,
        line.kind,
        line.fact,
    )


def new_line(position: int, c: Criterion) -> AppraisalLine:
    return AppraisalLine(
        position=position,
        name=c.name,
        description=c.description,
        weight=c.weight,
        scale_min=c.scale_min,
        scale_max=c.scale_max,
        kind=c.kind,
        fact=c.fact,
        self_comment="",
        manager_comment="",
    )


def appraisal_info(a: Appraisal) -> AppraisalInfo:
    cycle, member = a.cycle, a.member
    return AppraisalInfo(
        uuid=a.uuid,
        cycle_uuid=cycle.uuid,
        cycle_name=cycle.name,
        start=cycle.start_date,
        end=cycle.end_date,
        member_uuid=member.uuid,
        member_name=member.name,
        member_roles=tuple(r.role for r in member.roles),
        template_name=a.template_name,
        status=a.status,
        lines=tuple(
            ScoreLine(
                line_criterion(line),
                line.self_score,
                line.self_comment,
                line.manager_score,
                line.manager_comment,
            )
            for line in a.lines
        ),
        strengths=a.strengths,
        improvements=a.improvements,
        goals=a.goals,
        training_plan=a.training_plan,
        manager_name=a.manager_name,
        member_signed_name=a.member_signed_name,
        member_signed_on=a.member_signed_on,
        manager_signed_name=a.manager_signed_name,
        manager_signed_on=a.manager_signed_on,
        total=a.total,
        grade=a.grade,
        version=a.version,
        reopenings=tuple(Reopening(r.at, r.by_name, r.reason, r.from_status) for r in a.reopenings),
    )
