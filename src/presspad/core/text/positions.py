"""Human coordinates of an offset in a body: 1-based paragraph, line and column.

The paragraph is the one :mod:`presspad.core.text.paragraphs` counts. A
:class:`TextIndex` is built once per text (line and paragraph starts) and
answers each offset by bisection, so locating every finding of a long
release costs no rescan of the text from its start.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from presspad.core.text.paragraphs import split_paragraphs

logger = logging.getLogger(__name__)

_NEWLINE = re.compile("\n")


@dataclass(frozen=True)
class Location:
    """Human coordinates of an offset: 1-based paragraph, line and column."""

    paragraph: int
    line: int
    column: int


class TextIndex:
    """Line and paragraph starts of one text, for turning offsets into locations."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
        self.paragraph_starts = [p.start for p in split_paragraphs(text)]

    def locate(self, offset: int) -> Location:
        """Paragraph, line and column of ``offset`` (clamped to the text)."""
        text = self.text
        offset = max(0, min(offset, len(text)))
        line = bisect_right(self.line_starts, offset)
        line_start = self.line_starts[line - 1]
        # The whole current line decides its paragraph, so an offset in the
        # indentation before a paragraph's first character belongs to it.
        line_end = text.find("\n", line_start)
        content = text[line_start:line_end if line_end != -1 else len(text)]
        first_visible = line_start + len(content) - len(content.lstrip())
        probe = first_visible if content.strip() and offset < first_visible else offset
        paragraph = max(bisect_right(self.paragraph_starts, probe), 1)
        return Location(paragraph=paragraph, line=line, column=offset - line_start + 1)


@lru_cache(maxsize=16)
def text_index(text: str) -> TextIndex:
    """The index of ``text``, kept for the few texts being reported on."""
    return TextIndex(text)


def locate(text: str, offset: int) -> Location:
    """Paragraph, line and column of ``offset`` in ``text`` (all 1-based)."""
    return text_index(text).locate(offset)
