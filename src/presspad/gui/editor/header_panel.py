"""The release header of one language: date, credit, related links and pictures.

Collapsed, the panel is one line summarising the fields (so the editor keeps
its height); expanded, a form edits them. The panel only shows and asks: the
:class:`presspad.gui.editor.header_undo.HeaderEditing` of the window changes
the release, records the undo step and refreshes both panels (the date is
one field of the release, shown in both).
"""

from __future__ import annotations

import datetime as _dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Qt, Signal

# Only what the collapsed line needs is imported here: the form's widget classes
# are imported where the form is built, because PySide makes each class (and its
# enums) on first import, ~2 ms before the first paint for these.
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from presspad.core.model.release import ImageRef, LangVersion, MediaLink

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton, QTableWidget

logger = logging.getLogger(__name__)

# QDateEdit cannot be empty: its minimum stands for "no date", shown as a special text.
NO_DATE = QDate(1900, 1, 1)
_QT_DATE_TOKENS = {"%Y": "yyyy", "%m": "MM", "%d": "dd", "%y": "yy", "%B": "MMMM",
                   "%b": "MMM", "%e": "d", "%-d": "d", "%-m": "M"}


def qt_date_format(strftime_format: str) -> str:
    """A site profile's strftime format as a Qt display format (``%Y.%m.%d`` → yyyy.MM.dd)."""
    result = strftime_format
    for token, qt in _QT_DATE_TOKENS.items():
        result = result.replace(token, qt)
    return result if "%" not in result else "yyyy-MM-dd"


class ElidedLabel(QLabel):
    """One line that ends in "…" when the pane is narrower than the text (never widens it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight,
                                                   max(0, self.width())))


def _table(parent: QWidget, columns: int) -> QTableWidget:
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

    table = QTableWidget(0, columns, parent)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                          | QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.AnyKeyPressed)
    table.setMinimumHeight(96)
    return table


class HeaderPanel(QWidget):
    """Header fields of one language, collapsible to a summary line."""

    #: the date the user set (None: cleared)
    date_edited = Signal(object)
    #: the credit line, once editing it finished
    credit_edited = Signal(str)
    #: the related links as now listed
    links_edited = Signal(list)
    #: the pictures as now listed
    images_edited = Signal(list)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName(f"header_{lang}")
        self._filling = False
        self._date: _dt.date | None = None
        self._version = LangVersion()

        self.toggle = QToolButton(self, checkable=True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self.set_expanded)
        self.summary = ElidedLabel(self)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toggle)
        top.addWidget(self.summary, 1)
        self._qt_date_format = "yyyy.MM.dd"
        #: filled when the body is built: its credit field's key filter (the header's undo)
        self.undo_filter: QObject | None = None
        self.body_built = False

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addLayout(top)
        self.translate_ui()

    # The form is made when first opened (or asked for): at start-up the panel is
    # one line, and its tables, date field and calendar cost nothing before the
    # first paint.
    _BODY = frozenset({"body", "date_edit", "today_button", "clear_date_button", "credit_edit",
                       "links", "images", "add_link_button", "remove_link_button",
                       "add_image_button", "remove_image_button", "tabs", "form"})

    def __getattr__(self, name: str):
        if name in HeaderPanel._BODY and not self.__dict__.get("body_built", True):
            self._build_body()
            return getattr(self, name)
        raise AttributeError(name)

    def _build_body(self) -> None:
        from PySide6.QtWidgets import QDateEdit, QFormLayout, QLineEdit, QPushButton, QTabWidget

        self.body_built = True
        lang = self.lang
        self.body = QWidget(self)
        self.date_edit = QDateEdit(self.body)
        self.date_edit.setObjectName(f"date_{lang}")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setDate(NO_DATE)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.today_button = QPushButton(self.body)
        self.today_button.clicked.connect(lambda: self.date_edit.setDate(QDate.currentDate()))
        self.clear_date_button = QPushButton(self.body)
        self.clear_date_button.clicked.connect(lambda: self.date_edit.setDate(NO_DATE))
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit, 1)
        date_row.addWidget(self.today_button)
        date_row.addWidget(self.clear_date_button)
        self.credit_edit = QLineEdit(self.body)
        self.credit_edit.setObjectName(f"credit_{lang}")
        # Every key is an edit of the release (merged per word in the undo history):
        # nothing typed waits for the field to lose the focus, so Ctrl+S saves it.
        self.credit_edit.textEdited.connect(self._credit_edited)

        self.links = _table(self.body, 2)
        self.links.itemChanged.connect(self._links_changed)
        self.images = _table(self.body, 3)
        self.images.itemChanged.connect(self._images_changed)
        self.add_link_button, self.remove_link_button = QPushButton(), QPushButton()
        self.add_link_button.clicked.connect(self._add_link)
        self.remove_link_button.clicked.connect(
            lambda: self._remove_rows(self.links, self._links_changed))
        self.add_image_button, self.remove_image_button = QPushButton(), QPushButton()
        self.add_image_button.clicked.connect(self._add_image)
        self.remove_image_button.clicked.connect(
            lambda: self._remove_rows(self.images, self._images_changed))
        self.tabs = QTabWidget(self.body)
        self.tabs.addTab(self._with_buttons(self.links, self.add_link_button,
                                            self.remove_link_button), "")
        self.tabs.addTab(self._with_buttons(self.images, self.add_image_button,
                                            self.remove_image_button), "")

        self.form = QFormLayout(self.body)
        self.form.setContentsMargins(0, 0, 0, 4)
        self.form.addRow("", date_row)
        self.form.addRow("", self.credit_edit)
        self.form.addRow(self.tabs)
        self.body.hide()
        self._layout.addWidget(self.body)
        if self.undo_filter is not None:
            self.credit_edit.installEventFilter(self.undo_filter)
        self.date_edit.setDisplayFormat(self._qt_date_format)
        self._translate_body()
        self._fill_body()

    @staticmethod
    def _with_buttons(table: QTableWidget, add: QPushButton, remove: QPushButton) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return holder

    def translate_ui(self) -> None:
        self.toggle.setText(self.tr("Details"))
        self.toggle.setToolTip(self.tr("Date, credit line, related links and pictures"))
        if self.body_built:
            self._translate_body()
        self._update_summary()

    def _translate_body(self) -> None:
        self._set_label(0, self.tr("Date:"))
        self._set_label(1, self.tr("Credit:"))
        self.date_edit.setSpecialValueText(self.tr("No date"))
        self.today_button.setText(self.tr("Today"))
        self.clear_date_button.setText(self.tr("No Date"))
        self.credit_edit.setPlaceholderText(self.tr("Prepared by … (the photo or the author)"))
        self.links.setHorizontalHeaderLabels([self.tr("Text"), self.tr("Address")])
        self.images.setHorizontalHeaderLabels([self.tr("File or address"), self.tr("Alt text"),
                                               self.tr("Caption")])
        self.add_link_button.setText(self.tr("Add Link"))
        self.remove_link_button.setText(self.tr("Remove"))
        self.add_image_button.setText(self.tr("Add Picture…"))
        self.remove_image_button.setText(self.tr("Remove"))
        self._update_tab_titles()

    def _set_label(self, row: int, text: str) -> None:
        from PySide6.QtWidgets import QFormLayout

        item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            item.widget().setText(text)

    def set_date_format(self, strftime_format: str) -> None:
        self._qt_date_format = qt_date_format(strftime_format)
        if self.body_built:
            self.date_edit.setDisplayFormat(self._qt_date_format)
        self._update_summary()

    # --------------------------------------------------------------- showing
    def show_fields(self, date: _dt.date | None, version: LangVersion) -> None:
        """Show the release's fields (no signals: this is not an edit)."""
        self._date = date
        self._version = version
        if self.body_built:
            self._fill_body()
        self._update_summary()

    def _fill_body(self) -> None:
        date, version = self._date, self._version
        self._filling = True
        try:
            self.date_edit.setDate(QDate(date.year, date.month, date.day) if date else NO_DATE)
            if self.credit_edit.text() != version.credit:
                position = self.credit_edit.cursorPosition()
                self.credit_edit.setText(version.credit)
                self.credit_edit.setCursorPosition(min(position, len(version.credit)))
            self._fill(self.links, [(m.text, m.url) for m in version.media])
            self._fill(self.images, [(i.src, i.alt, i.caption) for i in version.images])
        finally:
            self._filling = False
        self._update_tab_titles()

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        from PySide6.QtWidgets import QTableWidgetItem

        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))

    def _update_tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("Related Links ({count})").format(
            count=len(self._version.media)))
        self.tabs.setTabText(1, self.tr("Pictures ({count})").format(
            count=len(self._version.images)))

    def _update_summary(self) -> None:
        if self._date is None:
            date = self.tr("No date")
        else:
            date = QDate(self._date.year, self._date.month, self._date.day).toString(
                self._qt_date_format)
        parts = [date]
        if self._version.credit:
            parts.append(self._version.credit)
        parts.append(self.tr("links: {count}").format(count=len(self._version.media)))
        parts.append(self.tr("pictures: {count}").format(count=len(self._version.images)))
        self.summary.set_full_text(" · ".join(parts))
        self.summary.setProperty("missingDate", self._date is None)
        self.summary.setStyleSheet("color: palette(link);" if self._date is None else "")

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        if expanded or self.body_built:
            self.body.setVisible(expanded)

    def focus_field(self, name: str) -> None:
        """Open the panel on ``name`` ("date", "credit", "media", "images")."""
        self.set_expanded(True)
        if name == "date":
            self.date_edit.setFocus()
        elif name == "credit":
            self.credit_edit.setFocus()
        elif name in ("media", "images"):
            self.tabs.setCurrentIndex(0 if name == "media" else 1)
            (self.links if name == "media" else self.images).setFocus()

    # --------------------------------------------------------------- editing
    def _date_changed(self, value: QDate) -> None:
        if self._filling:
            return
        date = None if value == NO_DATE else _dt.date(value.year(), value.month(), value.day())
        if date != self._date:
            self.date_edited.emit(date)

    def _credit_edited(self, text: str) -> None:
        if not self._filling and text != self._version.credit:
            self.credit_edited.emit(text)

    @staticmethod
    def _rows(table: QTableWidget) -> list[list[str]]:
        return [[(table.item(r, c).text() if table.item(r, c) else "").strip()
                 for c in range(table.columnCount())] for r in range(table.rowCount())]

    def _links_changed(self, *_args) -> None:
        if not self._filling:
            self.links_edited.emit([MediaLink(text, url) for text, url in self._rows(self.links)
                                    if text or url])

    def _images_changed(self, *_args) -> None:
        if not self._filling:
            self.images_edited.emit([ImageRef(src, alt, caption)
                                     for src, alt, caption in self._rows(self.images) if src])

    def _add_link(self) -> None:
        self.links_edited.emit([*self._version.media, MediaLink(self.tr("New link"), "https://")])
        self.links.setFocus()
        last = self.links.rowCount() - 1
        if last >= 0:
            self.links.setCurrentCell(last, 0)
            self.links.editItem(self.links.item(last, 0))

    def _add_image(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add Picture"), str(Path.home()),
            self.tr("Pictures (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)"))
        if name:
            self.images_edited.emit([*self._version.images, ImageRef(name)])
            last = self.images.rowCount() - 1
            self.images.setCurrentCell(last, 1)
            self.images.editItem(self.images.item(last, 1))

    def _remove_rows(self, table: QTableWidget, changed) -> None:
        rows = sorted({index.row() for index in table.selectedIndexes()}, reverse=True)
        if not rows and table.currentRow() >= 0:
            rows = [table.currentRow()]
        if not rows:
            return
        self._filling = True
        try:
            for row in rows:
                table.removeRow(row)
        finally:
            self._filling = False
        changed()
