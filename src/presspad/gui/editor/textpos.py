"""Python string offsets versus Qt text positions (UTF-16 code units).

Core findings count characters as Python does; Qt counts UTF-16 units, so
every character beyond the Basic Multilingual Plane (emoji, rare CJK) is two
positions in a QTextDocument. Text without such characters needs no
conversion, and the check for them is one fast regex search.
"""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def has_astral(text: str) -> bool:
    """Does ``text`` hold characters that take two UTF-16 units?"""
    return _ASTRAL.search(text) is not None


def to_qt(text: str, index: int) -> int:
    """The Qt position of Python offset ``index`` in ``text``."""
    if not has_astral(text):
        return index
    return index + sum(1 for _ in _ASTRAL.finditer(text, 0, index))


def from_qt(text: str, position: int) -> int:
    """The Python offset of Qt position ``position`` in ``text``."""
    if not has_astral(text):
        return position
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def document_text(document) -> str:
    """The document's text with no-break spaces kept.

    ``QPlainTextEdit.toPlainText()`` and ``QTextDocument.toPlainText()``
    turn U+00A0 into ordinary spaces, which would undo every no-break-space
    fix on save; the raw text keeps them and marks paragraph breaks with
    U+2029, which become newlines here (one character each, so offsets agree).
    """
    return document.toRawText().replace("\u2029", "\n")
