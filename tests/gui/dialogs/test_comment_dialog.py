"""The comment dialog: the quoted words shown, OK only with a comment typed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from presspad.gui.dialogs import comment_dialog
from presspad.gui.dialogs.comment_dialog import CommentDialog, ask_comment_text


def test_ok_needs_a_comment_and_the_quote_is_shown(qtbot):
    dialog = CommentDialog("the  new\nlaboratory")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert "“the new laboratory”" in dialog.quote_label.text()
    assert not ok.isEnabled()
    dialog.editor.setPlainText("   ")
    assert not ok.isEnabled()
    dialog.editor.setPlainText("  Which one?\n")
    assert ok.isEnabled() and dialog.text() == "Which one?"


def test_editing_starts_from_the_comment_and_a_long_quote_is_cut(qtbot):
    dialog = CommentDialog("word " * 100, "Old text")
    qtbot.addWidget(dialog)
    assert dialog.editor.toPlainText() == "Old text"
    assert dialog.quote_label.text().endswith("…”")


def test_ask_gives_the_text_or_none(qtbot, monkeypatch):
    def fake_exec(self, typed="Да", accept=True):
        self.editor.setPlainText(typed)
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    monkeypatch.setattr(comment_dialog.CommentDialog, "exec", fake_exec)
    assert ask_comment_text(None, "q") == "Да"
    monkeypatch.setattr(comment_dialog.CommentDialog, "exec",
                        lambda self: fake_exec(self, accept=False))
    assert ask_comment_text(None, "q") is None
