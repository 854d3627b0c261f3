"""Autosave of unsaved work for crash recovery, and the offer to restore it."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from presspad.core.model.errors import PresspadError
from presspad.core.storage.recovery import AutosaveSlot, load_recovery, pending_recoveries

logger = logging.getLogger(__name__)




class Autosaver(QObject):
    """Writes the window's release to the recovery folder a few seconds after a change.

    The timer starts at the first change and is not restarted by further
    typing, so a user who types without pause loses at most one interval.
    """

    failed = Signal(str)  # emitted from the writer thread; shown in the status bar

    def __init__(self, window, seconds: int) -> None:
        super().__init__(window)
        self.window = window
        self.slot = AutosaveSlot()
        self._writer: threading.Thread | None = None
        self.failed.connect(self._show_failure)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(lambda: self.autosave_now())
        self.set_interval(seconds)

    def set_interval(self, seconds: int) -> None:
        self.timer.setInterval(max(1, int(seconds)) * 1000)

    def schedule(self) -> None:
        if not self.timer.isActive():
            self.timer.start()

    def autosave_now(self, wait: bool = False) -> None:
        """Write the recovery copy; the disk work runs in a thread, off the typing path."""
        if not self.window.isWindowModified():
            return
        release, original = self.window.current_release(), self.window.path
        if self._writer is not None and self._writer.is_alive():
            self._writer.join()  # one write at a time, in order
        self._writer = threading.Thread(target=self._write, args=(release, original),
                                        name="presspad-autosave", daemon=True)
        self._writer.start()
        if wait:
            self._writer.join()

    def _write(self, release, original) -> None:
        try:
            self.slot.write(release, original)
        except PresspadError as exc:
            # A full disk must not interrupt typing; the status bar says it.
            logger.warning("autosave failed: %s", exc)
            self.failed.emit(exc.user_message())

    def _show_failure(self, reason: str) -> None:
        message = QCoreApplication.translate("Autosave", "Autosave failed: {reason}")
        self.window.statusBar().showMessage(message.format(reason=reason))

    def clear(self) -> None:
        self.timer.stop()
        if self._writer is not None:
            self._writer.join()
        self.slot.clear()


def offer_recovery(window: QWidget) -> bool:
    """At start-up, offer to restore work a crashed presspad left; True if restored."""
    for recovery in pending_recoveries():
        release = load_recovery(recovery)
        if release is None:
            continue
        untitled = QCoreApplication.translate("Autosave", "an untitled release")
        name = recovery.original.name if recovery.original else untitled
        question = QCoreApplication.translate(
            "Autosave", "presspad was closed without saving {name} (last autosaved {time}). "
            "Restore that work?")
        answer = QMessageBox.question(
            window, QCoreApplication.translate("Autosave", "Recover Unsaved Work"),
            question.format(name=name, time=recovery.saved_at.strftime("%Y-%m-%d %H:%M:%S")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            window.restore_release(release, recovery.original)
            recovery.discard()
            return True
        recovery.discard()
    return False
