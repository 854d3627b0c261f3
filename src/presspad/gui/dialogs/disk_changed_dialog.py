"""Another program changed the open release on disk: reload, keep mine, or compare.

With nothing unsaved here, the file is simply reloaded and the status bar
says so (what every editor does). With unsaved changes, a dialog says what
each choice does; Compare shows, language by language, how the file on disk
differs from the text here before the user decides.
"""

from __future__ import annotations

import difflib
import html
import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LANGS, Release

logger = logging.getLogger(__name__)

RELOAD, KEEP, COMPARE = "reload", "keep", "compare"


class DiskChange(QObject):
    """The window's answer to its file changing on disk."""

    def __init__(self, window, ask=None) -> None:
        super().__init__(window)
        self.window = window
        # ``ask(path)`` replaces the question in tests; it returns RELOAD or KEEP.
        self.ask = ask or self.ask_what_to_do

    def handle(self, path: Path) -> str:
        """React to ``path`` changing under the window; returns what was done."""
        window = self.window
        if not path.exists():
            window.statusBar().showMessage(self.tr(
                "{name} was deleted or moved by another program; Save writes it again").format(
                    name=path.name), 15000)
            choice = KEEP
        elif not window.isWindowModified():
            if window.open_path(path):
                window.statusBar().showMessage(self.tr(
                    "{name} was changed by another program and has been reloaded").format(
                        name=path.name), 10000)
                return RELOAD
            choice = KEEP   # the new file cannot be read: the text here is all there is
        else:
            choice = self.ask(path)
            if choice == RELOAD and window.open_path(path):
                return RELOAD
        # Keeping ours: it now differs from the disk, so it counts as unsaved.
        window.setWindowModified(True)
        for pane in window.panes.values():
            pane.editor.document().setModified(True)
        window.autosaver.schedule()
        return KEEP

    def ask_what_to_do(self, path: Path) -> str:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("File Changed on Disk"))
        box.setText(self.tr("{name} was changed by another program, and you have unsaved "
                            "changes here.").format(name=path.name))
        box.setInformativeText(self.tr(
            "Reload shows the file as it is now; your unsaved changes here are lost.\n"
            "Keep Mine goes on with your text; saving it replaces the other program's "
            "changes.\nCompare shows the differences first."))
        reload_button = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.DestructiveRole)
        keep_button = box.addButton(self.tr("Keep Mine"), QMessageBox.ButtonRole.RejectRole)
        compare_button = box.addButton(self.tr("Compare…"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(keep_button)
        while True:
            box.exec()
            clicked = box.clickedButton()
            if clicked is reload_button:
                return RELOAD
            if clicked is compare_button:
                choice = self.compare(path)
                if choice is not None:
                    return choice
                continue
            return KEEP

    def compare(self, path: Path) -> str | None:
        """Show the differences; RELOAD or KEEP if decided there, None to ask again."""
        from presspad.core.formats.loading import load_any

        try:
            on_disk = load_any(path)
        except PresspadError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot Compare"), exc.user_message())
            return None
        dialog = CompareDialog(on_disk, self.window.current_release(), path.name, self.window)
        dialog.exec()
        return dialog.choice


def diff_html(on_disk: Release, mine: Release, labels: dict[str, str]) -> str:
    """The line differences of titles and bodies, per language, as escaped HTML."""
    parts = []
    for lang in LANGS:
        theirs = [on_disk.title(lang), "", *on_disk.body(lang).splitlines()]
        ours = [mine.title(lang), "", *mine.body(lang).splitlines()]
        lines = list(difflib.unified_diff(theirs, ours, lineterm="", n=1))[2:]
        parts.append(f"<h3>{html.escape(labels[lang])}</h3>")
        if not lines:
            parts.append(f"<p><i>{html.escape(labels['same'])}</i></p>")
            continue
        rows = []
        for line in lines:
            colour = {"-": "#fbe3e3", "+": "#e3f6e3", "@": "#eef2f8"}.get(line[:1], "")
            style = f' style="background:{colour}"' if colour else ""
            rows.append(f"<div{style}>{html.escape(line) or '&nbsp;'}</div>")
        parts.append('<div style="font-family:monospace; white-space:pre-wrap">'
                     + "".join(rows) + "</div>")
    return "".join(parts)


class CompareDialog(QDialog):
    """The file on disk (−) against the text here (+), with the two choices."""

    def __init__(self, on_disk: Release, mine: Release, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Compare with {name} on Disk").format(name=name))
        self.resize(900, 640)
        legend = QLabel(self.tr("Lines marked − are in the file on disk, lines marked + are "
                                "in your unsaved text."), self)
        legend.setWordWrap(True)
        self.view = QTextBrowser(self)
        self.view.setObjectName("diffView")
        labels = {"en": self.tr("English"), "ru": self.tr("Russian"),
                  "same": self.tr("No differences")}
        self.view.setHtml(diff_html(on_disk, mine, labels))
        buttons = QDialogButtonBox(self)
        reload_button = QPushButton(self.tr("Reload"), self)
        keep_button = QPushButton(self.tr("Keep Mine"), self)
        buttons.addButton(reload_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        reload_button.clicked.connect(lambda: self._choose(RELOAD))
        keep_button.clicked.connect(lambda: self._choose(KEEP))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(legend)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
