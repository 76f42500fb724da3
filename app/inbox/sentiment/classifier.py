"""The classifier: the shipped model plus what a team's corrections taught it.

Every source of evidence adds to one logit, centred on the middle of the neutral band:
the Chinese logistic-regression score, VADER's English compound, our own word list,
and the team's learned weights. Below the band is negative, above it positive.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import zlib
from collections.abc import Iterable, Mapping
from functools import cache

from app.inbox.sentiment.features import MAX_CHARS, all_grams, clip, features, has_cjk, words
from app.inbox.sentiment.lexicons import ShippedModel, shipped
from app.inbox.sentiment.types import LABELS, Label, Sentiment

__all__ = ["MAX_CHARS", "Classifier"]

# English compound (-1..1) to logits: |compound| > 0.125 leaves the neutral band.
_ENGLISH_SLOPE = 4.0
# Corrections: passes over them and the logit step per example (spread over its
# features, so a long message moves no further than a short one).
_EPOCHS = 4
_STEP = 1.5
_TARGET: dict[str, float] = {"positive": 1.0, "neutral": 0.5, "negative": 0.0}
# A message is negative only if its negative cues add up to this much (logits): without
# the gate, every "你好" or "收到" fell below the cost-weighted threshold. Set on our own
# neutral inbox messages (tests/inbox/test_sentiment.py): at most a quarter flagged.
_NEGATIVE_CUES = 0.7
_SPACES = re.compile(r"\s+")
_STATE_VERSION = 1


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def _key(text: str) -> str:
    """The identity of a message's text for the corrections memory (8-byte hash)."""
    normal = _SPACES.sub(" ", clip(text)).strip()
    return hashlib.blake2b(normal.encode(), digest_size=8).hexdigest()


class Classifier:
    """Immutable once built; safe to share between threads."""

    def __init__(
        self,
        delta: Mapping[str, float] | None = None,
        memory: Mapping[str, Label] | None = None,
    ) -> None:
        self._model: ShippedModel = shipped()
        self._delta = dict(delta or {})
        self._memory = dict(memory or {})
        self._middle = self._model.negative_below + self._model.neutral_band / 2

    @classmethod
    def default(cls) -> Classifier:
        """The shipped model alone (built once, cached)."""
        return _default()

    @classmethod
    def with_corrections(cls, corrections: Iterable[tuple[str, Label]]) -> Classifier:
        """The shipped model taught by a team's corrections (text, corrected label)."""
        return cls.default().corrected(corrections)

    @property
    def corrections_learned(self) -> int:
        """How many distinct corrected texts this copy remembers."""
        return len(self._memory)

    def corrected(self, corrections: Iterable[tuple[str, Label]]) -> Classifier:
        """A new copy that has also learned these corrections (the later of two
        corrections of the same text wins). Cost: about 0.5 ms per correction."""
        shipped_only = Classifier.default()
        examples: list[tuple[set[str], float, float]] = []
        memory = dict(self._memory)
        for text, label in corrections:
            if label not in LABELS:
                raise ValueError(f"unknown sentiment label {label!r}")
            memory[_key(text)] = label
            clipped = clip(text)
            found = features(clipped)
            if found:
                shipped_logit = shipped_only._logit_of(None, clipped)
                base = shipped_logit[0] if shipped_logit else 0.0
                examples.append((found, base, _TARGET[label]))
        delta = dict(self._delta)
        # Logistic regression on top of the shipped logit: move each example's logit
        # toward its label (neutral's target is the band's middle).
        for _ in range(_EPOCHS):
            for found, base, target in examples:
                logit = base + sum(delta.get(f, 0.0) for f in found)
                error = target - _sigmoid(logit)
                if abs(error) < 0.05:
                    continue
                step = _STEP * error / len(found)
                for feature in found:
                    delta[feature] = delta.get(feature, 0.0) + step
        return Classifier({k: v for k, v in delta.items() if abs(v) >= 1e-3}, memory)

    def to_bytes(self) -> bytes:
        """What the corrections taught (learned weights and the memory of corrected
        texts), compressed: rebuild with `from_bytes`. About 30 KB per 1,000 corrections."""
        state = {
            "version": _STATE_VERSION,
            "delta": {k: round(v, 4) for k, v in sorted(self._delta.items())},
            "memory": dict(sorted(self._memory.items())),
        }
        return zlib.compress(json.dumps(state, ensure_ascii=False).encode(), 9)

    @classmethod
    def from_bytes(cls, data: bytes) -> Classifier:
        """The copy `to_bytes` saved; empty bytes give the shipped model."""
        if not data:
            return cls.default()
        state = json.loads(zlib.decompress(data))
        if state.get("version") != _STATE_VERSION:
            raise ValueError("sentiment state from another version: rebuild from corrections")
        return cls(state["delta"], state["memory"])

    def classify(self, text: str) -> Sentiment:
        """The message's sentiment; only its first MAX_CHARS characters are read."""
        if self._memory:
            remembered = self._memory.get(_key(text))
            if remembered is not None:
                return Sentiment(remembered, 1.0)
        clipped = clip(text)
        if not clipped.strip():
            return Sentiment("neutral", 1.0)
        found = self._logit(clipped)
        if found is None:
            # Nothing the model knows (an unknown emoji, a number, a link): no opinion.
            return Sentiment("neutral", 0.5)
        logit, negative_cues = found
        half = self._model.neutral_band / 2
        if logit < -half:
            if negative_cues > -_NEGATIVE_CUES:
                return Sentiment("neutral", 0.5)
            return Sentiment("negative", round(_sigmoid(-logit), 3))
        if logit > half:
            return Sentiment("positive", round(_sigmoid(logit), 3))
        return Sentiment("neutral", round(1 - abs(logit) / half / 2, 3))

    def classify_many(self, texts: Iterable[str]) -> list[Sentiment]:
        return [self.classify(t) for t in texts]

    def _logit(self, clipped: str) -> tuple[float, float] | None:
        return self._logit_of(features(clipped) if self._delta else None, clipped)

    def _logit_of(self, found: set[str] | None, clipped: str | None) -> tuple[float, float] | None:
        """(centred logit, sum of its negative parts), or None when nothing in the
        message is known. `found` is the feature set (needed only with learned weights)."""
        model = self._model
        evidence = False
        logit = negative = 0.0
        if clipped is not None:
            if has_cjk(clipped):
                # Weights of exactly 0 were pruned, so filter(None, …) keeps the hits.
                hits = list(filter(None, map(model.weights.get, all_grams(clipped))))
                evidence = bool(hits)
                logit = model.scale * sum(hits) + model.offset - self._middle
                negative = model.scale * sum(filter((0.0).__gt__, hits))
            latin = words(clipped)
            if latin:
                compound = _ENGLISH_SLOPE * model.english_compound(latin)
                if compound:
                    logit += compound
                    negative += min(compound, 0.0)
                    evidence = True
                for word in latin:
                    own = model.own_words.get(word)
                    if own is not None:
                        logit += own
                        negative += min(own, 0.0)
                        evidence = True
            for term, weight in model.own_substrings:
                if term in clipped:
                    logit += weight
                    negative += min(weight, 0.0)
                    evidence = True
        if found is not None:
            for feature in found:
                learned = self._delta.get(feature)
                if learned is not None:
                    logit += learned
                    negative += min(learned, 0.0)
                    evidence = True
        return (logit, negative) if evidence else None


@cache
def _default() -> Classifier:
    return Classifier()
