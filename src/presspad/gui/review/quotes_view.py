"""The "Quotes" view: each English quote beside its Russian counterpart.

``QuotesView.set_pairs(pairs)`` lists the quote pairs the
check worker computed (the ones the checks judged) side by side with their
speakers; a missing counterpart or a speaker that differs is marked, and a
pair whose speakers neither the directory nor the spelling links is "unsure"
(the tooltip says why).
Clicking a cell emits ``quote_activated(lang, start, end)`` so the window
can select the quote in that language's editor.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the quote engine loads when the view is first filled
    from presspad.core.quotes.pairing import QuotePair

logger = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
_PROBLEM = QColor("#fde0dc")


class QuotePairsModel(QAbstractTableModel):
    """Rows of quote pairs: English quote, speaker, Russian quote, speaker, status."""

    EN_TEXT, EN_SPEAKER, RU_TEXT, RU_SPEAKER, STATUS = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pairs: list[QuotePair] = []

    def set_pairs(self, pairs: list[QuotePair]) -> None:
        self.beginResetModel()
        self.pairs = list(pairs)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("English quote"), self.tr("Speaker"), self.tr("Russian quote"),
                self.tr("Speaker"), self.tr("Status")][section]

    def status(self, pair: QuotePair) -> str:
        if pair.en is None:
            return self.tr("no English counterpart")
        if pair.ru is None:
            return self.tr("no Russian counterpart")
        if pair.same_speaker is False:   # as the quote checks judged it
            return self.tr("different speakers")
        if pair.same_speaker is None:
            # Matched only when the directory or the spelling links the two speakers:
            # a wrong "matched" would cost the reader's trust in every other row.
            return self.tr("unsure")
        return self.tr("matched")

    def why_unsure(self, pair: QuotePair) -> str:
        """Why two counterpart quotes are not shown as said by the same person."""
        if not pair.en.speaker or not pair.ru.speaker:
            return self.tr("No speaker found in the English version.") if not pair.en.speaker \
                else self.tr("No speaker found in the Russian version.")
        if "document" in (pair.en.how, pair.ru.how):
            return self.tr("The source is a document, not a person.")
        return self.tr("Neither the partner directory nor the spelling shows that "
                       "{0} and {1} are the same person.").format(pair.en.speaker,
                                                                  pair.ru.speaker)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        pair = self.pairs[index.row()]
        column = index.column()
        quote = pair.en if column in (self.EN_TEXT, self.EN_SPEAKER) else pair.ru
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STATUS:
                return self.status(pair)
            if quote is None:
                return "—"
            if column in (self.EN_TEXT, self.RU_TEXT):
                return " ".join(quote.text.split())
            return quote.speaker or self.tr("(unknown)")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATUS and \
                pair.en is not None and pair.ru is not None and pair.same_speaker is None:
            return self.why_unsure(pair)
        if role == Qt.ItemDataRole.ToolTipRole and quote is not None and \
                column != self.STATUS:
            return f"{quote.speaker or ''}\n{quote.title or ''}".strip() or None
        if role == Qt.ItemDataRole.BackgroundRole and self.status(pair) != self.tr("matched"):
            return QBrush(_PROBLEM)
        return None


class QuotesView(QWidget):
    """English and Russian quotes side by side."""

    quote_activated = Signal(str, int, int)   # lang, start, end in that body

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QuotePairsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(QuotePairsModel.EN_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(QuotePairsModel.RU_TEXT, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.clicked.connect(self._on_clicked)
        self.setWindowTitle(self.tr("Quotes"))

    def set_pairs(self, pairs: list) -> None:
        """List the quote pairs the check worker computed (English beside Russian)."""
        self.model.set_pairs(pairs)
        self.view.resizeRowsToContents()

    def _on_clicked(self, index: QModelIndex) -> None:
        if not index.isValid() or index.column() == QuotePairsModel.STATUS:
            return
        pair = self.model.pairs[index.row()]
        quote = pair.en if index.column() <= QuotePairsModel.EN_SPEAKER else pair.ru
        if quote is not None:
            self.quote_activated.emit(quote.lang, quote.start, quote.end)
