"""Noticing that another program changed the open release on disk."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

logger = logging.getLogger(__name__)


def _digest(path: Path) -> bytes | None:
    """The file's bytes as we last knew them (a release is small: kept whole, compared
    as they are; hashing them needed hashlib, ~5 ms of OpenSSL at start-up)."""
    from presspad.core.model.errors import PresspadError
    from presspad.core.storage.textio import read_bytes

    try:   # bounded like every read: a file replaced by a FIFO must not hang the app
        return read_bytes(path, "release")
    except PresspadError:
        return None


class DiskWatcher(QObject):
    """Emits ``changed_on_disk`` when the watched file's bytes change behind our back.

    Our own saves are told with :meth:`remember_saved` so they do not count.
    Editors and sync tools often replace a file by renaming over it, which
    drops the watch; it is re-added after every event.
    """

    changed_on_disk = Signal(Path)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_event)
        self._path: Path | None = None
        self._known: bytes | None = None
        # Several events arrive for one save; look once they have settled.
        self._settle = QTimer(self, singleShot=True, interval=200)
        self._settle.timeout.connect(self._compare)

    def watch(self, path: Path | None) -> None:
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self._path = path
        self._known = _digest(path) if path else None
        if path is not None and path.exists():
            self._watcher.addPath(str(path))

    def remember_saved(self) -> None:
        """We just wrote the file ourselves."""
        if self._path is not None:
            self._known = _digest(self._path)
            if str(self._path) not in self._watcher.files() and self._path.exists():
                self._watcher.addPath(str(self._path))

    def _on_event(self, _name: str) -> None:
        self._settle.start()

    def _compare(self) -> None:
        if self._path is None:
            return
        if str(self._path) not in self._watcher.files() and self._path.exists():
            self._watcher.addPath(str(self._path))
        current = _digest(self._path)
        if current is not None and current != self._known:
            self._known = current
            self.changed_on_disk.emit(self._path)
        elif current is None and self._known is not None and not self._path.exists():
            # Deleted or moved away: the text shown is now the only copy.
            self._known = None
            self.changed_on_disk.emit(self._path)
