"""Saved operating reports: period, scope, the analyst's commentary and actions.

Writing one needs the import right: the people who bring the platforms' data in
(operations, analysts, the lead) are the ones who write the operating reports
(shared/DOMAIN.md, areas 3 and 4).
"""

from __future__ import annotations

from typing import Any, cast, get_args

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.records import check_version, find
from app.kpi.analytics_types import ReportDraft, ReportKind, SavedReport
from app.kpi.models import Report
from app.team import history
from app.team.acting import Acting, require
from app.team.rights import IMPORT_DATA
from app.validation import InvalidInput, optional_text

KINDS: tuple[str, ...] = get_args(ReportKind)


def _info(r: Report) -> SavedReport:
    scope: dict[str, Any] = dict(r.scope or {})
    return SavedReport(
        uuid=r.uuid,
        kind=cast(ReportKind, r.kind),
        start=r.start_date,
        end=r.end_date,
        platforms=tuple(scope.get("platforms", ())),
        accounts=tuple(scope.get("accounts", ())),
        campaign=scope.get("campaign"),
        title=r.title,
        commentary=r.commentary,
        actions=r.actions,
        saved_by=r.saved_by,
        created_at=r.created_at,
        updated_at=r.updated_at,
        version=r.version,
    )


def _apply(s: Session, r: Report, d: ReportDraft) -> None:
    if d.kind not in KINDS:
        raise InvalidInput("kind", f"must be one of {', '.join(KINDS)}")
    if d.end < d.start:
        raise InvalidInput("end", "must not be before the start date")
    r.kind, r.start_date, r.end_date = d.kind, d.start, d.end
    r.scope = {
        "platforms": list(d.platforms),
        "accounts": list(d.accounts),
        "campaign": d.campaign,
    }
    r.title = optional_text(d.title, "title", 200)
    r.commentary = optional_text(d.commentary, "commentary", multiline=True)
    r.actions = optional_text(d.actions, "actions", multiline=True)
    actor = s.info.get(history.ACTOR)
    r.saved_by = (actor[1] if actor else "") or ""


def save(
    db: Database,
    acting: Acting | None,
    draft: ReportDraft,
    uuid: str | None,
    expected_version: int | None,
) -> SavedReport:
    with db.session() as s:
        require(acting, s, IMPORT_DATA)
        if uuid is None:
            r = Report()
            s.add(r)
        else:
            r = find(s, Report, uuid, "report")
            if expected_version is not None:
                check_version(r, expected_version, "report")
        _apply(s, r, draft)
        s.flush()
        return _info(r)


def list_all(db: Database) -> list[SavedReport]:
    with db.session(read_only=True) as s:
        rows = s.scalars(select(Report).order_by(Report.start_date.desc(), Report.id.desc()))
        return [_info(r) for r in rows]


def get(db: Database, uuid: str) -> SavedReport:
    with db.session(read_only=True) as s:
        return _info(find(s, Report, uuid, "report"))


def remove(db: Database, acting: Acting | None, uuid: str) -> SavedReport:
    with db.session() as s:
        require(acting, s, IMPORT_DATA)
        r = find(s, Report, uuid, "report")
        info = _info(r)
        s.delete(r)
        return info


def restore(db: Database, acting: Acting | None, removed: SavedReport) -> SavedReport:
    with db.session() as s:
        require(acting, s, IMPORT_DATA)
        r = Report(uuid=removed.uuid, created_at=removed.created_at)
        s.add(r)
        _apply(s, r, removed.draft())
        r.saved_by = removed.saved_by
        s.flush()
        return _info(r)
