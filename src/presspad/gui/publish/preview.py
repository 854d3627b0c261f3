"""The preview pane: a release shown as its HTML export will look, and Copy as HTML.

:class:`PreviewPane` is a read-only QTextBrowser. The main window calls
:meth:`PreviewPane.update_from` (or the debounced :meth:`PreviewPane.schedule_update`,
given a function that builds the release once typing pauses) when the text
changes; everything shown has gone through the HTML sanitizer.
:func:`copy_release_html` puts the CMS fragment on the clipboard as
``text/html`` with a ``text/plain`` twin.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QTimer, QUrl, Signal
from PySide6.QtGui import QClipboard, QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from presspad.core.model.errors import PresspadError
from presspad.core.model.release import Release

logger = logging.getLogger(__name__)

# What schedule_update may take instead of a release: builds (release, lang) when called.
Snapshot = Callable[[], tuple[Release, "str | None"]]

# Links a click may hand to the system's browser or mail program.
_OPENABLE_SCHEMES = frozenset({"http", "https", "mailto"})


class PreviewPane(QTextBrowser):
    """Read-only preview of a release's HTML export (one language or both side by side)."""

    #: Emitted after the preview has been redrawn.
    rendered = Signal()

    def __init__(self, parent: QWidget | None = None, delay_ms: int = 300) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.setReadOnly(True)
        # Links never navigate inside the pane; safe ones open outside (see _open_link).
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.html_source = ""
        self._pending: tuple[Release, str | None] | Snapshot | None = None
        self._last: tuple[Release, str | None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._flush)

    def update_from(self, release: Release, lang: str | None = None) -> None:
        """Redraw now with ``release`` in ``lang`` ("en"/"ru"), or both when None."""
        self._timer.stop()
        self._pending = None
        try:
            from presspad.core.formats.html import preview_html

            html = preview_html(release, lang, stacked=self._narrow())
        except PresspadError as exc:
            html = f"<p>{exc.user_message()}</p>"
        self.html_source = html
        self._last = (release, lang)
        scroll = self.verticalScrollBar().value()
        self.setHtml(html)
        self.verticalScrollBar().setValue(scroll)
        self.rendered.emit()

    # Below this width two columns of text are too narrow to read: one under the other.
    STACK_BELOW_PX = 760

    def _narrow(self) -> bool:
        return self.viewport().width() < self.STACK_BELOW_PX

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        was_narrow = event.oldSize().width() < self.STACK_BELOW_PX
        super().resizeEvent(event)
        if self._last is not None and was_narrow != (event.size().width() < self.STACK_BELOW_PX):
            self.schedule_update(*self._last)

    def schedule_update(self, release: Release | Snapshot, lang: str | None = None) -> None:
        """Redraw after a pause in typing (the last call within the delay wins).

        ``release`` may be a function of no arguments returning ``(release, lang)``:
        it is called once the pause is over, so typing builds no release per key.
        """
        self._pending = release if callable(release) else (release, lang)
        self._timer.start()

    def _flush(self) -> None:
        pending, self._pending = self._pending, None
        if callable(pending):
            pending = pending()
        if pending is not None:
            self.update_from(*pending)

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 (Qt override)
        """Load nothing from disk or the network: a preview must not read local files."""
        if kind == QTextDocument.ResourceType.ImageResource:
            return None
        return super().loadResource(kind, name)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in _OPENABLE_SCHEMES:
            QDesktopServices.openUrl(url)
        else:
            logger.info("not opening link %s from the preview", url.toString())


def release_mime_data(release: Release, lang: str) -> QMimeData:
    """The sanitized CMS fragment as ``text/html`` plus its ``text/plain`` twin."""
    mime = QMimeData()
    from presspad.core.formats.html import cms_fragment, plain_text

    mime.setHtml(cms_fragment(release, lang))
    mime.setText(plain_text(release, lang))
    return mime


def copy_release_html(release: Release, lang: str, clipboard: QClipboard | None = None) -> None:
    """Copy as HTML: put one language of ``release`` on the clipboard for a CMS editor."""
    clipboard = clipboard or QGuiApplication.clipboard()
    clipboard.setMimeData(release_mime_data(release, lang))
