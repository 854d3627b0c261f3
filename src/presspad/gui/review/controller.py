"""Review: live checks, the findings and quotes panels, aligned scrolling, partners.

The window owns one :class:`Review`. Edits schedule a debounced check run in
a worker thread (:class:`CheckRunner`); its findings fill the findings panel
(with the paragraph pair each belongs to), tint the quotes in the editors and
fill the Quotes view. The partner directory feeds the checks, the spell
engine and the completers.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QVBoxLayout, QWidget

from presspad.core.checks.registry import has_errors
from presspad.core.checks.review import ignored_keys, open_findings
from presspad.core.checks.service import DirectoryLexicon, directory_lexicon
from presspad.core.model.findings import Finding, Severity, ignored_key
from presspad.core.model.release import LANGS, Release
from presspad.core.storage import paths
from presspad.gui.editor.quote_tint import QuoteTinter
from presspad.gui.review.check_runner import CheckRunner
from presspad.gui.review.directory_banner import DirectoryBanner
from presspad.gui.review.findings_panel import FindingsPanel, apply_fix, select_span
from presspad.gui.review.ignoring import IgnoreHistory, qt_translate
from presspad.gui.review.quotes_view import QuotesView
from presspad.gui.review.sync_scroll import ParallelScroller

if TYPE_CHECKING:
    from presspad.core.checks.service import CheckResult

logger = logging.getLogger(__name__)


class Review(QObject):
    """Everything that checks the release while it is edited."""

    lexicon_ready = Signal()  # the directory's names are known words (tests wait on it)
    directory_pending = Signal()  # the live directory's watcher found changes (any thread)
    directory_updated = Signal()  # they are applied: completion sees them (tests wait on it)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        editors = {lang: window.panes[lang].editor for lang in LANGS}
        self.editors = editors
        self.live = None     # LiveDirectory: the directory and its snapshot, kept current
        self.config_version = 0
        self.directory_version = 0   # moved only when the directory is (re)loaded
        self.last_release: Release | None = None
        self.last_findings: list[Finding] = []
        self.last_result: CheckResult | None = None

        self.runner = CheckRunner(self._snapshot, self._config, parent=self)
        self.runner.results_ready.connect(self._show_results)

        self.panel = FindingsPanel(window)
        self.panel.finding_activated.connect(self.go_to)
        self.panel.fix_requested.connect(self.apply_fix)
        self.panel.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.panel.view.customContextMenuRequested.connect(self._panel_menu)
        self.findings_dock = self._dock("findingsDock", self.panel)
        self.quotes_view = QuotesView(window)
        self.quotes_view.quote_activated.connect(
            lambda lang, start, end: self._select(lang, start, end))
        self.quotes_dock = self._dock("quotesDock", self.quotes_view)
        window.tabifyDockWidget(self.findings_dock, self.quotes_dock)
        self.findings_dock.raise_()
        # Fill the Quotes tab when it comes to the front (after Qt has shown it).
        # A dock behind another's tab still answers isVisible() True: its own
        # signal says whether its tab is the one shown.
        self._quotes_shown = False
        self.quotes_dock.visibilityChanged.connect(self._quotes_visibility)

        self.banner = DirectoryBanner(window)
        self.banner.settings_requested.connect(lambda: window.open_settings(page=1))
        self._put_banner_above_editors(window)
        self.directory_pending.connect(self._apply_directory_changes,
                                       Qt.ConnectionType.QueuedConnection)

        self.tinters = {lang: QuoteTinter(editor, lang) for lang, editor in editors.items()}
        self.scroller = ParallelScroller(editors["en"], editors["ru"], parent=self)
        self.completers: dict = {}  # made with the directory, after the first paint
        for editor in editors.values():
            editor.dictionary_changed.connect(self._dictionary_changed)

        self.act_findings = self.findings_dock.toggleViewAction()
        self.act_quotes = self.quotes_dock.toggleViewAction()
        self.act_show_minor = QAction(window, checkable=True, toggled=lambda _: self._refresh())
        self.act_show_ignored = QAction(window, checkable=True,
                                        toggled=lambda _: self._refresh())
        self.act_jump = QAction(window, triggered=lambda: self.scroller.jump_to_counterpart())
        self.act_jump.setShortcut(QKeySequence("Ctrl+J"))
        self.act_check_now = QAction(window, triggered=self.runner.run_now)
        self.act_check_now.setShortcut(QKeySequence("F7"))
        self.act_directory = QAction(window, triggered=self.open_directory_window)
        self.ignoring = IgnoreHistory(self)   # Ignored Findings…, Undo/Redo Ignore
        self.translate_ui()
        # The directory (a database, every name's case forms) and the check
        # worker start once the window is on screen: see MainWindow.after_first_paint.

    def _dock(self, name: str, widget) -> QDockWidget:
        dock = QDockWidget(self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        return dock

    def translate_ui(self) -> None:
        self.findings_dock.setWindowTitle(self.tr("Findings"))
        self.quotes_dock.setWindowTitle(self.tr("Quotes"))
        self.act_show_minor.setText(self.tr("Show &Minor Findings"))
        self.act_show_ignored.setText(self.tr("Show I&gnored Findings"))
        self.act_jump.setText(self.tr("&Jump to Counterpart Paragraph"))
        self.act_check_now.setText(self.tr("&Check Now"))
        self.act_directory.setText(self.tr("Partner &Directory…"))
        self.ignoring.translate_ui()

    # ------------------------------------------------------------ directory
    def _put_banner_above_editors(self, window) -> None:
        # takeCentralWidget, not setCentralWidget alone: that would delete the splitter.
        splitter = window.takeCentralWidget()
        central = QWidget(window)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        window.setCentralWidget(central)

    @property
    def directory(self):
        """The open store (a Directory, or the read-only copy of an offline server)."""
        return self.live.directory if self.live is not None else None

    def load_directory(self) -> None:
        """Open the partner directory chosen in the settings and use it everywhere."""
        from presspad.core.directory.live import LiveDirectory

        self.close_directory()
        # Opened in the watcher's thread: an unreachable server or a large
        # directory never freezes the window (the banner tells what happened).
        self.live = LiveDirectory(self.window.settings.directory_path or None, background=True)
        if not self.completers:
            from presspad.gui.editor.completer import PartnerCompleter

            self.completers = {lang: PartnerCompleter(editor, None)
                               for lang, editor in self.editors.items()}
        for completer in self.completers.values():
            completer.set_directory(self.live)   # its snapshot, updated in place
        self.live.start(on_pending=self.directory_pending.emit)
        self._show_directory_state()
        self._directory_changed()

    def shut_down(self) -> None:
        """The window closes: let the running check finish, stop watching the directory."""
        self.runner.wait()
        self.close_directory()

    def close_directory(self) -> None:
        """Stop watching and close the connection (the window is closing)."""
        if self.live is not None:
            self.live.stop()
            self.live = None

    def _directory_changed(self, reopen: bool = True) -> None:
        """The worker's context and the editors' known words follow the directory.

        ``reopen``: a new directory (or the server back): the worker builds its
        context again. Otherwise it asks its open directory what changed.
        """
        if reopen:
            self.config_version += 1
        self.directory_version += 1
        # The names' words and Russian case forms come from the worker, which
        # loads pymorphy3 for the checks anyway; this process stays without it.
        version = self.directory_version
        self.runner.ask(directory_lexicon, self._config(),
                        on_done=lambda lexicon: self._use_lexicon(version, lexicon))
        self.runner.schedule()

    def _apply_directory_changes(self) -> None:
        """A colleague's edit (or the server's loss or return) reached the watcher."""
        if self.live is None:
            return
        changes, switched = self.live.apply()
        if switched:
            self._show_directory_state()
        if changes is not None or switched:
            self._directory_changed(reopen=switched)
            self.directory_updated.emit()

    def _directory_written(self) -> None:
        """This app wrote to the directory: use it at once, not after the watcher's turn."""
        if self.live is not None and self.live.refresh_now() is not None:
            self._directory_changed(reopen=False)
            self.directory_updated.emit()

    def _show_directory_state(self) -> None:
        network_fs = None
        if self.live is not None and self.live.directory.path is not None:
            from presspad.core.directory.location import network_filesystem

            network_fs = network_filesystem(self.live.directory.path)
        error = self.live.error if self.live is not None else ""
        if error:
            logger.warning("working without the partner directory: %s", error)
        self.banner.show_state(self.live, error=error, network_fs=network_fs)

    def _use_lexicon(self, version: int, lexicon: DirectoryLexicon | None) -> None:
        """Partner names are known words: no red underline under "Хижняка"."""
        if version != self.directory_version:
            return  # the directory changed again; a newer answer is on its way
        if lexicon is None:  # the worker failed: compute them here, slower but right
            from presspad.core.directory.snapshot import as_snapshot, directory_words

            snapshot = as_snapshot(self.live)
            if snapshot is None:
                return
            words = directory_words(snapshot, "en") | directory_words(snapshot, "ru")
        else:
            from presspad.core.directory.completion import learn_forms

            learn_forms(lexicon.forms)
            words = lexicon.words
        self.window.speller.set_known_words(words)
        for editor in self.editors.values():
            editor.highlighter.repaint_all()
        self.lexicon_ready.emit()

    def open_directory_window(self) -> None:
        from presspad.gui.dialogs.directory_dialog import DirectoryDialog

        if self.live is None:
            self.load_directory()
        if self.live is None or self.live.loading:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self.window, self.tr("Partner Directory"), (
                self.live.error if self.live is not None and self.live.error else
                self.tr("The partner directory is still being opened; try again in a "
                        "moment.")))
            return
        dialog = DirectoryDialog(self.directory, self.window)
        dialog.changed.connect(self._directory_written)
        # A colleague's edit shows in the open window too, and a server that went
        # away (or came back) swaps the store under it.
        def follow() -> None:
            if self.live is not None and dialog.directory is not self.live.directory:
                dialog.use_directory(self.live.directory)
            else:
                dialog.refresh()

        self.directory_updated.connect(follow)
        try:
            dialog.exec()
        finally:
            self.directory_updated.disconnect(follow)

    # --------------------------------------------------------------- checks
    def _config(self) -> dict:
        """What the worker process needs to build the same context as the app."""
        settings = self.window.settings
        return {"version": self.config_version, "directory_path": settings.directory_path,
                "follow_directory": True,
                "spelling": settings.spelling_enabled, "spelling_en": settings.spelling_en,
                "typography_off": settings.typography_off_by_lang(LANGS),
                "config_dir": str(paths.config_dir()), "data_dir": str(paths.data_dir())}

    def _snapshot(self) -> Release:
        release = self.window.current_release()
        # Check everything; ignored findings are shown greyed on request.
        release.ignored = []
        return release

    def schedule(self) -> None:
        self.runner.schedule()

    def _dictionary_changed(self) -> None:
        """A word went into a personal dictionary: the worker must reload them."""
        self.config_version += 1
        self.runner.schedule()

    def settings_changed(self) -> None:
        """Settings, the directory file or a personal dictionary changed."""
        self.load_directory()

    def _show_results(self, release: Release, result: CheckResult) -> None:
        self.last_release, self.last_result = release, result
        self.last_findings = result.findings
        self._refresh()
        for lang, tinter in self.tinters.items():
            tinter.set_quotes(result.quotes.get(lang, []))
        self.scroller.set_alignment(result.beads)
        self._update_quotes_view()
        self.window.show_check_summary(self.open_findings())

    def with_result(self, on_done) -> None:
        """``on_done(release, result)`` with a check of the text as shown now: the last
        result if the text has not changed since, else a fresh check in the worker
        (``result`` None if the checks failed). Ignored findings are in the result."""
        current = self.window.current_release()
        checked, result = self.last_release, self.last_result
        if result is not None and checked is not None and all(
                (checked.title(lang), checked.body(lang)) == (current.title(lang),
                                                              current.body(lang))
                for lang in LANGS):
            on_done(checked, result)
            return
        from presspad.core.checks.service import check_release

        current.ignored = []   # the same snapshot as a live check's
        self.runner.ask(check_release, current, self._config(),
                        on_done=lambda fresh: on_done(current, fresh))

    def open_findings(self) -> list[Finding]:
        """The last check's findings no reviewer ignored: what counts (status bar, errors)."""
        return open_findings(self.window.release, self.last_findings)

    def ignores_changed(self) -> None:
        """The release's ignores changed: the panel and the status bar follow."""
        self._refresh()
        if self.last_result is not None:
            self.window.show_check_summary(self.open_findings())

    def _quotes_visibility(self, shown: bool) -> None:
        self._quotes_shown = shown
        if shown:
            QTimer.singleShot(0, self._update_quotes_view)

    def _update_quotes_view(self, *_args) -> None:
        # Filling the table is not free: only while the Quotes tab is shown.
        if self.last_result is not None and self._quotes_shown:
            self.quotes_view.set_pairs(self.last_result.quote_pairs)

    def _refresh(self) -> None:
        result, release = self.last_result, self.last_release
        if result is None or release is None:
            return
        ignored = {(i.code, i.key): i.reason or "" for i in self.window.release.ignored}
        rows = []
        for index, finding in enumerate(result.findings):
            if finding.severity is Severity.INFO and not self.act_show_minor.isChecked():
                continue
            if ignored_key(finding, ignored) is not None and not self.act_show_ignored.isChecked():
                continue
            rows.append(index)
        # Grouped by paragraph pair, in reading order within a pair.
        rows.sort(key=lambda i: (result.pair_order[i], LANGS.index(result.findings[i].lang),
                                 result.findings[i].span.start))
        self.panel.set_findings(release, [result.findings[i] for i in rows],
                                [result.pair_labels[i] for i in rows], ignored)

    # ------------------------------------------------------------- actions
    def _select(self, lang: str, start: int, end: int) -> None:
        editor = self.editors[lang]
        editor.setFocus()
        select_span(editor, start, end)

    def go_to(self, finding: Finding) -> None:
        field = finding.params.get("field")
        if field and hasattr(self.window, "header"):
            # A header field's finding (date-missing, …): open the field, not the text.
            self.window.header.focus_field(finding.lang, field)
            return
        self._select(finding.lang, finding.span.start, finding.span.end)

    def apply_fix(self, finding: Finding) -> None:
        if apply_fix(self.editors[finding.lang], finding):
            self.runner.schedule()

    def _panel_menu(self, pos) -> None:
        finding = self.panel.current_finding()
        if finding is None:
            return
        menu = QMenu(self.panel)
        if finding.fix is not None:
            menu.addAction(self.tr("Apply Fix"), lambda: self.apply_fix(finding))
        if ignored_key(finding, ignored_keys(self.window.release)) is not None:
            menu.addAction(self.tr("Stop Ignoring"), lambda: self.set_ignored(finding, None))
        else:
            menu.addAction(self.tr("Ignore…"), lambda: self._ask_ignore(finding))
        menu.exec(self.panel.view.viewport().mapToGlobal(pos))

    def _ask_ignore(self, finding: Finding) -> None:
        from presspad.core.model.messages import render
        from presspad.gui.dialogs.ignore_dialog import ask_reason

        message = render(finding.code, finding.params, finding.lang, qt_translate)
        reason = ask_reason(self.window, message)
        if reason:
            self.ignoring.ignore(finding, reason)

    def set_ignored(self, finding: Finding, reason: str | None) -> None:
        """Ignore ``finding`` with ``reason`` (None: stop ignoring), as an undoable step."""
        if reason is None:
            key = ignored_key(finding, ignored_keys(self.window.release)) or finding.key()
            self.ignoring.stop_ignoring([(finding.code, key)])
        else:
            self.ignoring.ignore(finding, reason)

    def errors_found(self) -> bool:
        return has_errors(self.open_findings())
