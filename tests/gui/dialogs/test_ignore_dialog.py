"""The ignore prompt: OK stays disabled, and Enter does nothing, until a reason is typed."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from presspad.gui.dialogs.ignore_dialog import IgnoreDialog, ask_reason
from tests.gui.conftest import type_text


def test_ok_needs_a_reason(qtbot):
    dialog = IgnoreDialog("Unknown word “Powel”")
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    type_text(dialog.reason_edit, "   ")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()                         # Enter on a blank reason: still open
    assert dialog.result() != QDialog.DialogCode.Accepted
    type_text(dialog.reason_edit, "the partner spells it so")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.reason() == "the partner spells it so"


def test_ask_reason_gives_the_reason_or_none(qtbot):
    def answer(text: str | None) -> None:
        dialog = next(w for w in qtbot_widgets() if isinstance(w, IgnoreDialog))
        if text is None:
            dialog.reject()
        else:
            dialog.reason_edit.setPlainText(text)
            dialog.ok_button.click()

    def qtbot_widgets():
        from PySide6.QtWidgets import QApplication

        return QApplication.topLevelWidgets()

    QTimer.singleShot(0, lambda: answer("  checked with the office \n"))
    assert ask_reason(None, "A number differs") == "checked with the office"
    QTimer.singleShot(0, lambda: answer(None))
    assert ask_reason(None, "A number differs") is None


def test_the_finding_is_shown_as_plain_text(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from presspad.gui.dialogs.ignore_dialog import IgnoreDialog

    dialog = IgnoreDialog("Unknown word “<b>bold</b><img src=x>”", None)
    qtbot.addWidget(dialog)
    label = next(w for w in dialog.findChildren(QLabel) if "bold" in w.text())
    assert label.textFormat() == Qt.TextFormat.PlainText
