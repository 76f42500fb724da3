"""The import fixtures (a database with two accounts, the import service) for KPI tests."""

from tests.imports.conftest import accounts, history, imports
from tests.kpi.known import known

__all__ = ["accounts", "history", "imports", "known"]
