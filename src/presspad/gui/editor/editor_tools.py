"""Find/Replace and Zoom in the main window: the find bar, the menu entries.

``install_editor_tools(window)`` puts the :class:`~.find_bar.FindBar` below the
editors, adds Find…, Find Next, Find Previous and Replace… to the Edit menu and
Zoom In/Out/Reset to the View menu, and returns the :class:`EditorTools`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

from presspad.gui.editor.zoom import EditorZoom, shortcut_keys

logger = logging.getLogger(__name__)


class EditorTools(QObject):
    """The find bar and the zoom of one main window, with their actions."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._find_bar = None
        self.zoom = EditorZoom(window)

        def action(slot, *keys) -> QAction:
            act = QAction(window, triggered=lambda _checked=False: slot())
            act.setShortcuts(shortcut_keys(*keys))
            return act

        self.act_find = action(lambda: self.find_bar.open_bar(replace=False),
                               QKeySequence.StandardKey.Find, "Ctrl+F")
        self.act_replace = action(lambda: self.find_bar.open_bar(replace=True),
                                  QKeySequence.StandardKey.Replace, "Ctrl+H")
        self.act_find_next = action(lambda: self.find_bar.find_next(),
                                    QKeySequence.StandardKey.FindNext, "F3")
        self.act_find_previous = action(lambda: self.find_bar.find_previous(),
                                        QKeySequence.StandardKey.FindPrevious, "Shift+F3")
        window.edit_menu.addSeparator()
        window.edit_menu.addActions([self.act_find, self.act_find_next,
                                     self.act_find_previous, self.act_replace])
        window.view_menu.addSeparator()
        window.view_menu.addActions([self.zoom.act_in, self.zoom.act_out, self.zoom.act_reset])
        window.installEventFilter(self)
        self.translate_ui()

    @property
    def find_bar(self):
        """The find bar below the editors, made when first asked for (not at start-up)."""
        if self._find_bar is None:
            from presspad.gui.editor.find_bar import FindBar

            central = self.window.centralWidget()
            self._find_bar = FindBar(self.window.panes, central)
            central.layout().addWidget(self._find_bar)
        return self._find_bar

    def translate_ui(self) -> None:
        self.act_find.setText(self.tr("&Find…"))
        self.act_find_next.setText(self.tr("Find &Next"))
        self.act_find_previous.setText(self.tr("Find Pre&vious"))
        self.act_replace.setText(self.tr("R&eplace…"))
        self.zoom.translate_ui()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        return False


def install_editor_tools(window) -> EditorTools:
    """Add Find/Replace and Zoom to ``window`` (after its menus are made)."""
    return EditorTools(window)
