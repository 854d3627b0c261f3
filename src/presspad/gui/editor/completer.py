"""Partner-name completion in a text editor: a popup after two letters of a name.

:class:`PartnerCompleter` attaches to any ``QPlainTextEdit`` (the app's
``MarkdownEditor`` or a plain one) through an event filter; the editor needs
no changes. After the writer types two letters of any word of a partner's
name, a popup lists the matching names in the editor's language (the
editor's ``lang`` attribute, or the ``lang`` given). Up/Down choose, Enter or
Tab inserts the canonical form in place of what was typed, Escape closes,
Ctrl+Space opens it on demand (from one letter). In Russian each name is
followed by its case forms (Владимира Хижняка, Владимиру Хижняку, ...), so
the name goes in already in the case the sentence needs.

The popup is a frameless list that never takes the keyboard focus: keys keep
going to the editor, and the completer only intercepts the few that drive the
list while it is open.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QPlainTextEdit

from presspad.core.directory.case_forms import CASES, loct_label
from presspad.core.directory.completion import Completion, current_prefix, replacement_start
from presspad.core.directory.snapshot import as_snapshot

logger = logging.getLogger(__name__)

INSERT_ROLE = Qt.ItemDataRole.UserRole
CASE_ROLE = Qt.ItemDataRole.UserRole + 1     # the cases a row's form stands for (a list)
MAX_RESULTS = 8
_NAVIGATION = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
_ACCEPT = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}


class CompletionPopup(QListWidget):
    """The list of candidates; shown under the cursor, never focused."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setMinimumWidth(320)

    def move_selection(self, key: int) -> None:
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1,
                Qt.Key.Key_PageUp: -5, Qt.Key.Key_PageDown: 5}[key]
        row = max(0, min(self.count() - 1, self.currentRow() + step))
        self.setCurrentRow(row)


class PartnerCompleter(QObject):
    """Offers partner names from the directory while typing in ``editor``.

    ``directory`` is a :class:`~presspad.core.directory.snapshot.Directory`, a
    :class:`~presspad.core.directory.snapshot.DirectorySnapshot` or a list of entries;
    ``lang`` ("en"/"ru") overrides the editor's own ``lang`` attribute.
    Emits :attr:`inserted` with the text put in the editor.
    """

    inserted = Signal(str)

    def __init__(self, editor: QPlainTextEdit, directory: Any = None,
                 lang: str | None = None) -> None:
        super().__init__(editor)
        self.editor = editor
        self._directory = directory
        self._lang = lang
        self._typed = False
        self._forced = False
        self.popup = CompletionPopup(editor)
        self.popup.itemClicked.connect(self._accept_item)
        editor.installEventFilter(self)
        editor.textChanged.connect(self._on_text_changed)

    # -- configuration ----------------------------------------------------------

    @property
    def lang(self) -> str:
        return self._lang or getattr(self.editor, "lang", None) or "en"

    @lang.setter
    def lang(self, value: str | None) -> None:
        self._lang = value
        self.hide()

    def prepare(self) -> None:
        """Build the directory snapshot and index now (e.g. from a QTimer after start-up).

        Otherwise the first popup builds them: instant for hundreds of partners,
        about a second and a half for 50,000 (bench/completion.py).
        """
        snapshot = as_snapshot(self._directory)
        if snapshot is not None:
            snapshot.completion  # noqa: B018 - built on first access

    def set_directory(self, directory: Any) -> None:
        """Use another directory (e.g. after the shared file was changed in settings)."""
        self._directory = directory
        self.hide()

    # -- events ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # While Qt tears the editor down, events can reach a filter whose Python
        # half is already gone (its attributes with it): let them pass.
        if watched is not getattr(self, "editor", None):
            return False
        kind = event.type()
        if kind == QEvent.Type.InputMethod:
            # Text typed through an input method (ibus, fcitx) arrives here, not as keys.
            self._typed = bool(event.commitString())
            return False
        if kind == QEvent.Type.KeyRelease:
            self._typed = False   # a key that changed nothing must not leave the flag set
            return False
        if kind == QEvent.Type.FocusOut:
            self.hide()
            return False
        if kind != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if self.popup.isVisible():
            if key in _NAVIGATION:
                self.popup.move_selection(key)
                return True
            if key in _ACCEPT:
                self._accept_item(self.popup.currentItem())
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
        if key == Qt.Key.Key_Space and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.refresh(force=True)
            return True
        # Typing (or deleting) changes the prefix: refresh once the editor has it.
        self._typed = bool(event.text() and event.text().isprintable()) or key in (
            Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
        if not self._typed and key not in (Qt.Key.Key_Shift, Qt.Key.Key_Control,
                                           Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            self.hide()   # cursor keys, Home, End...: the word is left
        return False

    def _on_text_changed(self) -> None:
        if self._typed:
            self._typed = False
            self.refresh(force=self._forced and self.popup.isVisible())

    # -- lookup and display ------------------------------------------------------

    def text_before_cursor(self) -> str:
        cursor = self.editor.textCursor()
        return cursor.block().text()[:cursor.positionInBlock()]

    def candidates(self, force: bool = False) -> list[Completion]:
        """The completions for the word before the cursor (empty when none)."""
        prefix = current_prefix(self.text_before_cursor())
        if len(prefix) < (1 if force else 2):
            return []
        snapshot = as_snapshot(self._directory)
        if snapshot is None:
            return []
        return snapshot.completion.lookup(prefix, self.lang, limit=MAX_RESULTS,
                                          min_prefix=1 if force else 2)

    def refresh(self, force: bool = False) -> None:
        """Show, update or hide the popup for the word before the cursor."""
        found = self.candidates(force)
        if not found:
            self.hide()
            return
        self._forced = force
        self.popup.clear()
        for completion in found:
            self._add_rows(completion)
        self.popup.setCurrentRow(self._preselected_row())
        self._place_popup()
        self.popup.show()

    def _add_rows(self, completion: Completion) -> None:
        """The name, then each other form once, with every case it stands for
        (an animate masculine name's accusative is its genitive: one row, both cases)."""
        other = f"  —  {completion.other}" if completion.other and \
            completion.other != completion.text else ""
        cases_of: dict[str, list[str]] = {completion.text: ["nomn"]}
        for case in CASES[1:]:
            form = completion.forms.get(case)
            if form:
                cases_of.setdefault(form, []).append(case)
        for form, cases in cases_of.items():
            if form == completion.text:
                label = f"{completion.text}{other}"
            else:
                label = "      " + (loct_label(form) if cases[0] == "loct" else form)
            self._add_row(label, form, cases)

    def _add_row(self, label: str, text: str, cases: list[str] | None = None) -> None:
        item = QListWidgetItem(label)
        item.setData(INSERT_ROLE, text)
        item.setData(CASE_ROLE, list(cases or []))
        if cases and cases != ["nomn"]:
            from presspad.core.directory.case_forms import CASE_LABELS

            item.setToolTip("; ".join(CASE_LABELS.get(case, case) for case in cases))
        self.popup.addItem(item)

    def _preselected_row(self) -> int:
        """The first name's form in the case the words before it ask for ("с" → ablt)."""
        if self.lang != "ru":
            return 0
        from presspad.core.directory.governing import governed_case

        wanted = governed_case(self.text_before_cursor())
        if wanted is None:
            return 0
        for row in range(self.popup.count()):
            cases = self.popup.item(row).data(CASE_ROLE) or []
            if wanted in cases:
                return row
            if row and "nomn" in cases:
                break      # the first name has no such form: keep its base form
        return 0

    def _place_popup(self) -> None:
        rect = self.editor.cursorRect()
        rows = min(self.popup.count(), 10)
        height = self.popup.sizeHintForRow(0) * rows + 2 * self.popup.frameWidth()
        # Wide enough for the longest row (uniform item sizes make Qt measure only
        # the first), the scroll bar and the frame, but never wider than the screen.
        metrics = self.popup.fontMetrics()
        longest = max(metrics.horizontalAdvance(self.popup.item(row).text())
                      for row in range(self.popup.count()))
        scroll = self.popup.verticalScrollBar().sizeHint().width() \
            if self.popup.count() > rows else 0
        width = max(self.popup.minimumWidth(),
                    longest + scroll + 2 * self.popup.frameWidth() + 16)
        where = self.editor.viewport().mapToGlobal(rect.bottomLeft())
        screen = self.editor.screen().availableGeometry() if self.editor.screen() else None
        if screen is not None:
            width = min(width, screen.width())
            where.setX(max(screen.left(), min(where.x(), screen.right() - width)))
        self.popup.resize(width, height)
        self.popup.move(where)

    def hide(self) -> None:
        self._forced = False
        self.popup.hide()

    def _accept_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.insert(item.data(INSERT_ROLE))

    def insert(self, text: str) -> None:
        """Replace what was typed of ``text`` before the cursor with ``text``."""
        self.hide()
        cursor = self.editor.textCursor()
        before = self.text_before_cursor()
        start = replacement_start(before, text)
        cursor.setPosition(cursor.block().position() + start, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)
        self.inserted.emit(text)
