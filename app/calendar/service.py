"""The calendar's services, bundled: ``workspace.calendar.posts.get(uuid)`` …

Each part is its own module (posts, queries, campaigns, key dates, settings, exports);
this bundle builds each when first used. Record services offer get / add / update /
remove / restore (the UI's ``RecordOps.of``).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from app.db.database import Database
from app.team.acting import Acting

if TYPE_CHECKING:
    from app.calendar.campaigns import CampaignsService
    from app.calendar.exports import CalendarExports
    from app.calendar.keydates import KeyDatesService
    from app.calendar.posts import PostsService
    from app.calendar.queries import CalendarQueries
    from app.calendar.settings import CalendarSettingsService


class CalendarService:
    def __init__(self, db: Database, acting: Acting | None = None) -> None:
        self._db = db
        self._acting = acting

    @cached_property
    def posts(self) -> PostsService:
        """Posts: records, workflow actions, reschedule, comments."""
        from app.calendar.posts import PostsService

        return PostsService(self._db, self._acting)

    @cached_property
    def queries(self) -> CalendarQueries:
        """Read-only views: date ranges, pages, my work, plan vs schedule, member facts."""
        from app.calendar.queries import CalendarQueries

        return CalendarQueries(self._db, self._acting)

    @cached_property
    def campaigns(self) -> CampaignsService:
        from app.calendar.campaigns import CampaignsService

        return CampaignsService(self._db, self._acting)

    @cached_property
    def key_dates(self) -> KeyDatesService:
        from app.calendar.keydates import KeyDatesService

        return KeyDatesService(self._db, self._acting)

    @cached_property
    def settings(self) -> CalendarSettingsService:
        """Approval policy, checklist and step-name lists, content types."""
        from app.calendar.settings import CalendarSettingsService

        return CalendarSettingsService(self._db, self._acting)

    @cached_property
    def exports(self) -> CalendarExports:
        """.ics and rows for the shared CSV/XLSX exporter."""
        from app.calendar.exports import CalendarExports

        return CalendarExports(self._db)
