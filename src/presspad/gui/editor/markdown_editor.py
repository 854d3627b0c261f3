"""The Markdown editor used for each language."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QFontDatabase, QTextOption
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from presspad.gui.editor.markdown_highlighter import MarkdownHighlighter
from presspad.gui.editor.smart_typing import SmartQuotes
from presspad.gui.editor.textpos import document_text

logger = logging.getLogger(__name__)

MIN_POINTS = 4.0


class MarkdownEditor(QPlainTextEdit):
    """A plain-text Markdown editor that knows which language it holds."""

    #: A word was added to (or ignored for) the personal dictionary.
    dictionary_changed = Signal()
    #: Ctrl+wheel: zoom both panes by this many points (see gui/editor/zoom).
    zoom_requested = Signal(int)

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
        self.zoom = 0   # points added to the base font (View > Zoom In)
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
            # Suggestions are computed here, on demand: never while typing (and the
            # menu's module is imported on the first right-click, not at start-up).
            from presspad.gui.editor.spell_menu import extend_context_menu

            extend_context_menu(menu, self, event.pos(), self.highlighter.engine, self.lang,
                                self.highlighter)
        for extend in self.menu_extenders:
            extend(menu)
        chosen = menu.exec(event.globalPos())
        if chosen is not None and chosen.data() == "personal":
            self.dictionary_changed.emit()
        menu.deleteLater()

    def set_editor_font(self, description: str) -> None:
        """Use the font described by ``QFont.toString()``, or the system's text font,
        enlarged by the zoom."""
        font = QFont()
        if not description or not font.fromString(description):
            font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
            font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.base_font = font
        self.set_zoom(self.zoom)

    def set_zoom(self, points: int) -> None:
        """Show the base font ``points`` larger (smaller if negative), never below 4 pt."""
        self.zoom = points
        font = QFont(self.base_font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(max(MIN_POINTS, font.pointSizeF() + points))
        elif font.pixelSize() > 0:   # a font given in pixels: 1 pt = 4/3 px at 96 dpi
            font.setPixelSize(max(round(MIN_POINTS * 4 / 3),
                                  font.pixelSize() + round(points * 4 / 3)))
        self.setFont(font)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Ctrl+wheel zooms both panes through the View menu's zoom (kept in the
        # settings), not this editor alone as QPlainTextEdit would.
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() // 120
            if steps:
                self.zoom_requested.emit(steps)
            event.accept()
            return
        super().wheelEvent(event)

    def set_text_keeping_undo(self, text: str) -> None:
        """Replace the whole text as one undoable step (e.g. "Fix all typography")."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
