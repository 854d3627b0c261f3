"""The bar above the editors that says when the partner directory needs attention.

Shown while a server directory is offline (the app works from its last copy,
read-only, and reconnects by itself), when the directory cannot be opened at
all, and when an SQLite directory sits on a network file system. Hidden
otherwise: a banner that is always there stops being read.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class DirectoryBanner(QFrame):
    """One line of text and a button to Settings → Directory."""

    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The palette's tooltip colours: readable in light and dark themes alike.
        self.setStyleSheet("#directoryBanner { background: palette(tooltip-base); }"
                           "#directoryBanner QLabel { color: palette(tooltip-text); }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.settings_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.button.setText(self.tr("Directory Settings…"))
        self.hide()

    def show_state(self, live=None, error: str = "", network_fs: str | None = None) -> None:
        """Show what is wrong with the directory, or hide when nothing is."""
        if error:
            message = self.tr("The partner directory cannot be opened: {error}. Name "
                              "checks and completion are off.").format(error=error)
        elif live is not None and live.offline:
            saved = getattr(live.directory, "saved", None)
            when = time.strftime("%H:%M", time.localtime(saved)) if saved else ""
            message = (self.tr("The partner directory server cannot be reached. presspad "
                               "works from its copy of {time}, read-only, and reconnects "
                               "by itself.").format(time=when) if when else
                       self.tr("The partner directory server cannot be reached. presspad "
                               "works from its last copy, read-only, and reconnects by "
                               "itself."))
        elif network_fs:
            message = self.tr("The partner directory is on a network file system ({fs}), "
                              "where SQLite can corrupt it. A team should share a "
                              "PostgreSQL directory.").format(fs=network_fs)
        else:
            self.text.clear()
            self.hide()
            return
        self.text.setText(message)
        self.show()
