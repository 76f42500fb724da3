"""Sentiment quality and speed on a labelled CSV (columns label,review; 1 positive,
0 negative), side by side with SnowNLP, plus the gain from a team's corrections.

``python -m benchmarks.bench_sentiment [CSV] [--no-baseline]``; without CSV it reads
../shared/data/sentiment/waimai_10k.csv (evaluation only: nothing shipped is trained on
it). "Negative" is what an operator is asked to look at, so a neutral or positive answer
counts as "not negative". SnowNLP (dev extra only) calls below 0.5 negative.

Corrections: the rows are shuffled (seed 7) and cut in two halves; N rows of the first
half are given as corrections, and the figures are measured on the second half only.
"""

from __future__ import annotations

import csv
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared/data/sentiment/waimai_10k.csv"
CORRECTION_COUNTS = (0, 100, 500, 2000, -1)  # -1: the whole first half
SEED = 7


def read_labelled(path: Path) -> list[tuple[str, bool]]:
    """(text, is_negative) per row; ValueError naming what is wrong with the file."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        missing = {"label", "review"} - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path.name}: no column {', '.join(sorted(missing))}")
        rows = []
        for line, row in enumerate(reader, start=2):
            label = (row["label"] or "").strip()
            if label not in ("0", "1"):
                raise ValueError(f"{path.name} line {line}: label {label!r} is not 0 or 1")
            rows.append((row["review"] or "", label == "0"))
    return rows


def scores(truth: Sequence[bool], flagged: Sequence[bool]) -> tuple[float, float, float]:
    """Accuracy, negative recall, negative precision."""
    hits = sum(1 for t, f in zip(truth, flagged, strict=True) if t and f)
    right = sum(1 for t, f in zip(truth, flagged, strict=True) if t == f)
    return (
        right / len(truth),
        hits / max(1, sum(truth)),
        hits / max(1, sum(flagged)),
    )


def _timed(fn: Callable[[], list[bool]]) -> tuple[list[bool], float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def _line(name: str, figures: tuple[float, float, float], rate: float | None) -> str:
    acc, recall, precision = figures
    speed = f", {rate:,.0f} messages/s" if rate is not None else ""
    return f"accuracy {acc:.3f}, negative recall {recall:.3f}, precision {precision:.3f}{speed}"


def run(path: Path = DEFAULT_CSV, baseline: bool = True) -> list[tuple[str, str]]:
    from app.inbox.sentiment import Classifier, Label

    if not path.exists():
        return [("labelled CSV", f"{path} not found: pass one as an argument")]
    try:
        rows = read_labelled(path)
    except (ValueError, UnicodeDecodeError) as exc:
        return [("labelled CSV", f"cannot be read: {exc}")]
    if not rows:
        return [("labelled CSV", f"{path} has no rows")]
    texts = [t for t, _ in rows]
    truth = [n for _, n in rows]
    out = [("rows", f"{len(rows):,} ({sum(truth):,} negative) from {path.name}")]

    start = time.perf_counter()
    ours = Classifier.default()
    out.append(("Social Desk: model load", f"{(time.perf_counter() - start) * 1000:.0f} ms"))
    flagged, seconds = _timed(lambda: [s.label == "negative" for s in ours.classify_many(texts)])
    out.append(("Social Desk", _line("ours", scores(truth, flagged), len(texts) / seconds)))
    huge = "差评，" * 350_000  # about 1 MB of text
    start = time.perf_counter()
    ours.classify(huge)
    out.append(("Social Desk: one 1 MB message", f"{(time.perf_counter() - start) * 1000:.2f} ms"))

    if baseline:
        out.append(_snownlp(texts, truth))

    order = list(range(len(rows)))
    random.Random(SEED).shuffle(order)
    half = len(order) // 2
    pool, held = order[:half], order[half:]
    held_truth = [truth[i] for i in held]
    out.append(
        ("corrections split", f"seed {SEED}: {len(pool):,} to draw from, {len(held):,} measured")
    )
    for count in CORRECTION_COUNTS:
        given = pool if count < 0 else pool[:count]
        corrections: list[tuple[str, Label]] = [
            (texts[i], "negative" if truth[i] else "positive") for i in given
        ]
        start = time.perf_counter()
        taught = ours.with_corrections(corrections) if corrections else ours
        build = time.perf_counter() - start
        guesses = [s.label == "negative" for s in taught.classify_many(texts[i] for i in held)]
        size = len(taught.to_bytes())
        out.append(
            (
                f"with {len(given):,} corrections",
                _line("", scores(held_truth, guesses), None)
                + f" (learned in {build:.2f} s, state {size / 1024:,.0f} KB)",
            )
        )
    return out


def _snownlp(texts: list[str], truth: list[bool]) -> tuple[str, str]:
    try:
        from snownlp import SnowNLP  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        return ("SnowNLP 0.12.3 (baseline)", "not installed: pip install snownlp (dev only)")
    flagged, seconds = _timed(lambda: [SnowNLP(t).sentiments < 0.5 for t in texts])
    return ("SnowNLP 0.12.3 (baseline)", _line("", scores(truth, flagged), len(texts) / seconds))


def main(argv: list[str]) -> int:
    from benchmarks.bench_startup import print_table

    paths = [a for a in argv if not a.startswith("--")]
    path = Path(paths[0]) if paths else DEFAULT_CSV
    print_table(
        "Sentiment (negative = flagged for an operator)", run(path, "--no-baseline" not in argv)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
