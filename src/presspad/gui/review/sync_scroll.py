"""Side-by-side review: keeping aligned paragraphs of two editors in step.

:class:`ParallelScroller` watches two plain-text editors (the English and the
Russian body) and, when either one scrolls, scrolls the other so that the
counterpart of the paragraph at the top of the first is at its top (at the
same fraction of the paragraph, so scrolling is smooth). It highlights the
paragraph holding the text cursor and its counterpart, and
:meth:`ParallelScroller.jump_to_counterpart` moves the cursor to the
counterpart. The pairs are the check worker's alignment, handed over with
:meth:`ParallelScroller.set_alignment` after each check run (beads: objects
with ``en`` and ``ru`` index tuples, as :func:`presspad.core.alignment.align.align`
makes); the scroller computes no alignment of its own. Between an edit and
the next check run it keeps the last alignment.

The editors are plain :class:`QPlainTextEdit` widgets holding a body each;
paragraph indices are those of :func:`presspad.core.text.paragraphs.split_paragraphs`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from presspad.core.text.paragraphs import split_paragraphs
from presspad.gui.editor.selection_layers import layer, set_layer

logger = logging.getLogger(__name__)

# The layer of our extra selections, so that others' (quotes, find matches) are kept.
PARAGRAPH_LAYER = "paragraph"
# Highlight strengths (alpha over the palette's highlight colour, so that
# light and dark themes both work): the cursor's paragraph, its counterpart.
_CURRENT_ALPHA = 34
_COUNTERPART_ALPHA = 60


class _Map:
    """Paragraph index <-> block numbers of one editor, for one text revision."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        document = editor.document()
        self.revision = document.revision()
        self.first_blocks: list[int] = []
        self.last_blocks: list[int] = []
        for paragraph in split_paragraphs(editor.toPlainText()):
            self.first_blocks.append(document.findBlock(paragraph.start).blockNumber())
            self.last_blocks.append(document.findBlock(max(paragraph.start,
                                                           paragraph.end - 1)).blockNumber())

    def paragraph_of_block(self, block: int) -> int | None:
        """The paragraph holding ``block``, or the last one before it (blank lines)."""
        found = None
        low, high = 0, len(self.first_blocks) - 1
        while low <= high:
            middle = (low + high) // 2
            if self.first_blocks[middle] <= block:
                found, low = middle, middle + 1
            else:
                high = middle - 1
        return found


class ParallelScroller(QObject):
    """Scroll-syncs, highlights and jumps between aligned paragraphs of two editors."""

    # Emitted with (English indices, Russian indices) when the current pair changes.
    pairChanged = Signal(object, object)

    def __init__(self, left: QPlainTextEdit, right: QPlainTextEdit,
                 left_lang: str | None = None, right_lang: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or left)
        self.left, self.right = left, right
        self.langs = {id(left): left_lang or getattr(left, "lang", "en"),
                      id(right): right_lang or getattr(right, "lang", "ru")}
        if self.langs[id(left)] == self.langs[id(right)]:
            raise ValueError("the two editors must hold different languages")
        self.enabled = True
        self._syncing = False
        self._maps: dict[int, _Map] = {}
        self._pair: tuple[tuple[int, ...], tuple[int, ...]] | None = None
        self._alignment: list = []   # the check worker's beads, see set_alignment()
        # Typing moves the cursor on every key; the highlight follows once the
        # keys pause, so aligning never sits on the typing path.
        self._cursor_editor: QPlainTextEdit | None = None
        self._scroll_pending: QPlainTextEdit | None = None
        self._cursor_timer = QTimer(self, singleShot=True, interval=150)
        self._cursor_timer.timeout.connect(self._cursor_settled)
        for editor in (left, right):
            editor.verticalScrollBar().valueChanged.connect(
                lambda _value, e=editor: self._on_scrolled(e))
            editor.cursorPositionChanged.connect(lambda e=editor: self._cursor_moved(e))

    def _cursor_moved(self, editor: QPlainTextEdit) -> None:
        self._cursor_editor = editor
        self._cursor_timer.start()

    def settle(self) -> None:
        """Apply the pending current-paragraph highlight now."""
        self._cursor_timer.stop()
        self._cursor_settled()

    def _cursor_settled(self) -> None:
        pending, self._scroll_pending = self._scroll_pending, None
        if pending is not None:
            self._sync_scroll(pending)
        if self._cursor_editor is not None:
            self._on_cursor(self._cursor_editor)

    def set_alignment(self, beads: Sequence) -> None:
        """Use the alignment the check worker computed, and re-highlight with it."""
        self._alignment = list(beads)
        self.refresh()

    def _beads(self) -> list:
        return self._alignment

    # -- alignment lookups -------------------------------------------------

    def _other(self, editor: QPlainTextEdit) -> QPlainTextEdit:
        return self.right if editor is self.left else self.left

    def _map(self, editor: QPlainTextEdit) -> _Map:
        cached = self._maps.get(id(editor))
        if cached is None or cached.revision != editor.document().revision():
            cached = self._maps[id(editor)] = _Map(editor)
        return cached

    def counterpart(self, editor: QPlainTextEdit, paragraph: int) -> tuple[int, ...]:
        """Paragraph indices in the other editor aligned with ``paragraph`` of ``editor``."""
        return self._bead_sides(editor, paragraph)[1]

    def _bead_sides(self, editor: QPlainTextEdit, paragraph: int, nearest: bool = False
                    ) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(own indices, other indices) of the pair holding ``paragraph``.

        With ``nearest``, a paragraph without a counterpart maps to the
        counterpart of the nearest paragraph before it that has one (so that
        scrolling never jumps back to the top).
        """
        lang = self.langs[id(editor)]
        other = "ru" if lang == "en" else "en"
        beads = self._beads()
        for number, bead in enumerate(beads):
            own = getattr(bead, lang)
            if paragraph in own:
                theirs = getattr(bead, other)
                for previous in reversed(beads[:number] if nearest else []):
                    if theirs:
                        break
                    theirs = getattr(previous, other)
                return tuple(own), tuple(theirs)
        return (), ()

    def current_paragraph(self, editor: QPlainTextEdit) -> int | None:
        return self._map(editor).paragraph_of_block(editor.textCursor().blockNumber())

    def top_paragraph(self, editor: QPlainTextEdit) -> int | None:
        return self._map(editor).paragraph_of_block(_top_block(editor))

    # -- scrolling ---------------------------------------------------------

    def _on_scrolled(self, editor: QPlainTextEdit) -> None:
        if self._syncing or not self.enabled:
            return
        if self._cursor_timer.isActive():
            # Typing scrolled the pane: follow once the keys pause, not on every key.
            self._scroll_pending = editor
            return
        self._sync_scroll(editor)

    def _sync_scroll(self, editor: QPlainTextEdit) -> None:
        source_map = self._map(editor)
        paragraph = source_map.paragraph_of_block(_top_block(editor))
        if paragraph is None:
            return
        own, theirs = self._bead_sides(editor, paragraph, nearest=True)
        if not theirs:
            return
        own = own or (paragraph,)
        target = self._other(editor)
        target_map = self._map(target)
        if theirs[0] >= len(target_map.first_blocks):
            return
        # How far into its paragraph(s) the source is scrolled, in lines (the
        # vertical scroll bar of a QPlainTextEdit counts lines).
        document = editor.document()
        first_line = document.findBlockByNumber(source_map.first_blocks[own[0]]).firstLineNumber()
        end_block = document.findBlockByNumber(source_map.last_blocks[own[-1]])
        lines = max(1, end_block.firstLineNumber() + end_block.lineCount() - first_line)
        fraction = min(1.0, max(0.0, (editor.verticalScrollBar().value() - first_line) / lines))
        target_document = target.document()
        start = target_document.findBlockByNumber(target_map.first_blocks[theirs[0]])
        last = target_document.findBlockByNumber(target_map.last_blocks[theirs[-1]])
        target_lines = last.firstLineNumber() + last.lineCount() - start.firstLineNumber()
        value = start.firstLineNumber() + int(fraction * target_lines)
        self._syncing = True
        try:
            target.verticalScrollBar().setValue(value)
        finally:
            self._syncing = False

    def sync_from(self, editor: QPlainTextEdit) -> None:
        """Align the other editor with ``editor``'s scroll position now."""
        self._on_scrolled(editor)

    def refresh(self) -> None:
        """Re-apply the highlight (e.g. after the alignment changed without a cursor move)."""
        self._on_cursor(self.right if self.right.hasFocus() else self.left)

    # -- highlighting --------------------------------------------------------

    def _on_cursor(self, editor: QPlainTextEdit) -> None:
        paragraph = self.current_paragraph(editor)
        other = self._other(editor)
        own, theirs = self._bead_sides(editor, paragraph) if paragraph is not None else ((), ())
        own = own or ((paragraph,) if paragraph is not None else ())
        self._highlight(editor, own, _tint(editor, _CURRENT_ALPHA))
        self._highlight(other, theirs, _tint(other, _COUNTERPART_ALPHA))
        by_lang = {self.langs[id(editor)]: own, self.langs[id(other)]: theirs}
        pair = (by_lang["en"], by_lang["ru"])
        if pair != self._pair:
            self._pair = pair
            self.pairChanged.emit(list(pair[0]), list(pair[1]))

    def _highlight(self, editor: QPlainTextEdit, paragraphs: Sequence[int],
                   color: QColor) -> None:
        ours = []
        mapping = self._map(editor)
        for paragraph in paragraphs:
            if paragraph < len(mapping.first_blocks):
                ours.extend(_paragraph_selections(editor, mapping.first_blocks[paragraph],
                                                  mapping.last_blocks[paragraph], color))
        set_layer(editor, PARAGRAPH_LAYER, ours)

    def highlighted_paragraphs(self, editor: QPlainTextEdit) -> list[int]:
        """Paragraphs of ``editor`` carrying our highlight (for tests and status bars)."""
        mapping = self._map(editor)
        document = editor.document()
        found = []
        for selection in layer(editor, PARAGRAPH_LAYER):
            block = document.findBlock(selection.cursor.selectionStart()).blockNumber()
            paragraph = mapping.paragraph_of_block(block)
            if paragraph is not None and paragraph not in found:
                found.append(paragraph)
        return found

    # -- jumping -------------------------------------------------------------

    def jump_to_counterpart(self, editor: QPlainTextEdit | None = None) -> bool:
        """Put the cursor of the other editor at the counterpart of ``editor``'s paragraph.

        ``editor`` defaults to whichever of the two has focus (else the left).
        Returns False when the paragraph has no counterpart.
        """
        if editor is None:
            editor = self.right if self.right.hasFocus() else self.left
        paragraph = self.current_paragraph(editor)
        if paragraph is None:
            return False
        _own, theirs = self._bead_sides(editor, paragraph)
        target = self._other(editor)
        mapping = self._map(target)
        if not theirs or theirs[0] >= len(mapping.first_blocks):
            return False
        block = target.document().findBlockByNumber(mapping.first_blocks[theirs[0]])
        target.setTextCursor(QTextCursor(block))
        self._syncing = True
        try:
            target.verticalScrollBar().setValue(block.firstLineNumber())
        finally:
            self._syncing = False
        target.setFocus()
        return True


def _paragraph_selections(editor: QPlainTextEdit, first: int, last: int,
                          color: QColor) -> list[QTextEdit.ExtraSelection]:
    """The highlight of blocks ``first``..``last``: every line of each, full width.

    A selection without a range would cover only the line holding its cursor
    (the first line of a wrapped block), so the selection spans the blocks,
    their line ends included: then each of their lines is tinted to the edge.
    """
    document = editor.document()
    start = document.findBlockByNumber(first).position()
    last_block = document.findBlockByNumber(last)
    end = last_block.position() + last_block.length()   # the line end after it
    final = document.characterCount() - 1
    if end <= final:
        return [_full_width(document, start, end, color)]
    # The document's last block has no line end to select, and a selection
    # ending in a line tints that line only as far as it goes. Its last line
    # gets a cursor-only full-width selection (which covers exactly that line)
    # and the range stops where that line starts (so no line is tinted twice).
    layout = last_block.layout()
    line = layout.lineForTextPosition(final - last_block.position()) if layout else None
    split = last_block.position() + line.textStart() if line and line.isValid() else final
    selections = [_full_width(document, final, final, color)]
    if split > start:
        selections.insert(0, _full_width(document, start, split, color))
    return selections


def _full_width(document, start: int, end: int, color: QColor) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.format.setBackground(color)
    selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    return selection


def _tint(editor: QPlainTextEdit, alpha: int) -> QColor:
    color = QColor(editor.palette().color(QPalette.ColorRole.Highlight))
    color.setAlpha(alpha)
    return color


def _top_block(editor: QPlainTextEdit) -> int:
    """Number of the first block visible in ``editor``'s viewport."""
    return editor.cursorForPosition(QPoint(0, 0)).blockNumber()
