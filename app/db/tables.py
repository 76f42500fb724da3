"""Imports every model module so ``Base.metadata`` knows every table (for Alembic)."""

from app.db import models as models
from app.db import strategy_models as strategy_models

__all__ = ["models", "strategy_models"]
