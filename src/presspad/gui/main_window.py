"""The main window: English and Russian side by side, the File and Edit menus."""

from __future__ import annotations

import copy
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QWidget,
)

from presspad.core.formats.loading import load_any
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LANGS, Release
from presspad.core.storage import paths
from presspad.core.storage import release_file as storage
from presspad.core.storage.settings import Settings, load_settings, save_settings
from presspad.core.text.stats import count_chars, count_words
from presspad.gui.autosave import Autosaver
from presspad.gui.disk_watcher import DiskWatcher
from presspad.gui.editor.editor_tools import install_editor_tools
from presspad.gui.editor.header_undo import HeaderEditing
from presspad.gui.editor.language_pane import LanguagePane
from presspad.gui.publish.actions import PublishActions
from presspad.gui.publish.documents import install_document_exports
from presspad.gui.review.comments_controller import Comments
from presspad.gui.review.controller import Review

logger = logging.getLogger(__name__)


def make_speller(settings: Settings):
    """The spell engine for the settings' dictionaries (Hunspell, loaded lazily)."""
    from presspad.core.spelling.engine import SpellEngine

    return SpellEngine(tags={"en": settings.spelling_en})


class MainWindow(QMainWindow):
    """One release open at a time, edited in two language panes."""

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or load_settings()
        self.release = Release(profile=self.settings.site_profile)
        self.path: Path | None = None
        self._metadata_modified = False
        self.ready = False  # set once the window is on screen and everything is started

        self._speller = None   # made when first used, after the first paint (spelling.engine)
        self.panes = {lang: LanguagePane(lang, self) for lang in LANGS}
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for pane in self.panes.values():
            self.splitter.addWidget(pane)
            pane.changed.connect(self._on_text_changed)
            pane.editor.set_editor_font(self.settings.editor_font)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.count_labels = {lang: QLabel(self) for lang in LANGS}
        for label in self.count_labels.values():
            self.statusBar().addPermanentWidget(label)
        self._counts_timer = QTimer(self, singleShot=True, interval=250)
        self._counts_timer.timeout.connect(self.update_counts)

        self.autosaver = Autosaver(self, self.settings.autosave_seconds)
        self.disk_watcher = DiskWatcher(self)
        self.disk_watcher.changed_on_disk.connect(self._on_changed_on_disk)

        self._create_actions()
        self.publish = PublishActions(self)
        self.review = Review(self)
        self.header = HeaderEditing(self)
        self.check_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.check_label)
        self._create_menus()
        self.comments = Comments(self)  # its tab, Review menu entry and editor highlights
        self.editor_tools = install_editor_tools(self)   # Find/Replace, Zoom
        self.translate_ui()
        self._restore_geometry()
        self.update_counts()
        self._update_title()

    @property
    def speller(self):
        """The spell engine (its module and word lists are loaded on first use)."""
        if self._speller is None:
            self._speller = make_speller(self.settings)
        return self._speller

    @speller.setter
    def speller(self, engine) -> None:
        self._speller = engine

    # ----------------------------------------------------------------- UI set-up
    def _create_actions(self) -> None:
        def action(slot, shortcut=None) -> QAction:
            act = QAction(self)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(shortcut)
            return act

        self.act_new = action(self.new_release, QKeySequence.StandardKey.New)
        self.act_open = action(self.open_dialog, QKeySequence.StandardKey.Open)
        self.act_save = action(self.save, QKeySequence.StandardKey.Save)
        self.act_save_as = action(self.save_as, QKeySequence.StandardKey.SaveAs)
        self.act_quit = action(self.close, QKeySequence.StandardKey.Quit)
        self.act_undo = action(lambda: self._on_editor("undo"), QKeySequence.StandardKey.Undo)
        self.act_redo = action(lambda: self._on_editor("redo"), QKeySequence.StandardKey.Redo)
        self.act_cut = action(lambda: self._on_editor("cut"), QKeySequence.StandardKey.Cut)
        self.act_copy = action(lambda: self._on_editor("copy"), QKeySequence.StandardKey.Copy)
        self.act_paste = action(lambda: self._on_editor("paste"), QKeySequence.StandardKey.Paste)
        self.act_settings = action(self.open_settings, QKeySequence.StandardKey.Preferences)
        self.act_fix_typography = action(self.fix_all_typography, QKeySequence("Ctrl+Shift+T"))
        self.act_about = action(self.show_about)
        # The editors handle these keys themselves; the menu entries show them.
        for act in (self.act_undo, self.act_redo, self.act_cut, self.act_copy, self.act_paste):
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addActions([self.act_new, self.act_open])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.act_save, self.act_save_as])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.publish.act_import, self.publish.act_export,
                                   self.publish.act_export_report])
        self.documents = install_document_exports(self, self.file_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.act_undo, self.act_redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.act_cut, self.act_copy, self.act_paste])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.publish.act_copy_en, self.publish.act_copy_ru])
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.publish.act_preview)
        self.view_menu.addActions(list(self.publish.preview_langs.values()))
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.review.act_findings, self.review.act_quotes])
        self.review_menu = bar.addMenu("")
        self.review_menu.addActions([self.review.act_check_now, self.review.act_jump])
        self.review_menu.addSeparator()
        self.review_menu.addActions([self.review.act_show_minor, self.review.act_show_ignored])
        self.review_menu.addActions(self.review.ignoring.actions())
        self.review_menu.addSeparator()
        self.review_menu.addAction(self.review.act_directory)
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addAction(self.act_fix_typography)
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.act_settings)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.act_about)

    def translate_ui(self) -> None:
        """Set every visible text (again when the interface language changes)."""
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.act_new.setText(self.tr("&New"))
        self.act_open.setText(self.tr("&Open…"))
        self.act_save.setText(self.tr("&Save"))
        self.act_save_as.setText(self.tr("Save &As…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_undo.setText(self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo"))
        self.act_cut.setText(self.tr("Cu&t"))
        self.act_copy.setText(self.tr("&Copy"))
        self.act_paste.setText(self.tr("&Paste"))
        self.view_menu.setTitle(self.tr("&View"))
        self.review_menu.setTitle(self.tr("&Review"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_settings.setText(self.tr("&Settings…"))
        self.act_fix_typography.setText(self.tr("Fix All &Typography"))
        self.act_about.setText(self.tr("&About presspad"))
        for pane in self.panes.values():
            pane.translate_ui()
        self.publish.translate_ui()
        self.review.translate_ui()
        self.update_counts()
        self._update_title()

    # ------------------------------------------------------------------ document
    def new_release(self) -> None:
        if not self.maybe_save():
            return
        self._show_release(Release(profile=self.settings.site_profile), None)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = str(self.path.parent) if self.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Release"), start,
            self.tr("presspad releases (*.presspad);;Text and Markdown (*.txt *.md);;"
                    "All files (*)"))
        if name:
            self.open_path(name)

    def open_path(self, path: str | Path, on_error=None) -> bool:
        """Open a release; on failure say why and keep what is open now.

        ``on_error(message)`` replaces the warning dialog (e.g. at start-up,
        before the window is shown).
        """
        path = Path(path)
        if path.suffix == storage.SUFFIX and not path.exists() and path.parent.is_dir():
            # `presspad new.presspad`: a new release that is saved there.
            self._show_release(Release(profile=self.settings.site_profile), path)
            self.statusBar().showMessage(
                self.tr("New release {name}: saved there when you save").format(
                    name=path.name), 8000)
            return True
        try:
            release = load_any(path)
        except PresspadError as exc:
            if on_error is not None:
                on_error(exc.user_message())
            else:
                QMessageBox.warning(self, self.tr("Cannot Open"), exc.user_message())
            return False
        # Only .presspad files are saved back in place; imports need Save As.
        self._show_release(release, path if path.suffix == storage.SUFFIX else None)
        if self.path is not None:
            self.settings.add_recent(path)
            # After the window is up: at start-up this write is on the way to the first paint.
            QTimer.singleShot(0, lambda: save_settings(self.settings))
        self.statusBar().showMessage(self.tr("Opened {name}").format(name=path.name), 5000)
        return True

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def _show_release(self, release: Release, path: Path | None) -> None:
        self.release = release
        self.path = path
        for lang, pane in self.panes.items():
            version = release.version(lang)
            pane.set_content(version.title, version.body)
        self.header.load(release)
        self._metadata_modified = False
        self.setWindowModified(False)
        self.autosaver.clear()
        self.disk_watcher.watch(path)
        self.update_counts()
        self._update_title()
        self.review.ignoring.clear()   # undo of ignores: this release's only
        self.review.schedule()

    def mark_modified(self) -> None:
        """The release changed outside the editors (e.g. a finding was ignored)."""
        self._metadata_modified = True
        self.setWindowModified(True)
        self.autosaver.schedule()

    def show_check_summary(self, findings: list) -> None:
        errors = sum(1 for f in findings if f.severity.value == "error")
        warnings = sum(1 for f in findings if f.severity.value == "warning")
        self.check_label.setText(self.tr("{errors} errors, {warnings} warnings").format(
            errors=errors, warnings=warnings))

    def restore_release(self, release: Release, original: Path | None) -> None:
        """Show recovered work: unsaved, and belonging to ``original`` if it had a file."""
        self._show_release(release, original)
        self.setWindowModified(True)
        for pane in self.panes.values():
            pane.editor.document().setModified(True)
        self.autosaver.schedule()

    def current_release(self, with_comments: bool = True) -> Release:
        """The release as shown: the panes' text over the loaded metadata.

        ``with_comments=False`` leaves the comments out (no re-anchoring: the preview)."""
        release = copy.deepcopy(self.release)
        for lang, pane in self.panes.items():
            version = release.version(lang)
            version.title = pane.title()
            version.body = pane.body()
        release.comments = self.comments.reanchored(release) if with_comments else []
        return release

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        start = str(self.path) if self.path else str(Path.home() / self._suggested_name())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Release"), start, self.tr("presspad releases (*.presspad)"))
        if not name:
            return False
        path = Path(name)
        if path.suffix != storage.SUFFIX:
            path = path.with_name(path.name + storage.SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Save atomically; on failure say why and keep everything as it is."""
        self.header.commit_pending()   # a table cell still being edited
        release = self.current_release()
        try:
            storage.save(release, path)
        except PresspadError as exc:
            QMessageBox.critical(self, self.tr("Cannot Save"), exc.user_message())
            return False
        self.release = release
        if path != self.path:
            self.disk_watcher.watch(path)
        self.path = path
        self.disk_watcher.remember_saved()
        for pane in self.panes.values():
            pane.editor.document().setModified(False)
            pane.title_edit.setModified(False)
        self._metadata_modified = False
        self.setWindowModified(False)
        self.autosaver.clear()
        self.settings.add_recent(path)
        save_settings(self.settings)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 5000)
        return True

    def _suggested_name(self) -> str:
        title = self.panes["en"].title() or self.tr("Untitled")
        safe = "".join(c if c.isalnum() or c in " -_" else "" for c in title).strip()
        return (safe[:60] or "release") + storage.SUFFIX

    def maybe_save(self) -> bool:
        """Ask before unsaved changes would be lost; False means "cancel"."""
        self.header.commit_pending()
        if not self.isWindowModified():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved Changes"),
            self.tr("The release has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ------------------------------------------------------------------ settings
    def open_settings(self, page: int = 0) -> None:
        from presspad.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self, page=page)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_settings(dialog.result_settings())

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings at once (language, font, autosave) and store them."""
        language_changed = settings.ui_language != self.settings.ui_language
        review_changed = (settings.directory_path, settings.spelling_enabled,
                          settings.spelling_en, settings.typography_off) != (
            self.settings.directory_path, self.settings.spelling_enabled,
            self.settings.spelling_en, self.settings.typography_off)
        self.settings = settings
        save_settings(settings)
        if settings.spelling_en != self.speller.tags.get("en"):
            self.speller = make_speller(settings)
        for pane in self.panes.values():
            pane.editor.set_editor_font(settings.editor_font)
            pane.editor.set_spell_engine(self.speller, settings.spelling_enabled)
        self.autosaver.set_interval(settings.autosave_seconds)
        if review_changed:
            self.review.settings_changed()
            if self.ready and settings.spelling_enabled:
                self.report_spelling_problems()  # a newly chosen dictionary may be missing
        if language_changed:
            from presspad.gui.i18n import install_translators

            # Qt sends LanguageChange to every widget; changeEvent retranslates.
            install_translators(QApplication.instance(), settings.ui_language)

    def fix_all_typography(self) -> int:
        """Apply every safe typography fix not ignored; each pane's changes are one undo step."""
        from presspad.core.checks.typography import open_body_fixes
        from presspad.gui.editor.fix_all import apply_fixes_to_editor

        total = 0
        for lang, pane in self.panes.items():
            found = open_body_fixes(self.release, pane.body(), lang,
                                    self.settings.typography_off_for(lang))
            total += apply_fixes_to_editor(pane.editor, [f.fix for f in found])
        self.statusBar().showMessage(
            self.tr("{count} typography fixes applied").format(count=total), 5000)
        return total

    def show_about(self) -> None:
        from presspad.gui.dialogs.about_dialog import show_about

        show_about(self)

    # -------------------------------------------------------------------- events
    def event(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self.ready and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.after_first_paint)
        return super().event(event)

    def after_first_paint(self) -> None:
        """Start what the first picture does not need: spelling, the partner
        directory, the check worker. Deferred so the window appears at once."""
        if self.ready:
            return
        self.ready = True
        self.header.show_date_format()
        for pane in self.panes.values():
            pane.editor.set_spell_engine(self.speller, self.settings.spelling_enabled)
        self.publish.drops.watch_panes()
        self.review.load_directory()
        self.review.runner.warm_up()
        if self.settings.spelling_enabled:
            self.report_spelling_problems()

    def report_spelling_problems(self) -> list[str]:
        """Say which dictionary is missing and which package brings it; keep working."""
        from presspad.gui.editor.spelling_problems import spelling_problem_messages

        messages = spelling_problem_messages(self.speller)
        if messages:
            self.statusBar().showMessage(" ".join(messages))
        return messages

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.maybe_save():
            event.ignore()
            return
        self.autosaver.clear()
        self.review.shut_down()
        stored = self._window_settings()   # one read and one write of window.ini
        stored.setValue("geometry", self.saveGeometry())
        stored.setValue("splitter", self.splitter.saveState())
        self.publish.save_state(stored)
        event.accept()

    def _on_text_changed(self) -> None:
        if not hasattr(self, "review"):  # still building the window
            return
        modified = self._metadata_modified or any(
            p.editor.document().isModified() or p.title_edit.isModified()
            for p in self.panes.values())
        self.setWindowModified(modified)
        if modified:
            self.autosaver.schedule()
        self._counts_timer.start()
        self.publish.text_changed()
        self.review.schedule()

    def update_counts(self) -> None:
        for lang, label in self.count_labels.items():
            pane = self.panes[lang]
            words = count_words(pane.title()) + count_words(pane.body())
            label.setText(self.tr("{lang}: {words} words, {chars} characters").format(
                lang=lang.upper(), words=words, chars=count_chars(pane.body())))

    def _on_changed_on_disk(self, path: Path) -> None:
        from presspad.gui.dialogs.disk_changed_dialog import DiskChange

        DiskChange(self).handle(path)

    def _update_title(self) -> None:
        name = self.path.name if self.path else self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — presspad")

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        existing = [p for p in self.settings.recent_files if Path(p).exists()]
        for path in existing:
            act = self.recent_menu.addAction(Path(path).name)
            act.setToolTip(path)
            act.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        if not existing:
            empty = self.recent_menu.addAction(self.tr("No recent releases"))
            empty.setEnabled(False)

    def _open_recent(self, path: str) -> None:
        if self.maybe_save():
            self.open_path(path)

    def _on_editor(self, method: str) -> None:
        # Each pane keeps its own undo history; the menu acts on the focused one.
        widget = QApplication.focusWidget()
        if method in ("undo", "redo") and self.header.owns_focus():
            getattr(self.header.stack, method)()
        elif widget is not None and hasattr(widget, method):
            getattr(widget, method)()

    # ----------------------------------------------------------------- geometry
    def _window_settings(self) -> QSettings:
        # QSettings holds window geometry only; everything else is in settings.json.
        return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        stored = self._window_settings()
        geometry = stored.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1400, 860)
        self.publish.restore_state(stored)   # first: it may add the preview pane
        state = stored.value("splitter")
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([10_000, 10_000, 0])  # equal halves at any width
