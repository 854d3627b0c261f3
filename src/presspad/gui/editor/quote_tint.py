"""Tinting quotations in an editor, with the speaker in a tooltip.

``QuoteTinter(editor, lang)`` works with any QPlainTextEdit; ``set_quotes(quotes)``
shows the quotes the check worker found (the tinter finds none itself). The
tint is the "quote" layer of the editor's extra selections (see
:mod:`.selection_layers`); with ``apply=False`` the caller takes ``selections()``
and draws them itself.
"""

from __future__ import annotations

import bisect
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from presspad.gui.editor.selection_layers import set_layer

if TYPE_CHECKING:  # the quote engine loads on first use, not at start-up
    from presspad.core.quotes.finder import Quote

logger = logging.getLogger(__name__)

TINT = QColor(255, 243, 196)          # attributed quote
UNATTRIBUTED_TINT = QColor(253, 224, 220)


# Marks our extra selections as quotes (their layer is "quote" once drawn).
_QUOTE_MARK = QTextFormat.Property.UserProperty + 31


class QuoteTinter(QObject):
    """Tints the quotes of one editor and explains them on hover."""

    def __init__(self, editor: QPlainTextEdit, lang: str, apply: bool = True) -> None:
        super().__init__(editor)
        self.editor, self.lang, self.apply = editor, lang, apply
        self.quotes: list[Quote] = []
        self._starts: list[int] = []
        self._hovering = False

    def set_quotes(self, quotes: list[Quote]) -> None:
        if not self._hovering:
            # Watched from the first quotes on, not at start-up: PySide6's first
            # viewport() call sets up every widget type (~30 ms before the window shows).
            self.editor.viewport().installEventFilter(self)
            self._hovering = True
        self.quotes = sorted(quotes, key=lambda q: q.open_at)
        self._starts = [q.open_at for q in self.quotes]
        if self.apply:   # below comments and find matches, whatever repaints last
            set_layer(self.editor, "quote", self.selections())

    def selections(self) -> list[QTextEdit.ExtraSelection]:
        out = []
        length = len(self.editor.toPlainText())
        for quote in self.quotes:
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(TINT if quote.speaker else UNATTRIBUTED_TINT)
            fmt.setToolTip(self.tooltip(quote))
            fmt.setProperty(_QUOTE_MARK, True)
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(min(quote.open_at, length))
            cursor.setPosition(min(quote.close_end, length), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor, selection.format = cursor, fmt
            out.append(selection)
        return out

    def quote_at(self, position: int) -> Quote | None:
        """The quote covering character ``position``, if any."""
        i = bisect.bisect_right(self._starts, position) - 1
        if i >= 0 and self.quotes[i].open_at <= position < self.quotes[i].close_end:
            return self.quotes[i]
        return None

    def tooltip(self, quote: Quote) -> str:
        if not quote.speaker:
            return self.tr("Quote: speaker unknown")
        if quote.title:
            return self.tr("Quote: {0}, {1}").format(quote.speaker, quote.title)
        return self.tr("Quote: {0}").format(quote.speaker)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if getattr(self, "editor", None) is None:
            return False   # being torn down (see completer.PartnerCompleter.eventFilter)
        if event.type() == QEvent.Type.ToolTip:
            position = self.editor.cursorForPosition(event.pos()).position()
            quote = self.quote_at(position)
            if quote is not None:
                QToolTip.showText(event.globalPos(), self.tooltip(quote), self.editor)
                return True
        return super().eventFilter(watched, event)
