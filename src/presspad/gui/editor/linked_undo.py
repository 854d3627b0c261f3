"""One undo step over several documents (Replace All in both panes).

Each editor keeps its own undo history, so an edit made in two panes at once
is two undo steps. :class:`LinkedUndo` joins them: ``link(documents)`` right
after one edit block in each document; while that block is the latest change of
every one of them, undoing it in any (Ctrl+Z in the pane, Edit → Undo) undoes it
in the others too. Any other change to a linked document ends the link, so an
edit made after it is undone on its own and leaves the other pane alone.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument

logger = logging.getLogger(__name__)


class _Mark:
    """A linked document as it was just after the linked edit."""

    def __init__(self, document: QTextDocument) -> None:
        self.document, self.text = document, document.toRawText()
        self.undo_steps, self.redo_steps = _steps(document)

    def unchanged(self) -> bool:
        # Not the revision: a highlighter repainting a block counts as one.
        return self.document.toRawText() == self.text

    def undone(self) -> bool:
        """Whether the linked edit was undone (not edited on, not replaced wholesale)."""
        undo_steps, redo_steps = _steps(self.document)
        return undo_steps < self.undo_steps and redo_steps > self.redo_steps


def _steps(document: QTextDocument) -> tuple[int, int]:
    return document.availableUndoSteps(), document.availableRedoSteps()


class LinkedUndo(QObject):
    """Undoing the linked edit in one document undoes it in the other documents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._marks: list[_Mark] = []

    @property
    def active(self) -> bool:
        return bool(self._marks)

    def link(self, documents: Iterable[QTextDocument]) -> None:
        """Join the latest undo step of ``documents`` (fewer than two: just unlink)."""
        self.unlink()
        documents = list(documents)
        if len(documents) < 2:
            return
        self._marks = [_Mark(d) for d in documents]
        for document in documents:
            document.contentsChanged.connect(self._changed)

    def unlink(self) -> None:
        marks, self._marks = self._marks, []
        for mark in marks:
            try:
                mark.document.contentsChanged.disconnect(self._changed)
            except (RuntimeError, TypeError):   # the document is gone
                pass

    def _changed(self) -> None:
        moved = [m for m in self._marks if not m.unchanged()]
        if not moved:
            return   # formats only (spelling, syntax), not the text
        others = [m for m in self._marks if m not in moved]
        undone = len(moved) == 1 and moved[0].undone() and all(
            _steps(m.document) == (m.undo_steps, m.redo_steps) for m in others)
        self.unlink()
        if undone:   # the linked step was undone in one pane: undo it in the others
            for mark in others:
                mark.document.undo()
