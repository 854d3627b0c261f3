"""Smart quotes while typing: " and ' become the pane language's marks.

:class:`SmartQuotes` is an event filter for a QPlainTextEdit; the choice of
mark is :func:`presspad.core.typography.quote_style.smart_quote` (Qt-free, tested
in core). With a selection, the typed quote wraps it in a pair of marks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit

from presspad.core.typography.quote_style import MARKS, quote_depth, smart_quote
from presspad.gui.editor.textpos import from_qt

logger = logging.getLogger(__name__)

_BLOCKING = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
             | Qt.KeyboardModifier.MetaModifier)


class SmartQuotes(QObject):
    """Replace typed straight quotes in ``editor`` with typographic ones."""

    def __init__(self, editor: QPlainTextEdit, lang: str | Callable[[], str] | None = None,
                 enabled: bool = True) -> None:
        super().__init__(editor)
        self._editor = editor
        # None: follow the editor's own ``lang`` attribute (MarkdownEditor has one).
        self._lang = lang
        self.enabled = enabled
        editor.installEventFilter(self)

    @property
    def lang(self) -> str:
        if callable(self._lang):
            return self._lang()
        if self._lang is None:
            return getattr(self._editor, "lang", "en")
        return self._lang

    def set_lang(self, lang: str | Callable[[], str] | None) -> None:
        self._lang = lang

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        editor = getattr(self, "_editor", None)   # None while being torn down
        if (not getattr(self, "enabled", False) or event.type() != QEvent.Type.KeyPress
                or editor is None or watched is not editor or editor.isReadOnly()):
            return False
        assert isinstance(event, QKeyEvent)
        char = event.text()
        if char not in ('"', "'") or event.modifiers() & _BLOCKING:
            return False
        lang = self.lang
        if lang not in MARKS:
            return False
        cursor = self._editor.textCursor()
        text = cursor.block().text()
        if cursor.hasSelection():
            selected = cursor.selectedText()
            if "\u2029" in selected:
                return False  # a selection across paragraphs: type over it as usual
            start = cursor.selectionStart() - cursor.block().position()
            depth, _inner = quote_depth(text[:from_qt(text, max(0, start))], lang)
            opening, closing = MARKS[lang][min(depth, 1)]
            if char == "'" and lang == "en":
                opening, closing = MARKS["en"][1]
            cursor.insertText(f"{opening}{selected}{closing}")
            self._editor.setTextCursor(cursor)
            return True
        before = text[:from_qt(text, cursor.positionInBlock())]
        self._editor.insertPlainText(smart_quote(before, char, lang))
        return True
