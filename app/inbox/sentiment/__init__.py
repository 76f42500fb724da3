"""Offline sentiment of inbox messages, Chinese and English.

`classify` / `classify_many` use the shipped model; a team's corrections make its own
`Classifier` (`Classifier.with_corrections`). Where the model came from: README.md here.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.inbox.sentiment.classifier import MAX_CHARS, Classifier
from app.inbox.sentiment.types import LABELS, Label, Sentiment

__all__ = ["LABELS", "MAX_CHARS", "Classifier", "Label", "Sentiment", "classify", "classify_many"]


def classify(text: str) -> Sentiment:
    """The shipped model's sentiment of one message."""
    return Classifier.default().classify(text)


def classify_many(texts: Iterable[str]) -> list[Sentiment]:
    """The shipped model's sentiment of each message, in order."""
    return Classifier.default().classify_many(texts)
