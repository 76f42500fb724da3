"""The services of one open database, handed to the UI as a bundle."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from app.accounts.service import AccountsService
from app.db.database import Database
from app.strategy.objectives import ObjectivesService
from app.strategy.plans import StrategyService
from app.strategy.platforms import PlatformStrategyService
from app.strategy.research import ResearchService
from app.team.acting import Acting
from app.team.service import TeamService

if TYPE_CHECKING:
    from app.appraisal.service import AppraisalService
    from app.appraisal.training import TrainingService
    from app.calendar.campaigns import CampaignsService
    from app.calendar.service import CalendarService
    from app.imports.history import ImportHistory
    from app.imports.pipeline import ImportService
    from app.inbox.service import InboxService
    from app.kpi.analytics import KpiService
    from app.kpi.metrics import MetricsService


@dataclass
class Workspace:
    db: Database
    # Who is working ("working as"): set by the UI, checked and recorded by the services.
    acting: Acting = field(init=False)
    team: TeamService = field(init=False)
    accounts: AccountsService = field(init=False)
    plans: StrategyService = field(init=False)
    platform_strategies: PlatformStrategyService = field(init=False)
    objectives: ObjectivesService = field(init=False)
    research: ResearchService = field(init=False)

    def __post_init__(self) -> None:
        self.acting = Acting(self.db)
        self.team = TeamService(self.db, self.acting)
        self.accounts = AccountsService(self.db, self.acting)
        self.plans = StrategyService(self.db, self.acting)
        self.platform_strategies = PlatformStrategyService(self.db, self.acting)
        self.objectives = ObjectivesService(self.db, self.acting)
        self.research = ResearchService(self.db, self.acting)

    # Services no tab shows at start load when first used: their modules and tables stay
    # out of the time until the first tab is shown.
    @cached_property
    def imports(self) -> ImportService:
        from app.imports.pipeline import ImportService

        return ImportService(self.db, self.acting)

    @cached_property
    def import_history(self) -> ImportHistory:
        from app.imports.history import ImportHistory

        return ImportHistory(self.db, self.acting)

    @cached_property
    def metrics(self) -> MetricsService:
        from app.kpi.metrics import MetricsService

        return MetricsService(self.db)

    @cached_property
    def kpi(self) -> KpiService:
        """KPI analytics: series, totals, anomalies, objective progress, reports."""
        from app.kpi.analytics import KpiService

        return KpiService(self.db, self.acting)

    @cached_property
    def appraisals(self) -> AppraisalService:
        from app.appraisal.service import AppraisalService

        return AppraisalService(self.db, self.acting)

    @cached_property
    def training(self) -> TrainingService:
        from app.appraisal.training import TrainingService

        return TrainingService(self.db, self.acting)

    @cached_property
    def inbox(self) -> InboxService:
        from app.inbox.service import InboxService

        return InboxService(self.db, self.acting)

    @cached_property
    def calendar(self) -> CalendarService:
        from app.calendar.service import CalendarService

        return CalendarService(self.db, self.acting)

    @property
    def campaigns(self) -> CampaignsService:
        """The calendar's campaigns (the same service as ``calendar.campaigns``)."""
        return self.calendar.campaigns

    @property
    def path(self) -> Path | None:
        return self.db.path

    @property
    def location(self) -> str:
        """What the status bar shows: the file, or the server URL without a password."""
        if self.db.path is not None:
            return str(self.db.path)
        return self.db.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.db.close()
