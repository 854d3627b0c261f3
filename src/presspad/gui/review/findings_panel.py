"""The findings panel: a table of what the checks found (severity, code, language, message).

Self-contained: it knows nothing of the main window. Clicking a row emits
``finding_activated(Finding)`` (the window selects ``finding.span`` in the
editor of ``finding.lang``, e.g. with :func:`select_span`); double-clicking a
row whose finding has a safe fix emits ``fix_requested(Finding)`` (the window
applies it, e.g. with :func:`apply_fix`, and re-runs the checks).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from presspad.core.model.findings import Finding, Severity, ignored_key
from presspad.core.model.messages import render
from presspad.core.text.positions import locate

logger = logging.getLogger(__name__)

_SEVERITY_COLOURS = {Severity.ERROR: "#c62828", Severity.WARNING: "#b26a00",
                     Severity.INFO: "#1565c0"}
_Index = QModelIndex | QPersistentModelIndex


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class FindingsModel(QAbstractTableModel):
    """Findings as rows: severity, code, language, message, paragraphs (translated)."""

    SEVERITY, CODE, LANG, MESSAGE, PARAGRAPHS = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._bodies: dict[str, str] = {}
        self._pairs: list[str] = []
        self._ignored: dict[tuple[str, str], str] = {}

    def set_findings(self, release: Any, findings: list[Finding],
                     pair_labels: list[str] | None = None,
                     ignored: dict[tuple[str, str], str] | None = None) -> None:
        """Show ``findings``; ``pair_labels[i]`` names the paragraph pair of finding i,
        ``ignored`` maps ``(code, key)`` of ignored findings to the reviewer's reason."""
        self.beginResetModel()
        self._findings = list(findings)
        self._pairs = list(pair_labels or [""] * len(self._findings))
        self._ignored = dict(ignored or {})
        self._bodies = {lang: release.body(lang) for lang in ("en", "ru")} if release else {}
        self.endResetModel()

    def ignored_reason(self, finding: Finding) -> str | None:
        """The reason a reviewer gave for ignoring ``finding``, or None if it is not ignored."""
        key = ignored_key(finding, self._ignored)
        return None if key is None else self._ignored[(finding.code, key)]

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Severity"), self.tr("Code"), self.tr("Language"),
                self.tr("Message"), self.tr("Paragraphs")][section]

    def _severity_text(self, severity: Severity) -> str:
        return {Severity.ERROR: self.tr("error"), Severity.WARNING: self.tr("warning"),
                Severity.INFO: self.tr("info")}[severity]

    def _lang_text(self, lang: str) -> str:
        return {"en": self.tr("English"), "ru": self.tr("Russian")}.get(lang, lang)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self._findings[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SEVERITY:
                return self._severity_text(finding.severity)
            if column == self.CODE:
                return finding.code
            if column == self.LANG:
                return self._lang_text(finding.lang)
            if column == self.PARAGRAPHS:
                return self._pairs[index.row()] if index.row() < len(self._pairs) else ""
            message = render(finding.code, finding.params, finding.lang, _translate)
            reason = self.ignored_reason(finding)
            if reason is not None:
                message = self.tr("[ignored: {reason}] {message}").format(
                    reason=reason or "—", message=message)
            return message
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.ignored_reason(finding) is not None:
                return QBrush(QColor("#8a8a8a"))
            if column == self.SEVERITY:
                return QBrush(QColor(_SEVERITY_COLOURS[finding.severity]))
        if role == Qt.ItemDataRole.ToolTipRole:
            body = self._bodies.get(finding.lang, "")
            where = locate(body, finding.span.start)
            tip = self.tr("Paragraph {0}, line {1}, column {2}").format(
                where.paragraph, where.line, where.column)
            if finding.fix is not None:
                tip += "\n" + self.tr("Double-click to apply the fix")
            return tip
        return None


RESIZE_PRECISION = 64   # rows measured to size a column (Qt's default: 1,000)


class FindingsPanel(QWidget):
    """A table of findings; click to go to one, double-click to fix it."""

    finding_activated = Signal(object)   # Finding
    fix_requested = Signal(object)       # Finding with a fix

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Columns sized from the first rows, not all of them: with 3,000 findings
        # (a 10k-word release) measuring every row took 0.1–0.3 s of the key
        # being typed when the results arrived.
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.clicked.connect(self._on_clicked)
        self.view.doubleClicked.connect(self._on_double_clicked)
        self.setWindowTitle(self.tr("Findings"))

    def set_findings(self, release: Any, findings: list[Finding],
                     pair_labels: list[str] | None = None,
                     ignored: dict[tuple[str, str], str] | None = None) -> None:
        """Show ``findings`` (of ``release``, used for line/column tooltips)."""
        self.model.set_findings(release, findings, pair_labels, ignored)

    def current_finding(self) -> Finding | None:
        index = self.view.currentIndex()
        return self.model.finding(index.row()) if index.isValid() else None

    def findings(self) -> list[Finding]:
        return [self.model.finding(row) for row in range(self.model.rowCount())]

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.finding_activated.emit(self.model.finding(index.row()))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            finding = self.model.finding(index.row())
            if finding.fix is not None:
                self.fix_requested.emit(finding)


def select_span(editor: QPlainTextEdit, start: int, end: int) -> None:
    """Select characters ``start``..``end`` of a plain-text editor and show them."""
    cursor = editor.textCursor()
    length = len(editor.toPlainText())
    cursor.setPosition(max(0, min(start, length)))
    cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


def apply_fix(editor: QPlainTextEdit, finding: Finding) -> bool:
    """Apply ``finding.fix`` in ``editor`` as one undoable edit; False if it no longer fits."""
    fix = finding.fix
    if fix is None:
        return False
    text = editor.toPlainText()
    if fix.span.end > len(text):
        return False
    cursor = editor.textCursor()
    cursor.beginEditBlock()
    cursor.setPosition(fix.span.start)
    cursor.setPosition(fix.span.end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(fix.replacement)
    cursor.endEditBlock()
    editor.setTextCursor(cursor)
    return True
