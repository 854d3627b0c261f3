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
    """Build a one-language release from Markdown or plain text.

    The first line becomes the title only when it looks like one (see
    :func:`looks_like_title`); otherwise the whole text is the body, so a lead
    sentence, a quote or a line introducing a quote is never lost to the title.
    A text with no blank line at all but several lines (as pasted from a CMS)
    has a paragraph on each line.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    lang = lang or detect_lang(text)
    if lang is None:
        raise PresspadError("cannot tell whether this text is English or Russian", path=path,
                            hint="give --lang en or --lang ru")
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    title = ""
    if lines and looks_like_title(lines[0], lines[1:]):
        title = lines.pop(0).strip().lstrip("#").strip()
        while lines and not lines[0].strip():
            lines.pop(0)
    body_lines = [line.rstrip() for line in lines]
    while body_lines and not body_lines[-1].strip():
        body_lines.pop()
    if len(body_lines) > 1 and all(line.strip() for line in body_lines):
        body = "\n\n".join(body_lines)   # one paragraph a line: no blank line anywhere
    else:
        body = "\n".join(body_lines)
    release = Release()
    version = release.version(lang)
    version.title = title
    version.body = body + "\n" if body else ""
    return release


# A headline ends without a sentence stop; a colon introduces what follows.
_SENTENCE_END = ".:;…"
_TRAILING = "”’»“\"')]*_ \t\u00a0"
TITLE_MAX_CHARS = 200
TITLE_MAX_WORDS = 30


def looks_like_title(first: str, rest: list[str]) -> bool:
    """Is ``first`` a headline: a Markdown heading, or a short line with no final stop
    that more text follows?"""
    line = first.strip()
    if not any(other.strip() for other in rest):
        return False   # a text of one line (or one paragraph) is all body
    if line.startswith("#"):
        return True
    if len(line) > TITLE_MAX_CHARS or len(line.split()) > TITLE_MAX_WORDS:
        return False
    bare = line.rstrip(_TRAILING)
    return bool(bare) and bare[-1] not in _SENTENCE_END
