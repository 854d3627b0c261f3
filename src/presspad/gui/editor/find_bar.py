"""The find bar below the editors: find and replace in one pane or both.

:class:`FindBar` searches the editors' plain text with the rules of
:mod:`presspad.core.text.search` (match case, whole words, regular expression),
highlights every match with the "find" extra-selection layer and the current
one with "find-current" (see :mod:`.selection_layers`), and shows the count.
Replace All is one undo step, in both panes too: undoing it in either pane
undoes it in the other (:mod:`.linked_undo`). The bar does no work while it is
closed; while it is open an edit re-searches once the keys pause.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from presspad.core.text.search import (
    Query,
    SearchError,
    check_template,
    compile_query,
    find_all,
    replacement,
)
from presspad.gui.editor.fix_all import apply_fixes_to_editor
from presspad.gui.editor.linked_undo import LinkedUndo
from presspad.gui.editor.selection_layers import set_layer
from presspad.gui.editor.textpos import document_text, has_astral, to_qt

logger = logging.getLogger(__name__)

MATCH_COLOR = QColor(255, 226, 110)
CURRENT_COLOR = QColor(255, 160, 50)
ERROR_STYLE = "QLineEdit { background: #f8d0cc; color: #5a0000; }"
# Re-search this long after the last edit (or keystroke in the query field).
DEBOUNCE_MS = 200
THIS_PANE, BOTH_PANES = 0, 1
# Highlighting more matches than this per pane costs more than it tells (the count
# is still exact); Qt repaints every extra selection on each change.
MAX_HIGHLIGHTS = 2000


class _Hits:
    """The matches of one editor for one revision of its text."""

    def __init__(self, revision: int, text: str, matches: list[re.Match[str]]) -> None:
        self.revision, self.text, self.matches = revision, text, matches
        if has_astral(text):   # rare: characters that are two UTF-16 units in Qt
            self.spans = [(to_qt(text, m.start()), to_qt(text, m.end())) for m in matches]
        else:
            self.spans = [m.span() for m in matches]


class FindBar(QWidget):
    """Find (and replace) in the pane that had focus, or in both panes."""

    def __init__(self, panes: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.panes = panes
        self.editors = [pane.editor for pane in panes.values()]
        self.target = self.editors[0]        # "this pane": the one focused when opened
        self.pattern: re.Pattern[str] | None = None
        self.error = ""
        self._hits: dict[int, _Hits] = {}
        self._current: tuple[QWidget, int] | None = None
        self._wrapped = False
        self._notice = ""
        self.linked_undo = LinkedUndo(self)   # a Replace All in both panes: one undo
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.search_now(move=self._move_pending))
        self._move_pending = False
        self.is_open = False

        self.query = QLineEdit(self, objectName="findQuery", clearButtonEnabled=True)
        self.replacement = QLineEdit(self, objectName="replaceText", clearButtonEnabled=True)
        self.prev_button = QToolButton(self, clicked=self.find_previous)
        self.next_button = QToolButton(self, clicked=self.find_next)
        self.scope = QComboBox(self)
        self.scope.addItems(["", ""])
        self.case_box, self.word_box, self.regex_box = (QCheckBox(self) for _ in range(3))
        self.status = QLabel(self, objectName="findStatus")
        self.close_button = QToolButton(self, clicked=self.close_bar, autoRaise=True)
        self.close_button.setText("×")
        self.replace_label = QLabel(self)
        self.replace_button = QPushButton(self, clicked=self.replace_current)
        self.replace_all_button = QPushButton(self, clicked=self.replace_all)

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 2, 6, 2)
        grid.addWidget(self.query, 0, 0)
        for column, widget in enumerate((self.prev_button, self.next_button, self.scope,
                                         self.case_box, self.word_box, self.regex_box),
                                        start=1):
            grid.addWidget(widget, 0, column)
        grid.addWidget(self.status, 0, 7)
        grid.addWidget(self.close_button, 0, 8)
        grid.addWidget(self.replacement, 1, 0)
        grid.addWidget(self.replace_button, 1, 1, 1, 2)
        grid.addWidget(self.replace_all_button, 1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(7, 1)
        self._replace_row = (self.replacement, self.replace_button, self.replace_all_button)

        self.query.textChanged.connect(lambda _text: self._schedule(move=True))
        for box in (self.case_box, self.word_box, self.regex_box):
            box.toggled.connect(lambda _on: self.search_now(move=True))
        self.scope.currentIndexChanged.connect(lambda _i: self.search_now(move=True))
        self.query.installEventFilter(self)
        self.replacement.installEventFilter(self)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.translate_ui()
        self.hide()

    def translate_ui(self) -> None:
        self.query.setPlaceholderText(self.tr("Find"))
        self.replacement.setPlaceholderText(self.tr("Replace with"))
        self.prev_button.setText(self.tr("Previous"))
        self.prev_button.setToolTip(self.tr("Previous match (Shift+Enter, Shift+F3)"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next match (Enter, F3)"))
        self.scope.setItemText(THIS_PANE, self.tr("This pane"))
        self.scope.setItemText(BOTH_PANES, self.tr("Both panes"))
        self.case_box.setText(self.tr("Match case"))
        self.word_box.setText(self.tr("Whole words"))
        self.regex_box.setText(self.tr("Regular expression"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.replace_button.setText(self.tr("Replace"))
        self.replace_all_button.setText(self.tr("Replace All"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    # -- opening and closing ---------------------------------------------------------

    def open_bar(self, replace: bool = False, focus: bool = True) -> None:
        """Show the bar for the focused pane, with its selection as the query."""
        focused = QApplication.focusWidget()
        for pane in self.panes.values():
            if focused in (pane.editor, pane.title_edit):
                self.target = pane.editor
        selected = self.target.textCursor().selectedText()
        if focus and selected and "\u2029" not in selected:
            self.query.setText(re.escape(selected) if self.regex_box.isChecked() else selected)
        for widget in self._replace_row:
            widget.setVisible(replace)
        if not self.is_open:
            for editor in self.editors:
                editor.textChanged.connect(self._text_edited)
        self.is_open = True
        self.show()
        if focus:
            self.query.setFocus()
            self.query.selectAll()
        self.search_now(move=False)

    def close_bar(self) -> None:
        if self.is_open:
            for editor in self.editors:
                editor.textChanged.disconnect(self._text_edited)
        self.is_open = False
        self._timer.stop()
        self.hide()
        for editor in self.editors:
            set_layer(editor, "find", [])
            set_layer(editor, "find-current", [])
        self._hits.clear()
        editor = self._current[0] if self._current else self.target
        self._current = None
        editor.setFocus()

    def replace_visible(self) -> bool:
        return not self.replacement.isHidden()

    # -- searching -----------------------------------------------------------------

    def scope_editors(self) -> list:
        return list(self.editors) if self.scope.currentIndex() == BOTH_PANES else [self.target]

    def _text_edited(self) -> None:
        self._schedule(move=False)

    def _schedule(self, move: bool) -> None:
        self._move_pending = self._move_pending or move
        self._timer.start()

    def search_now(self, move: bool = False) -> None:
        """Search again now; with ``move`` go to the first match from the cursor on."""
        self._timer.stop()
        self._move_pending = False
        self._notice = ""
        query = Query(self.query.text(), self.case_box.isChecked(), self.word_box.isChecked(),
                      self.regex_box.isChecked())
        try:
            self.pattern, self.error = compile_query(query), ""
        except SearchError as exc:
            self.pattern, self.error = None, str(exc)
        self.query.setStyleSheet(ERROR_STYLE if self.error else "")
        self.query.setToolTip(self.error)
        self._hits = {id(e): self._search(e) for e in self.scope_editors()}
        self._current = self._match_at_selection()
        self._wrapped = False
        self._paint()
        if move and self.pattern is not None:
            self._step(forward=True, from_start=True)

    def _search(self, editor) -> _Hits:
        text = document_text(editor.document())
        return _Hits(editor.document().revision(), text, find_all(self.pattern, text))

    def _fresh(self) -> None:
        """Search again if a pane changed since the last search (a pending edit)."""
        if self._timer.isActive() or any(
                self._hits.get(id(e)) is None
                or self._hits[id(e)].revision != e.document().revision()
                for e in self.scope_editors()):
            self.search_now()

    def match_count(self) -> int:
        return sum(len(h.matches) for h in self._hits.values())

    def current_number(self) -> int | None:
        """1-based number of the current match among all, or None."""
        if self._current is None:
            return None
        editor, index = self._current
        before = 0
        for other in self.scope_editors():
            if other is editor:
                return before + index + 1
            before += len(self._hits[id(other)].matches)
        return None

    def _match_at_selection(self) -> tuple[QWidget, int] | None:
        """The match the editor's selection is exactly, if any (where Replace acts)."""
        editors = self.scope_editors()
        if self._current is not None and self._current[0] in editors:
            editors = [self._current[0]] + [e for e in editors if e is not self._current[0]]
        elif self.target in editors:
            editors = [self.target] + [e for e in editors if e is not self.target]
        for editor in editors:
            cursor = editor.textCursor()
            span = (cursor.selectionStart(), cursor.selectionEnd())
            if span[0] != span[1] and span in self._hits[id(editor)].spans:
                return editor, self._hits[id(editor)].spans.index(span)
        return None

    # -- moving --------------------------------------------------------------------

    def find_next(self) -> None:
        self._navigate(forward=True)

    def find_previous(self) -> None:
        self._navigate(forward=False)

    def _navigate(self, forward: bool) -> None:
        if not self.is_open:
            self.open_bar(replace=False, focus=not self.query.text())
        self._fresh()
        self._step(forward)

    def _step(self, forward: bool, from_start: bool = False) -> None:
        """Select the next (previous) match after the cursor, wrapping at the ends."""
        editors = self.scope_editors()
        order = [(n, i) for n, e in enumerate(editors)
                 for i in range(len(self._hits[id(e)].matches))]
        self._wrapped = False
        if not order:
            self._current = None
            self._paint()
            return
        editor = self._current[0] if self._current else self.target
        here = editors.index(editor) if editor in editors else 0
        cursor = editors[here].textCursor()
        spans = [self._hits[id(e)].spans for e in editors]
        if forward:
            position = cursor.selectionStart() if from_start else cursor.selectionEnd()
            found = [k for k in order if (k[0], spans[k[0]][k[1]][0]) >= (here, position)]
            choice = found[0] if found else order[0]
        else:
            position = cursor.selectionStart()
            found = [k for k in order if (k[0], spans[k[0]][k[1]][1]) <= (here, position)]
            choice = found[-1] if found else order[-1]
        self._wrapped = not found
        self._select(editors[choice[0]], choice[1])

    def _select(self, editor, index: int) -> None:
        start, end = self._hits[id(editor)].spans[index]
        cursor = QTextCursor(editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
        self._current = (editor, index)
        self._paint(all_matches=False)

    # -- replacing -----------------------------------------------------------------

    def _template_ok(self) -> bool:
        if self.pattern is None:
            return False
        if self.regex_box.isChecked():
            try:
                check_template(self.pattern, self.replacement.text())
            except SearchError as exc:
                self._notice = self.tr("Replacement: {error}").format(error=exc)
                self._show_status()
                return False
        return True

    def replace_current(self) -> bool:
        """Replace the selected match and go to the next; else just go to the next."""
        self._fresh()
        self._current = self._match_at_selection()
        if self._current is None or not self._template_ok():
            if self.pattern is not None:
                self._step(forward=True)
            return False
        editor, index = self._current
        match = self._hits[id(editor)].matches[index]
        text = replacement(match, self.replacement.text(), self.regex_box.isChecked())
        editor.textCursor().insertText(text)   # the cursor selects the match
        self.search_now()
        self._step(forward=True)
        return True

    def replace_all(self) -> int:
        """Replace every match in the scope as one undo step; return how many."""
        self._fresh()
        if not self._template_ok():
            return 0
        regex, template = self.regex_box.isChecked(), self.replacement.text()
        total, touched = 0, []
        for editor in self.scope_editors():
            fixes = [(m.start(), m.end(), replacement(m, template, regex))
                     for m in self._hits[id(editor)].matches]
            count = apply_fixes_to_editor(editor, fixes)
            total += count
            if count:
                touched.append(editor.document())
        self.linked_undo.link(touched)
        self.search_now()
        if len(touched) > 1:
            self._notice = self.tr("Replaced {count} in both panes (one undo)").format(
                count=total)
        else:
            self._notice = self.tr("Replaced {count}").format(count=total)
        self._show_status()
        return total

    # -- showing -------------------------------------------------------------------

    def _paint(self, all_matches: bool = True) -> None:
        """Highlight the matches (after a search) and the current one (always)."""
        for editor in self.editors:
            hits = self._hits.get(id(editor))
            spans = hits.spans if hits else []
            if all_matches:
                set_layer(editor, "find", [_selection(editor, start, end, MATCH_COLOR)
                                           for start, end in spans[:MAX_HIGHLIGHTS]])
            current = []
            if self._current and self._current[0] is editor:
                current = [_selection(editor, *spans[self._current[1]], CURRENT_COLOR)]
            set_layer(editor, "find-current", current)
        self._show_status()

    def status_text(self) -> str:
        if self.error:
            return self.tr("Invalid pattern: {error}").format(error=self.error)
        if self._notice:
            return self._notice
        if self.pattern is None:
            return ""
        total = self.match_count()
        if total == 0:
            return self.tr("No matches")
        number = self.current_number()
        if number is None:
            return self.tr("{count} matches").format(count=total)
        text = self.tr("{number} of {count}").format(number=number, count=total)
        if self._wrapped:
            text += " " + self.tr("(search wrapped)")
        return text

    def _show_status(self) -> None:
        self.status.setText(self.status_text())
        self.status.setToolTip(self.error)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.find_previous()
            elif watched is self.replacement:
                self.replace_current()
            else:
                self.find_next()
            return True
        return super().eventFilter(watched, event)


def _selection(editor, start: int, end: int, color: QColor) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.format.setBackground(color)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    return selection
