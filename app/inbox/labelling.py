"""Sentiment of messages: the team's classifier (the shipped model taught by the team's
corrections) and the corrections themselves.

Corrections are the messages whose label a user set (``sentiment_corrected``). The
classifier built from them is cached per database and rebuilt when a correction is
added (a counter in ``inbox_settings`` says so without scanning a million messages).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.inbox.models import Message, Setting
from app.inbox.sentiment import Classifier, Label, Sentiment
from app.inbox.types import SENTIMENTS, SentimentState
from app.validation import InvalidInput

COUNTER_KEY = "sentiment_corrections"
_cache: dict[str, tuple[str, Classifier]] = {}


def _counter(s: Session) -> str:
    row = s.get(Setting, COUNTER_KEY)
    return row.value if row is not None else "0"


def classifier(s: Session) -> Classifier:
    """This database's classifier: the shipped model plus the team's corrections."""
    key = str(s.get_bind().engine.url)
    counter = _counter(s)
    cached = _cache.get(key)
    if cached is not None and cached[0] == counter:
        return cached[1]
    if counter == "0":
        built = Classifier.default()
    else:
        q = select(Message.text, Message.sentiment).where(Message.sentiment_corrected.is_(True))
        pairs: list[tuple[str, Label]] = [(t, _label(v)) for t, v in s.execute(q)]
        built = Classifier.with_corrections(pairs)
    _cache[key] = (counter, built)
    return built


def _label(value: str) -> Label:
    if value == "positive":
        return "positive"
    if value == "negative":
        return "negative"
    return "neutral"


def classify_many(s: Session, texts: list[str]) -> list[Sentiment]:
    return classifier(s).classify_many(texts)


def correct(s: Session, message: Message, label: str) -> None:
    """Keep the user's label (confidence 1) and let the team's classifier learn it."""
    if label not in SENTIMENTS:
        raise InvalidInput("sentiment", f"unknown sentiment {label!r}")
    message.sentiment = label
    message.sentiment_confidence = 1.0
    message.sentiment_corrected = True
    _corrections_changed(s)


def restore(s: Session, message: Message, state: SentimentState) -> None:
    """Put back the label a message had before a correction (undo)."""
    if state.label not in SENTIMENTS:
        raise InvalidInput("sentiment", f"unknown sentiment {state.label!r}")
    message.sentiment = state.label
    message.sentiment_confidence = state.confidence
    message.sentiment_corrected = state.corrected
    _corrections_changed(s)


def _corrections_changed(s: Session) -> None:
    # The counter only has to change for the cached classifier to be rebuilt: an undone
    # correction counts up too.
    row = s.get(Setting, COUNTER_KEY)
    if row is None:
        s.add(Setting(key=COUNTER_KEY, value="1"))
    else:
        row.value = str(int(row.value or "0") + 1)
