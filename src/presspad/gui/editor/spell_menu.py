"""Spelling entries for an editor's context menu: suggestions, Add, Ignore.

Suggestions are computed only here, when the user right-clicks an underlined
word (Hunspell takes tens of milliseconds a word). Usage from an editor's
``contextMenuEvent``::

    menu = self.createStandardContextMenu(event.pos())
    extend_context_menu(menu, self, event.pos(), engine, self.lang, highlighter)
    menu.exec(event.globalPos())
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from presspad.gui.editor.textpos import from_qt, to_qt

logger = logging.getLogger(__name__)

CONTEXT = "SpellMenu"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class WordAt:
    """A misspelled word in the editor: document positions (Qt units) and text."""

    start: int
    end: int
    word: str


def misspelled_word_at(editor: QPlainTextEdit, pos: QPoint, engine: Any,
                       lang: str) -> WordAt | None:
    """The misspelled word under viewport point ``pos``, if there is one."""
    cursor = editor.cursorForPosition(pos)
    block = cursor.block()
    text = block.text()
    offset = from_qt(text, cursor.positionInBlock())
    for start, end, word in engine.misspelled(text, lang):
        if start <= offset <= end:
            base = block.position()
            return WordAt(base + to_qt(text, start), base + to_qt(text, end), word)
    return None


def replace_word(editor: QPlainTextEdit, found: WordAt, replacement: str) -> None:
    """Replace the word as one undo step."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(found.start)
    cursor.setPosition(found.end, QTextCursor.MoveMode.KeepAnchor)
    cursor.beginEditBlock()
    cursor.insertText(replacement)
    cursor.endEditBlock()


def extend_context_menu(menu: QMenu, editor: QPlainTextEdit, pos: QPoint, engine: Any,
                        lang: str, highlighter: Any = None) -> WordAt | None:
    """Put suggestions, "Add to Dictionary" and "Ignore" at the top of ``menu``.

    ``pos`` is in viewport coordinates (``event.pos()`` of a context menu
    event). Does nothing when the word under ``pos`` is spelled right.
    ``highlighter`` (a SpellHighlighter) re-checks the lines holding the word
    after "Add" or "Ignore". Returns the word handled, or None.
    """
    if engine is None:
        return None
    found = misspelled_word_at(editor, pos, engine, lang)
    if found is None:
        return None
    first = menu.actions()[0] if menu.actions() else None
    actions: list[QAction] = []
    suggestions = engine.suggest(lang, found.word)
    if not suggestions:
        none = QAction(_tr("No suggestions"), menu)
        none.setEnabled(False)
        actions.append(none)
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        bold = action.font()
        bold.setBold(True)
        action.setFont(bold)
        action.triggered.connect(
            lambda _checked=False, s=suggestion: replace_word(editor, found, s))
        actions.append(action)
    separator = QAction(menu)
    separator.setSeparator(True)
    actions.append(separator)

    def after_change() -> None:
        if highlighter is not None:
            highlighter.rehighlight_word(found.word)

    add = QAction(_tr("Add to Dictionary"), menu)
    add.triggered.connect(lambda: (engine.add_word(lang, found.word), after_change()))
    ignore = QAction(_tr("Ignore"), menu)
    ignore.triggered.connect(lambda: (engine.ignore_word(lang, found.word), after_change()))
    for action in (add, ignore):
        action.setData("personal")  # the editor tells the checks the dictionary changed
    actions += [add, ignore]
    if first is not None:
        tail = QAction(menu)
        tail.setSeparator(True)
        actions.append(tail)
        menu.insertActions(first, actions)
    else:
        menu.addActions(actions)
    return found
