"""Spelling underline, no-break spaces kept, and Fix All Typography in the window."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

from presspad.gui.main_window import MainWindow
from tests.gui.conftest import type_text


def underlined_words(editor) -> list[str]:
    block = editor.document().firstBlock()
    words = []
    for fmt_range in block.layout().formats():
        if fmt_range.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
            words.append(block.text()[fmt_range.start:fmt_range.start + fmt_range.length])
    return words


def test_misspelled_words_are_underlined_in_each_language(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready, timeout=5000)  # spelling starts after first paint
    window.panes["en"].editor.setPlainText("The univercity signed a memorandum.")
    window.panes["ru"].editor.setPlainText("Университет подписал мемарандум.")
    qtbot.waitUntil(lambda: underlined_words(window.panes["ru"].editor) != [], timeout=3000)
    assert underlined_words(window.panes["en"].editor) == ["univercity"]
    assert underlined_words(window.panes["ru"].editor) == ["мемарандум"]


def test_fix_all_typography_is_one_undo_step_and_keeps_nbsp(qtbot, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.panes["en"].editor.setPlainText('The world\'s # 1 gas company said "yes".')
    window.panes["ru"].editor.setPlainText("Компания № 1 в мире - это \"Газпром\".")
    assert window.fix_all_typography() >= 4
    en, ru = window.panes["en"].body(), window.panes["ru"].body()
    assert "No. 1" in en and "“yes”" in en and "world’s" in en
    assert "№\u00a01" in ru and "«Газпром»" in ru and "\u00a0— " in ru
    window.save_to(tmp_path / "r.presspad")
    from presspad.core.storage import release_file as storage

    assert "№\u00a01" in storage.load(tmp_path / "r.presspad").ru.body
    window.panes["ru"].editor.undo()
    assert window.panes["ru"].body() == "Компания № 1 в мире - это \"Газпром\"."


def test_smart_quotes_while_typing_per_language(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    type_text(window.panes["en"].editor, 'He said "yes"')
    type_text(window.panes["ru"].editor, 'Он сказал "да"')
    assert window.panes["en"].body() == "He said “yes”"
    assert window.panes["ru"].body() == "Он сказал «да»"


def test_missing_dictionary_is_reported_and_app_keeps_working(qtbot):
    from presspad.core.spelling.engine import SpellEngine

    window = MainWindow()
    qtbot.addWidget(window)
    window.speller = SpellEngine(tags={"en": "xx_XX"})  # a dictionary nobody has
    messages = window.report_spelling_problems()
    assert any("xx_XX" in m for m in messages)
    assert "xx_XX" in window.statusBar().currentMessage()
    type_text(window.panes["en"].editor, "still typing")
    assert window.panes["en"].body() == "still typing"
