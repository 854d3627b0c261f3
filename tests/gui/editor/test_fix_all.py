"""Fix all typography in an editor as one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from presspad.core.checks.context import CheckContext
from presspad.core.checks.typography import check_typography
from presspad.core.model.release import Release
from presspad.core.typography.fixer import fix_typography
from presspad.gui.editor.fix_all import apply_fixes_to_editor
from presspad.gui.editor.textpos import document_text


def test_fix_all_is_one_undo_step(qtbot):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    original = 'Компания "Газпром" - лидер № 1 в мире 🙂, на 5 млн...'
    editor.setPlainText(original)
    release = Release()
    release.ru.body = document_text(editor.document())
    findings = check_typography(release, CheckContext(langs=("ru",)))
    assert apply_fixes_to_editor(editor, findings) == len(findings) > 4
    assert document_text(editor.document()) == fix_typography(original, "ru")[0]
    assert "\u00a0" in document_text(editor.document())
    editor.undo()
    assert document_text(editor.document()) == original
