"""Ignore a finding: the reviewer must say why (OK stays disabled until a reason is typed).

The reason is saved in the release with who ignored the finding and when, so
the next reviewer (and the review report) knows why it is not fixed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class IgnoreDialog(QDialog):
    """Asks why ``message`` can be ignored; :meth:`reason` after exec()."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ignore Finding"))
        self.resize(480, 260)
        finding = QLabel(message, self)
        finding.setTextFormat(Qt.TextFormat.PlainText)   # quoted text, never rendered as HTML
        finding.setWordWrap(True)
        prompt = QLabel(self.tr("Why can this be ignored? (saved in the release for the next "
                                "reviewer; a reason is required)"), self)
        prompt.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("e.g. the name is spelled as the partner "
                                                    "spells it"))
        self.reason_edit.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        for widget in (finding, prompt, self.reason_edit, self.buttons):
            layout.addWidget(widget)
        self._update_ok()
        self.reason_edit.setFocus()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))

    def accept(self) -> None:
        if self.reason():   # Enter in a blank field does not get past this either
            super().accept()


def ask_reason(parent: QWidget | None, message: str) -> str | None:
    """The reason typed, or None when the reviewer cancelled."""
    dialog = IgnoreDialog(message, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.reason() or None
