"""The small dialog in which a reviewer writes (or edits) a comment on a stretch of text."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

logger = logging.getLogger(__name__)

_QUOTE_SHOWN = 200   # characters of the commented text shown above the comment


class CommentDialog(QDialog):
    """The quoted words above, the comment below; OK only with some text."""

    def __init__(self, quote: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Comment") if text else self.tr("Add Comment"))
        shown = " ".join(quote.split())
        if len(shown) > _QUOTE_SHOWN:
            shown = shown[:_QUOTE_SHOWN - 1] + "…"
        self.quote_label = QLabel(self.tr("On: “{quote}”").format(quote=shown), self)
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)   # the user's text, not HTML
        self.quote_label.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(text)
        self.editor.setAccessibleName(self.tr("Comment"))
        self.editor.setPlaceholderText(self.tr("Your comment for the author…"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote_label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)
        self.resize(420, 220)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text()))

    def text(self) -> str:
        return self.editor.toPlainText().strip()


def ask_comment_text(parent: QWidget, quote: str, text: str = "") -> str | None:
    """The comment typed for ``quote`` (``text``: the one being edited); None if cancelled."""
    dialog = CommentDialog(quote, text, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.text():
        return None
    return dialog.text()
