"""The migrations build exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import app.db.tables  # noqa: F401  (registers every table)
from app.db.base import Base
from app.db.database import Database


def test_migrated_database_has_no_difference_from_the_models(db: Database) -> None:
    with db.engine.connect() as con:
        context = MigrationContext.configure(con, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
