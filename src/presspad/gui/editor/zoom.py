"""Zooming both editors together (View > Zoom In/Out/Reset, Ctrl+wheel).

The zoom is a number of points added to the editors' base font (the font of
Settings.editor_font); it is kept in Settings.editor_zoom, saved on every
change and applied when the window opens.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from presspad.core.storage.settings import save_settings

logger = logging.getLogger(__name__)

ZOOM_MIN, ZOOM_MAX = -6, 30   # points around the base font


def clamp_zoom(points: int) -> int:
    return max(ZOOM_MIN, min(ZOOM_MAX, int(points)))


class EditorZoom(QObject):
    """Zoom In/Out/Reset for the window's editors, remembered in its settings."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.editors = [pane.editor for pane in window.panes.values()]
        self.act_in = QAction(window, triggered=lambda: self.zoom_by(1))
        self.act_in.setShortcuts(shortcut_keys(QKeySequence.StandardKey.ZoomIn, "Ctrl+=", "Ctrl++"))
        self.act_out = QAction(window, triggered=lambda: self.zoom_by(-1))
        self.act_out.setShortcuts(shortcut_keys(QKeySequence.StandardKey.ZoomOut, "Ctrl+-"))
        self.act_reset = QAction(window, triggered=lambda: self.set_zoom(0))
        self.act_reset.setShortcut(QKeySequence("Ctrl+0"))
        for editor in self.editors:
            editor.zoom_requested.connect(self.zoom_by)
        self._show(clamp_zoom(window.settings.editor_zoom))
        self.translate_ui()

    def translate_ui(self) -> None:
        self.act_in.setText(self.tr("Zoom &In"))
        self.act_out.setText(self.tr("Zoom &Out"))
        self.act_reset.setText(self.tr("&Reset Zoom"))

    @property
    def zoom(self) -> int:
        return self.editors[0].zoom

    def zoom_by(self, steps: int) -> None:
        self.set_zoom(self.zoom + steps)

    def set_zoom(self, points: int) -> None:
        """Zoom both editors to ``points`` over the base font and remember it."""
        points = clamp_zoom(points)
        self._show(points)
        settings = self.window.settings
        if settings.editor_zoom != points:
            settings.editor_zoom = points
            save_settings(settings)

    def _show(self, points: int) -> None:
        for editor in self.editors:
            editor.set_zoom(points)
        self.act_in.setEnabled(points < ZOOM_MAX)
        self.act_out.setEnabled(points > ZOOM_MIN)


def shortcut_keys(standard, *extra: str) -> list[QKeySequence]:
    keys: list[QKeySequence] = []
    for key in [*QKeySequence.keyBindings(standard), *map(QKeySequence, extra)]:
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys
