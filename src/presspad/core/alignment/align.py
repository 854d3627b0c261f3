"""Aligning English paragraphs with Russian ones.

Dynamic programming over "beads" in the manner of Gale & Church (1993): a
bead pairs 1–1, 2–1 or 1–2 paragraphs, or leaves one paragraph on one side
only (1–0, 0–1). A bead's cost adds

* a prior per bead type (1–1 is free, merges cost more, one-sided beads most);
* a length term: the squared log-ratio of the Russian length to the English
  length times :data:`RATIO` (a Gaussian on the log ratio);
* a sentence-count term (translators seldom split or join sentences);
* an anchor term: numbers, dates, links, quotations and names (``Powel``,
  ``KOSDAQ``, ``Kuznetsov`` = ``Кузнецов``) present on both sides lower the
  cost, anchors on one side only raise it.

The length ratio is a constant (a ratio of totals is skewed by the very
paragraphs that are missing) unless the median of a first alignment's 1–1
pairs says the translation is much shorter or longer (a summary), and ties
prefer 1–1, so the result is deterministic and an edit to one paragraph does
not move unrelated pairs; :func:`realign` goes further and re-aligns only a
window around what changed.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from presspad.core.alignment.anchors import ParagraphAnchors
from presspad.core.text.words import ABBREVIATIONS

logger = logging.getLogger(__name__)

RATIO = 1.05          # Russian characters per English character in our releases
SIGMA2 = 2 * 0.2 ** 2  # log-ratio spread of translated paragraph lengths (~0.1 seen)
SMOOTH = 40           # characters added to both lengths: short paragraphs vary more
PRIOR = {(1, 1): 0.0, (2, 1): 2.7, (1, 2): 2.7, (1, 0): 3.0, (0, 1): 3.0}
MISS_WEIGHT = 0.6     # per anchor found on one side only
MISS_CAP = 3.0
HIT_WEIGHT = 0.5      # per anchor found on both sides
HIT_CAP = 2.0
NAME_WEIGHT = 0.5     # per name found on both sides
SENTENCE_WEIGHT = 4.0
MARGIN = 2            # beads re-aligned on each side of an edit
BAND = 10             # first half-width of the DP band (widened when needed)
RATIO_TOLERANCE = 0.15  # log ratio; beyond it the document's own ratio is used
MIN_PAIRS_FOR_RATIO = 4


@dataclass(frozen=True)
class Bead:
    """Aligned paragraphs: English indices, Russian indices (either may be empty)."""

    en: tuple[int, ...]
    ru: tuple[int, ...]
    score: float

    def as_dict(self) -> dict[str, object]:
        return {"en": list(self.en), "ru": list(self.ru), "score": self.score}


@dataclass(frozen=True)
class ParaFeatures:
    """What alignment looks at in one paragraph."""

    length: int
    signature: frozenset[tuple]     # numbers, dates, links, quotes as comparable keys
    names: frozenset[str]
    sentences: int = 1
    # log(length) as it enters the length term, precomputed: the DP is hot.
    log_length: float = 0.0

    @classmethod
    def make(cls, length: int, signature: frozenset[tuple], names: frozenset[str],
             sentences: int) -> ParaFeatures:
        return cls(length, signature, names, sentences, math.log(length + SMOOTH))

    @classmethod
    def of(cls, text: str, anchors: ParagraphAnchors) -> ParaFeatures:
        keys: list[tuple] = []
        seen: dict[tuple, int] = {}
        for anchor in anchors.numbers:
            if anchor.soft:
                continue      # words like "second", "double" are translated too freely
            key = ("n", round(anchor.value, 6))
            seen[key] = seen.get(key, 0) + 1
            keys.append((*key, seen[key]))    # occurrence number keeps it a multiset
        for anchor in anchors.dates:
            keys.append(("d", anchor.value.month, anchor.value.day))
        for anchor in anchors.links:
            keys.append(("l", anchor.value))
        keys.extend(("q", i) for i in range(anchors.quotes))
        return cls.make(len(text), frozenset(keys), anchors.names, count_sentences(text))


def _merge(a: ParaFeatures, b: ParaFeatures) -> ParaFeatures:
    return ParaFeatures.make(a.length + b.length + 2, a.signature | b.signature,
                             a.names | b.names, a.sentences + b.sentences)


# A sentence ends with . ! ? or … (and closing quotes or brackets) before a
# space and a capital, digit or opening quote; "Mr. Lee", "Dr. Lan", "2020 г. Компания"
# are abbreviations, not ends.
_SENTENCE_END = re.compile(r"[.!?…]+[»”\"')*]*\s+(?=[«“„\"(*]*[A-ZА-ЯЁ0-9])")
_LAST_WORD = re.compile(r"\b\w{1,4}$")


def count_sentences(text: str) -> int:
    """Rough number of sentences in ``text`` (at least 1)."""
    count = 1
    for match in _SENTENCE_END.finditer(text):
        # (The pattern starts at the punctuation: a leading \w* would make
        # the search quadratic in word length.)
        before = _LAST_WORD.search(text, max(0, match.start() - 5), match.start())
        word = before.group() if before else ""
        # Single letters are initials or "г.", "т.".
        if (len(word) == 1 and not word.isdigit()) or word.lower() in ABBREVIATIONS:
            continue   # an initial, "г.", "Mr.", "Dr.", "Co."
        count += 1
    return count


def _evidence(en: ParaFeatures, ru: ParaFeatures, log_ratio: float) -> float:
    """Length and anchor cost of pairing ``en`` with ``ru`` (lower is better)."""
    x = ru.log_length - en.log_length - log_ratio
    cost = x * x / SIGMA2
    # Translators keep sentences more often than they split or join them: a
    # second length measure, which tells a merge from a short extra paragraph.
    d = ru.sentences - en.sentences
    if d:
        cost += SENTENCE_WEIGHT * d * d / (ru.sentences + en.sentences)
    matched = len(en.signature & ru.signature)
    unmatched = len(en.signature) + len(ru.signature) - 2 * matched
    # Each anchor without a partner counts, and each shared one, both capped
    # so that one anchor-rich paragraph does not outweigh everything else.
    # Names only count when shared: most capitalised words have no partner.
    cost += min(MISS_CAP, MISS_WEIGHT * unmatched) - min(
        HIT_CAP, HIT_WEIGHT * matched + NAME_WEIGHT * len(en.names & ru.names))
    return cost


def _score(evidence: float) -> float:
    """A confidence in (0, 1] for a two-sided bead: 1.0 when everything agrees."""
    return round(math.exp(-max(0.0, evidence)), 3)


def length_log_ratio(beads: Sequence[Bead], en: Sequence[ParaFeatures],
                     ru: Sequence[ParaFeatures]) -> float:
    """The log length ratio to align with: :data:`RATIO`'s, unless the document disagrees.

    A translation may be systematically shorter (a summary) or longer; the
    median log ratio of the 1–1 pairs of a first alignment tells, and is
    robust to the missing paragraphs that skew a ratio of totals. Within
    :data:`RATIO_TOLERANCE` of the default the default is kept, so that
    ordinary documents are aligned with one constant (stable as one types).
    """
    base = math.log(RATIO)
    ratios = sorted(ru[b.ru[0]].log_length - en[b.en[0]].log_length
                    for b in beads if len(b.en) == 1 and len(b.ru) == 1)
    if len(ratios) < MIN_PAIRS_FOR_RATIO:
        return base
    median = ratios[len(ratios) // 2]
    return median if abs(median - base) > RATIO_TOLERANCE else base


def _align_range(en: Sequence[ParaFeatures], ru: Sequence[ParaFeatures],
                 e0: int, e1: int, r0: int, r1: int, log_ratio: float) -> list[Bead]:
    """Best beads covering en[e0:e1] and ru[r0:r1] (absolute indices in the beads)."""
    n, m = e1 - e0, r1 - r0
    if n == 0 or m == 0:
        return ([Bead((e0 + i,), (), 0.0) for i in range(n)]
                + [Bead((), (r0 + j,), 0.0) for j in range(m)])
    # Search a band around the diagonal; when the best path touches its edge
    # the band may have cut off a better one, so widen it and search again.
    band = BAND
    while True:
        path, touched = _dp(en[e0:e1], ru[r0:r1], band, log_ratio)
        if not touched or band >= max(n, m):
            break
        band *= 2
    beads = []
    for i, j, di, dj, evidence in path:
        score = _score(evidence) if di and dj else 0.0
        beads.append(Bead(tuple(range(e0 + i, e0 + i + di)), tuple(range(r0 + j, r0 + j + dj)),
                          score))
    return beads


def _dp(en: Sequence[ParaFeatures], ru: Sequence[ParaFeatures], band: int, log_ratio: float
        ) -> tuple[list[tuple[int, int, int, int, float]], bool]:
    """The cheapest bead path within ``band`` of the diagonal, and whether it touched the edge.

    Path items are (en start, ru start, en count, ru count, evidence), relative.
    """
    n, m = len(en), len(ru)
    inf = math.inf
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    merged_en = [_merge(en[i], en[i + 1]) for i in range(n - 1)]
    merged_ru = [_merge(ru[j], ru[j + 1]) for j in range(m - 1)]
    bounds = []
    for i in range(n + 1):
        centre = i * m // n
        bounds.append((max(0, centre - band), min(m, centre + band)))
    skip, merge = PRIOR[(1, 0)], PRIOR[(2, 1)]
    for i in range(n + 1):
        lo, hi = bounds[i]
        row, back_row = cost[i], back[i]
        up = cost[i - 1] if i else None
        up2 = cost[i - 2] if i > 1 else None
        for j in range(lo, hi + 1):
            best, move = row[j], back_row[j]
            # Moves in tie-breaking order: 1–1, 2–1, 1–2, 1–0, 0–1.
            if up is not None and j and up[j - 1] != inf:
                ev = _evidence(en[i - 1], ru[j - 1], log_ratio)
                if up[j - 1] + ev < best - 1e-9:
                    best, move = up[j - 1] + ev, (1, 1, ev)
            # Evidence is never below -HIT_CAP: skip merges that cannot win.
            if up2 is not None and j and up2[j - 1] + merge - HIT_CAP < best - 1e-9:
                ev = _evidence(merged_en[i - 2], ru[j - 1], log_ratio)
                if up2[j - 1] + merge + ev < best - 1e-9:
                    best, move = up2[j - 1] + merge + ev, (2, 1, ev)
            if up is not None and j > 1 and up[j - 2] + merge - HIT_CAP < best - 1e-9:
                ev = _evidence(en[i - 1], merged_ru[j - 2], log_ratio)
                if up[j - 2] + merge + ev < best - 1e-9:
                    best, move = up[j - 2] + merge + ev, (1, 2, ev)
            if up is not None and up[j] + skip < best - 1e-9:
                best, move = up[j] + skip, (1, 0, 0.0)
            if j and row[j - 1] + skip < best - 1e-9:
                best, move = row[j - 1] + skip, (0, 1, 0.0)
            row[j], back_row[j] = best, move
    if cost[n][m] == inf:
        return [], True        # the band was too narrow to reach the end at all
    path = []
    touched = False
    i, j = n, m
    while i or j:
        di, dj, evidence = back[i][j]
        lo, hi = bounds[i]
        if (j == lo and lo > 0) or (j == hi and hi < m):
            touched = True
        i, j = i - di, j - dj
        path.append((i, j, di, dj, evidence))
    path.reverse()
    return path, touched


def align(en: Sequence[ParaFeatures], ru: Sequence[ParaFeatures]) -> list[Bead]:
    """Align all paragraphs; beads cover every index of both sides, in order."""
    base = math.log(RATIO)
    beads = _align_range(en, ru, 0, len(en), 0, len(ru), base)
    # A second pass when the translation's length ratio is far from ours.
    for _attempt in range(2):
        log_ratio = length_log_ratio(beads, en, ru)
        if log_ratio == base:
            break
        beads, base = _align_range(en, ru, 0, len(en), 0, len(ru), log_ratio), log_ratio
    return beads


def _common_prefix(a: Sequence[str], b: Sequence[str]) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _changed_range(old: Sequence[str], new: Sequence[str]) -> tuple[int, int] | None:
    """The old indices [start, end) replaced by the edit, or None when nothing changed."""
    if len(old) == len(new) and old == new:
        return None
    head = _common_prefix(old, new)
    tail = _common_prefix(old[::-1], new[::-1])
    tail = min(tail, len(old) - head, len(new) - head)
    return head, len(old) - tail


def _touched(beads: list[Bead], side: str, changed: tuple[int, int]) -> list[int]:
    """Numbers of the beads holding a changed paragraph (or next to an insertion)."""
    start, end = changed
    if end > start:
        return [k for k, b in enumerate(beads) if any(start <= i < end for i in getattr(b, side))]
    # A pure insertion before old index ``start``: the beads either side of it.
    return [k for k, b in enumerate(beads)
            if any(i in (start - 1, start) for i in getattr(b, side))]


def realign(previous: list[Bead], old_en: Sequence[str], old_ru: Sequence[str],
            new_en: Sequence[str], new_ru: Sequence[str],
            en: Sequence[ParaFeatures], ru: Sequence[ParaFeatures]) -> list[Bead]:
    """Update ``previous`` (the beads of ``old_en``/``old_ru`` texts) after an edit.

    Beads wholly before or after the changed paragraphs are kept (shifted);
    only a window of :data:`MARGIN` beads around the change is aligned again,
    which is both fast and stable: the rest of the document cannot move.
    """
    touched: list[int] = []
    for side, old, new in (("en", old_en, new_en), ("ru", old_ru, new_ru)):
        changed = _changed_range(old, new)
        if changed is not None:
            touched += _touched(previous, side, changed)
    if not previous or not touched:
        return align(en, ru)
    first = max(0, min(touched) - MARGIN)
    last = min(len(previous), max(touched) + 1 + MARGIN)
    head = previous[:first]
    shift_en, shift_ru = len(new_en) - len(old_en), len(new_ru) - len(old_ru)
    tail = [Bead(tuple(i + shift_en for i in b.en), tuple(j + shift_ru for j in b.ru), b.score)
            for b in previous[last:]]
    e0, r0 = _next_index(head, "en"), _next_index(head, "ru")
    e1 = _first_index(tail, "en", len(new_en))
    r1 = _first_index(tail, "ru", len(new_ru))
    log_ratio = length_log_ratio(head + tail, en, ru)
    return head + _align_range(en, ru, e0, e1, r0, r1, log_ratio) + tail


def _next_index(beads: list[Bead], side: str) -> int:
    for bead in reversed(beads):
        indices = getattr(bead, side)
        if indices:
            return indices[-1] + 1
    return 0


def _first_index(beads: list[Bead], side: str, default: int) -> int:
    for bead in beads:
        indices = getattr(bead, side)
        if indices:
            return indices[0]
    return default
