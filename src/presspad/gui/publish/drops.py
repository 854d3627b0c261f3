"""Files dropped on the window: opened or imported as File → Open and Import do.

A dropped ``.presspad`` replaces the release (after asking to save unsaved
changes, as Open does). A dropped Markdown, text, site page or Word file holds
one language: the user is asked which pane it goes into (the pane it was
dropped on, else the language it reads as), and it replaces that pane's text,
undoably. Several files at once are imported together, as File → Import does.
Dropped text and links to web pages are still pasted by the editors.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMessageBox

from presspad.core.formats.loading import IMPORTERS
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LANGS, Release
from presspad.core.storage import release_file as storage

logger = logging.getLogger(__name__)

_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
_PANE = "presspadDropPane"   # on each widget watched: its pane's language, "" for the window


def dropped_files(mime) -> list[Path]:
    """The local files a drag carries; empty when it carries anything else too."""
    if mime is None or not mime.hasUrls():
        return []
    urls = mime.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    return [Path(url.toLocalFile()) for url in urls]


class FileDrops(QObject):
    """Watches the window and both panes for dropped files."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)
        self._watch([(window, "")])

    def watch_panes(self) -> None:
        """Watch the editors and titles too (after the first paint: the first
        ``viewport()`` call sets PySide up for every widget type, ~10 ms)."""
        self._watch([(widget, lang) for lang, pane in self.window.panes.items()
                     for widget in (pane.editor.viewport(), pane.title_edit)])

    def _watch(self, targets) -> None:
        for widget, lang in targets:
            # A property, not a dict of widgets: PySide may hand the filter a new wrapper.
            widget.setProperty(_PANE, lang)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() not in _DRAG_EVENTS:
            return False
        pane = watched.property(_PANE)
        files = dropped_files(event.mimeData()) if pane is not None else []
        if not files:
            return False   # text, a web link: the editor pastes it as before
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            self.drop(files, pane or None)
        return True

    # ------------------------------------------------------------------- drops
    def drop(self, files: list[Path], pane: str | None) -> bool:
        """Open or import ``files`` dropped on ``pane`` (None: elsewhere in the window)."""
        known = {storage.SUFFIX, *IMPORTERS}
        unknown = [f for f in files if f.suffix.lower() not in known]
        if unknown:
            self._refuse(unknown[0])
            return False
        if len(files) > 1:
            return self.window.maybe_save() and self.window.publish.import_paths(
                [str(f) for f in files])
        path = files[0]
        if path.suffix.lower() == storage.SUFFIX:
            return self.window.maybe_save() and self.window.open_path(path)
        return self.import_into_pane(path, pane)

    def _refuse(self, path: Path) -> None:
        message = self.tr("presspad cannot open {name}: it opens releases (.presspad), "
                          "Markdown (.md), text and site pages (.txt) and Word files "
                          "(.docx)").format(name=path.name)
        self.window.statusBar().showMessage(message, 8000)
        QMessageBox.warning(self.window, self.tr("Cannot Open"), message)

    def import_into_pane(self, path: Path, pane: str | None) -> bool:
        """Put a one-language file into the pane the user chooses."""
        try:
            release, warnings = _read(path, None)
            found = next(iter(release.langs_present()), None)
        except PresspadError as exc:
            if "English or Russian" not in exc.message:
                return self._cannot_import(exc)
            found = None   # the user says which language it is, below
        chosen = self.ask_pane(path, pane or found or LANGS[0], found)
        if chosen is None:
            return False
        if chosen != found:
            try:
                release, warnings = _read(path, chosen)
            except PresspadError as exc:
                return self._cannot_import(exc)
        self._fill_pane(chosen, release)
        text = self.tr("Imported {name} into the {language} pane").format(
            name=path.name, language=self._language(chosen))
        if warnings:
            QMessageBox.information(self.window, self.tr("Imported with Warnings"),
                                    text + "\n\n" + "\n".join(warnings[:10]))
        self.window.statusBar().showMessage(text, 5000)
        return True

    def ask_pane(self, path: Path, default: str, found: str | None) -> str | None:
        """Which pane ``path`` goes into, or None (cancelled)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import into Which Pane?"),
                          self.tr("Which pane should {name} go into? Its text replaces the "
                                  "pane's text (Undo in the editor brings it back).").format(
                              name=path.name), parent=self.window)
        if found is not None:
            box.setInformativeText(self.tr("It reads as {language}.").format(
                language=self._language(found)))
        buttons = {lang: box.addButton(self._language(lang), QMessageBox.ButtonRole.AcceptRole)
                   for lang in LANGS}
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(buttons[default])
        box.exec()
        return next((lang for lang, button in buttons.items()
                     if box.clickedButton() is button), None)

    def _language(self, lang: str) -> str:
        return {"en": self.tr("English"), "ru": self.tr("Russian")}[lang]

    def _cannot_import(self, exc: PresspadError) -> bool:
        QMessageBox.warning(self.window, self.tr("Cannot Import"), exc.user_message())
        return False

    def _fill_pane(self, lang: str, release: Release) -> None:
        """The imported language into pane ``lang``, as an edit (the release is modified)."""
        version = release.version(next(iter(release.langs_present()), lang))
        pane = self.window.panes[lang]
        pane.title_edit.setText(version.title)
        pane.title_edit.setModified(True)
        pane.editor.set_text_keeping_undo(version.body)

        def take_header(target: Release) -> None:
            into = target.version(lang)
            # What the file holds replaces the pane's; what it lacks stays as it was.
            if version.credit:
                into.credit = version.credit
            if version.media:
                into.media = list(version.media)
            if version.images:
                into.images = list(version.images)
            if release.date is not None and target.date is None:
                target.date = release.date   # a site page's publication date

        # One step of the header's undo, and both panels show it.
        self.window.header.change(self.tr("Import Header"), take_header)
        if version.layout:
            # The page's layout, so that exporting it gives the site's page back.
            self.window.release.version(lang).layout = dict(version.layout)
            self.window.mark_modified()
        pane.changed.emit()


def _read(path: Path, lang: str | None) -> tuple[Release, list[str]]:
    """The file as File → Import reads it, and what a Word file lost on the way."""
    if path.suffix.lower() == ".docx":
        from presspad.core.formats.docx import read_docx

        return read_docx(path, lang)
    from presspad.core.formats.importing import import_one

    return import_one(path, lang), []
