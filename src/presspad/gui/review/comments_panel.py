"""The Comments panel: every reviewer comment of the release, with what to do about it.

Self-contained: it shows the comments it is given and emits what the user
asks for, by comment id (``activated``, ``edit_requested``,
``resolve_requested``, ``delete_requested``); the comments controller does it.
"""

from __future__ import annotations

import datetime as _dt
import logging
from collections.abc import Iterable

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from presspad.core.model.release import Comment

logger = logging.getLogger(__name__)

_ID_ROLE = Qt.ItemDataRole.UserRole
_GREY = QColor("#8a8a8a")
_QUOTE_SHOWN = 80


def short_time(moment: _dt.datetime | None) -> str:
    """``moment`` in the computer's time zone, in the interface language's short format."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.UTC)
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def _one_line(text: str, limit: int) -> str:
    shown = " ".join(text.split())
    return shown if len(shown) <= limit else shown[:limit - 1] + "…"


class CommentsPanel(QWidget):
    """A list of comments (author, time, quoted text, comment, state) and its buttons."""

    AUTHOR, TIME, QUOTE, TEXT, STATE = range(5)

    activated = Signal(str)          # comment id: show its text in the editor
    edit_requested = Signal(str)
    resolve_requested = Signal(str)  # resolve an open comment, reopen a resolved one
    delete_requested = Signal(str)
    show_resolved_changed = Signal(bool)
    language_changed = Signal()      # the interface language changed: retranslate

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._comments: dict[str, Comment] = {}
        self._detached: set[str] = set()
        self.view = QTreeWidget(self)
        self.view.setRootIsDecorated(False)
        self.view.setColumnCount(5)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.edit_button = QPushButton(self)
        self.resolve_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.show_resolved = QCheckBox(self)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.resolve_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_resolved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.view.itemClicked.connect(lambda item, _column: self._emit(self.activated, item))
        self.view.itemDoubleClicked.connect(
            lambda item, _column: self._emit(self.edit_requested, item))
        self.view.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.resolve_button.clicked.connect(lambda: self._emit(self.resolve_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self.show_resolved.toggled.connect(self._show_resolved_toggled)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.view.setHeaderLabels([self.tr("Author"), self.tr("Time"), self.tr("Text"),
                                   self.tr("Comment"), self.tr("State")])
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.show_resolved.setText(self.tr("Show resolved"))
        self._update_buttons()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
            self.language_changed.emit()
        super().changeEvent(event)

    # ------------------------------------------------------------------ content
    def set_comments(self, comments: Iterable[Comment], detached: Iterable[str] = ()) -> None:
        """Show ``comments``; those whose id is in ``detached`` lost their text."""
        self._comments = {c.id: c for c in comments}
        self._detached = set(detached)
        self._fill()

    def shown_ids(self) -> list[str]:
        """The ids of the rows shown, top to bottom."""
        return [self.view.topLevelItem(i).data(0, _ID_ROLE)
                for i in range(self.view.topLevelItemCount())]

    def current_id(self) -> str | None:
        item = self.view.currentItem()
        return item.data(0, _ID_ROLE) if item is not None else None

    def select(self, comment_id: str) -> None:
        for i in range(self.view.topLevelItemCount()):
            item = self.view.topLevelItem(i)
            if item.data(0, _ID_ROLE) == comment_id:
                self.view.setCurrentItem(item)
                return

    def row_texts(self, comment_id: str) -> list[str]:
        """The texts of a comment's row, column by column (empty if it is not shown)."""
        for i in range(self.view.topLevelItemCount()):
            item = self.view.topLevelItem(i)
            if item.data(0, _ID_ROLE) == comment_id:
                return [item.text(column) for column in range(self.view.columnCount())]
        return []

    def _state_text(self, comment: Comment) -> str:
        states = []
        if comment.resolved:
            states.append(self.tr("resolved"))
        if comment.id in self._detached:
            states.append(self.tr("detached: its text is gone"))
        return ", ".join(states) or self.tr("open")

    def _fill(self) -> None:
        current = self.current_id()
        self.view.clear()
        languages = {"en": self.tr("EN"), "ru": self.tr("RU")}
        for comment in self._comments.values():
            if comment.resolved and not self.show_resolved.isChecked():
                continue
            quote = f"{languages.get(comment.lang, comment.lang)}: “" \
                    f"{_one_line(comment.quote, _QUOTE_SHOWN)}”"
            item = QTreeWidgetItem([comment.author or "—", short_time(comment.created), quote,
                                    _one_line(comment.text, 200), self._state_text(comment)])
            item.setData(0, _ID_ROLE, comment.id)
            item.setToolTip(self.TEXT, comment.text)
            item.setToolTip(self.QUOTE, comment.quote)
            if comment.resolved or comment.id in self._detached:
                for column in range(self.view.columnCount()):
                    item.setForeground(column, QBrush(_GREY))
            if comment.id in self._detached:
                font = QFont(item.font(self.STATE))
                font.setItalic(True)
                item.setFont(self.STATE, font)
            self.view.addTopLevelItem(item)
        if current is not None:
            self.select(current)
        self._update_buttons()

    # ------------------------------------------------------------------ actions
    def _emit(self, signal, item: QTreeWidgetItem | None = None) -> None:
        item = item if item is not None else self.view.currentItem()
        if item is not None:
            signal.emit(item.data(0, _ID_ROLE))

    def _update_buttons(self) -> None:
        comment = self._comments.get(self.current_id() or "")
        for button in (self.edit_button, self.resolve_button, self.delete_button):
            button.setEnabled(comment is not None)
        self.resolve_button.setText(
            self.tr("Reopen") if comment is not None and comment.resolved else self.tr("Resolve"))

    def _show_resolved_toggled(self, shown: bool) -> None:
        self._fill()
        self.show_resolved_changed.emit(shown)
