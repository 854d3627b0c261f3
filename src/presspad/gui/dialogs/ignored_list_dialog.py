"""Review → Ignored Findings…: who ignored what and why, and Stop Ignoring, with undo.

One row per ignore saved in the release: the finding's code and language,
what it said when it was ignored, who ignored it, when, and why. Stop
Ignoring acts on the selected rows; Undo and Redo step through the
ignoring history of this release (:class:`~presspad.gui.review.ignoring.IgnoreHistory`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from presspad.core.model.release import LANG_NAMES


class IgnoredListDialog(QDialog):
    """The release's ignored findings, kept current as the history moves."""

    def __init__(self, history, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.setWindowTitle(self.tr("Ignored Findings"))
        self.resize(900, 360)
        self.empty = QLabel(self.tr("No finding is ignored in this release."), self)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Language"), self.tr("What it said"), self.tr("Who"),
            self.tr("When"), self.tr("Why")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.stop_button = QPushButton(self.tr("&Stop Ignoring"), self)
        self.stop_button.clicked.connect(self.stop_selected)
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.clicked.connect(history.stack.undo)
        self.redo_button = QPushButton(self.tr("&Redo"), self)
        self.redo_button.clicked.connect(history.stack.redo)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.stop_button, self.undo_button, self.redo_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        history.changed.connect(self.refresh)
        self.refresh()

    def entries(self) -> list:
        return list(self.history.window.release.ignored)

    def refresh(self) -> None:
        entries = self.entries()
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            lang = LANG_NAMES.get(entry.lang, entry.lang)
            when = entry.at.strftime("%Y-%m-%d %H:%M UTC") if entry.at is not None else ""
            cells = (entry.code, QCoreApplication.translate("Findings", lang) if lang else "",
                     entry.message or entry.key, entry.author, when, entry.reason)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.empty.setVisible(not entries)
        self._update_buttons()

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def stop_selected(self) -> int:
        """Stop ignoring the selected rows (one undo step); how many."""
        entries = self.entries()
        chosen = [entries[row] for row in self.selected_rows() if row < len(entries)]
        return self.history.stop_ignoring([(e.code, e.key) for e in chosen])

    def _update_buttons(self) -> None:
        self.stop_button.setEnabled(bool(self.selected_rows()))
        self.undo_button.setEnabled(self.history.stack.canUndo())
        self.redo_button.setEnabled(self.history.stack.canRedo())
