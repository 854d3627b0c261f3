"""One side of the window: the language's name, its title, its header fields and its editor."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from presspad.gui.editor.header_panel import HeaderPanel
from presspad.gui.editor.markdown_editor import MarkdownEditor

logger = logging.getLogger(__name__)


class LanguagePane(QWidget):
    """Title and body editor for one language of the release."""

    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.heading = QLabel(self)
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        self.heading.setFont(heading_font)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName(f"title_{lang}")
        self.header = HeaderPanel(lang, self)
        self.editor = MarkdownEditor(lang, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.header)
        layout.addWidget(self.editor, 1)

        self.title_edit.textEdited.connect(self.changed)
        self.editor.textChanged.connect(self.changed)
        self.translate_ui()

    def translate_ui(self) -> None:
        """Set every visible text; called again when the interface language changes."""
        names = {"en": self.tr("English"), "ru": self.tr("Russian")}
        self.heading.setText(names[self.lang])
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.title_edit.setAccessibleName(self.tr("Title ({language})").format(
            language=names[self.lang]))
        self.editor.setAccessibleName(self.tr("Text ({language})").format(
            language=names[self.lang]))
        self.editor.setPlaceholderText(self.tr("Write the release in Markdown…"))
        self.header.translate_ui()

    def set_content(self, title: str, body: str) -> None:
        """Load text without recording undo steps or marking the pane modified."""
        self.title_edit.setText(title)
        self.title_edit.setCursorPosition(0)   # a long title shows its start, not its end
        self.editor.setPlainText(body)
        self.editor.document().setModified(False)

    def title(self) -> str:
        return self.title_edit.text()

    def body(self) -> str:
        return self.editor.text()
