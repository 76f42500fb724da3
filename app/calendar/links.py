"""Published links → calendar posts, for the KPI tab's top posts (a post's numbers link
to the calendar post that made them)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.calendar.models import Post, PostTarget

CHUNK = 900  # below SQLite's bound-parameter limit


def match_published(session: Session, permalinks: Sequence[str]) -> dict[str, str]:
    """{published URL: calendar post UUID} for the targets published at one of
    ``permalinks`` (compared exactly as stored); links no target has are left out."""
    wanted = sorted({link for link in permalinks if link})
    found: dict[str, str] = {}
    for i in range(0, len(wanted), CHUNK):
        rows = session.execute(
            select(PostTarget.published_url, Post.uuid)
            .join(Post, PostTarget.post_id == Post.id)
            .where(PostTarget.published_url.in_(wanted[i : i + CHUNK]))
        )
        for url, uuid in rows:
            found.setdefault(url, uuid)
    return found
