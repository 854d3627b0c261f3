"""Words to spell-check: tokenising prose, scripts, folding for comparisons.

Kept apart from the engine so the editor's highlighter and the checks share
exactly one definition of "a word".
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator

from presspad.core.text.wordlists import word_list

logger = logging.getLogger(__name__)

# Abbreviations whose full stop does not end a sentence (text/data/abbreviations.txt).
ABBREVIATIONS = word_list("presspad.core.text", "abbreviations")

# A word: letters and digits (and the combining stress mark of Russian
# dictionaries' "за́мок"), joined by inner hyphens or apostrophes. Underscores
# are Markdown emphasis, not letters.
_WORD = re.compile(r"(?:[^\W_]|\u0301)+(?:['’‐-](?:[^\W_]|\u0301)+)*")
HYPHENS = re.compile(r"[‐-]")
_DIGIT = re.compile(r"\d")
def is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def script_lang(word: str) -> str | None:
    """"ru" for a Cyrillic word, "en" for a Latin one, None for a mix of both."""
    cyr = lat = False
    for char in word:
        if is_cyrillic(char):
            cyr = True
        elif char.isalpha():
            lat = True
    if cyr and lat:
        return None
    return "ru" if cyr else "en"


# Cached: every check folds the same few thousand words of a release again and again.
@functools.lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Case- and ё-insensitive form used for personal and known words."""
    return word.replace("\u0301", "").replace("’", "'").casefold().replace("ё", "е")


def has_inner_capital(word: str) -> bool:
    """Acronyms and brands (KOSDAQ, SPbPU, iPhone) are not dictionary words.

    A capital after a hyphen or apostrophe starts a new part ("Gyeonggi-Russia",
    "O’Neil") and does not count.
    """
    previous = ""
    for char in word:
        if char.isupper() and previous and previous not in "-‐'’":
            return True
        previous = char
    return False


def iter_words(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, word)`` for every word to spell-check in ``text``.

    Numbers and words containing digits (30th, COVID-19, 30-летию) and single
    letters (initials) are left out; protected Markdown regions are not
    excluded here but by :meth:`SpellEngine.misspelled`.
    """
    for match in _WORD.finditer(text):
        word = match.group()
        if len(word) < 2 or _DIGIT.search(word):
            continue
        start, end = match.span()
        yield start, end, word
