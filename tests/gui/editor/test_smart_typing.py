"""Typing quotes in an editor gives the pane language's marks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from presspad.gui.editor.smart_typing import SmartQuotes
from tests.gui.conftest import type_text


def make(qtbot, lang=None) -> tuple[QPlainTextEdit, SmartQuotes]:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    return editor, SmartQuotes(editor, lang)


def test_english_quotes_and_apostrophes(qtbot):
    editor, _ = make(qtbot, "en")
    qtbot.keyClicks(editor, "He said \"it's 'fine'\".")
    assert editor.toPlainText() == "He said “it’s ‘fine’”."


def test_russian_nested_quotes_follow_the_editor_lang(qtbot):
    editor, smart = make(qtbot)
    editor.lang = "ru"
    type_text(editor, 'Он сказал: "Компания "Газпром" готова".')
    assert editor.toPlainText() == "Он сказал: «Компания „Газпром“ готова»."
    smart.set_lang("en")
    qtbot.keyClicks(editor, ' "ok"')
    assert editor.toPlainText().endswith(" “ok”")


def test_selection_is_wrapped_and_undo_works(qtbot):
    editor, _ = make(qtbot, "ru")
    editor.setPlainText("компания Газпром")
    cursor = editor.textCursor()
    cursor.setPosition(9)
    cursor.setPosition(16, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, '"')
    assert editor.toPlainText() == "компания «Газпром»"
    editor.undo()
    assert editor.toPlainText() == "компания Газпром"


def test_disabled_or_with_ctrl_types_straight_quotes(qtbot):
    editor, smart = make(qtbot, "en")
    smart.enabled = False
    qtbot.keyClicks(editor, '"a"')
    assert editor.toPlainText() == '"a"'
    smart.enabled = True
    qtbot.keyClick(editor, '"', Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == '"a"'
