"""Aligning English paragraphs with Russian ones.

Dynamic programming over "beads" in the manner of Gale & Church (1993): a
bead pairs 1–1, 2–1 or 1–2 paragraphs, or leaves one paragraph on one side
only (1–0, 0–1). A bead's cost adds

* a prior per bead type (1–1 is free, merges cost more, one-sided beads most);
* a length term: the squared log-ratio of the Russian length to the English
  length times :data:`RATIO` (a Gaussian on the log ratio, which is less
  harsh than Gale–Church's on long paragraphs);
* an anchor term: numbers, dates, links, quotations and Latin-script names
  (``Powel``, ``KOSDAQ``) present on both sides lower the cost, anchors on
  one side only raise it.

The ratio is a fixed constant rather than estimated from the document, and
ties prefer 1–1, so the result is deterministic and an edit to one
paragraph does not move unrelated pairs; :func:`realign` goes further and
re-aligns only a window around what changed.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass

from presspad.core.anchors import ParagraphAnchors

logger = logging.getLogger(__name__)

RATIO = 1.05          # Russian characters per English character in our releases
SIGMA2 = 2 * 0.25 ** 2
SMOOTH = 40           # characters added to both lengths: short paragraphs vary more
PRIOR = {(1, 1): 0.0, (2, 1): 2.5, (1, 2): 2.5, (1, 0): 3.5, (0, 1): 3.5}
MISS_WEIGHT = 3.0
HIT_WEIGHT = 1.5
MARGIN = 2            # beads re-aligned on each side of an edit
# Moves tried from each cell, in tie-breaking order: 1–1 first.
MOVES = ((1, 1), (2, 1), (1, 2), (1, 0), (0, 1))


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
    latin: frozenset[str]

    @classmethod
    def of(cls, text: str, anchors: ParagraphAnchors) -> ParaFeatures:
        keys: list[tuple] = []
        seen: dict[tuple, int] = {}
        for anchor in anchors.numbers:
            key = ("n", round(anchor.value, 6))
            seen[key] = seen.get(key, 0) + 1
            keys.append((*key, seen[key]))    # occurrence number keeps it a multiset
        for anchor in anchors.dates:
            keys.append(("d", anchor.value.month, anchor.value.day))
        for anchor in anchors.links:
            keys.append(("l", anchor.value))
        keys.extend(("q", i) for i in range(anchors.quotes))
        return cls(len(text), frozenset(keys), anchors.latin)


def _merge(a: ParaFeatures, b: ParaFeatures) -> ParaFeatures:
    return ParaFeatures(a.length + b.length + 2, a.signature | b.signature, a.latin | b.latin)


def _evidence(en: ParaFeatures, ru: ParaFeatures) -> float:
    """Length and anchor cost of pairing ``en`` with ``ru`` (lower is better)."""
    x = math.log((ru.length + SMOOTH) / (RATIO * en.length + SMOOTH))
    cost = x * x / SIGMA2
    names = len(ru.latin & en.latin)
    matched = len(en.signature & ru.signature) + names
    total = len(en.signature) + len(ru.signature) + names + len(ru.latin)
    if total:
        cost += (MISS_WEIGHT * (total - 2 * matched) - HIT_WEIGHT * 2 * matched) / (total + 2)
    return cost


def _score(evidence: float) -> float:
    """A confidence in (0, 1] for a two-sided bead: 1.0 when everything agrees."""
    return round(math.exp(-max(0.0, evidence)), 3)


def _align_range(en: Sequence[ParaFeatures], ru: Sequence[ParaFeatures],
                 e0: int, e1: int, r0: int, r1: int) -> list[Bead]:
    """Best beads covering en[e0:e1] and ru[r0:r1] (absolute indices in the beads)."""
    n, m = e1 - e0, r1 - r0
    if n == 0 or m == 0:
        return ([Bead((e0 + i,), (), 0.0) for i in range(n)]
                + [Bead((), (r0 + j,), 0.0) for j in range(m)])
    # Search a band around the diagonal; wide enough for every one-sided run
    # the length difference allows, plus slack.
    band = max(8, abs(n - m) + 6)
    inf = math.inf
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    merged_en = [_merge(en[e0 + i], en[e0 + i + 1]) for i in range(n - 1)]
    merged_ru = [_merge(ru[r0 + j], ru[r0 + j + 1]) for j in range(m - 1)]
    for i in range(n + 1):
        centre = i * m / n
        lo, hi = max(0, int(centre) - band), min(m, int(centre) + band + 1)
        row = cost[i]
        for j in range(lo, hi + 1):
            best, best_move = row[j], back[i][j]
            for di, dj in MOVES:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                previous = cost[pi][pj]
                if previous == inf:
                    continue
                if di and dj:
                    side_en = en[e0 + pi] if di == 1 else merged_en[pi]
                    side_ru = ru[r0 + pj] if dj == 1 else merged_ru[pj]
                    evidence = _evidence(side_en, side_ru)
                else:
                    evidence = 0.0
                total = previous + PRIOR[(di, dj)] + evidence
                if total < best - 1e-9:
                    best, best_move = total, (di, dj, evidence)
            row[j], back[i][j] = best, best_move
    if cost[n][m] == inf:   # outside the band: cannot happen with band >= |n-m|
        raise RuntimeError("alignment band too narrow")
    beads: list[Bead] = []
    i, j = n, m
    while i or j:
        di, dj, evidence = back[i][j]
        score = _score(evidence) if di and dj else 0.0
        beads.append(Bead(tuple(range(e0 + i - di, e0 + i)), tuple(range(r0 + j - dj, r0 + j)),
                          score))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


def align(en: Sequence[ParaFeatures], ru: Sequence[ParaFeatures]) -> list[Bead]:
    """Align all paragraphs; beads cover every index of both sides, in order."""
    return _align_range(en, ru, 0, len(en), 0, len(ru))


def _common_prefix(a: Sequence[str], b: Sequence[str]) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def realign(previous: list[Bead], old_en: Sequence[str], old_ru: Sequence[str],
            new_en: Sequence[str], new_ru: Sequence[str],
            en: Sequence[ParaFeatures], ru: Sequence[ParaFeatures]) -> list[Bead]:
    """Update ``previous`` (the beads of ``old_en``/``old_ru`` texts) after an edit.

    Beads wholly before or after the changed paragraphs are kept (shifted);
    only a window of :data:`MARGIN` beads around the change is aligned again,
    which is both fast and stable: the rest of the document cannot move.
    """
    head_en = _common_prefix(old_en, new_en)
    head_ru = _common_prefix(old_ru, new_ru)
    tail_en = _common_prefix(old_en[::-1], new_en[::-1])
    tail_ru = _common_prefix(old_ru[::-1], new_ru[::-1])
    tail_en = min(tail_en, len(old_en) - head_en, len(new_en) - head_en)
    tail_ru = min(tail_ru, len(old_ru) - head_ru, len(new_ru) - head_ru)

    def before(bead: Bead) -> bool:
        return all(i < head_en for i in bead.en) and all(j < head_ru for j in bead.ru)

    def after(bead: Bead) -> bool:
        return (all(i >= len(old_en) - tail_en for i in bead.en)
                and all(j >= len(old_ru) - tail_ru for j in bead.ru))

    keep_head = 0
    while keep_head < len(previous) and before(previous[keep_head]):
        keep_head += 1
    keep_tail = 0
    while (keep_tail < len(previous) - keep_head
           and after(previous[len(previous) - 1 - keep_tail])):
        keep_tail += 1
    keep_head = max(0, keep_head - MARGIN)
    keep_tail = max(0, keep_tail - MARGIN)
    head = previous[:keep_head]
    tail = previous[len(previous) - keep_tail:] if keep_tail else []
    e0 = _next_index(head, "en")
    r0 = _next_index(head, "ru")
    shift_en, shift_ru = len(new_en) - len(old_en), len(new_ru) - len(old_ru)
    tail = [Bead(tuple(i + shift_en for i in b.en), tuple(j + shift_ru for j in b.ru), b.score)
            for b in tail]
    e1 = _first_index(tail, "en", len(new_en))
    r1 = _first_index(tail, "ru", len(new_ru))
    return head + _align_range(en, ru, e0, e1, r0, r1) + tail


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
