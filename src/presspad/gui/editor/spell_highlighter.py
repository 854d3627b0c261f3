"""Red wavy underlines under misspelled words, block by block as Qt asks.

:class:`SpellHighlighter` is a QSyntaxHighlighter: Qt calls
``highlightBlock`` only for the blocks (lines) whose text changed, so a
keystroke costs one line's worth of cached dictionary lookups. Suggestions
are never computed here (they cost tens of milliseconds a word).

A document has room for one highlighter. If the editor already has one (a
Markdown highlighter), call :func:`underline_misspelled` from its
``highlightBlock`` instead of installing this class.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from presspad.core.text.markup import fence_toggles
from presspad.gui.editor.textpos import has_astral, to_qt

logger = logging.getLogger(__name__)

IN_FENCE = 1  # block state: this line is inside a fenced code block


def misspelled_format() -> QTextCharFormat:
    """The format for an unknown word: a red wave underline."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(Qt.GlobalColor.red)
    return fmt


def underline_misspelled(highlighter: QSyntaxHighlighter, text: str, engine: Any, lang: str,
                         fmt: QTextCharFormat | None = None, *, merge: bool = True) -> int:
    """Underline unknown words of one block from inside any ``highlightBlock``.

    Keeps the block's existing formats (bold, headings) under the underline
    when ``merge`` is true. Fenced code is the caller's business (block
    state); Markdown syntax, URLs and e-mail addresses are skipped here.
    Returns the number of words underlined.
    """
    fmt = fmt or misspelled_format()
    astral = has_astral(text)
    count = 0
    for start, end, _word in engine.misspelled(text, lang):
        if astral:
            start, end = to_qt(text, start), to_qt(text, end)
        if merge:
            # Merge per character: the word may be partly bold or linked.
            for position in range(start, end):
                merged = QTextCharFormat(highlighter.format(position))
                merged.merge(fmt)
                highlighter.setFormat(position, 1, merged)
        else:
            highlighter.setFormat(start, end - start, fmt)
        count += 1
    return count


class SpellHighlighter(QSyntaxHighlighter):
    """Spell-check highlighting for one document in one language."""

    def __init__(self, document: QTextDocument, lang: str, engine: Any,
                 enabled: bool = True) -> None:
        # Set state before the base class attaches to the document: attaching
        # schedules a first highlight that reads it.
        self._lang = lang
        self._engine = engine
        self._enabled = enabled
        self._format = misspelled_format()
        super().__init__(document)

    @property
    def lang(self) -> str:
        return self._lang

    def set_lang(self, lang: str) -> None:
        """Switch the pane's language and re-check the whole document."""
        if lang != self._lang:
            self._lang = lang
            self.rehighlight()

    @property
    def engine(self) -> Any:
        return self._engine

    def set_engine(self, engine: Any) -> None:
        self._engine = engine
        self.rehighlight()

    def set_enabled(self, enabled: bool) -> None:
        """Turn underlining on or off (off: no dictionary lookups at all)."""
        if enabled != self._enabled:
            self._enabled = enabled
            self.rehighlight()

    def is_enabled(self) -> bool:
        return self._enabled

    def rehighlight_word(self, word: str) -> None:
        """Re-check only the blocks containing ``word`` (after "Add"/"Ignore")."""
        document = self.document()
        if document is None:
            return
        block = document.begin()
        while block.isValid():
            if word in block.text():
                self.rehighlightBlock(block)
            block = block.next()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        in_fence = self.previousBlockState() == IN_FENCE
        if fence_toggles(text):
            self.setCurrentBlockState(0 if in_fence else IN_FENCE)
            return
        self.setCurrentBlockState(IN_FENCE if in_fence else 0)
        if in_fence or not self._enabled or self._engine is None or not text:
            return
        underline_misspelled(self, text, self._engine, self._lang, self._format, merge=False)
