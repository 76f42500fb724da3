"""Where messages come from: a source yields message drafts; the inbox stores them.

The import pipeline's target "messages" (``app.inbox.target``) is one source; a JSON
export (below) another; a network connector for a platform's API would be a third, with
nothing in the inbox changing: it only has to yield :class:`MessageDraft`\\ s.
``read_source`` stores everything a source yields in one transaction, so a bad record or
a cancel leaves the inbox as it was.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from app.inbox.types import AddOutcome, MessageDraft
from app.validation import InvalidInput

MAX_JSON_BYTES = 200 * 1024 * 1024


class MessageSource(Protocol):
    """Anything that yields messages (a file, an API connector …)."""

    @property
    def name(self) -> str: ...

    def drafts(self) -> Iterator[MessageDraft]:
        """The messages; raise InvalidInput naming the record for one that is broken."""
        ...


class SourceCancelled(Exception):
    """The caller cancelled; nothing was stored."""


ProgressFn = Callable[[int], None]
CancelledFn = Callable[[], bool]


@dataclass(frozen=True)
class JsonExport:
    """A JSON export: a list of objects (or ``{"messages": [...]}``), each with ``text``
    and ``received_at`` (ISO 8601, with a zone) and optionally ``author``, ``handle``,
    ``kind``, ``id``, ``post_id``, ``post_link``, ``thread``. All go to one account."""

    path: Path
    account_uuid: str
    kind: str = "comment"

    @property
    def name(self) -> str:
        return self.path.name

    def _records(self) -> list[Mapping[str, object]]:
        try:
            if self.path.stat().st_size > MAX_JSON_BYTES:
                raise InvalidInput("file", f"{self.name}: larger than 200 MB")
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise InvalidInput("file", f"{self.name}: not UTF-8 text") from exc
        except json.JSONDecodeError as exc:
            raise InvalidInput("file", f"{self.name}: not JSON (line {exc.lineno})") from exc
        except OSError as exc:
            raise InvalidInput("file", f"{self.name}: cannot be read ({exc.strerror})") from exc
        if isinstance(data, dict):
            data = data.get("messages")
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise InvalidInput("file", f"{self.name}: expected a list of messages")
        return data

    def drafts(self) -> Iterator[MessageDraft]:
        for n, record in enumerate(self._records(), start=1):
            yield _draft(n, record, self.account_uuid, self.kind)


def _draft(n: int, record: Mapping[str, object], account_uuid: str, kind: str) -> MessageDraft:
    def text(key: str) -> str:
        value = record.get(key)
        return "" if value is None else str(value)

    try:
        received = datetime.fromisoformat(text("received_at"))
    except ValueError:
        raise InvalidInput("received_at", f"message {n}: not a time") from None
    if received.tzinfo is None:
        raise InvalidInput("received_at", f"message {n}: the time needs a zone")
    return MessageDraft(
        account_uuid=account_uuid,
        kind=text("kind") or kind,
        author_name=text("author"),
        author_handle=text("handle"),
        text=text("text"),
        received_at=received,
        platform_message_id=text("id"),
        post_ref=text("post_id"),
        post_link=text("post_link"),
        thread_ref=text("thread"),
    )


def read_source(
    add: Callable[[list[MessageDraft]], AddOutcome],
    source: MessageSource,
    batch: int = 2000,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> AddOutcome:
    """Feed a source's drafts to ``add`` in batches (``add`` runs inside one open
    transaction: see ``InboxService.add_from``) and total what it added."""
    added = duplicates = 0
    uuids: list[str] = []
    alerts: list[str] = []
    pending: list[MessageDraft] = []
    seen = 0

    def flush() -> None:
        nonlocal added, duplicates
        if cancelled is not None and cancelled():
            raise SourceCancelled()
        outcome = add(pending)
        added += outcome.added
        duplicates += outcome.duplicates
        uuids.extend(outcome.uuids)
        alerts.extend(outcome.alerts)
        pending.clear()
        if progress is not None:
            progress(seen)

    for draft in source.drafts():
        pending.append(draft)
        seen += 1
        if len(pending) >= batch:
            flush()
    flush()
    return AddOutcome(added, duplicates, tuple(uuids), tuple(alerts))
