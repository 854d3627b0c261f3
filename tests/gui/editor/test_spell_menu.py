"""Context menu: suggestions on demand, Add to Dictionary, Ignore."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QPlainTextEdit

from presspad.core.spelling.engine import SpellEngine
from presspad.core.storage import paths
from presspad.gui.editor.spell_highlighter import SpellHighlighter
from presspad.gui.editor.spell_menu import extend_context_menu


def setup(qtbot, text: str, lang: str):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(text)
    editor.resize(600, 200)
    engine = SpellEngine()
    highlighter = SpellHighlighter(editor.document(), lang, engine)
    return editor, engine, highlighter


def point_at(editor: QPlainTextEdit, position: int):
    cursor = editor.textCursor()
    cursor.setPosition(position)
    return editor.cursorRect(cursor).center()


def test_suggestion_replaces_the_word_in_one_undo_step(qtbot):
    editor, engine, highlighter = setup(qtbot, "We recieve guests.", "en")
    menu = QMenu()
    menu.addAction("Copy")
    found = extend_context_menu(menu, editor, point_at(editor, 5), engine, "en", highlighter)
    assert found is not None and found.word == "recieve"
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "receive"
    assert "Add to Dictionary" in texts and "Ignore" in texts and texts[-1] == "Copy"
    menu.actions()[0].trigger()
    assert editor.toPlainText() == "We receive guests."
    editor.undo()
    assert editor.toPlainText() == "We recieve guests."


def test_add_to_dictionary_saves_and_rechecks(qtbot):
    editor, engine, highlighter = setup(qtbot, "Кёнгидо и Кёнгидо", "ru")
    menu = QMenu()
    extend_context_menu(menu, editor, point_at(editor, 2), engine, "ru", highlighter)
    [add] = [a for a in menu.actions() if a.text() == "Add to Dictionary"]
    add.trigger()
    assert engine.check("ru", "Кёнгидо")
    assert "кенгидо" in (paths.data_dir() / "dictionaries" / "ru.txt").read_text("utf-8")


def test_ignore_and_correct_words_add_nothing(qtbot):
    editor, engine, highlighter = setup(qtbot, "Fine Gyeonggi", "en")
    menu = QMenu()
    assert extend_context_menu(menu, editor, point_at(editor, 1), engine, "en") is None
    assert menu.actions() == []
    extend_context_menu(menu, editor, point_at(editor, 7), engine, "en", highlighter)
    [ignore] = [a for a in menu.actions() if a.text() == "Ignore"]
    ignore.trigger()
    assert engine.check("en", "Gyeonggi")
    assert not SpellEngine().check("en", "Gyeonggi")
