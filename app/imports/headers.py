"""Finding the header row of an export that no preset recognises."""

from __future__ import annotations

from collections.abc import Sequence


def likely_header(sample: Sequence[tuple[int, list[object]]]) -> tuple[int, list[object]]:
    """The first row as wide as the table's rows whose cells are mostly words."""
    widest = max(sum(1 for c in cells if str(c or "").strip()) for _, cells in sample)
    for record in sample:
        filled = [str(c).strip() for c in record[1] if str(c or "").strip()]
        words = [c for c in filled if not numberish(c)]
        if len(filled) >= max(2, widest * 0.6) and len(words) >= len(filled) * 0.6:
            return record
    return sample[0]


def numberish(text: str) -> bool:
    try:
        float(text.replace(",", "").rstrip("%"))
    except ValueError:
        return False
    return True
