"""Applying findings' fixes to a text: in one pass, from the end backwards.

Used by ``presspad fix`` and by the GUI's "Fix all" (which applies the same
list, in the same order, inside one undo step).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

logger = logging.getLogger(__name__)

Replacement = tuple[int, int, str]


def _as_triple(fix: Any) -> Replacement:
    """Accept a :class:`~presspad.core.model.findings.Fix`, a finding with one, or a triple."""
    if hasattr(fix, "fix") and not hasattr(fix, "replacement"):
        fix = fix.fix
    if hasattr(fix, "replacement"):
        return fix.span.start, fix.span.end, fix.replacement
    start, end, replacement = fix
    return int(start), int(end), str(replacement)


def ordered_fixes(fixes: Iterable[Any], length: int | None = None) -> list[Replacement]:
    """Non-overlapping ``(start, end, replacement)`` sorted from last to first.

    Applying them in this order keeps every earlier offset valid. Of two
    overlapping fixes the one starting first is kept; fixes outside
    ``[0, length]`` are dropped.
    """
    triples = sorted({_as_triple(f) for f in fixes if f is not None},
                     key=lambda t: (t[0], t[1]))
    kept: list[Replacement] = []
    for start, end, replacement in triples:
        if start < 0 or end < start or (length is not None and end > length):
            logger.warning("fix out of range ignored: %s", (start, end, replacement))
            continue
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, replacement))
    kept.reverse()
    return kept


def apply_fixes(text: str, fixes: Iterable[Any]) -> str:
    """``text`` with the fixes (Fix objects, findings or triples) applied."""
    pieces: list[str] = []
    position = len(text)
    for start, end, replacement in ordered_fixes(fixes, len(text)):
        pieces.append(text[end:position])
        pieces.append(replacement)
        position = start
    pieces.append(text[:position])
    return "".join(reversed(pieces))
