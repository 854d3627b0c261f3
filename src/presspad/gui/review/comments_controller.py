"""Reviewer comments in the window: add, list, highlight, follow edits, resolve, delete.

The window owns one :class:`Comments` (``MainWindow.comments``). The comments
live in ``window.release.comments``; after each edit they are found again in
the editors' text (``core.model.comments.locate``, with the position a
QTextCursor tracked through the edit as the hint), highlighted there and
listed in the Comments tab beside Findings and Quotes. ``reanchored`` gives
the window the comments as anchored in the text being saved.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QInputDialog,
    QMenu,
    QMessageBox,
    QTextEdit,
)

from presspad.core.model.release import LANGS, Comment, Release
from presspad.core.storage.settings import save_settings
from presspad.gui.editor.selection_layers import layer, set_layer
from presspad.gui.editor.textpos import from_qt, to_qt
from presspad.gui.review.findings_panel import select_span

if TYPE_CHECKING:
    from presspad.gui.review.comments_panel import CommentsPanel

logger = logging.getLogger(__name__)

TINT = QColor(214, 230, 255)            # an open comment's words
RESOLVED_TINT = QColor(232, 232, 232)   # a resolved one's, while resolved ones are shown
# Each comment's selection carries its id; they are the "comment" layer, drawn over
# the quote tint and under find matches (gui/editor/selection_layers.ORDER).
COMMENT_LAYER = "comment"
_COMMENT_MARK = QTextFormat.Property.UserProperty + 32


class Comments(QObject):
    """Everything about the reviewers' comments in one window."""

    changed = Signal()   # the comments were located again and shown (tests wait on it)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.editors = {lang: window.panes[lang].editor for lang in LANGS}
        self.ranges: dict[str, tuple[int, int] | None] = {}   # id -> where, None: detached
        self._cursors: dict[str, QTextCursor] = {}             # id -> its words, tracked
        self._release: Release | None = None                  # whose comments are tracked

        # The list is made when its tab is first shown (or asked for): the
        # window's first picture does not wait for it.
        self._panel: CommentsPanel | None = None
        self.dock = QDockWidget(window)
        self.dock.setObjectName("commentsDock")
        self.dock.visibilityChanged.connect(lambda shown: shown and self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.review.quotes_dock, self.dock)
        window.review.findings_dock.raise_()

        self.act_add = QAction(window, triggered=lambda: self.add())
        self.act_add.setShortcut(QKeySequence("Ctrl+Alt+M"))
        self.act_panel = self.dock.toggleViewAction()
        window.review_menu.addSeparator()
        window.review_menu.addAction(self.act_add)
        window.view_menu.addAction(self.act_panel)

        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        for editor in self.editors.values():
            editor.document().contentsChange.connect(lambda *_: self._timer.start())
            editor.menu_extenders.append(
                lambda menu, editor=editor: self._extend_menu(menu, editor))
        # The window's language change, not the list's: the list may not exist yet.
        window.installEventFilter(self)
        self.translate_ui()

    @property
    def panel(self) -> CommentsPanel:
        if self._panel is None:
            from presspad.gui.review import comments_panel

            panel = self._panel = comments_panel.CommentsPanel(self.window)
            panel.activated.connect(self.go_to)
            panel.edit_requested.connect(self.edit)
            panel.resolve_requested.connect(self.toggle_resolved)
            panel.delete_requested.connect(self.delete)
            panel.show_resolved_changed.connect(lambda _shown: self._show())
            self.dock.setWidget(panel)
            self._show()
        return self._panel

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        return False

    def translate_ui(self) -> None:
        self.dock.setWindowTitle(self.tr("Comments"))
        self.act_add.setText(self.tr("Add &Comment…"))
        self.act_add.setStatusTip(self.tr("Comment on the selected text"))

    # ------------------------------------------------------------- anchoring
    def refresh(self) -> None:
        """Find every comment in the text as it is now; highlight and list them."""
        from presspad.core.model.comments import anchored, locate

        self._timer.stop()
        release = self.window.release
        if release is not self._release:   # another release (or the one just saved)
            self._cursors.clear()
            self._release = release
        bodies = {lang: editor.text() for lang, editor in self.editors.items()}
        comments, self.ranges = [], {}
        for comment in release.comments:
            body = bodies[comment.lang]
            cursor = self._cursors.pop(comment.id, None)
            if cursor is not None:   # where the edits moved its words: the best hint
                comment = dataclasses.replace(
                    comment, start=from_qt(body, cursor.selectionStart()))
            found = locate(comment, body)
            self.ranges[comment.id] = found
            if found is not None:
                comment = anchored(comment, body, *found)
                self._cursors[comment.id] = self._cursor(comment.lang, body, *found)
            comments.append(comment)
        release.comments = comments
        self._show()
        self.changed.emit()

    def reanchored(self, release: Release) -> list[Comment]:
        """The comments anchored in ``release``'s bodies (what the window saves)."""
        from presspad.core.model.comments import reanchor

        if self._timer.isActive() or self.window.release is not self._release:
            self.refresh()
        return reanchor(self.window.release.comments,
                        {lang: release.body(lang) for lang in LANGS})

    def _cursor(self, lang: str, body: str, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.editors[lang].document())
        cursor.setPosition(to_qt(body, start))
        cursor.setPosition(to_qt(body, end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _show(self) -> None:
        comments = self.window.release.comments
        if self._panel is not None:
            self._panel.set_comments(comments, [c.id for c in comments
                                                if self.ranges.get(c.id) is None])
        self._highlight()

    def _highlight(self) -> None:
        shown = self._panel is not None and self._panel.show_resolved.isChecked()
        for lang, editor in self.editors.items():
            ours = []
            for comment in self.window.release.comments:
                cursor = self._cursors.get(comment.id)
                if comment.lang != lang or cursor is None or (comment.resolved and not shown):
                    continue
                selection = QTextEdit.ExtraSelection()
                fmt = QTextCharFormat()
                fmt.setBackground(RESOLVED_TINT if comment.resolved else TINT)
                fmt.setProperty(_COMMENT_MARK, comment.id)
                selection.cursor, selection.format = QTextCursor(cursor), fmt
                ours.append(selection)
            set_layer(editor, COMMENT_LAYER, ours)

    def highlighted(self, lang: str) -> list[tuple[int, int]]:
        """The Qt ranges highlighted as comments in ``lang``'s editor."""
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd())
                for s in layer(self.editors[lang], COMMENT_LAYER)]

    # --------------------------------------------------------------- actions
    def _extend_menu(self, menu: QMenu, editor) -> None:
        menu.addSeparator()
        action = menu.addAction(self.tr("Add &Comment…"), lambda: self.add(editor))
        action.setEnabled(editor.textCursor().hasSelection())

    def _editor_with_selection(self):
        focused = QApplication.focusWidget()
        candidates = [e for e in self.editors.values() if e is focused]
        candidates += [e for e in self.editors.values() if e is not focused]
        return next((e for e in candidates if e.textCursor().hasSelection()), None)

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)

    def add(self, editor=None) -> Comment | None:
        """Comment on the selected text of ``editor`` (default: the focused one)."""
        from presspad.gui.dialogs.comment_dialog import ask_comment_text

        editor = editor or self._editor_with_selection()
        if editor is None or not editor.textCursor().hasSelection():
            self._say(self.tr("Select the text to comment on first."))
            return None
        body, cursor = editor.text(), editor.textCursor()
        start = from_qt(body, cursor.selectionStart())
        end = from_qt(body, cursor.selectionEnd())
        if not body[start:end].strip():
            self._say(self.tr("The selection holds only spaces; select words to comment on."))
            return None
        author = self._author()
        if author is None:
            return None
        text = ask_comment_text(self.window, body[start:end])
        if text is None:
            return None
        try:
            from presspad.core.model.comments import new_comment

            comment = new_comment(body, editor.lang, start, end, text, author)
        except ValueError as exc:
            self._say(str(exc).capitalize() + ".")
            return None
        self.window.release.comments.append(comment)
        self.window.mark_modified()
        self.refresh()
        self.dock.show()
        self.dock.raise_()
        self.panel.select(comment.id)
        return comment

    def _author(self) -> str | None:
        """The name from the settings; asked once (and kept there) when none is set."""
        settings = self.window.settings
        if settings.author_name.strip():
            return settings.author_name.strip()
        name, ok = QInputDialog.getText(
            self.window, self.tr("Your Name"),
            self.tr("Your name signs your comments (kept in the settings):"))
        if not ok or not name.strip():
            self._say(self.tr("A comment needs your name; none was added."))
            return None
        settings.author_name = name.strip()
        save_settings(settings)
        return settings.author_name

    def _find(self, comment_id: str) -> tuple[int, Comment] | None:
        for index, comment in enumerate(self.window.release.comments):
            if comment.id == comment_id:
                return index, comment
        return None

    def _replace(self, index: int, comment: Comment | None) -> None:
        if comment is None:
            del self.window.release.comments[index]
        else:
            self.window.release.comments[index] = comment
        self.window.mark_modified()
        self._show()

    def go_to(self, comment_id: str) -> None:
        """Select the comment's words in its editor (or say they are gone)."""
        found = self._find(comment_id)
        if found is None:
            return
        comment = found[1]
        span = self.ranges.get(comment_id)
        if span is None:
            self._say(self.tr("The text of this comment is gone: “{quote}”").format(
                quote=" ".join(comment.quote.split())))
            return
        editor = self.editors[comment.lang]
        body = editor.text()
        editor.setFocus()
        select_span(editor, to_qt(body, span[0]), to_qt(body, span[1]))

    def edit(self, comment_id: str) -> None:
        from presspad.gui.dialogs.comment_dialog import ask_comment_text

        found = self._find(comment_id)
        if found is None:
            return
        index, comment = found
        text = ask_comment_text(self.window, comment.quote, comment.text)
        if text is not None and text != comment.text:
            self._replace(index, dataclasses.replace(comment, text=text))

    def toggle_resolved(self, comment_id: str) -> None:
        found = self._find(comment_id)
        if found is not None:
            index, comment = found
            self._replace(index, dataclasses.replace(comment, resolved=not comment.resolved))

    def delete(self, comment_id: str) -> None:
        found = self._find(comment_id)
        if found is None:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Delete Comment"),
            self.tr("Delete the comment “{text}”? This cannot be undone.").format(
                text=" ".join(found[1].text.split())[:80]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._cursors.pop(comment_id, None)
            self._replace(found[0], None)
