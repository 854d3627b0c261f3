"""Applying findings' fixes to an editor as one undo step ("Fix all typography").

Usage::

    findings = check_typography(release, CheckContext(langs=(editor.lang,)))
    apply_fixes_to_editor(editor, [f.fix for f in findings])

The fixes' offsets must refer to the editor's current text: run the check on
:func:`presspad.gui.editor.textpos.document_text` (not ``toPlainText()``, which
turns no-break spaces into spaces). Ctrl+Z undoes all of them at once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from presspad.core.model.fixes import ordered_fixes
from presspad.gui.editor.textpos import document_text, to_qt

logger = logging.getLogger(__name__)


def apply_fixes_to_document(document: QTextDocument, fixes: Iterable[Any]) -> int:
    """Apply fixes (Fix objects, findings or triples) in one edit block; return how many."""
    text = document_text(document)
    planned = ordered_fixes(fixes, len(text))   # last first, so offsets stay valid
    if not planned:
        return 0
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        for start, end, replacement in planned:
            cursor.setPosition(to_qt(text, start))
            cursor.setPosition(to_qt(text, end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement)
    finally:
        cursor.endEditBlock()
    return len(planned)


def apply_fixes_to_editor(editor: QPlainTextEdit, fixes: Iterable[Any]) -> int:
    """Apply fixes to ``editor``'s document as one undo step; return how many."""
    return apply_fixes_to_document(editor.document(), fixes)
