"""The Markdown editor used for each language."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QFontDatabase, QTextOption
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from presspad.gui.editor.markdown_highlighter import MarkdownHighlighter
from presspad.gui.editor.smart_typing import SmartQuotes
from presspad.gui.editor.spell_menu import extend_context_menu
from presspad.gui.editor.textpos import document_text

logger = logging.getLogger(__name__)


class MarkdownEditor(QPlainTextEdit):
    """A plain-text Markdown editor that knows which language it holds."""

    #: A word was added to (or ignored for) the personal dictionary.
    dictionary_changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName(f"editor_{lang}")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTabChangesFocus(False)
        self.document().setDocumentMargin(8)
        self.highlighter = MarkdownHighlighter(self.document(), lang)
        self.smart_quotes = SmartQuotes(self)
        #: Called with the context menu before it opens (e.g. "Add Comment…").
        self.menu_extenders: list[Callable[[QMenu], None]] = []
        self.set_editor_font("")

    def set_spell_engine(self, engine: Any, enabled: bool = True) -> None:
        """Underline unknown words with ``engine``; suggestions on right-click."""
        self.highlighter.set_engine(engine, enabled)

    def text(self) -> str:
        """The text with no-break spaces kept (``toPlainText`` drops them)."""
        return document_text(self.document())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = self.createStandardContextMenu(event.pos())
        if self.highlighter.spelling_enabled:
            # Suggestions are computed here, on demand: never while typing.
            extend_context_menu(menu, self, event.pos(), self.highlighter.engine, self.lang,
                                self.highlighter)
        for extend in self.menu_extenders:
            extend(menu)
        chosen = menu.exec(event.globalPos())
        if chosen is not None and chosen.data() == "personal":
            self.dictionary_changed.emit()
        menu.deleteLater()

    def set_editor_font(self, description: str) -> None:
        """Use the font described by ``QFont.toString()``, or the system's text font."""
        font = QFont()
        if not description or not font.fromString(description):
            font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
            font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.setFont(font)

    def set_text_keeping_undo(self, text: str) -> None:
        """Replace the whole text as one undoable step (e.g. "Fix all typography")."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
