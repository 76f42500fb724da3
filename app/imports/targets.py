"""What a feature registers to be an import target, and the registry.

A target declares its fields and built-in presets, and hands the pipeline a writer that
upserts parsed rows inside the pipeline's transaction. Its tables must each have ``id``
and ``import_id`` columns: rollback deletes what an import added by ``import_id`` and
restores what it changed from the journal.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import Protocol, runtime_checkable

from sqlalchemy import Table
from sqlalchemy.orm import Session

from app.imports.types import Preset, TargetField
from app.validation import InvalidInput

# Modules that define ``TARGET``; a tab that adds a target appends its module here.
TARGET_MODULES: tuple[str, ...] = ("app.kpi.target", "app.inbox.target", "app.calendar.target")


class RowRejected(Exception):
    """A parsed row the target cannot store (unknown account …); names the field."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field
        self.reason = reason


class TargetWriter(Protocol):
    added: int
    updated: int
    unchanged: int

    def add(self, values: Mapping[str, object]) -> None:
        """Queue one row; raise :class:`RowRejected` for a row that cannot be stored."""

    def flush(self) -> None:
        """Write what is queued (called every few thousand rows and at the end)."""


@runtime_checkable
class BlockWriter(Protocol):
    """A writer that can also take a block of rows at once (optional: an import hands
    the rows of a block to :meth:`TargetWriter.add` one by one when a writer has no
    ``add_block`` or it declines)."""

    def add_block(self, values: Mapping[str, Sequence[object]], count: int) -> bool:
        """Queue ``count`` rows, ``values[field][i]`` being row i's, as ``add`` would
        queue them one by one, and return True; or queue nothing and return False (a
        row that needs a closer look, or might be rejected)."""


class Target(Protocol):
    name: str
    label: str

    @property
    def tables(self) -> Sequence[Table]: ...

    def fields(self, session: Session) -> Sequence[TargetField]: ...

    def builtin_presets(self) -> Sequence[Preset]: ...

    def missing(self, fields: set[str], options: Mapping[str, str]) -> list[str]:
        """Fields a mapping lacks for this target (labels of what must be mapped)."""

    def writer(
        self, session: Session, import_id: int, options: Mapping[str, str]
    ) -> TargetWriter: ...

    def rollback_conflicts(self, session: Session, import_id: int) -> int:
        """Rows later imports stored that rolling back ``import_id`` would also remove."""


def all_targets() -> dict[str, Target]:
    found: dict[str, Target] = {}
    for module in TARGET_MODULES:
        target: Target = importlib.import_module(module).TARGET
        found[target.name] = target
    return found


def get_target(name: str) -> Target:
    targets = all_targets()
    if name not in targets:
        raise InvalidInput("target", f"must be one of {', '.join(sorted(targets))}")
    return targets[name]
