"""A post named by an import: found by platform and reference, or added; what the
export says more about it is written, journalled so that a rollback restores it."""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from sqlalchemy import Table, and_, select
from sqlalchemy.orm import Session

from app.imports.models import ImportChange
from app.kpi.models import PlatformPost


def upsert_post(
    session: Session, platform_id: int, ref: str, fields: dict[str, object], import_id: int
) -> int:
    """The post's row id: inserted, or updated (journalled) where the export says more."""
    table = cast(Table, PlatformPost.__table__)
    row = (
        session.execute(
            select(table).where(and_(table.c.platform_id == platform_id, table.c.post_ref == ref))
        )
        .mappings()
        .first()
    )
    if row is None:
        new_id = session.execute(
            table.insert()
            .values(platform_id=platform_id, post_ref=ref, import_id=import_id, **fields)
            .returning(table.c.id)
        ).scalar_one()
        return int(new_id)
    changes = {k: v for k, v in fields.items() if v not in (None, "") and row[k] != v}
    if changes:
        if row["import_id"] != import_id:
            before = {k: _jsonable(row[k]) for k in changes} | {"import_id": row["import_id"]}
            session.add(
                ImportChange(
                    import_id=import_id,
                    table_name=table.name,
                    row_id=row["id"],
                    before_import_id=row["import_id"],
                    before=before,
                )
            )
        session.execute(
            table.update().where(table.c.id == row["id"]).values(import_id=import_id, **changes)
        )
    return int(row["id"])


def _jsonable(value: object) -> object:
    return value.isoformat() if isinstance(value, date | datetime) else value
