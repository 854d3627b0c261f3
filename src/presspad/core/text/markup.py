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
from functools import lru_cache

logger = logging.getLogger(__name__)

# Each kind of markup has its own regex and is searched for only when the
# text holds its tell-tale characters: one big alternation tried at every
# position cost 20 ms on a 10,000-word body.
_LINE_MARKUP = re.compile(
    r"""
    ^(?:
      [ ]{0,3}(?P<fchar>`{3,}|~{3,})[^\n]*\n(?:.*\n)*?          # fenced code block
          (?:[ ]{0,3}(?P=fchar)[`~]*[ \t]*$|.*\Z)
    | [ ]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$                         # link reference definition
    | [ ]{0,3}\#{1,6}(?=[ \t]|$)                                # heading marker
    | [ ]{0,3}(?P<rchar>[-*_=])(?:[ \t]*(?P=rchar)){2,}[ \t]*$  # rule, setext underline
    | [ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$  # table delimiter row
    | [ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t])                      # list item marker
    | [ \t]*(?:>[ \t]?)+                                         # block quote marker
    )
    """,
    re.VERBOSE | re.MULTILINE,
)
_URL_END = r"""[^\s<>()\[\]"«»“”]*[^\s<>()\[\]"«»“”.,;:!?']"""
# (needles, pattern, offset to add to the start: a link target's "]" is prose)
_INLINE_MARKUP: list[tuple[tuple[str, ...], re.Pattern[str], int]] = [
    (("`",), re.compile(r"(?P<ticks>`+)[^`].*?(?P=ticks)|`+"), 0),
    (("<",), re.compile(r"<(?:[a-zA-Z][\w+.-]*:|[\w.+-]+@)[^\s<>]*>"          # autolink
                        r"|</?[a-zA-Z][^<>\n]*>|<!--.*?-->", re.DOTALL), 0),   # HTML
    (("](",), re.compile(r"\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*"
                         r"""(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?\)"""), 1),
    ((":", "www."), re.compile(rf"(?:https?|ftp|file|mailto):(?://)?{_URL_END}"
                               rf"|(?<![\w.-])www\.{_URL_END}"), 0),
    (("{",), re.compile(r"\{\{?[^{}\n]{1,80}\}\}?"), 0),   # {placeholder}, {{ template }}
    (("@",), re.compile(r"(?<![\w.+'’-])[\w.+-](?:[\w.+'’-]*[\w.+-])?@[\w-]+(?:\.[\w-]+)+"), 0),
    ((".",), re.compile(r"(?<![\w.-])(?:[\w-]+\.)+(?:ru|com|org|net|edu|gov|info|io|su|kr|cn"
                        rf"|de|uk|eu|рф)\b(?:/{_URL_END})?"), 0),
]

_FENCE_LINE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")


@lru_cache(maxsize=16)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    found = [m.span() for m in _LINE_MARKUP.finditer(text)]
    for needles, pattern, skip in _INLINE_MARKUP:
        if any(needle in text for needle in needles):
            found.extend((m.start() + skip, m.end()) for m in pattern.finditer(text))
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(merged)


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ``(start, end)`` regions of ``text`` that are not prose.

    The result for the last few texts is cached: the spelling and typography
    checks ask for the same body in turn.
    """
    return list(_spans(text))


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
