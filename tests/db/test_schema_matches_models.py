"""The migrations build exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import app.db.tables  # noqa: F401  (registers every table)
from app.db.base import Base
from app.db.database import Database
from app.inbox.search import FTS_TABLE


def _modelled(name: str | None, type_: str, _parents: object) -> bool:
    # The inbox's full-text index (an FTS5 virtual table and its shadow tables) is made
    # by its migration only: SQLAlchemy cannot model a virtual table.
    return not (type_ == "table" and (name or "").startswith(FTS_TABLE))


def test_migrated_database_has_no_difference_from_the_models(db: Database) -> None:
    with db.engine.connect() as con:
        opts = {"compare_type": True, "include_name": _modelled}
        context = MigrationContext.configure(con, opts=opts)
        assert compare_metadata(context, Base.metadata) == []
