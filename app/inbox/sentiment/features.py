"""What the classifier reads of a message: shared by the model build and run time.

Chinese is read as character unigrams and bigrams (no word segmenter to load); Latin text
as lower-case words. Only the first MAX_CHARS characters count, so a 1 MB message costs
what a 2,000-character one does.
"""

from __future__ import annotations

import re
from operator import add

MAX_CHARS = 2000

_WORD = re.compile(r"[a-z0-9']+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def clip(text: str) -> str:
    """The part of a message that is read, lower-cased."""
    return text[:MAX_CHARS].lower()


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def char_grams(text: str) -> set[str]:
    """Unigrams and bigrams holding a non-ASCII character (Chinese, full-width
    punctuation, emoji): pure ASCII grams are noise in the Chinese model."""
    grams = {c for c in text if c > "\x7f"}
    grams.update(
        text[i : i + 2] for i in range(len(text) - 1) if text[i] > "\x7f" or text[i + 1] > "\x7f"
    )
    return grams


def all_grams(text: str) -> set[str]:
    """Every unigram and bigram: a superset of `char_grams`, cheaper to build, for
    looking up a model that holds only non-ASCII grams."""
    grams = set(text)
    grams.update(map(add, text, text[1:]))
    return grams


def words(text: str) -> list[str]:
    """Latin words, in order (for the English lexicon)."""
    return _WORD.findall(text)


def features(text: str) -> set[str]:
    """Everything a team's corrections may put weight on: character grams plus
    ``w:``-prefixed Latin words. `text` is already clipped."""
    found = char_grams(text)
    found.update("w:" + w for w in _WORD.findall(text))
    return found
