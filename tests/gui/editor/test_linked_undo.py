"""One undo step over two documents: undo in either undoes both; a later edit unlinks."""

from __future__ import annotations

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument

from presspad.gui.editor.linked_undo import LinkedUndo


def replaced(text: str, old: str, new: str) -> QTextDocument:
    """A document holding ``text`` with every ``old`` replaced in one edit block."""
    document = QTextDocument()
    document.setPlainText(text)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    while not (found := document.find(old, cursor)).isNull():
        found.insertText(new)
        cursor = found
    cursor.endEditBlock()
    return document


def test_undo_in_either_document_undoes_both(qapp):
    for first in (0, 1):
        documents = [replaced("a b a", "a", "X"), replaced("a и a", "a", "X")]
        linked = LinkedUndo()
        linked.link(documents)
        documents[first].undo()
        assert [d.toPlainText() for d in documents] == ["a b a", "a и a"]
        assert not linked.active


def test_an_edit_after_the_link_is_undone_alone(qapp):
    en, ru = replaced("a b a", "a", "X"), replaced("a и a", "a", "X")
    linked = LinkedUndo()
    linked.link([en, ru])
    cursor = QTextCursor(en)
    cursor.setPosition(1)   # after the first replacement
    cursor.insertText("y")
    assert not linked.active
    en.undo()
    assert en.toPlainText() == "X b X" and ru.toPlainText() == "X и X"
    en.undo()
    assert en.toPlainText() == "a b a" and ru.toPlainText() == "X и X"


def test_a_highlighter_repainting_keeps_the_link(qapp):
    class Bold(QSyntaxHighlighter):
        def highlightBlock(self, text):  # noqa: N802 - Qt override
            fmt = QTextCharFormat()
            fmt.setFontWeight(700)
            self.setFormat(0, len(text), fmt)

    en, ru = replaced("a b a", "a", "X"), replaced("a и a", "a", "X")
    linked = LinkedUndo()
    linked.link([en, ru])
    highlighter = Bold(en)
    highlighter.rehighlight()
    assert linked.active
    ru.undo()
    assert en.toPlainText() == "a b a" and ru.toPlainText() == "a и a"


def test_one_document_is_no_link(qapp):
    linked = LinkedUndo()
    linked.link([replaced("a", "a", "X")])
    assert not linked.active


def test_typing_merged_into_the_edit_block_unlinks(qapp):
    en, ru = replaced("a b a", "a", "X"), replaced("a и a", "a", "X")
    linked = LinkedUndo()
    linked.link([en, ru])
    steps = en.availableUndoSteps()
    cursor = QTextCursor(en)
    cursor.setPosition(5)   # right after the replacement made last: Qt merges the typing
    cursor.insertText("y")
    assert en.availableUndoSteps() == steps   # no new step: only the text tells
    assert not linked.active
    en.undo()
    assert ru.toPlainText() == "X и X"


def test_a_document_loaded_anew_is_no_undo(qapp):
    en, ru = replaced("a b a", "a", "X"), replaced("a и a", "a", "X")
    linked = LinkedUndo()
    linked.link([en, ru])
    en.setPlainText("another release")
    assert not linked.active and ru.toPlainText() == "X и X"
