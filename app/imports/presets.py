"""Header matching and the presets the team shares (saved in the database).

Headers compare after trimming, folding full-width characters and case; a preset matches
a header row when every one of its required columns is there (extra columns are
ignored and listed). Of several matching presets, the one naming most columns wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import select

from app.db.database import Database
from app.imports.models import ImportPreset
from app.imports.targets import get_target
from app.imports.types import Preset
from app.imports.values import fold
from app.validation import InvalidInput, require_text


def normalise_header(cell: object) -> str:
    return " ".join(fold(str(cell or "")).removeprefix("\ufeff").strip('"').split())


def match(preset: Preset, headers: Sequence[object]) -> int:
    """How many of the preset's columns ``headers`` has; 0 when a required one is absent."""
    present = {normalise_header(h) for h in headers}
    if any(normalise_header(r) not in present for r in preset.required):
        return 0
    return sum(1 for column in preset.columns if normalise_header(column) in present)


def mapping_for(preset: Preset, headers: Sequence[object]) -> dict[int, str]:
    """Column index → field, for the columns of ``headers`` the preset names."""
    wanted = {normalise_header(k): v for k, v in preset.columns.items()}
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        field = wanted.get(normalise_header(header))
        if field is not None and field not in mapping.values():
            mapping[index] = field
    return mapping


def best_preset(presets: Iterable[Preset], headers: Sequence[object]) -> Preset | None:
    best: Preset | None = None
    best_score = 0
    for preset in presets:
        score = match(preset, headers)
        if score > best_score:
            best, best_score = preset, score
    return best


class PresetService:
    """The presets of a target: built-in ones from code plus the team's from the database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def presets(self, target: str) -> list[Preset]:
        builtin = list(get_target(target).builtin_presets())
        with self.db.session() as s:
            rows = s.scalars(
                select(ImportPreset)
                .where(ImportPreset.target == target)
                .order_by(ImportPreset.name)
            ).all()
            saved = [_preset(r) for r in rows]
        return saved + builtin

    def get(self, target: str, name: str) -> Preset:
        for preset in self.presets(target):
            if preset.name == name:
                return preset
        raise InvalidInput("preset", f"no preset named {name!r} for {target}")

    def save(
        self,
        target: str,
        name: str,
        columns: Mapping[str, str],
        required: Sequence[str] = (),
        options: Mapping[str, str] | None = None,
    ) -> Preset:
        """Save (or replace) a team preset; a built-in name cannot be reused."""
        name = require_text(name, "name", 120)
        if any(p.name == name for p in get_target(target).builtin_presets()):
            raise InvalidInput("name", "is the name of a built-in preset")
        if not columns:
            raise InvalidInput("columns", "must map at least one column")
        with self.db.session() as s:
            row = s.scalars(select(ImportPreset).where(ImportPreset.name == name)).first()
            if row is None:
                row = ImportPreset(name=name, target=target)
                s.add(row)
            row.target = target
            row.columns = dict(columns)
            row.required = list(required) or list(columns)
            row.options = dict(options or {})
            s.flush()
            return _preset(row)

    def delete(self, name: str) -> None:
        with self.db.session() as s:
            row = s.scalars(select(ImportPreset).where(ImportPreset.name == name)).first()
            if row is not None:
                s.delete(row)


def _preset(row: ImportPreset) -> Preset:
    return Preset(
        name=row.name,
        target=row.target,
        columns=dict(row.columns),
        required=tuple(row.required),
        options=dict(row.options),
    )
