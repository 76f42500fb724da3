"""The services of one open database, handed to the UI as a bundle."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.accounts.service import AccountsService
from app.db.database import Database
from app.strategy.objectives import ObjectivesService
from app.strategy.plans import StrategyService
from app.strategy.platforms import PlatformStrategyService
from app.strategy.research import ResearchService
from app.team.service import TeamService


@dataclass
class Workspace:
    db: Database
    team: TeamService = field(init=False)
    accounts: AccountsService = field(init=False)
    plans: StrategyService = field(init=False)
    platform_strategies: PlatformStrategyService = field(init=False)
    objectives: ObjectivesService = field(init=False)
    research: ResearchService = field(init=False)

    def __post_init__(self) -> None:
        self.team = TeamService(self.db)
        self.accounts = AccountsService(self.db)
        self.plans = StrategyService(self.db)
        self.platform_strategies = PlatformStrategyService(self.db)
        self.objectives = ObjectivesService(self.db)
        self.research = ResearchService(self.db)

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
