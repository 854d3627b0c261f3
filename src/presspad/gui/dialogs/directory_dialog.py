"""The directory window: search, add, edit, delete and merge partners; import/export.

:class:`DirectoryDialog` works on a :class:`presspad.core.directory.store.Directory`
(the user's file or the team's PostgreSQL database; an offline server's copy
opens read-only). When a colleague saved an entry after it was opened here,
:class:`~.conflict_dialog.ConflictDialog` shows both versions and asks. Every
change is one transaction in the store; after each the dialog emits
:attr:`DirectoryDialog.changed` so the main window can refresh what depends on
the directory (completers, checks).
Errors (a locked or read-only shared file, a broken CSV/TBX) are shown as the
one-line message of the :class:`PresspadError`, and nothing is half-written.

The actions are plain methods (:meth:`add_entry`, :meth:`delete_selected`,
:meth:`merge_selected`, :meth:`import_from`, :meth:`export_to`) so they can be
driven without the modal sub-dialogs, which are created by overridable
factory methods.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from presspad.core.directory.model import ORG, PERSON, Entry
from presspad.core.model.errors import PresspadError
from presspad.gui.dialogs.entry_dialog import EntryDialog

logger = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
FILE_FILTER = "CSV (*.csv);;TBX (*.tbx)"


class DirectoryDialog(QDialog):
    """Browse and edit the partner directory."""

    changed = Signal()

    def __init__(self, directory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self.setWindowTitle(self.tr("Partner directory"))
        self.resize(900, 560)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, titles and notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Any name, short form or title, English or Russian "
                                       "(any case, ё = е) (Ctrl+F)"))
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)
        self.count_label = QLabel()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All partners"), None)
        self.kind.addItem(self.tr("Organisations"), ORG)
        self.kind.addItem(self.tr("People"), PERSON)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Kind"), self.tr("English"), self.tr("Russian"),
            self.tr("Short forms"), self.tr("Titles")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())

        self.add_org_button = QPushButton(self.tr("Add organisation…"))
        self.add_person_button = QPushButton(self.tr("Add person…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.merge_button = QPushButton(self.tr("Merge duplicates"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export…"))
        close = QPushButton(self.tr("Close"))
        self.add_org_button.clicked.connect(lambda: self.add_new(ORG))
        self.add_person_button.clicked.connect(lambda: self.add_new(PERSON))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        close.clicked.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.add_org_button, self.add_person_button, self.edit_button,
                       self.delete_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.use_directory(directory)

    def use_directory(self, directory) -> None:
        """Show ``directory`` (the store the app now has: a server back, or its copy)."""
        self.directory = directory
        self.refresh()
        writable = not directory.readonly
        for button in (self.add_org_button, self.add_person_button, self.import_button):
            button.setEnabled(writable)
        self._update_buttons()
        self.setWindowTitle(self.tr("Partner directory") if writable
                            else self.tr("Partner directory (read-only)"))

    # -- listing -------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the table from the store, keeping the search and kind filters."""
        text = self.search.text().strip()
        kind = self.kind.currentData()
        try:
            entries = (self.directory.search(text, kind) if text
                       else self.directory.entries(kind))
        except PresspadError as exc:
            self.show_error(exc)
            entries = []
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(entries))
        kinds = {ORG: self.tr("organisation"), PERSON: self.tr("person")}
        for row, entry in enumerate(entries):
            cells = [
                kinds[entry.kind], entry.en, entry.ru,
                ", ".join(entry.short_en + entry.short_ru),
                "; ".join(" / ".join(p for p in (t.en, t.ru) if p) for t in entry.titles),
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, entry.id)
                if entry.note:
                    item.setToolTip(entry.note)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        self._show_count(len(entries), filtered=bool(text) or kind is not None)
        self._update_buttons()

    def _show_count(self, shown: int, filtered: bool) -> None:
        if not filtered:
            self.count_label.setText(self.tr("{count} partners").format(count=shown))
        elif shown == 0:
            self.count_label.setText(self.tr("No partners match"))
        else:
            try:
                total = self.directory.count()
            except PresspadError:
                total = "?"
            self.count_label.setText(self.tr("{shown} of {total} partners").format(
                shown=shown, total=total))

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field, its text selected."""
        self.search.setFocus()
        self.search.selectAll()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.table.item(row, 0).data(ID_ROLE) for row in rows]

    def select_ids(self, ids: list[int]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) in ids:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def _update_buttons(self) -> None:
        count = len(self.selected_ids())
        writable = not self.directory.readonly
        self.edit_button.setEnabled(writable and count == 1)
        self.delete_button.setEnabled(writable and count >= 1)
        self.merge_button.setEnabled(writable and count >= 2)

    # -- actions (callable without the modal sub-dialogs) ----------------------

    def _write(self, action) -> bool:
        """Run one store write; a colleague's save meanwhile asks whose version wins."""
        from presspad.core.directory.store import EditConflict

        try:
            action()
        except EditConflict as conflict:
            return self._resolve(conflict)
        except PresspadError as exc:
            self.show_error(exc)
            return False
        self.refresh()
        self.changed.emit()
        return True

    def add_entry(self, entry: Entry) -> bool:
        return self._write(lambda: self.directory.add(entry))

    def update_entry(self, entry: Entry) -> bool:
        """Save an edited entry (see :meth:`_write` for a colleague's save meanwhile)."""
        return self._write(lambda: self.directory.update(entry))

    def _resolve(self, conflict) -> bool:
        from presspad.gui.dialogs.conflict_dialog import MINE

        if self.conflict_choice(conflict) != MINE:
            self.refresh()           # theirs stays; show it
            self.changed.emit()
            return False
        mine = conflict.mine
        if conflict.theirs is None:  # deleted meanwhile: add it back as a new entry
            mine.id, mine.version = None, 0
            return self.add_entry(mine)
        mine.version = conflict.theirs.version   # seen theirs: now save over it
        return self.update_entry(mine)

    def conflict_choice(self, conflict) -> str:
        """Ask whose version to keep (a method, so tests can answer it)."""
        from presspad.gui.dialogs.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(conflict.mine, conflict.theirs, self)
        dialog.exec()
        return dialog.choice

    def delete_selected(self, confirm: bool = True) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        if confirm and not self.ask(self.tr("Delete {count} partner(s)?").format(count=len(ids))):
            return False

        def delete() -> None:
            for entry_id in ids:
                self.directory.delete(entry_id)
        return self._write(delete)

    def merge_selected(self, confirm: bool = True) -> bool:
        """Fold the selected entries into the oldest one (the lowest id)."""
        ids = sorted(self.selected_ids())
        if len(ids) < 2:
            return False
        entries = [self.directory.get(i) for i in ids]
        if len({e.kind for e in entries if e}) > 1:
            self.show_error(PresspadError(self.tr(
                "an organisation and a person cannot be merged")))
            return False
        keep = entries[0]
        if confirm and not self.ask(self.tr(
                "Merge {count} partners into “{name}”? Their names become its short "
                "forms.").format(count=len(ids), name=keep.label())):
            return False
        return self._write(lambda: self.directory.merge(ids[0], ids[1:]))

    def import_from(self, path: str) -> tuple[int, int] | None:
        from presspad.core.directory.exchange import import_file

        result: list[tuple[int, int]] = []
        if not self._write(lambda: result.append(import_file(self.directory, path))):
            return None
        return result[0]

    def export_to(self, path: str) -> int | None:
        from presspad.core.directory.exchange import export_file

        try:
            return export_file(self.directory, path)
        except PresspadError as exc:
            self.show_error(exc)
            return None

    # -- interactive wrappers ------------------------------------------------------

    def entry_dialog(self, entry: Entry) -> EntryDialog:
        """The form for one entry (a factory, so tests can replace it)."""
        return EntryDialog(entry, self.directory.entries(ORG), self)

    def add_new(self, kind: str) -> None:
        dialog = self.entry_dialog(Entry(kind=kind))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_entry(dialog.entry())

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        entry = self.directory.get(ids[0]) if len(ids) == 1 else None
        if entry is None:
            return
        dialog = self.entry_dialog(entry)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.update_entry(dialog.entry())

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import partners"), "", FILE_FILTER)
        if path:
            counts = self.import_from(path)
            if counts is not None:
                QMessageBox.information(self, self.tr("Import"), self.tr(
                    "{added} added, {updated} updated.").format(added=counts[0],
                                                                 updated=counts[1]))

    def choose_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export partners"),
                                                   "partners.csv", FILE_FILTER)
        if path:
            if "." not in path.rsplit("/", 1)[-1]:
                path += ".tbx" if "tbx" in chosen.lower() else ".csv"
            self.export_to(path)

    def ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Partner directory"), question)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, error: PresspadError) -> None:
        QMessageBox.warning(self, self.tr("Partner directory"), error.user_message())
