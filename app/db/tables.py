"""Imports every model module so ``Base.metadata`` knows every table (for Alembic)."""

from app.db import models as models

__all__ = ["models"]
