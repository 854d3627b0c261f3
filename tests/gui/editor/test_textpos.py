"""Python offsets versus Qt UTF-16 positions, and text with no-break spaces kept."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from presspad.gui.editor.textpos import document_text, from_qt, to_qt


def test_offsets_round_trip_across_astral_characters():
    text = "a🙂b🙂c"
    assert [to_qt(text, i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    assert all(from_qt(text, to_qt(text, i)) == i for i in range(len(text) + 1))
    assert to_qt("plain", 3) == 3 == from_qt("plain", 3)


def test_document_text_keeps_no_break_spaces(qtbot):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("в\u00a0парк\n№\u00a01")
    assert editor.toPlainText() == "в парк\n№ 1"          # why document_text exists
    assert document_text(editor.document()) == "в\u00a0парк\n№\u00a01"
