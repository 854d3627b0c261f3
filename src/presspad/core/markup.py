"""Where a Markdown body is markup, code or an address rather than prose.

Spelling and typography look only at prose: a link's target, inline code, a
fenced code block, a URL, an e-mail address, an HTML tag or the ``#`` of a
heading must be neither underlined nor "fixed". :func:`protected_spans`
returns those regions as sorted, non-overlapping ``(start, end)`` offsets.

The same regexes work on a whole body and on one line (the editor highlights
line by line); a fenced code block spans lines, so line-by-line callers carry
the "inside a fence" state themselves with :func:`fence_toggles`.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterator

logger = logging.getLogger(__name__)

# Order matters only for readability: all alternatives are found by one scan.
_PROTECTED = re.compile(
    r"""
    (?P<fence>^[ ]{0,3}(?P<fchar>`{3,}|~{3,})[^\n]*\n(?:.*\n)*?
              (?:[ ]{0,3}(?P=fchar)[`~]*[ \t]*$|.*\Z))
  | (?P<code>(?P<ticks>`+)[^`].*?(?P=ticks)|`+)
  | (?P<autolink><(?:[a-zA-Z][\w+.-]*:|[\w.+-]+@)[^\s<>]*>)
  | (?P<html></?[a-zA-Z][^<>\n]*>|<!--.*?-->)
  | (?P<target>\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?\))
  | (?P<refdef>^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$)
  | (?P<url>(?:https?|ftp|file|mailto):(?://)?[^\s<>()\[\]"«»“”]*[^\s<>()\[\]"«»“”.,;:!?']
           |www\.[^\s<>()\[\]"«»“”]*[^\s<>()\[\]"«»“”.,;:!?'])
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<domain>\b(?:[\w-]+\.)+(?:ru|com|org|net|edu|gov|info|io|su|kr|cn|de|uk|eu|рф)\b
           (?:/[^\s<>()\[\]"«»“”]*[^\s<>()\[\]"«»“”.,;:!?'])?)
  | (?P<heading>^[ ]{0,3}\#{1,6}(?=[ \t]|$))
  | (?P<rule>^[ ]{0,3}(?P<rchar>[-*_=])(?:[ \t]*(?P=rchar)){2,}[ \t]*$)
  | (?P<table>^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$)
  | (?P<listmark>^[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t]))
  | (?P<quotemark>^[ \t]*(?:>[ \t]?)+)
    """,
    re.VERBOSE | re.MULTILINE,
)

_FENCE_LINE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ``(start, end)`` regions of ``text`` that are not prose."""
    spans: list[tuple[int, int]] = []
    for match in _PROTECTED.finditer(text):
        start, end = match.span()
        if match.lastgroup == "target":
            start += 1  # the "]" closes the link text, which is prose
        if end > start:
            spans.append((start, end))
    return spans


def fence_toggles(line: str) -> bool:
    """True when ``line`` opens or closes a fenced code block (```` ``` ```` or ``~~~``)."""
    return _FENCE_LINE.match(line) is not None


class Protected:
    """Fast "is this offset inside markup?" queries over :func:`protected_spans`."""

    __slots__ = ("_starts", "_ends")

    def __init__(self, text: str, spans: list[tuple[int, int]] | None = None) -> None:
        spans = protected_spans(text) if spans is None else spans
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]

    def overlaps(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` touch any protected region?"""
        if not self._starts:
            return False
        # Regions are sorted and disjoint, so their ends are sorted too: only the
        # last region starting before ``end`` can reach past ``start``.
        i = bisect.bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._ends[i] > start


def prose_chunks(text: str) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, chunk)`` for each stretch of ``text`` between protected regions."""
    position = 0
    for start, end in protected_spans(text):
        if start > position:
            yield position, text[position:start]
        position = max(position, end)
    if position < len(text):
        yield position, text[position:]
