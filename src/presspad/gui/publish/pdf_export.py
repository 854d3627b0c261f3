"""PDF and print: a release laid out by Qt's rich-text engine, written by QPdfWriter.

The page is :func:`presspad.core.formats.html.preview_html`: the sanitized HTML
export as Qt's QTextDocument can lay it out (one language, or both in a
two-column table). The document's default font is one that has Cyrillic, so
Russian text is real text in the PDF (it can be searched and copied), on an A4
page with 20 mm margins. Needs a QGuiApplication (fonts); the CLI makes an
offscreen one with :func:`ensure_gui_application`. No widgets here: printing's
dialog lives in :mod:`presspad.gui.publish.documents`.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from presspad.core.formats.html import preview_html
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LANG_NAMES, Release
from presspad.core.storage.textio import atomic_write_bytes

logger = logging.getLogger(__name__)

MARGIN_MM = 20
RESOLUTION = 300
FONT_SIZE_PT = 11
# Serif faces with Cyrillic, the house font first; any other Cyrillic face after them.
_PREFERRED = ("PT Serif", "DejaVu Serif", "Liberation Serif", "Noto Serif", "Times New Roman",
              "Georgia")

# A half-page column is narrower than the preview's: a 16 pt title broke inside
# long Russian words ("исследовательск-ие").
_PAPER_CSS = "h1 { font-size: 14pt; }\n</style>"


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or an offscreen one when there is no display (CLI)."""
    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or os.name == "nt" or os.uname().sysname == "Darwin"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["presspad"])
    return app


def cyrillic_font() -> QFont:
    """A font that has Cyrillic letters (the system's default font otherwise)."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.Cyrillic)
    for family in _PREFERRED:
        if family in families:
            return QFont(family, FONT_SIZE_PT)
    if families:
        return QFont(families[0], FONT_SIZE_PT)
    logger.warning("no font with Cyrillic letters found; Russian may print as boxes")
    return QFont(QGuiApplication.font().family(), FONT_SIZE_PT)


def release_document(release: Release, lang: str | None) -> QTextDocument:
    """The release laid out for paper: ``lang``, or both side by side when None."""
    if lang is not None and not (release.version(lang).title.strip()
                                 or release.version(lang).body.strip()):
        raise PresspadError(f"the release has no {LANG_NAMES[lang]} text",
                            hint="choose the other language")
    if lang is None and not release.langs_present():
        raise PresspadError("the release has no text to export",
                            hint="write a title or a body first")
    document = QTextDocument()
    font = cyrillic_font()
    document.setDefaultFont(font)
    # The preview's CSS asks for PT Serif first; where it is missing, the chosen face.
    html = preview_html(release, lang).replace(
        'font-family: "PT Serif", Georgia, serif;',
        f'font-family: "PT Serif", "{font.family()}", serif;').replace("</style>", _PAPER_CSS, 1)
    document.setHtml(html)
    _headings_at_their_css_size(document)
    return document


def _headings_at_their_css_size(document: QTextDocument) -> None:
    """Qt sizes an <h1> by its heading size step from the default font (22 pt),
    ignoring the stylesheet's point size: the step is dropped, the CSS size stays."""
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                form = fragment.charFormat()
                if form.hasProperty(QTextFormat.Property.FontPointSize):
                    form.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(),
                                       QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(form)
                fragments += 1
        block = block.next()


def _page_setup(device: QPagedPaintDevice) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                          QPageLayout.Unit.Millimeter)


def paginate(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay ``document`` out on the device's printable area, in the document's own units.

    Unpaginated, ``QTextDocument.print_`` would add a 2 cm margin of its own
    inside the device's margins; paginated, it scales from the resolution text is
    laid out at (the screen's, 96 dpi offscreen) to the device's.
    """
    paint = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
    document.setPageSize(QSizeF(paint.width() * dpi / 72, paint.height() * dpi / 72))


def pdf_bytes(release: Release, lang: str | None, title: str = "") -> bytes:
    """The PDF file's bytes (A4, :data:`MARGIN_MM` margins)."""
    document = release_document(release, lang)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setCreator("presspad")
    writer.setTitle(title or " / ".join(
        release.version(code).title.strip() for code in ([lang] if lang
                                                         else release.langs_present())))
    _page_setup(writer)
    paginate(document, writer)
    document.print_(writer)
    del writer      # ends the PDF: the writer finishes the file when it goes
    buffer.close()
    return bytes(data.data())


def write_pdf(release: Release, lang: str | None, path: str | Path) -> Path:
    """Write the PDF atomically (nothing is left half-written on failure)."""
    path = Path(path)
    data = pdf_bytes(release, lang)
    if not data.startswith(b"%PDF"):
        raise PresspadError("Qt wrote no PDF", path=path, hint="check the Qt installation")
    atomic_write_bytes(path, data)
    return path


def print_document(release: Release, lang: str | None, printer) -> None:
    """Print on a configured QPrinter (the caller asked the user with QPrintDialog)."""
    document = release_document(release, lang)
    paginate(document, printer)
    document.print_(printer)
