"""Markdown in and out: one language's text as a release, and a release as Markdown.

The export is what ``presspad import FILE.md`` reads back (the first line is
the title, the rest the body). The credit line, related media and date are
site metadata: they go to the site format (``--to site``) and to HTML.
"""

from __future__ import annotations

import logging
from pathlib import Path

from presspad.core.model.errors import PresspadError
from presspad.core.model.release import Release
from presspad.core.storage.textio import read_text
from presspad.core.text.language import detect_lang

logger = logging.getLogger(__name__)


def export_markdown(release: Release, lang: str) -> str:
    """``# Title``, a blank line and the Markdown body, ending with one newline."""
    version = release.version(lang)
    title = " ".join(version.title.split())
    if not title and not version.body.strip():
        raise PresspadError(f"the release has no {lang} text", hint="choose another --lang")
    parts = [f"# {title}" if title else "", version.body.strip("\n")]
    return "\n\n".join(part for part in parts if part) + "\n"


def import_markdown(path: Path, lang: str | None = None) -> Release:
    """A Markdown or plain-text file: first line is the title, the rest the body."""
    text, _encoding = read_text(path)
    return release_from_markdown(text, lang, path)


def release_from_markdown(text: str, lang: str | None = None,
                          path: str | Path | None = None) -> Release:
    """Build a one-language release from Markdown text (title on the first line)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    lang = lang or detect_lang(text)
    if lang is None:
        raise PresspadError("cannot tell whether this text is English or Russian", path=path,
                            hint="give --lang en or --lang ru")
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    title = lines.pop(0).strip().lstrip("#").strip() if lines else ""
    while lines and not lines[0].strip():
        lines.pop(0)
    release = Release()
    version = release.version(lang)
    version.title = title
    version.body = "\n".join(lines).rstrip("\n") + "\n" if lines else ""
    return release
