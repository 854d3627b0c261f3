"""Typography per language: the edits a text needs, and fixing whole texts.

The rules live in ``rules.toml`` (read by :mod:`.table`); this module runs
them on prose only (never on Markdown syntax, URLs or code) and applies
them. :mod:`presspad.core.checks.typography` turns the edits into findings.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from dataclasses import dataclass

from presspad.core.model.fixes import apply_fixes
from presspad.core.text.markup import Protected, protected_spans
from presspad.core.typography.quote_style import quote_edits
from presspad.core.typography.table import rules_for

logger = logging.getLogger(__name__)

_CONTEXT_CHARS = 24
_QUOTE_CHARS = re.compile("[\"«»„“”]")


@dataclass(frozen=True)
class Edit:
    """One change a rule wants: replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str
    rule: str
    family: str = ""


class _Taken:
    """The spans earlier rules already edit: a later rule may not touch them."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def clashes(self, start: int, end: int) -> bool:
        # Taken spans never overlap, so their ends rise with their starts: walk back
        # from the last span starting at or before ``end`` while one may reach in.
        j = bisect.bisect_right(self.starts, end) - 1
        while j >= 0 and self.ends[j] >= start:
            s, e = self.starts[j], self.ends[j]
            if start == end:
                if s < start < e or s == e == start:
                    return True
            elif max(s, start) < min(e, end) or (s == e and start < s < end):
                return True
            j -= 1
        return False

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def typography_edits(text: str, lang: str, off: frozenset[str] = frozenset()) -> list[Edit]:
    """Every typography change for ``text`` in ``lang``, sorted, non-overlapping.

    ``off`` holds the rule families switched off (Settings, per language).
    """
    rules = rules_for(lang, frozenset(off))
    if not rules or not text:
        return []
    protected = Protected(text, protected_spans(text))
    taken = _Taken()
    edits: list[Edit] = []
    # Quote marks are paired by their neighbours, and an apostrophe fix
    # (' → ’ or ‘) changes a neighbour; so quotes are paired in a view of the
    # text with apostrophes already fixed (same length, same offsets), or a
    # second run would pair them differently. The table lists apostrophes first.
    view = None
    for rule in rules:
        if rule.handler == "quotes":
            if view is None:
                view = _with_apostrophes(text, edits)
            skip = frozenset(m.start() for m in _QUOTE_CHARS.finditer(text)
                             if protected.overlaps(m.start(), m.end()))
            found = quote_edits(view, lang, skip)
        else:
            found = rule.edits(text)
        for start, end, replacement in found:
            if protected.overlaps(start, max(end, start + 1)) or taken.clashes(start, end):
                continue
            taken.add(start, end)
            edits.append(Edit(start, end, replacement, rule.name, rule.family))
    edits.sort(key=lambda e: (e.start, e.end))
    return edits


def _with_apostrophes(text: str, edits: list[Edit]) -> str:
    chars = None
    for edit in edits:
        if edit.family == "apostrophes" and edit.end - edit.start == 1 == len(edit.replacement):
            chars = chars or list(text)
            chars[edit.start] = edit.replacement
    return "".join(chars) if chars else text


def context_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the excerpt around an edit starts and ends (see :func:`context_of`)."""
    left = start
    floor = max(0, start - _CONTEXT_CHARS)
    # Take the word touching the edit, or the previous word across one space run.
    while left > floor and text[left - 1] in " \t":
        left -= 1
    while left > floor and not text[left - 1].isspace():
        left -= 1
    right = end
    ceiling = min(len(text), end + _CONTEXT_CHARS)
    while right < ceiling and text[right] in " \t":
        right += 1
    while right < ceiling and not text[right].isspace():
        right += 1
    return left, right


def context_of(text: str, start: int, end: int, replacement: str) -> tuple[str, str]:
    """A short excerpt around an edit, before and after it, for the message."""
    left, right = context_bounds(text, start, end)
    before = text[left:right]
    after = text[left:start] + replacement + text[end:right]
    return before.strip(), after.strip()


def fix_typography(text: str, lang: str,
                   off: frozenset[str] = frozenset()) -> tuple[str, int]:
    """``text`` with every typography fix applied, and how many there were.

    One pass: the rules are written (and property-tested) so that a fixed
    text needs no further fix.
    """
    fixed, counts = fix_counting(text, lang, off)
    return fixed, sum(counts.values())


def fix_counting(text: str, lang: str,
                 off: frozenset[str] = frozenset()) -> tuple[str, Counter]:
    """``text`` fixed, and how many fixes each rule made."""
    edits = typography_edits(text, lang, off)
    if not edits:
        return text, Counter()
    fixed = apply_fixes(text, [(e.start, e.end, e.replacement) for e in edits])
    return fixed, Counter(edit.rule for edit in edits)
