"""Editing the release's header fields through both panels, with undo.

Every change made in a :class:`HeaderPanel` becomes one :class:`HeaderChange`
on a stack shared by both languages: it holds the header fields before and
after, so undo and redo restore them exactly, whichever panel made the change
(the date is one field of the release, shown in both panels).
"""

from __future__ import annotations

import copy
import datetime as _dt
import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QApplication

from presspad.core.model.release import LANGS, ImageRef, MediaLink, Release
from presspad.gui.editor.header_panel import HeaderPanel

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class HeaderFields:
    """The header of a release, as one value an undo step can hold."""

    date: _dt.date | None
    credit: tuple[str, ...]
    media: tuple[tuple[MediaLink, ...], ...]
    images: tuple[tuple[ImageRef, ...], ...]

    @classmethod
    def of(cls, release: Release) -> HeaderFields:
        versions = [release.version(lang) for lang in LANGS]
        return cls(release.date, tuple(v.credit for v in versions),
                   tuple(tuple(copy.copy(m) for m in v.media) for v in versions),
                   tuple(tuple(copy.copy(i) for i in v.images) for v in versions))

    def put_into(self, release: Release) -> None:
        release.date = self.date
        for index, lang in enumerate(LANGS):
            version = release.version(lang)
            version.credit = self.credit[index]
            version.media = [copy.copy(m) for m in self.media[index]]
            version.images = [copy.copy(i) for i in self.images[index]]


def _date_format(profile: str) -> str:
    """The strftime format the release's site prints dates in (the panel shows the same)."""
    from presspad.core.formats.site.profiles import load_profile
    from presspad.core.model.errors import PresspadError

    try:
        return load_profile(profile).date_format
    except (PresspadError, OSError, ValueError):
        return "%Y.%m.%d"


_MERGING = 1   # QUndoCommand.id() of steps that merge with the one before (typing)


class HeaderChange(QUndoCommand):
    def __init__(self, editing: HeaderEditing, before: HeaderFields, after: HeaderFields,
                 text: str, merge: tuple | None = None) -> None:
        super().__init__(text)
        self.editing, self.before, self.after = editing, before, after
        # Typing in the credit field: each key is an edit, one word is one undo step.
        self.merge = merge

    def id(self) -> int:
        return _MERGING if self.merge is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, HeaderChange) or other.merge != self.merge:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.editing.apply(self.after)

    def undo(self) -> None:
        self.editing.apply(self.before)


class HeaderEditing(QObject):
    """The window's header panels, the release they edit and their undo stack."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.stack = QUndoStack(self)
        self.panels: dict[str, HeaderPanel] = {}
        for lang, pane in window.panes.items():
            panel = pane.header
            self.panels[lang] = panel
            panel.date_edited.connect(self._set_date)
            panel.credit_edited.connect(lambda text, code=lang: self._set_credit(code, text))
            panel.links_edited.connect(lambda links, code=lang: self._set_media(code, links))
            panel.images_edited.connect(lambda images, code=lang: self._set_images(code,
                                                                                   images))
            # Ctrl+Z in the credit field is the header's undo, not the line edit's own
            # (which would show the old text while the release kept the new one);
            # installed when the panel's form is first made.
            panel.undo_filter = self

    def load(self, release: Release) -> None:
        """Show a newly opened release; its history starts here."""
        self.stack.clear()
        if self.window.ready:
            self.show_date_format(release.profile)
        # else after the first paint: reading the site profile costs 3 ms on the way
        # to it, and the panel shows the date as yyyy.MM.dd meanwhile
        self._show(release)
        if release.date is None and release.langs_present():
            # An imported text has no date: show where to give one.
            for panel in self.panels.values():
                panel.set_expanded(True)

    def show_date_format(self, profile: str | None = None) -> None:
        """Show dates as the site of ``profile`` (default: the open release's) prints them."""
        date_format = _date_format(profile or self.window.release.profile)
        for panel in self.panels.values():
            panel.set_date_format(date_format)

    def _show(self, release: Release) -> None:
        for lang, panel in self.panels.items():
            panel.show_fields(release.date, release.version(lang))

    def apply(self, fields: HeaderFields) -> None:
        fields.put_into(self.window.release)
        self._show(self.window.release)
        self.window.mark_modified()
        self.window.publish.text_changed()
        self.window.review.schedule()

    def change(self, text: str, edit, merge: tuple | None = None) -> None:
        """Run ``edit(release)`` on a copy, then push it as one undo step.

        Steps with the same ``merge`` key in a row merge into one (the keys of a word).
        """
        before = HeaderFields.of(self.window.release)
        scratch = copy.deepcopy(self.window.release)
        edit(scratch)
        after = HeaderFields.of(scratch)
        if after != before:
            self.stack.push(HeaderChange(self, before, after, text, merge))

    def commit_pending(self) -> None:
        """Put a table cell still being edited into the release (before a save)."""
        widget = QApplication.focusWidget() or self.window.focusWidget()
        for panel in self.panels.values():
            if not panel.body_built:
                continue
            for table in (panel.links, panel.images):
                if widget is not None and table.isAncestorOf(widget) and table.state() == \
                        QAbstractItemView.State.EditingState:
                    table.commitData(widget)
                    table.closeEditor(widget, QAbstractItemDelegate.EndEditHint.NoHint)

    def _set_date(self, date: _dt.date | None) -> None:
        self.change(self.tr("Change Date"), lambda r: setattr(r, "date", date))

    def _set_credit(self, lang: str, text: str) -> None:
        # A new word (with the space before it) starts a new undo step; its letters merge.
        word = len(text.split()) + (1 if text[-1:].isspace() else 0)
        self.change(self.tr("Change Credit"),
                    lambda r: setattr(r.version(lang), "credit", text), merge=("credit", lang,
                                                                                word))

    def _set_media(self, lang: str, links: list[MediaLink]) -> None:
        self.change(self.tr("Change Related Links"),
                    lambda r: setattr(r.version(lang), "media", list(links)))

    def _set_images(self, lang: str, images: list[ImageRef]) -> None:
        self.change(self.tr("Change Pictures"),
                    lambda r: setattr(r.version(lang), "images", list(images)))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Undo):
                self.stack.undo()
                return True
            if event.matches(QKeySequence.StandardKey.Redo):
                self.stack.redo()
                return True
        return False

    def owns_focus(self) -> bool:
        """Whether the keyboard focus is in a header panel (Edit → Undo acts here then)."""
        widget = QApplication.focusWidget() or self.window.focusWidget()
        return any(widget is not None and (widget is p or p.isAncestorOf(widget))
                   for p in self.panels.values())

    def focus_field(self, lang: str, name: str) -> None:
        self.panels[lang].focus_field(name)
