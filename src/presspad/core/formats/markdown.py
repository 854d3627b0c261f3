"""Markdown export of one language: the title as a heading, then the body.

The output is what ``presspad import FILE.md`` reads back (the first line is
the title, the rest the body). The credit line, related media and date are
site metadata: they go to the site format (``--to site``) and to HTML.
"""

from __future__ import annotations

import logging

from presspad.core.model.errors import PresspadError
from presspad.core.model.release import Release

logger = logging.getLogger(__name__)


def export_markdown(release: Release, lang: str) -> str:
    """``# Title``, a blank line and the Markdown body, ending with one newline."""
    version = release.version(lang)
    title = " ".join(version.title.split())
    if not title and not version.body.strip():
        raise PresspadError(f"the release has no {lang} text", hint="choose another --lang")
    parts = [f"# {title}" if title else "", version.body.strip("\n")]
    return "\n\n".join(part for part in parts if part) + "\n"
