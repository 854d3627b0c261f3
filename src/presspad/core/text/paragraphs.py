"""The one paragraph splitter: a Markdown body's paragraphs with their offsets.

Every part of presspad that speaks of "paragraph N" (the checks, quote
extraction, alignment, the findings' positions, aligned scrolling) splits
here, so a finding's "¶ N", the alignment's indices and the editor's
highlighting always agree.

A paragraph is a maximal run of non-blank lines. A blank line holds nothing
but white space, and Unicode's white space counts: a line of only no-break
spaces (which editors and Word insert, and which looks empty) separates
paragraphs like an empty one. A paragraph's span starts at its first visible
character and ends after its last one, so ``body[start:end] == text`` holds
and the text carries no leading or trailing white space.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from dataclasses import dataclass

logger = logging.getLogger(__name__)

# A visible character, the rest of its line, then every following line that
# holds a visible character. [^\S\n] is white space other than the newline.
_PARAGRAPH = re.compile(r"\S[^\n]*(?:\n[^\S\n]*\S[^\n]*)*")
# The gap between two paragraphs: a line end, a blank line, and any white space
# after it. For modules that scan text and must stop at a paragraph's end.
PARAGRAPH_BREAK_PATTERN = r"\n[^\S\n]*\n\s*"
PARAGRAPH_BREAK = re.compile(PARAGRAPH_BREAK_PATTERN)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a body: its text and where it sits."""

    index: int
    start: int
    end: int
    text: str


def split_paragraphs(body: str) -> list[Paragraph]:
    """The paragraphs of ``body`` in order, 0-based, with ``body[start:end] == text``."""
    paragraphs = []
    for index, match in enumerate(_PARAGRAPH.finditer(body)):
        text = match.group().rstrip()
        paragraphs.append(Paragraph(index, match.start(), match.start() + len(text), text))
    return paragraphs


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph of ``body`` (as :func:`split_paragraphs`)."""
    return [(p.start, p.end) for p in split_paragraphs(body)]


def paragraph_index(spans: list[tuple[int, int]], offset: int) -> int:
    """0-based index of the span holding ``offset`` (the one before it in a gap, else 0)."""
    return max(bisect_right(spans, (offset, float("inf"))) - 1, 0)


def paragraph_at(paragraphs: list[Paragraph], offset: int) -> int | None:
    """Index of the paragraph containing ``offset`` (or the one just before it).

    None when ``offset`` comes before the first paragraph.
    """
    found = bisect_right([p.start for p in paragraphs], offset) - 1
    return paragraphs[found].index if found >= 0 else None
