"""The Markdown editor used for each language."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from presspad.gui.markdown_highlighter import MarkdownHighlighter

logger = logging.getLogger(__name__)


class MarkdownEditor(QPlainTextEdit):
    """A plain-text Markdown editor that knows which language it holds."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName(f"editor_{lang}")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTabChangesFocus(False)
        self.document().setDocumentMargin(8)
        self.highlighter = MarkdownHighlighter(self.document())
        self.set_editor_font("")

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
