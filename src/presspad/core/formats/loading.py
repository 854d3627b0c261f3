"""Open whatever a user points presspad at: a release, or one language's text.

``.presspad`` files are read by :mod:`presspad.core.storage.release_file`; other formats are
handled by importers registered in :data:`IMPORTERS` (by file suffix). Each
importer returns a :class:`Release` holding the languages it found.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from presspad.core.formats.markdown import import_markdown
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LANGS, Release
from presspad.core.storage import release_file as storage

logger = logging.getLogger(__name__)

Importer = Callable[[Path, "str | None"], Release]


def import_txt(path: Path, lang: str | None = None) -> Release:
    """A ``.txt`` file: a news-site page when it has a site profile's layout, else Markdown."""
    from presspad.core.formats.site.reader import import_text_file

    return import_text_file(path, lang)


def import_docx(path: Path, lang: str | None = None) -> Release:
    """A Word ``.docx`` draft (paragraphs, emphasis and links become Markdown)."""
    from presspad.core.formats.docx import import_docx as _import_docx

    return _import_docx(path, lang)


IMPORTERS: dict[str, Importer] = {
    ".md": import_markdown,
    ".markdown": import_markdown,
    ".txt": import_txt,
    ".docx": import_docx,
}


def load_any(path: str | Path, lang: str | None = None) -> Release:
    """Open a ``.presspad`` release or import a single-language file."""
    path = Path(path)
    if path.suffix.lower() == storage.SUFFIX:
        return storage.load(path)
    importer = IMPORTERS.get(path.suffix.lower())
    if importer is None:
        known = ", ".join(sorted([storage.SUFFIX, *IMPORTERS]))
        raise PresspadError(f"unknown file type '{path.suffix or '(none)'}'", path=path,
                            hint=f"presspad reads {known}")
    return importer(path, lang)


def can_hold_date(path: str | Path, release: Release) -> bool:
    """Whether the file ``release`` came from has a place for a publication date.

    A ``.presspad`` file and a site page do (a missing date there is worth a
    finding); Markdown, plain text and Word files do not, so ``presspad check``
    on them does not report ``date-missing``: the date is given when the text
    is imported into a release (the header panel asks for it).
    """
    suffix = Path(path).suffix.lower()
    if suffix == storage.SUFFIX:
        return True
    # A .txt read as a site page: the reader found the site's parts in it (or kept
    # an irregular layout); a Markdown-like .txt has none of these.
    return suffix == ".txt" and any(
        v.layout or v.credit or v.media for v in (release.version(lang) for lang in LANGS))
