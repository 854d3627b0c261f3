"""Two editors saved the same partner: show both versions, let this one choose.

The store refused the second save (:class:`~presspad.core.directory.store.EditConflict`);
nothing was overwritten. This dialog puts the fields side by side — what you
typed, what your colleague saved — with the differences marked, and asks
which one the directory keeps.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from presspad.core.directory.model import Entry

MINE, THEIRS = "mine", "theirs"


class ConflictDialog(QDialog):
    """Yours and theirs, field by field; :attr:`choice` is MINE or THEIRS after exec()."""

    def __init__(self, mine: Entry, theirs: Entry | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Partner changed by someone else"))
        self.choice = THEIRS
        if theirs is None:
            intro = self.tr("Someone deleted “{name}” after you opened it. Add your version "
                            "again, or leave it deleted?").format(name=mine.label())
        else:
            intro = self.tr("Someone saved “{name}” after you opened it. Nothing was "
                            "overwritten. Which version should the directory keep?").format(
                                name=theirs.label())
        text = QLabel(intro, self)
        text.setWordWrap(True)

        mine_fields = self._fields(mine)
        theirs_fields = dict(self._fields(theirs))
        self.table = QTableWidget(len(mine_fields), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Yours"), self.tr("Theirs")])
        self.table.setVerticalHeaderLabels([label for label, _ in mine_fields])
        highlight = QBrush(self.palette().color(QPalette.ColorRole.Highlight).lighter(170))
        self.differences = 0
        for row, (label, value) in enumerate(mine_fields):
            other = theirs_fields.get(label, "") if theirs is not None else self.tr("(deleted)")
            cells = (QTableWidgetItem(value), QTableWidgetItem(other))
            for column, cell in enumerate(cells):
                if value != other:
                    cell.setBackground(highlight)
                self.table.setItem(row, column, cell)
            self.differences += value != other
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumSize(560, 240)

        buttons = QDialogButtonBox(self)
        self.keep_mine = buttons.addButton(
            self.tr("Save Mine") if theirs is not None else self.tr("Add Mine Again"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_theirs = buttons.addButton(
            self.tr("Keep Theirs") if theirs is not None else self.tr("Leave Deleted"),
            QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_mine.clicked.connect(lambda: self._choose(MINE))
        self.keep_theirs.clicked.connect(lambda: self._choose(THEIRS))

        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _fields(self, entry: Entry | None) -> list[tuple[str, str]]:
        if entry is None:
            return []
        titles = "; ".join(" / ".join(p for p in (t.en, t.ru) if p)
                           + (f" ({t.org_name})" if t.org_name else "") for t in entry.titles)
        return [
            (self.tr("English name"), entry.en), (self.tr("Russian name"), entry.ru),
            (self.tr("Short forms"), ", ".join(entry.short_en + entry.short_ru)),
            (self.tr("Wrong variants"), ", ".join(entry.variants_en + entry.variants_ru)),
            (self.tr("Titles"), titles), (self.tr("Gender"), entry.gender),
            (self.tr("Note"), entry.note)]

    def _choose(self, choice: str) -> None:
        self.choice = choice
        (self.accept if choice == MINE else self.reject)()
