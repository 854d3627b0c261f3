"""File → Import, File → Export, Copy as HTML and the preview pane."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from presspad.core.formats.exporting import render_with_warnings
from presspad.core.formats.importing import import_sources
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import Release
from presspad.core.storage.textio import atomic_write_text
from presspad.gui.publish.drops import FileDrops

logger = logging.getLogger(__name__)


class PublishActions(QObject):
    """The window's import/export actions and its preview pane."""

    report_written = Signal(str)   # the review report's path, once it is on disk

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.act_import = QAction(window, triggered=self.import_dialog)
        self.act_import.setShortcut(QKeySequence("Ctrl+I"))
        self.act_export = QAction(window, triggered=self.export_dialog)
        self.act_export.setShortcut(QKeySequence("Ctrl+E"))
        self.act_export_report = QAction(window, triggered=self.export_report_dialog)
        self.act_copy_en = QAction(window, triggered=lambda: self.copy_html("en"))
        self.act_copy_ru = QAction(window, triggered=lambda: self.copy_html("ru"))
        self.act_preview = QAction(window, checkable=True, toggled=self._toggle_preview)
        self.act_preview.setShortcut(QKeySequence("Ctrl+Shift+P"))

        # A third pane beside the editors, not a dock: it takes its share of the
        # width instead of squeezing both editors, and its size is remembered
        # with the splitter's. Made when first shown (self.preview), not before
        # the window's first paint.
        self._preview = None

        self.preview_lang_group = QActionGroup(self)
        self.preview_langs: dict[str | None, QAction] = {}
        for lang in ("en", "ru", None):
            act = QAction(window, checkable=True)
            act.triggered.connect(lambda _=False, code=lang: self._set_preview_lang(code))
            self.preview_lang_group.addAction(act)
            self.preview_langs[lang] = act
        self.preview_langs[None].setChecked(True)
        self.preview_lang: str | None = None
        self.drops = FileDrops(window)   # files dropped on the window are opened or imported
        self.translate_ui()

    def translate_ui(self) -> None:
        self.act_import.setText(self.tr("&Import…"))
        self.act_export.setText(self.tr("&Export…"))
        self.act_export_report.setText(self.tr("Export Review &Report…"))
        self.act_copy_en.setText(self.tr("Copy English as &HTML"))
        self.act_copy_ru.setText(self.tr("Copy Russian as H&TML"))
        self.act_preview.setText(self.tr("&Preview"))
        if self._preview is not None:
            self._preview.setAccessibleName(self.tr("Preview"))
        self.preview_langs["en"].setText(self.tr("Preview English"))
        self.preview_langs["ru"].setText(self.tr("Preview Russian"))
        self.preview_langs[None].setText(self.tr("Preview Both Languages"))

    # ------------------------------------------------------------------- import
    def import_dialog(self) -> None:
        if not self.window.maybe_save():
            return
        names, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import Release"), str(Path.home()),
            self.tr("Site pages, Markdown and Word (*.txt *.md *.docx);;All files (*)"))
        if names:
            self.import_paths(names)

    def import_paths(self, names: list[str]) -> bool:
        """Import one file per language as a new, unsaved release."""
        try:
            release = import_sources(names, None, None)
        except PresspadError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot Import"), exc.user_message())
            return False
        self.window.restore_release(release, None)
        return True

    # ------------------------------------------------------------------- export
    def _filters(self) -> dict[str, tuple[str, str | None]]:
        return {
            self.tr("Website news page, English (*.txt)"): ("site", "en"),
            self.tr("Website news page, Russian (*.txt)"): ("site", "ru"),
            self.tr("HTML page, both languages (*.html)"): ("html", None),
            self.tr("HTML page, English (*.html)"): ("html", "en"),
            self.tr("HTML page, Russian (*.html)"): ("html", "ru"),
            self.tr("Markdown, English (*.md)"): ("md", "en"),
            self.tr("Markdown, Russian (*.md)"): ("md", "ru"),
        }

    def export_dialog(self) -> None:
        filters = self._filters()
        stem = self.window.path.stem if self.window.path else "release"
        start = str((self.window.path.parent if self.window.path else Path.home()) / stem)
        name, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Release"), start, ";;".join(filters))
        if name:
            fmt, lang = filters.get(chosen, ("html", None))
            self.export_to(Path(name), fmt, lang)

    def export_to(self, path: Path, fmt: str, lang: str | None) -> bool:
        """Render and write one export atomically; on failure say why, write nothing."""
        suffix = {"site": ".txt", "html": ".html", "md": ".md"}[fmt]
        if not path.suffix:
            path = path.with_suffix(suffix)
        try:
            text, warnings = render_with_warnings(self.window.current_release(), fmt, lang)
            atomic_write_text(path, text)
        except PresspadError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot Export"), exc.user_message())
            return False
        if warnings:
            # Removed from a site page, or left in Markdown: the user should know either way.
            QMessageBox.information(
                self.window, self.tr("Exported with Warnings"),
                self.tr("Exported {name}. Unsafe HTML in the text:").format(name=path.name)
                + "\n\n" + "\n".join(warnings[:10]))
        self.window.statusBar().showMessage(
            self.tr("Exported {name}").format(name=path.name), 5000)
        return True

    # ------------------------------------------------------------ review report
    def export_report_dialog(self) -> None:
        stem = self.window.path.stem if self.window.path else "release"
        folder = self.window.path.parent if self.window.path else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Review Report"), str(folder / f"{stem}.report.html"),
            self.tr("HTML page (*.html)"))
        if name:
            self.export_report_to(Path(name))

    def export_report_to(self, path: Path) -> None:
        """Write the review report of the text as shown (checked first if it changed)."""
        if not path.suffix:
            path = path.with_suffix(".html")
        self.window.statusBar().showMessage(self.tr("Writing the review report…"))
        self.window.review.with_result(lambda release, result: self._write_report(
            path, release, result))

    def _write_report(self, path: Path, release, result) -> bool:
        from presspad.core.checks.report import render_report
        from presspad.gui.review.ignoring import qt_translate

        if result is None:
            QMessageBox.warning(self.window, self.tr("Cannot Export"),
                                self.tr("The checks failed, so there is no report to write."))
            return False
        name = self.window.path.name if self.window.path else ""
        try:
            page = render_report(release, result, self.window.release.ignored, name=name,
                                 translate=qt_translate)
            atomic_write_text(path, page)
        except PresspadError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot Export"), exc.user_message())
            return False
        self.window.statusBar().showMessage(
            self.tr("Exported the review report to {name}").format(name=path.name), 5000)
        self.report_written.emit(str(path))
        return True

    def copy_html(self, lang: str) -> None:
        """Put the language's sanitized HTML on the clipboard for a CMS editor."""
        from presspad.gui.publish.preview import copy_release_html

        try:
            copy_release_html(self.window.current_release(), lang)
        except PresspadError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot Copy"), exc.user_message())
            return
        self.window.statusBar().showMessage(self.tr("HTML copied to the clipboard"), 5000)

    # ------------------------------------------------------------------ preview
    @property
    def preview(self):
        """The preview pane (a PreviewPane), the splitter's third pane once made."""
        if self._preview is None:
            from presspad.gui.publish.preview import PreviewPane

            self._preview = PreviewPane(self.window)
            self._preview.hide()
            self.window.splitter.addWidget(self._preview)
            self._preview.setAccessibleName(self.tr("Preview"))
        return self._preview

    def _toggle_preview(self, visible: bool) -> None:
        self.preview.setVisible(visible)
        if visible:
            splitter = self.window.splitter
            sizes = splitter.sizes()
            if sizes[-1] < 240:
                # Shown for the first time (or dragged shut): a third of the width.
                total = sum(sizes) or self.window.width()
                splitter.setSizes([total // 3] * 3)
            self.preview.update_from(*self._preview_snapshot())

    def save_state(self, stored) -> None:
        """Remember the preview's visibility and language (the splitter keeps its width)."""
        stored.setValue("preview", self.act_preview.isChecked())
        stored.setValue("preview_lang", self.preview_lang or "both")

    def restore_state(self, stored) -> None:
        """The preview's language and visibility; before the splitter's sizes are
        restored, so a preview shown at the last close gets its width back."""
        lang = stored.value("preview_lang", "both")
        self.preview_lang = lang if lang in ("en", "ru") else None
        self.preview_langs[self.preview_lang].setChecked(True)
        if str(stored.value("preview", "false")).lower() == "true":
            self.act_preview.setChecked(True)

    def _set_preview_lang(self, lang: str | None) -> None:
        self.preview_lang = lang
        if self._preview is not None and self._preview.isVisible():
            self.preview.update_from(*self._preview_snapshot())

    def _preview_snapshot(self) -> tuple[Release, str | None]:
        # The comments are not re-anchored: the preview shows none.
        return self.window.current_release(with_comments=False), self.preview_lang

    def text_changed(self) -> None:
        """Called on every edit; the preview redraws after a pause, only if shown.

        The release is built when the pause is over, not on each key.
        """
        if self.act_preview.isChecked():
            self.preview.schedule_update(self._preview_snapshot)
