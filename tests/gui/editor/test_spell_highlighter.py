"""SpellHighlighter underlines misspelled words and only those."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from presspad.core.spelling.engine import FakeSpellEngine, SpellEngine
from presspad.gui.editor.spell_highlighter import SpellHighlighter
from presspad.gui.editor.textpos import from_qt
from tests.gui.conftest import type_text

WAVE = QTextCharFormat.UnderlineStyle.WaveUnderline


@pytest.fixture(scope="module")
def engine() -> SpellEngine:
    return SpellEngine()



def underlined(editor: QPlainTextEdit) -> list[str]:
    """The underlined words of the editor, in order."""
    words = []
    block = editor.document().begin()
    while block.isValid():
        text = block.text()
        for fr in block.layout().formats():
            if fr.format.underlineStyle() == WAVE:   # Qt positions are UTF-16 units
                start = from_qt(text, fr.start)
                words.append(text[start:from_qt(text, fr.start + fr.length)])
        block = block.next()
    return words


def make(qtbot, text: str, lang: str, engine) -> tuple[QPlainTextEdit, SpellHighlighter]:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(text)
    highlighter = SpellHighlighter(editor.document(), lang, engine)
    highlighter.rehighlight()
    return editor, highlighter


def test_misspelled_word_gets_a_red_wave_and_correct_ones_do_not(qtbot, engine):
    editor, _ = make(qtbot, "This is a mispeled word.\nAnother fine line.", "en", engine)
    assert underlined(editor) == ["mispeled"]
    block = editor.document().begin()
    [fr] = [f for f in block.layout().formats() if f.format.underlineStyle() == WAVE]
    assert fr.start == block.text().index("mispeled") and fr.length == len("mispeled")
    assert fr.format.underlineColor().name() == "#ff0000"


def test_russian_pane_markdown_and_fenced_code(qtbot, engine):
    text = ("# Заголовок с ошибкай\n\nСм. [сайт](https://qwrtzy.ru/ошибкай) и `ошибкай`.\n"
            "```\nошибкай в коде\n```\nопять ошибкай")
    editor, _ = make(qtbot, text, "ru", engine)
    assert underlined(editor) == ["ошибкай", "ошибкай"]   # heading and last line only


def test_typing_updates_the_changed_block(qtbot, engine):
    editor, _ = make(qtbot, "Good text here.", "en", engine)
    assert underlined(editor) == []
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, " Wrnog")
    assert underlined(editor) == ["Wrnog"]
    type_text(editor, "\b\b\b\b\bRight ошибкай")
    assert editor.toPlainText().endswith(" Right ошибкай")
    assert underlined(editor) == ["ошибкай"]


def test_language_switch_and_disable(qtbot, engine):
    editor, highlighter = make(qtbot, "сотрудничесво and recieve", "ru", engine)
    assert underlined(editor) == ["сотрудничесво", "recieve"]  # Latin checked in English
    highlighter.set_enabled(False)
    assert underlined(editor) == []
    highlighter.set_enabled(True)
    highlighter.set_engine(FakeSpellEngine())
    assert underlined(editor) == []


def test_rehighlight_word_after_ignore(qtbot):
    engine = SpellEngine()
    editor, highlighter = make(qtbot, "Gyeonggi one\nnothing\nGyeonggi two", "en", engine)
    assert underlined(editor) == ["Gyeonggi", "Gyeonggi"]
    engine.ignore_word("en", "Gyeonggi")
    highlighter.rehighlight_word("Gyeonggi")
    assert underlined(editor) == []


def test_emoji_before_a_word_keeps_the_underline_in_place(qtbot, engine):
    editor, _ = make(qtbot, "🙂 mispeled", "en", engine)
    assert underlined(editor) == ["mispeled"]


def test_underline_misspelled_merges_into_another_highlighter(qtbot, engine):
    from PySide6.QtGui import QFont, QSyntaxHighlighter

    from presspad.gui.editor.spell_highlighter import underline_misspelled

    class Bold(QSyntaxHighlighter):
        """Stands in for the editor's Markdown highlighter."""

        def highlightBlock(self, text):  # noqa: N802 - Qt override
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            self.setFormat(0, len(text), bold)
            underline_misspelled(self, text, engine, "en")

    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("bold mispeled")
    Bold(editor.document()).rehighlight()
    formats = editor.document().begin().layout().formats()
    waved = [f for f in formats if f.format.underlineStyle() == WAVE]
    assert [(f.start, f.length) for f in waved] == [(5, 8)]
    assert all(f.format.fontWeight() == QFont.Weight.Bold for f in formats)
