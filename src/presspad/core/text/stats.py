"""Word and character counts as a writer expects them (per language)."""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

# A word is a run of letters or digits, with inner hyphens and apostrophes
# ("vice-governor", "world’s", "30-летию"). Markdown markup is not a word.
_WORD = re.compile(r"[^\W_]+(?:[-’'][^\W_]+)*")


def count_words(text: str) -> int:
    """Number of words in ``text``."""
    return sum(1 for _ in _WORD.finditer(text))


def count_chars(text: str) -> int:
    """Number of characters, not counting line breaks."""
    return len(text) - text.count("\n")


def iter_words(text: str):
    """Yield ``(start, end, word)`` for each word in ``text``."""
    for match in _WORD.finditer(text):
        yield match.start(), match.end(), match.group()
