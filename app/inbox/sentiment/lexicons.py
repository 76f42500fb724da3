"""The shipped model files, loaded once: the Chinese Naive Bayes model, VADER's English
lexicon (scored with VADER's main rules) and our own social-media word list."""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data")

# fmt: off
_NEGATIONS = frozenset((
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere",
    "cannot", "cant", "can't", "dont", "don't", "doesnt", "doesn't", "didnt", "didn't",
    "isnt", "isn't", "wasnt", "wasn't", "arent", "aren't", "wont", "won't", "wouldn't",
    "shouldn't", "couldn't", "without", "hardly", "rarely", "seldom", "ain't",
))
_BOOSTERS = {
    **dict.fromkeys((
        "very", "really", "extremely", "so", "super", "totally", "absolutely", "completely",
        "incredibly", "highly", "truly", "too",
    ), 0.293),
    **dict.fromkeys(("slightly", "somewhat", "barely", "kinda", "marginally", "partly"), -0.293),
}
# fmt: on
# VADER's own constants: a negated word keeps -0.74 of its valence; compound = s/√(s²+α).
_NEGATED = -0.74
_ALPHA = 15.0


@dataclass(frozen=True)
class ShippedModel:
    weights: dict[str, float]
    scale: float
    offset: float
    # The calibrated logit below which a Chinese message is negative, and the width of
    # the neutral band above it (both from the build's held-out sentences).
    negative_below: float
    neutral_band: float
    english: dict[str, float]
    own_substrings: tuple[tuple[str, float], ...]
    own_words: dict[str, float]

    def english_compound(self, words: list[str]) -> float:
        """VADER's compound score (-1..1) of lower-case words: valences with booster,
        negation (three words back) and "but" (before ×0.5, after ×1.5) rules."""
        but = words.index("but") if "but" in words else -1
        total = 0.0
        for i, word in enumerate(words):
            valence = self.english.get(word)
            if valence is None:
                continue
            for back in range(1, 4):
                if i - back < 0:
                    break
                before = words[i - back]
                boost = _BOOSTERS.get(before)
                if boost is not None:
                    valence += math.copysign(boost * (1 - 0.05 * (back - 1)), valence)
                if before in _NEGATIONS:
                    valence *= _NEGATED
                    break
            if but >= 0:
                valence *= 0.5 if i < but else 1.5
            total += valence
        return total / math.sqrt(total * total + _ALPHA) if total else 0.0


def _own_terms() -> tuple[tuple[tuple[str, float], ...], dict[str, float]]:
    substrings: list[tuple[str, float]] = []
    whole_words: dict[str, float] = {}
    for line in (DATA / "own_words.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        term, weight = line.split("\t")
        if term.isascii():
            whole_words[term.lower()] = float(weight)
        else:
            substrings.append((term, float(weight)))
    return tuple(substrings), whole_words


@cache
def shipped() -> ShippedModel:
    """The model files in data/ (about 60 ms, once per process)."""
    model = json.loads(gzip.decompress((DATA / "zh_model.json.gz").read_bytes()))
    english = {}
    for line in (DATA / "en_lexicon.tsv").read_text("utf-8").splitlines():
        word, valence = line.split("\t")
        english[word] = float(valence)
    substrings, whole_words = _own_terms()
    return ShippedModel(
        weights=model["weights"],
        scale=model["scale"],
        offset=model["offset"],
        negative_below=model["negative_below"],
        neutral_band=model["neutral_band"],
        english=english,
        own_substrings=substrings,
        own_words=whole_words,
    )
