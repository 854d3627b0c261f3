"""Markdown highlighting for the editors, with misspelled words underlined.

A QTextDocument has room for one highlighter, so this one paints both the
Markdown markup and, when a spell engine is set, the spelling underline.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from presspad.gui.editor.spell_highlighter import misspelled_format, underline_misspelled

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

    def __init__(self, document: QTextDocument, lang: str = "en", engine: Any = None) -> None:
        # State first: attaching to the document schedules a highlight pass.
        self.lang = lang
        self.engine = engine
        self.spelling_enabled = engine is not None
        self._misspelled = misspelled_format()
        super().__init__(document)

    def set_engine(self, engine: Any, enabled: bool = True) -> None:
        """Check spelling with ``engine`` (None: no spell checking)."""
        self.engine = engine
        self.spelling_enabled = enabled and engine is not None
        self.repaint_all()

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self.spelling_enabled:
            self.spelling_enabled = enabled and self.engine is not None
            self.repaint_all()

    def repaint_all(self) -> None:
        """Re-highlight everything without marking the document as modified."""
        document = self.document()
        if document is None:
            return
        was_modified = document.isModified()
        self.rehighlight()
        document.setModified(was_modified)

    def rehighlight_word(self, word: str) -> None:
        """Re-check only the blocks holding ``word`` (after "Add"/"Ignore")."""
        document = self.document()
        was_modified = document.isModified()
        block = document.begin()
        while block.isValid():
            if word in block.text():
                self.rehighlightBlock(block)
            block = block.next()
        document.setModified(was_modified)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        self._highlight_markdown(text)
        if self.spelling_enabled and text.strip():
            underline_misspelled(self, text, self.engine, self.lang, self._misspelled)

    def _highlight_markdown(self, text: str) -> None:
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
