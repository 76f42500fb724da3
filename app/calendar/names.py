"""Campaign names for other features (a strategy objective scoped to a campaign).

A plain select on the campaigns table: reading a name this way maps none of the
calendar's tables, so the strategy tab's first read after opening a database does not
load and configure the calendar's models (about a tenth of a second).
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import column, select, table
from sqlalchemy.orm import Session

_campaigns = table("campaigns", column("id"), column("uuid"), column("name"))


def campaign_names(s: Session, uuids: Collection[str]) -> dict[str, str]:
    """The name of each campaign in ``uuids`` that exists, by UUID."""
    if not uuids:
        return {}
    query = select(_campaigns.c.uuid, _campaigns.c.name).where(_campaigns.c.uuid.in_(uuids))
    return {str(uuid): str(name) for uuid, name in s.execute(query)}


def campaign_exists(s: Session, uuid: str) -> bool:
    return s.scalar(select(_campaigns.c.id).where(_campaigns.c.uuid == uuid)) is not None
