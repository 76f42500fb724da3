"""The services of one open database, handed to the UI as a bundle."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.accounts.service import AccountsService
from app.db.database import Database
from app.imports.history import ImportHistory
from app.imports.pipeline import ImportService
from app.kpi.metrics import MetricsService
from app.strategy.objectives import ObjectivesService
from app.strategy.plans import StrategyService
from app.strategy.platforms import PlatformStrategyService
from app.strategy.research import ResearchService
from app.team.acting import Acting
from app.team.service import TeamService


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
    imports: ImportService = field(init=False)
    import_history: ImportHistory = field(init=False)
    metrics: MetricsService = field(init=False)

    def __post_init__(self) -> None:
        self.acting = Acting(self.db)
        self.team = TeamService(self.db, self.acting)
        self.accounts = AccountsService(self.db, self.acting)
        self.plans = StrategyService(self.db, self.acting)
        self.platform_strategies = PlatformStrategyService(self.db, self.acting)
        self.objectives = ObjectivesService(self.db, self.acting)
        self.research = ResearchService(self.db, self.acting)
        self.imports = ImportService(self.db, self.acting)
        self.import_history = ImportHistory(self.db, self.acting)
        self.metrics = MetricsService(self.db)

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
