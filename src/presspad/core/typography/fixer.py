"""Typography per language: the edits a text needs, and fixing whole texts.

The rules live in :mod:`presspad.core.typography.rules`; this module runs
them on prose only (never on Markdown syntax, URLs or code) and applies
them. :mod:`presspad.core.checks.typography` turns the edits into findings.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from presspad.core.model.fixes import apply_fixes
from presspad.core.text.markup import Protected, protected_spans
from presspad.core.typography.quote_style import quote_edits
from presspad.core.typography.rules import RULES, en_quotes, ru_quotes

logger = logging.getLogger(__name__)

_QUOTE_RULES = {en_quotes, ru_quotes}
_CONTEXT_CHARS = 24
_QUOTE_CHARS = re.compile("[\"«»„“”]")


@dataclass(frozen=True)
class Edit:
    """One change a rule wants: replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str
    rule: str


def typography_edits(text: str, lang: str) -> list[Edit]:
    """Every typography change for ``text`` in ``lang``, sorted, non-overlapping."""
    rules = RULES.get(lang)
    if not rules or not text:
        return []
    spans = protected_spans(text)
    protected = Protected(text, spans)
    edits: list[Edit] = []
    # Quote marks are paired by their neighbours, and an apostrophe fix
    # (' → ’ or ‘) changes a neighbour; so quotes are paired in a view of the
    # text with apostrophes already fixed (same length, same offsets), or a
    # second run would pair them differently.
    view = text
    for name, rule in rules:
        if rule in _QUOTE_RULES:
            skip = frozenset(m.start() for m in _QUOTE_CHARS.finditer(text)
                             if protected.overlaps(m.start(), m.end()))
            found = list(quote_edits(view, lang, skip))
        else:
            found = list(rule(text))
        kept = [(start, end, replacement) for start, end, replacement in found
                if not protected.overlaps(start, max(end, start + 1))]
        edits.extend(Edit(start, end, replacement, name) for start, end, replacement in kept)
        if name == "apostrophe" and kept:
            chars = list(view)
            for start, _end, replacement in kept:
                chars[start] = replacement
            view = "".join(chars)
    edits.sort(key=lambda e: (e.start, e.end))
    kept: list[Edit] = []
    for edit in edits:
        if kept and edit.start < kept[-1].end:
            # Rules are written not to overlap; if two ever do, the first wins
            # and the second is found again once the first is applied.
            logger.debug("typography edits overlap: %s / %s", kept[-1], edit)
            continue
        kept.append(edit)
    return kept


def context_of(text: str, start: int, end: int, replacement: str) -> tuple[str, str]:
    """A short excerpt around an edit, before and after it, for the message."""
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
    before = text[left:right]
    after = text[left:start] + replacement + text[end:right]
    return before.strip(), after.strip()


def fix_typography(text: str, lang: str) -> tuple[str, int]:
    """``text`` with every typography fix applied, and how many there were."""
    edits = typography_edits(text, lang)
    if not edits:
        return text, 0
    return apply_fixes(text, [(e.start, e.end, e.replacement) for e in edits]), len(edits)
