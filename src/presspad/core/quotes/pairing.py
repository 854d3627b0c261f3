"""Pairing each English quotation with its Russian counterpart.

Speakers are compared across scripts through the partner directory when one
is injected (anything with ``same_person(name_en, name_ru) -> bool | None``),
otherwise by transliterating the Russian name with iuliia (a maintained
library of the official Russian romanisation schemes) and comparing the
names word by word, loosely enough for Syomin/Semin and Li/Lee.

Quotes are then aligned in order (an order-preserving alignment, like a
diff) by a score made of speaker agreement, shared numbers, length and
position in the text; what stays unaligned has no counterpart.
"""

from __future__ import annotations

import bisect
import logging
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from presspad.core.quotes.extract import Quote
from presspad.core.quotes.sentences import words

logger = logging.getLogger(__name__)

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
MIN_PAIR_SCORE = 0.9
MAX_DRIFT = 0.25
BAND_FROM = 400   # quote pairs; a usual release has far fewer and is scored in full
BAND_QUOTES = 30  # in a very long release, quotes either side that may pair


@dataclass(frozen=True)
class QuotePair:
    """An English quote and its Russian counterpart (either may be missing)."""

    en: Quote | None
    ru: Quote | None
    score: float = 0.0
    # Do the two speakers name the same person? None: cannot tell (or a side is missing).
    same_speaker: bool | None = None


@lru_cache(maxsize=1024)
def latin(name: str) -> str:
    """A Russian name in Latin letters (Wikipedia romanisation), lower case."""
    import iuliia

    return iuliia.WIKIPEDIA.translate(name).casefold()


def _name_tokens(name: str, lang: str) -> list[str]:
    text = latin(name) if lang == "ru" or re.search("[а-яё]", name, re.I) else name.casefold()
    # Mägi, Petrović, Dvořák: compare the base letters (the diacritics are not in [a-z]).
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    tokens = re.findall(r"[a-z]+", text.replace("’", "").replace("'", ""))
    return [_sound_alike(t) for t in tokens if len(t) > 1]


def _sound_alike(token: str) -> str:
    """Spelling variants of one sound: Syomin/Semin, Lee/Li, Yong/Yon, Kh/H."""
    for a, b in (("dzh", "j"), ("yo", "e"), ("ee", "i"), ("kh", "h"), ("ng", "n"), ("y", "i"),
                 ("j", "i"),
                 ("w", "v"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("x", "ks")):
        token = token.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", token)


def same_person(name_en: str | None, name_ru: str | None, directory: Any = None) -> bool | None:
    """Do two names (any scripts) name one person? None when either is unknown."""
    if not name_en or not name_ru or not name_en[:1].isupper() or not name_ru[:1].isupper():
        return None  # unknown, or an organisation ("the company", «пресс-служба»)
    if directory is not None:
        verdict = _directory_verdict(directory, name_en, name_ru)
        if verdict is not None:
            return verdict
    return _same_by_spelling(name_en, name_ru)


def _directory_verdict(directory: Any, name_en: str, name_ru: str) -> bool | None:
    """What the partner directory says, when both names are in it; else None."""
    lookup = getattr(directory, "same_person", None)
    if callable(lookup):
        verdict = lookup(name_en, name_ru)
        return None if verdict is None else bool(verdict)
    try:
        from presspad.core.directory.snapshot import find_entries  # the partner directory feature
    except ImportError:
        return None
    try:
        en = [e for e in find_entries(directory, name_en) if getattr(e, "kind", "") == "person"]
        ru = [e for e in find_entries(directory, name_ru) if getattr(e, "kind", "") == "person"]
    except (TypeError, ValueError, AttributeError):
        logger.debug("partner directory not usable for speakers", exc_info=True)
        return None
    if not en or not ru:
        return None
    return any(a is b or (a.id is not None and a.id == b.id) for a in en for b in ru)


@lru_cache(maxsize=4096)
def _same_by_spelling(name_en: str, name_ru: str) -> bool | None:
    a, b = _name_tokens(name_en, "en"), _name_tokens(name_ru, "ru")
    if not a or not b:
        return None
    def close(x: str, y: str) -> bool:
        return SequenceMatcher(None, x, y).ratio() >= 0.75

    # The surname of either side must be found among the other's words …
    for last, other in ((a[-1], b), (b[-1], a)):
        if len(last) > 2 and any(close(last, t) for t in other):
            return True
    # … or most words agree, in any order (Park Ji-hoon / Пак Джи Хун).
    shorter, longer = sorted((a, b), key=len)
    agreed = sum(1 for t in shorter if any(close(t, u) for u in longer))
    return len(shorter) >= 2 and agreed * 2 > len(shorter)


@lru_cache(maxsize=4096)
def _word_count(text: str) -> int:
    return len(words(text))


@lru_cache(maxsize=4096)
def _numbers(text: str) -> frozenset[str]:
    return frozenset(n.replace(",", ".") for n in _NUMBER.findall(text))


class _Side:
    """What scoring needs of one language's quotes, computed once per quote."""

    def __init__(self, quotes: list[Quote], length: int) -> None:
        self.positions = [q.start / max(length, 1) for q in quotes]
        self.numbers = [_numbers(q.text) for q in quotes]
        self.words = [_word_count(q.text) for q in quotes]
        self.speakers = [q.speaker for q in quotes]


def _pair_score(en: _Side, i: int, ru: _Side, j: int, verdict: bool | None) -> float:
    score = 0.0
    if verdict is True:
        score += 1.5
    elif verdict is False:
        score -= 0.5
    ne, nr = en.numbers[i], ru.numbers[j]
    if ne and nr:
        score += 0.7 if ne & nr else -0.3
    elif ne or nr:
        score -= 0.2
    we, wr = en.words[i], ru.words[j]
    score += min(we, wr) / max(we, wr, 1)
    drift = abs(en.positions[i] - ru.positions[j])
    score += max(0.0, 1.0 - 2.5 * drift)
    return score


def pair_quotes(en: list[Quote], ru: list[Quote], en_len: int, ru_len: int,
                directory: Any = None) -> list[QuotePair]:
    """Align the two lists in order; unmatched quotes come out with a None partner."""
    m, n = len(en), len(ru)
    # Counterparts sit at about the same place in both texts: far-apart pairs
    # are not scored at all, which keeps long releases fast. In a very long one
    # the band narrows to about BAND_QUOTES quotes either side, so the scoring
    # grows linearly (a usual release is scored in full or within MAX_DRIFT).
    band = 2.0 if m * n <= BAND_FROM else min(MAX_DRIFT, BAND_QUOTES / max(m, n))
    a, b = _Side(en, en_len), _Side(ru, ru_len)
    verdicts: dict[tuple, bool | None] = {}   # one directory look-up per pair of names
    scores = [[-1.0] * n for _ in range(m)]
    ordered = all(x <= y for x, y in zip(b.positions, b.positions[1:], strict=False))
    for i in range(m):
        low, high = 0, n
        if ordered:   # quotes come in text order; the window is then a slice
            low = bisect.bisect_left(b.positions, a.positions[i] - band)
            high = bisect.bisect_right(b.positions, a.positions[i] + band)
        for j in range(low, high):
            if abs(a.positions[i] - b.positions[j]) >= band:
                continue
            key = (a.speakers[i], b.speakers[j])
            if key not in verdicts:
                verdicts[key] = same_person(key[0], key[1], directory)
            scores[i][j] = _pair_score(a, i, b, j, verdicts[key])
    return align(en, ru, scores)


def align(en: list[Quote], ru: list[Quote], scores: list[list[float]]) -> list[QuotePair]:
    """The order-keeping pairing of most total score (``scores[i][j]`` of en[i] with ru[j];
    below MIN_PAIR_SCORE never paired); unmatched quotes get a None partner."""
    m, n = len(en), len(ru)
    best = [[0.0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            options = [best[i + 1][j], best[i][j + 1]]
            if scores[i][j] >= MIN_PAIR_SCORE:
                options.append(scores[i][j] + best[i + 1][j + 1])
            best[i][j] = max(options)
    pairs: list[QuotePair] = []
    i = j = 0
    while i < m and j < n:
        s = scores[i][j]
        if s >= MIN_PAIR_SCORE and abs(best[i][j] - (s + best[i + 1][j + 1])) < 1e-9:
            pairs.append(QuotePair(en[i], ru[j], s))
            i, j = i + 1, j + 1
        elif abs(best[i][j] - best[i + 1][j]) < 1e-9:
            pairs.append(QuotePair(en[i], None))
            i += 1
        else:
            pairs.append(QuotePair(None, ru[j]))
            j += 1
    pairs.extend(QuotePair(e, None) for e in en[i:])
    pairs.extend(QuotePair(None, r) for r in ru[j:])
    return pairs


def covered_by_neighbour(pairs: list[QuotePair], index: int) -> bool:
    """A lone half of a quote split differently in the two languages is not missing.

    “A,” said X. “B.” may be one «A, B», — сказал X. in the other version: the
    unmatched half is covered when a neighbour from the same paragraph and
    speaker found a partner.
    """
    pair = pairs[index]
    lone = pair.en or pair.ru
    side, other_side = ("en", "ru") if pair.en is not None else ("ru", "en")
    for k in (index - 1, index + 1):
        if 0 <= k < len(pairs):
            other = pairs[k]
            mine, theirs = getattr(other, side), getattr(other, other_side)
            if theirs is None or mine is None or mine.paragraph != lone.paragraph or \
                    mine.speaker != lone.speaker:
                continue
            # The counterpart must be long enough to hold both halves.
            both = len(words(mine.text)) + len(words(lone.text))
            if len(words(theirs.text)) >= 0.6 * both:
                return True
    return False
