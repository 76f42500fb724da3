"""The department's codes, stored in the database; display names live in the UI.

Imports nothing: the UI reads these before the database (and SQLAlchemy) is loaded.
"""

# Team lead, strategy planner, content producer, platform operator, data analyst, PR.
ROLES: tuple[str, ...] = ("lead", "strategy", "content", "operations", "analyst", "pr")
