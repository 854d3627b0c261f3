"""Ignoring findings in the app, with undo: Review → Ignored Findings…, Undo/Redo Ignore.

Every change to the release's ignores (ignore one finding, stop ignoring one
or several) is a command on a small :class:`QUndoStack`, kept apart from the
editors' own undo (the ignores are the release's metadata, not its text).
A command holds the list of ignores before and after it, so undo and redo
give back exactly the entries (who, when, why) that were there. The history
starts afresh with every release shown.
"""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from presspad.core.checks import review as core_review
from presspad.core.model.findings import Finding
from presspad.core.model.release import IgnoredFinding

logger = logging.getLogger(__name__)


def qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class _IgnoreChange(QUndoCommand):
    def __init__(self, history: IgnoreHistory, before: list[IgnoredFinding],
                 after: list[IgnoredFinding], text: str) -> None:
        super().__init__(text)
        self.history, self.before, self.after = history, before, after

    def redo(self) -> None:
        self.history.apply(self.after)

    def undo(self) -> None:
        self.history.apply(self.before)


class IgnoreHistory(QObject):
    """The window's ignores: change them as undoable steps; the list dialog; the actions."""

    # The release's ignores changed (ignored, stopped, undone, redone, another release):
    # emitted once the stack has moved, so canUndo()/canRedo() are already right.
    changed = Signal()

    def __init__(self, review) -> None:
        super().__init__(review)
        self.review = review
        self.window = review.window
        self.stack = QUndoStack(self)
        self.act_list = QAction(self.window, triggered=self.open_list)
        self.act_undo = QAction(self.window, triggered=self.stack.undo, enabled=False)
        self.act_redo = QAction(self.window, triggered=self.stack.redo, enabled=False)
        # A slot of ours, not a lambda: Qt drops the connection before it deletes the stack.
        self.stack.indexChanged.connect(self._moved)
        self.translate_ui()

    def actions(self) -> list[QAction]:
        return [self.act_list, self.act_undo, self.act_redo]

    def translate_ui(self) -> None:
        self.act_list.setText(self.tr("I&gnored Findings…"))
        self._update_actions()

    def _moved(self, *_index: int) -> None:
        """A step was done, undone or redone (the stack has moved): tell the list."""
        self._update_actions()
        self.changed.emit()

    def _update_actions(self) -> None:
        self.act_undo.setEnabled(self.stack.canUndo())
        self.act_redo.setEnabled(self.stack.canRedo())
        undo, redo = self.stack.undoText(), self.stack.redoText()
        self.act_undo.setText(self.tr("Undo {what}").format(what=undo) if undo
                              else self.tr("Undo Ignore"))
        self.act_redo.setText(self.tr("Redo {what}").format(what=redo) if redo
                              else self.tr("Redo Ignore"))

    # ------------------------------------------------------------- changes
    def ignore(self, finding: Finding, reason: str) -> bool:
        """Ignore ``finding`` with ``reason`` (required), signed by the settings' author."""
        release = copy.deepcopy(self.window.release)
        if not core_review.ignore(release, finding, reason,
                                  author=self.window.settings.author_name,
                                  translate=qt_translate):
            return False
        self._push(release.ignored, self.tr("Ignore “{code}”").format(code=finding.code))
        return True

    def stop_ignoring(self, keys: list[tuple[str, str]]) -> int:
        """Stop ignoring the findings ``(code, key)``, as one step; how many there were."""
        release = copy.deepcopy(self.window.release)
        stopped = sum(core_review.stop_ignoring(release, code, key) for code, key in keys)
        if stopped:
            self._push(release.ignored, self.tr("Stop Ignoring {count}").format(count=stopped)
                       if stopped > 1 else self.tr("Stop Ignoring “{code}”").format(
                           code=keys[0][0]))
        return stopped

    def _push(self, after: list[IgnoredFinding], text: str) -> None:
        before = copy.deepcopy(self.window.release.ignored)
        self.stack.push(_IgnoreChange(self, before, copy.deepcopy(after), text))  # redo()s

    def apply(self, entries: list[IgnoredFinding]) -> None:
        self.window.release.ignored = copy.deepcopy(entries)
        self.window.mark_modified()
        self.review.ignores_changed()   # the list hears it once the stack has moved

    def clear(self) -> None:
        """Another release is shown: its ignores have no history here."""
        self.stack.clear()
        self.changed.emit()

    # -------------------------------------------------------------- dialog
    def open_list(self) -> None:
        from presspad.gui.dialogs.ignored_list_dialog import IgnoredListDialog

        dialog = IgnoredListDialog(self, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()   # and with it its connections to the history
