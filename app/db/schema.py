"""The schema revisions this build knows, oldest first.

Kept here so that start-up can compare a file's revision without importing Alembic;
``tests/db/test_opening.py`` checks it against the migration scripts.
"""

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
