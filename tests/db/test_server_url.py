"""A server URL whose driver is not installed (the packaged app leaves the PostgreSQL
driver out unless built for team mode) is refused with a message, not a crash."""

from __future__ import annotations

import importlib.util

import pytest

from app.db.database import open_database
from app.db.errors import DatabaseProblem


def test_postgres_url_without_its_driver_is_a_database_problem() -> None:
    assert importlib.util.find_spec("pg8000") is None, "the test needs a driver not installed"
    with pytest.raises(DatabaseProblem) as caught:
        open_database("postgresql+pg8000://u@localhost/db")
    message = str(caught.value)
    assert message.startswith("This build has no PostgreSQL driver;")
    assert "pg8000" in message
    assert isinstance(caught.value.__cause__, ImportError)


def test_unknown_dialect_is_a_database_problem() -> None:
    with pytest.raises(DatabaseProblem, match="nosuchdriver"):
        open_database("nosuchdb+nosuchdriver://u@localhost/db")
