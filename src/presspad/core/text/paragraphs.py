"""Splitting a Markdown body into paragraphs with their character offsets.

A paragraph is a maximal run of non-blank lines; a blank line is empty or
whitespace only. This is the same numbering as :func:`presspad.core.model.findings.locate`
(whose paragraph numbers are these indices plus one), so a finding's "¶ N"
and the alignment's indices always agree.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

logger = logging.getLogger(__name__)

# One paragraph: a non-blank line, then every following line that is not blank.
_PARAGRAPH = re.compile(r"^[ \t]*\S[^\n]*(?:\n[ \t]*\S[^\n]*)*", re.MULTILINE)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a body: its text and where it sits."""

    index: int
    start: int
    end: int
    text: str


def split_paragraphs(body: str) -> list[Paragraph]:
    """The paragraphs of ``body`` in order, 0-based, with ``body[start:end] == text``."""
    return [Paragraph(i, m.start(), m.end(), m.group())
            for i, m in enumerate(_PARAGRAPH.finditer(body))]


def paragraph_at(paragraphs: list[Paragraph], offset: int) -> int | None:
    """Index of the paragraph containing ``offset`` (or the one just before it)."""
    found = None
    for paragraph in paragraphs:
        if paragraph.start > offset:
            break
        found = paragraph.index
    return found
