"""ParallelScroller: scroll sync, highlighting and jumping between aligned paragraphs."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from presspad.core.alignment.consistency import ConsistencySession
from presspad.core.storage import release_file as storage
from presspad.gui.review.sync_scroll import ParallelScroller


def align_now(scroller: ParallelScroller) -> None:
    """Hand the scroller the alignment of the editors' texts, as the check worker does."""
    en, ru = scroller.left.toPlainText(), scroller.right.toPlainText()
    scroller.set_alignment(ConsistencySession().analyse(en, ru).beads)


def editor(qtbot, text: str, lang: str) -> QPlainTextEdit:
    widget = QPlainTextEdit()
    widget.lang = lang
    widget.setPlainText(text)
    widget.resize(360, 160)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def panes(qtbot, sample_path):
    release = storage.load(sample_path)
    left, right = editor(qtbot, release.en.body, "en"), editor(qtbot, release.ru.body, "ru")
    qtbot.waitExposed(left)
    qtbot.waitExposed(right)
    scroller = ParallelScroller(left, right)
    align_now(scroller)
    return left, right, scroller


def scroll_to_paragraph(widget: QPlainTextEdit, scroller: ParallelScroller, paragraph: int):
    block = widget.document().findBlockByNumber(
        scroller._map(widget).first_blocks[paragraph])
    widget.verticalScrollBar().setValue(block.firstLineNumber())


def put_cursor(widget: QPlainTextEdit, scroller: ParallelScroller, paragraph: int):
    block = widget.document().findBlockByNumber(scroller._map(widget).first_blocks[paragraph])
    widget.setTextCursor(QTextCursor(block))
    scroller.settle()  # as if the cursor had rested there


@pytest.mark.parametrize(("en", "ru"), [(1, 1), (4, 3), (6, 5), (3, 2)])
def test_scrolling_left_brings_counterpart_to_top_of_right(panes, en, ru):
    left, right, scroller = panes
    scroll_to_paragraph(left, scroller, en)
    assert scroller.top_paragraph(left) == en
    assert scroller.top_paragraph(right) == ru


def test_second_half_of_a_merge_scrolls_into_the_middle(panes):
    left, right, scroller = panes
    scroll_to_paragraph(right, scroller, 2)
    start = right.verticalScrollBar().value()
    scroll_to_paragraph(left, scroller, 3)     # "every year ..." = the end of Russian ¶3
    assert scroller.top_paragraph(right) == 2
    assert right.verticalScrollBar().value() > start


def test_scrolling_right_moves_left(panes):
    left, right, scroller = panes
    scroll_to_paragraph(right, scroller, 2)
    assert scroller.top_paragraph(left) == 2      # the first of the two English halves
    scroll_to_paragraph(right, scroller, 0)
    assert scroller.top_paragraph(left) == 0


def test_disabled_scroller_leaves_other_pane(panes):
    left, right, scroller = panes
    scroller.enabled = False
    scroll_to_paragraph(left, scroller, 4)
    assert right.verticalScrollBar().value() == 0


def test_current_paragraph_and_counterpart_are_highlighted(panes, qtbot):
    left, right, scroller = panes
    with qtbot.waitSignal(scroller.pairChanged) as signal:
        put_cursor(right, scroller, 2)
    assert signal.args == [[2, 3], [2]]
    assert scroller.highlighted_paragraphs(right) == [2]
    assert scroller.highlighted_paragraphs(left) == [2, 3]
    block = left.document().findBlockByNumber(scroller._map(left).first_blocks[5])
    left.setTextCursor(QTextCursor(block))
    # The highlight follows the cursor once it rests (not on every key).
    assert scroller.highlighted_paragraphs(left) != [5]
    qtbot.waitUntil(lambda: scroller.highlighted_paragraphs(left) == [5], timeout=2000)
    assert scroller.highlighted_paragraphs(right) == [4]


def test_refresh_reapplies_highlight(panes):
    left, right, scroller = panes
    put_cursor(left, scroller, 1)
    right.setExtraSelections([])
    scroller.refresh()
    assert scroller.highlighted_paragraphs(right) == [1]


def test_other_extra_selections_are_kept(panes):
    left, right, scroller = panes
    mine = QTextEdit.ExtraSelection()
    mine.cursor = QTextCursor(left.document())
    left.setExtraSelections([mine])
    put_cursor(left, scroller, 1)
    put_cursor(left, scroller, 4)
    assert len(left.extraSelections()) == 1 + 1     # ours (one block) and the other one
    assert scroller.highlighted_paragraphs(left) == [4]


def test_jump_to_counterpart(panes):
    left, right, scroller = panes
    put_cursor(left, scroller, 3)
    assert scroller.jump_to_counterpart(left)
    assert scroller.current_paragraph(right) == 2
    put_cursor(right, scroller, 5)
    assert scroller.jump_to_counterpart(right)
    assert scroller.current_paragraph(left) == 6


def test_jump_without_counterpart(qtbot):
    left = editor(qtbot, "One.\n\nTwo has no translation at all here.", "en")
    right = editor(qtbot, "", "ru")
    scroller = ParallelScroller(left, right)
    align_now(scroller)
    put_cursor(left, scroller, 1)
    assert not scroller.jump_to_counterpart(left)


def test_follows_edits(panes):
    left, right, scroller = panes
    cursor = QTextCursor(right.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\n\nНовый абзац без английского текста, добавленный редактором сейчас. "
                      "Он длинный, чтобы не сойти за часть предыдущего абзаца в переводе.")
    align_now(scroller)   # the worker's next result
    put_cursor(left, scroller, 6)
    assert scroller.highlighted_paragraphs(right) == [5]
    assert scroller.counterpart(right, 6) == ()
    put_cursor(right, scroller, 6)
    assert scroller.highlighted_paragraphs(left) == []
    assert not scroller.jump_to_counterpart(right)
    # Scrolling to it keeps the nearest aligned paragraph in view instead.
    scroll_to_paragraph(right, scroller, 6)
    assert scroller.top_paragraph(left) in (5, 6)


def test_same_language_twice_is_an_error(qtbot):
    with pytest.raises(ValueError):
        ParallelScroller(editor(qtbot, "a", "en"), editor(qtbot, "b", "en"))


def test_without_an_alignment_nothing_is_paired_and_nothing_breaks(qtbot):
    left = editor(qtbot, "One.\n\nTwo.", "en")
    right = editor(qtbot, "Один.\n\nДва.", "ru")
    scroller = ParallelScroller(left, right)
    put_cursor(left, scroller, 1)
    assert scroller.counterpart(left, 1) == () and not scroller.jump_to_counterpart(left)
    align_now(scroller)
    assert scroller.counterpart(left, 1) == (1,)
    assert scroller.highlighted_paragraphs(right) == [1]


def _tinted_spans(widget: QPlainTextEdit) -> list[tuple[int, int]]:
    """The ranges the paragraph highlight tints; a cursor-only full-width selection
    tints the line holding its cursor, so it stands for that line."""
    from presspad.gui.editor.selection_layers import layer

    spans = []
    for selection in layer(widget, "paragraph"):
        cursor = selection.cursor
        if cursor.hasSelection():
            spans.append((cursor.selectionStart(), cursor.selectionEnd()))
        else:
            block = cursor.block()
            line = block.layout().lineForTextPosition(cursor.positionInBlock())
            spans.append((block.position() + line.textStart(),
                          block.position() + line.textStart() + line.textLength()))
    return sorted(spans)


def _covers(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Do ``spans`` reach from ``start`` to ``end`` without a gap?"""
    reached = start
    for first, last in spans:
        if first > reached:
            return False
        reached = max(reached, last)
    return reached >= end


@pytest.mark.parametrize("tail", ["\n\nLast.", ""])
def test_highlight_covers_every_line_of_the_paragraph(qtbot, tail):
    long_line = " ".join(["wrapped"] * 80)             # one block, many lines
    text = "First.\n\n" + long_line + "\nsecond line of it\n" + long_line + tail
    left = editor(qtbot, text, "en")
    right = editor(qtbot, "Один.\n\nДва.", "ru")
    qtbot.waitExposed(left)
    scroller = ParallelScroller(left, right)
    cursor = QTextCursor(left.document())
    cursor.setPosition(text.index("second"))
    left.setTextCursor(cursor)
    scroller.settle()
    start = text.index("wrapped")
    end = text.index(long_line, start + 1) + len(long_line)
    assert left.document().findBlock(start).layout().lineCount() > 3
    spans = _tinted_spans(left)
    assert spans and spans[0][0] == start
    assert _covers(spans, start, end)
    assert all(first <= end for first, _last in spans)        # nothing of "Last." tinted
    if tail:                                                  # the line end is included
        assert spans == [(start, end + 1)]
    assert scroller.highlighted_paragraphs(left) == [1]
