"""The form that edits one partner: names, short forms, variants, titles, note.

Used by the directory window for "Add" and "Edit". Lists (short forms,
variants) are edited one item per line. Under the Russian name the dialog
shows its case forms as presspad will offer them, so a wrong guess (a
foreign surname, a gender) is seen at once.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from presspad.core.directory.model import ORG, PERSON, Entry, Title

logger = logging.getLogger(__name__)


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class EntryDialog(QDialog):
    """Edit (or create) one organisation or person; read the result with :meth:`entry`."""

    def __init__(self, entry: Entry, organisations: list[Entry] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = entry
        self._organisations = [o for o in (organisations or []) if o.kind == ORG]
        is_person = entry.kind == PERSON
        self.setWindowTitle(self.tr("Person") if is_person else self.tr("Organisation"))
        self.setMinimumWidth(560)

        self.en = QLineEdit(entry.en)
        self.ru = QLineEdit(entry.ru)
        self.forms = QLabel()
        self.forms.setWordWrap(True)
        self.short_en = self._list_edit(entry.short_en)
        self.short_ru = self._list_edit(entry.short_ru)
        self.variants_en = self._list_edit(entry.variants_en)
        self.variants_ru = self._list_edit(entry.variants_ru)
        self.gender = QComboBox()
        self.gender.addItem(self.tr("guess from the name"), "")
        self.gender.addItem(self.tr("male"), "m")
        self.gender.addItem(self.tr("female"), "f")
        self.gender.setCurrentIndex(max(0, self.gender.findData(entry.gender)))
        self.note = QPlainTextEdit(entry.note)
        self.note.setFixedHeight(60)

        form = QFormLayout()
        form.addRow(self.tr("English name:"), self.en)
        form.addRow(self.tr("Russian name:"), self.ru)
        form.addRow("", self.forms)
        form.addRow(self.tr("Short forms (EN), one per line:"), self.short_en)
        form.addRow(self.tr("Short forms (RU), one per line:"), self.short_ru)
        form.addRow(self.tr("Wrong variants (EN), one per line:"), self.variants_en)
        form.addRow(self.tr("Wrong variants (RU), one per line:"), self.variants_ru)
        if is_person:
            form.addRow(self.tr("Gender:"), self.gender)
        form.addRow(self.tr("Note:"), self.note)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.titles = QTableWidget(0, 3)
        self.titles.setHorizontalHeaderLabels(
            [self.tr("Title (EN)"), self.tr("Title (RU)"), self.tr("Organisation")])
        self.titles.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.titles.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        if is_person:
            layout.addWidget(QLabel(self.tr("Titles:")))
            layout.addWidget(self.titles)
            row = QHBoxLayout()
            add_title = QPushButton(self.tr("Add title"))
            remove_title = QPushButton(self.tr("Remove title"))
            add_title.clicked.connect(lambda: self.add_title_row(Title()))
            remove_title.clicked.connect(self._remove_title_row)
            row.addWidget(add_title)
            row.addWidget(remove_title)
            row.addStretch(1)
            layout.addLayout(row)
            for title in entry.titles:
                self.add_title_row(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_named)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ru.textChanged.connect(self._show_forms)
        self.gender.currentIndexChanged.connect(self._show_forms)
        self._show_forms()

    @staticmethod
    def _list_edit(items: list[str]) -> QPlainTextEdit:
        edit = QPlainTextEdit("\n".join(items))
        edit.setFixedHeight(52)
        return edit

    def add_title_row(self, title: Title) -> None:
        row = self.titles.rowCount()
        self.titles.insertRow(row)
        self.titles.setItem(row, 0, QTableWidgetItem(title.en))
        self.titles.setItem(row, 1, QTableWidgetItem(title.ru))
        combo = QComboBox()
        combo.addItem("", None)
        for org in self._organisations:
            combo.addItem(org.en or org.ru, org.id)
        index = combo.findData(title.org_id) if title.org_id is not None else -1
        if index < 0 and title.org_name:
            index = combo.findText(title.org_name)
        combo.setCurrentIndex(max(0, index))
        self.titles.setCellWidget(row, 2, combo)

    def _remove_title_row(self) -> None:
        row = self.titles.currentRow()
        if row >= 0:
            self.titles.removeRow(row)

    def _show_forms(self) -> None:
        name = self.ru.text().strip()
        if not name:
            self.forms.clear()
            return
        from presspad.core.directory.case_forms import CASES, case_forms

        forms = case_forms(Entry(kind=self._original.kind, ru=name,
                                 gender=self.gender.currentData() or ""))
        self.forms.setText(" · ".join(dict.fromkeys(forms[c] for c in CASES if c in forms)))

    def _accept_if_named(self) -> None:
        if self.en.text().strip() or self.ru.text().strip():
            self.accept()
        else:
            self.en.setFocus()
            self.en.setPlaceholderText(self.tr("an English or a Russian name is needed"))

    def entry(self) -> Entry:
        """The entry as edited (same id, kind and row version as the one given)."""
        titles = []
        for row in range(self.titles.rowCount()):
            en = self.titles.item(row, 0).text() if self.titles.item(row, 0) else ""
            ru = self.titles.item(row, 1).text() if self.titles.item(row, 1) else ""
            combo = self.titles.cellWidget(row, 2)
            org_id = combo.currentData() if isinstance(combo, QComboBox) else None
            if en.strip() or ru.strip():
                titles.append(Title(en.strip(), ru.strip(), org_id))
        return Entry(kind=self._original.kind, en=self.en.text().strip(),
                     ru=self.ru.text().strip(), short_en=_lines(self.short_en),
                     short_ru=_lines(self.short_ru), variants_en=_lines(self.variants_en),
                     variants_ru=_lines(self.variants_ru), titles=titles,
                     gender=self.gender.currentData() if self._original.kind == PERSON else "",
                     note=self.note.toPlainText().strip(), id=self._original.id,
                     # The version it was read at: a colleague's save meanwhile is a conflict.
                     version=self._original.version)
