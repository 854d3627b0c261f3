"""Markdown syntax highlighting for the editors: headings, emphasis, links, quotes."""

from __future__ import annotations

import logging
import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

logger = logging.getLogger(__name__)


def _format(color: str | None = None, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if color:
        fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    return fmt


# (pattern, format) in the order applied; later rules paint over earlier ones.
_RULES: list[tuple[re.Pattern[str], QTextCharFormat]] = [
    (re.compile(r"“[^”\n]*”?|«[^»\n]*»?|„[^“\n]*“?|\"[^\"\n]*\"?"), _format("#2e6b30")),
    (re.compile(r"(?<![*\w])\*(?!\s)[^*\n]+?\*(?!\*)|(?<![_\w])_(?!\s)[^_\n]+?_(?!\w)"),
     _format(italic=True)),
    (re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"), _format(bold=True)),
    (re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)|<https?://[^>\s]+>"), _format("#1a5fb4")),
    (re.compile(r"`[^`\n]+`"), _format("#8a4a00")),
]
_HEADING = re.compile(r"^#{1,6}\s.*$")
_BLOCKQUOTE = re.compile(r"^>.*$")
_HEADING_FORMAT = _format("#1c3d70", bold=True)
_BLOCKQUOTE_FORMAT = _format("#6b6b6b", italic=True)


class MarkdownHighlighter(QSyntaxHighlighter):
    """Colours Markdown markup; works block by block, so typing stays cheap."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        if _HEADING.match(text):
            self.setFormat(0, len(text), _HEADING_FORMAT)
            return
        spans: list[tuple[int, int, QTextCharFormat]] = []
        if _BLOCKQUOTE.match(text):
            spans.append((0, len(text), _BLOCKQUOTE_FORMAT))
        for pattern, fmt in _RULES:
            spans.extend((m.start(), m.end(), fmt) for m in pattern.finditer(text))
        if not spans:
            return
        # Paint segment by segment, merging the formats that cover each one,
        # so an italic quote is both italic and coloured; a block has few
        # segments, so this stays cheap while typing.
        cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
        for left, right in zip(cuts, cuts[1:], strict=False):
            covering = [fmt for start, end, fmt in spans if start <= left and right <= end]
            if not covering:
                continue
            merged = QTextCharFormat()
            for fmt in covering:
                merged.merge(fmt)
            self.setFormat(left, right - left, merged)
