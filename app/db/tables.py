"""Imports every feature's models so ``Base.metadata`` knows every table (for Alembic)."""

from app.accounts import models as accounts_models
from app.appraisal import models as appraisal_models
from app.calendar import models as calendar_models
from app.imports import models as imports_models
from app.inbox import models as inbox_models
from app.kpi import models as kpi_models
from app.strategy import models as strategy_models
from app.team import models as team_models

__all__ = [
    "accounts_models",
    "appraisal_models",
    "calendar_models",
    "imports_models",
    "inbox_models",
    "kpi_models",
    "strategy_models",
    "team_models",
]
