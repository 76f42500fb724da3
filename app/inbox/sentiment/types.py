"""What the sentiment classifier returns (no SQLAlchemy, no Qt: the UI may import it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

Label = Literal["positive", "neutral", "negative"]
LABELS: tuple[Label, ...] = get_args(Label)


@dataclass(frozen=True)
class Sentiment:
    """A label with the classifier's confidence in it, 0.0-1.0 (rounded to 3 places)."""

    label: Label
    confidence: float
