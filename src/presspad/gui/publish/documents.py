"""File → Export To → Word Document… / PDF…, and File → Print… (Ctrl+P).

Each asks which languages (both side by side, English or Russian), then where
to save (or which printer); a failure is said in a message box and writes
nothing. The Word file pairs the two languages' paragraphs by the alignment the
check worker computed last (the GUI aligns nothing itself), when it was computed
for the text being exported; otherwise by order. The PDF and the printout are laid
out by :mod:`presspad.gui.publish.pdf_export`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox

from presspad.core.model.errors import PresspadError
from presspad.core.model.release import Release
from presspad.core.storage.textio import atomic_write_bytes

logger = logging.getLogger(__name__)


def paragraph_pairs(window, release: Release) -> list[tuple[tuple[int, ...], ...]] | None:
    """The last check's paragraph alignment if it was made for these bodies, else None."""
    review = getattr(window, "review", None)
    checked, result = (getattr(review, "last_release", None), getattr(review, "last_result", None))
    if checked is None or result is None or not result.beads:
        return None
    if (checked.en.body, checked.ru.body) != (release.en.body, release.ru.body):
        logger.info("the text changed since the last check: Word rows paired by order")
        return None
    return [(tuple(bead.en), tuple(bead.ru)) for bead in result.beads]


class DocumentExports(QObject):
    """The Word, PDF and print actions of one window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(window)
        self.act_docx = QAction(window, triggered=lambda: self.export_dialog("docx"))
        self.act_pdf = QAction(window, triggered=lambda: self.export_dialog("pdf"))
        self.menu.addActions([self.act_docx, self.act_pdf])
        self.act_print = QAction(window, triggered=self.print_dialog)
        self.act_print.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        window.installEventFilter(self)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.menu.setTitle(self.tr("Export &To"))
        self.act_docx.setText(self.tr("&Word Document…"))
        self.act_pdf.setText(self.tr("&PDF…"))
        self.act_print.setText(self.tr("&Print…"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        return False

    # --------------------------------------------------------------- choosing
    def choices(self) -> dict[str, str | None]:
        return {self.tr("Both languages, side by side"): None,
                self.tr("English"): "en", self.tr("Russian"): "ru"}

    def ask_languages(self, title: str) -> tuple[bool, str | None]:
        """(chosen, lang): lang None means both side by side."""
        choices = self.choices()
        item, ok = QInputDialog.getItem(self.window, title, self.tr("Languages:"),
                                        list(choices), 0, False)
        return (bool(ok) and item in choices), choices.get(item)

    def export_dialog(self, fmt: str) -> None:
        title = self.tr("Export Word Document") if fmt == "docx" else self.tr("Export PDF")
        chosen, lang = self.ask_languages(title)
        if not chosen:
            return
        stem = self.window.path.stem if self.window.path else "release"
        if lang:
            stem += f".{lang}"
        folder = self.window.path.parent if self.window.path else Path.home()
        kind = (self.tr("Word documents (*.docx)") if fmt == "docx"
                else self.tr("PDF documents (*.pdf)"))
        name, _ = QFileDialog.getSaveFileName(self.window, title,
                                              str(folder / f"{stem}.{fmt}"), kind)
        if name:
            self.export_to(Path(name), fmt, lang)

    # ---------------------------------------------------------------- writing
    def export_to(self, path: Path, fmt: str, lang: str | None) -> bool:
        """Write the Word file or PDF atomically; on failure say why and write nothing."""
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        release = self.window.current_release()
        try:
            # Imported when used: Word, PDF and printing are not needed to show the window.
            if fmt == "docx":
                from presspad.core.formats.docx_export import export_docx

                base = self.window.path.parent if self.window.path else None
                pairs = paragraph_pairs(self.window, release) if lang is None else None
                atomic_write_bytes(path, export_docx(release, [lang] if lang else None,
                                                     pairs=pairs, base_dir=base))
            else:
                from presspad.gui.publish.pdf_export import write_pdf

                write_pdf(release, lang, path)
        except PresspadError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot Export"), exc.user_message())
            return False
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot Export"),
                                f"{path}: {exc.strerror or exc}")
            return False
        self.window.statusBar().showMessage(
            self.tr("Exported {name}").format(name=path.name), 5000)
        return True

    def print_dialog(self) -> bool:
        chosen, lang = self.ask_languages(self.tr("Print"))
        if not chosen:
            return False
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from presspad.gui.publish.pdf_export import print_document

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            print_document(self.window.current_release(), lang, printer)
        except PresspadError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot Print"), exc.user_message())
            return False
        self.window.statusBar().showMessage(self.tr("Sent to the printer"), 5000)
        return True


def install_document_exports(window, file_menu: QMenu) -> DocumentExports:
    """Add Export To and Print… to the File menu, after File → Export…."""
    exports = DocumentExports(window)
    actions = file_menu.actions()
    after = actions.index(window.publish.act_export) + 1
    before = actions[after] if after < len(actions) else None
    if before is None:
        file_menu.addMenu(exports.menu)
        file_menu.addAction(exports.act_print)
    else:
        file_menu.insertMenu(before, exports.menu)
        file_menu.insertAction(before, exports.act_print)
    return exports
