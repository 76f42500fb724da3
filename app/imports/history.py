"""The import history and its rollback.

Rolling back an import deletes the rows it added (found by ``import_id``) and puts back
the rows it changed (from its journal), in one transaction. It is refused while a later
import that is still in force changed the same rows: that one must go first, or the
restore would overwrite its values.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Date, DateTime, Table, delete, func, select, update

from app.db.database import Database
from app.db.types import utcnow
from app.imports.models import ImportChange, ImportRun
from app.imports.targets import get_target
from app.imports.types import ImportRecord
from app.team.acting import Acting, require
from app.team.rights import IMPORT_DATA
from app.validation import InvalidInput


class ImportHistory:
    def __init__(self, db: Database, acting: Acting | None = None) -> None:
        self.db = db
        self.acting = acting

    def list(self, target: str | None = None, limit: int = 500) -> list[ImportRecord]:
        """Newest first."""
        with self.db.session() as s:
            query = select(ImportRun).order_by(ImportRun.id.desc()).limit(limit)
            if target is not None:
                query = query.where(ImportRun.target == target)
            return [_record(r) for r in s.scalars(query)]

    def get(self, import_id: int) -> ImportRecord:
        with self.db.session() as s:
            run = s.get(ImportRun, import_id)
            if run is None:
                raise InvalidInput("import", "no such import")
            return _record(run)

    def rollback(self, import_id: int) -> ImportRecord:
        """Undo an import exactly; returns its history line, now marked rolled back."""
        with self.db.session() as s:
            require(self.acting, s, IMPORT_DATA)
            run = s.get(ImportRun, import_id)
            if run is None:
                raise InvalidInput("import", "no such import")
            if run.rolled_back_at is not None:
                raise InvalidInput("import", "was already rolled back")
            target = get_target(run.target)
            later = s.execute(
                select(func.count())
                .select_from(ImportChange)
                .join(ImportRun, ImportChange.import_id == ImportRun.id)
                .where(
                    ImportChange.before_import_id == import_id,
                    ImportRun.rolled_back_at.is_(None),
                    ImportRun.id != import_id,
                )
            ).scalar_one() + target.rollback_conflicts(s, import_id)
            if later:
                raise InvalidInput(
                    "import",
                    f"later imports changed {later} of its rows; roll those back first",
                )
            changes = cast(Table, ImportChange.__table__)
            for table in target.tables:
                changed = select(changes.c.row_id).where(
                    changes.c.import_id == import_id, changes.c.table_name == table.name
                )
                s.execute(
                    delete(table).where(table.c.import_id == import_id, table.c.id.not_in(changed))
                )
            by_table = {t.name: t for t in target.tables}
            journal = s.execute(
                select(changes.c.table_name, changes.c.row_id, changes.c.before).where(
                    changes.c.import_id == import_id
                )
            ).all()
            for name, row_id, before in journal:
                table = by_table[name]
                values = {k: _column_value(table, k, v) for k, v in before.items()}
                s.execute(update(table).where(table.c.id == row_id).values(**values))
            s.execute(delete(changes).where(changes.c.import_id == import_id))
            run.rolled_back_at = utcnow()
            s.flush()
            return _record(run)


def _column_value(table: Table, column: str, value: Any) -> Any:
    """JSON keeps dates as text; the column wants them back as dates."""
    kind = table.c[column].type
    if isinstance(value, str) and isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(value, str) and isinstance(kind, Date):
        return date.fromisoformat(value)
    return value


def _record(run: ImportRun) -> ImportRecord:
    return ImportRecord(
        id=run.id,
        file_name=run.file_name,
        file_size=run.file_size,
        content_hash=run.content_hash,
        target=run.target,
        preset=run.preset,
        imported_by=run.imported_by,
        imported_at=run.created_at,
        added=run.added,
        updated=run.updated,
        unchanged=run.unchanged,
        skipped=run.skipped,
        rolled_back_at=run.rolled_back_at,
    )
