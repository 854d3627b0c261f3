"""Importing several files into one bilingual release.

``presspad import`` (and File → Import in the app) takes the English and the
Russian text of a release, each as a site page, Markdown, Word or a release,
and merges them; two sources for one language or two different publication
dates are errors, never silently resolved.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from presspad.core.formats.loading import load_any
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LANG_NAMES, LANGS, Release

logger = logging.getLogger(__name__)


def import_one(path: str | Path, lang: str | None = None,
               profile: str | None = None) -> Release:
    """Import a single file (any format :func:`load_any` knows, site pages per ``profile``)."""
    return _import(Path(path), lang, profile)[0]


def _import(path: Path, lang: str | None, profile: str | None) -> tuple[Release, bool]:
    """The release in ``path`` and whether it was a site page (so has a real profile)."""
    suffix = path.suffix.lower()
    if suffix == ".txt":
        from presspad.core.formats.site.reader import read_text_file

        release, found = read_text_file(path, lang, profile)
        return release, found is not None
    if suffix == ".docx":
        from presspad.core.formats.docx import import_docx

        return import_docx(path, lang, profile), False
    release = load_any(path, lang)
    if profile:
        release.profile = profile
    return release, path.suffix.lower() == ".presspad"


def import_sources(paths: Sequence[str | Path], lang: str | None = None,
                   profile: str | None = None) -> Release:
    """Import ``paths`` and merge them, one source per language, into one release."""
    if not paths:
        raise PresspadError("nothing to import", hint="name one file per language")
    if profile is not None:
        from presspad.core.formats.site.profiles import load_profile

        load_profile(profile)  # an unknown profile is an error before any file is read
    merged = Release()
    origin: dict[str, Path] = {}
    date_origin: Path | None = None
    profile_origin: Path | None = None
    for raw in paths:
        path = Path(raw)
        part, is_site = _import(path, lang, profile)
        present = part.langs_present()
        if not present:
            raise PresspadError("no title or text found", path=path,
                                hint="is this the right file?")
        for found in present:
            if found in origin:
                raise PresspadError(
                    f"a second {LANG_NAMES[found]} text (the first was {origin[found]})",
                    path=path, hint="import one file per language; check --lang")
            origin[found] = path
            setattr(merged, found, part.version(found))
        if part.date is not None:
            if merged.date is not None and merged.date != part.date:
                raise PresspadError(
                    f"published on {part.date.isoformat()} but {date_origin} says "
                    f"{merged.date.isoformat()}", path=path,
                    hint="the two languages of a release share one date")
            merged.date, date_origin = part.date, path
        if is_site and profile_origin is None:
            merged.profile, profile_origin = part.profile, path
        elif is_site and part.profile != merged.profile:
            raise PresspadError(
                f"a '{part.profile}' site page, but {profile_origin} is a "
                f"'{merged.profile}' page", path=path, hint="give --profile NAME")
        merged.ignored.extend(part.ignored)
    if profile:
        merged.profile = profile
    logger.info("imported %s", ", ".join(f"{lang}: {origin[lang]}" for lang in LANGS
                                         if lang in origin))
    return merged

