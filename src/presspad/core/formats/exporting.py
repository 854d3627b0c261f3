"""One entry point for every export format, shared by the CLI and File → Export.

``render(release, fmt, lang)`` returns the text of one export; ``file_name``
names the file an export of one language gets when written into a folder.
"""

from __future__ import annotations

import logging

from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LANG_NAMES, Release

logger = logging.getLogger(__name__)

FORMATS = ("site", "html", "md")
_SUFFIXES = {"site": ".site.{lang}.txt", "md": ".{lang}.md", "html": ".html"}


def render(release: Release, fmt: str, lang: str | None) -> str:
    """One export as text: ``lang`` None means both languages side by side (HTML only).

    What the export removed or would carry unsafe is logged as warnings.
    """
    text, warnings = render_with_warnings(release, fmt, lang)
    for warning in warnings:
        logger.warning("%s", warning)
    return text


def render_with_warnings(release: Release, fmt: str, lang: str | None) -> tuple[str, list[str]]:
    """Like :func:`render`, with the warnings returned (the app shows them)."""
    if fmt == "html":
        from presspad.core.formats.html import export_html

        return export_html(release, [lang] if lang else None), []
    if fmt not in FORMATS:
        raise PresspadError(f"unknown export format '{fmt}'", hint=f"use one of {FORMATS}")
    if lang is None:
        raise PresspadError(f"'{fmt}' is one language per file", hint="choose a language")
    if not (release.version(lang).title.strip() or release.version(lang).body.strip()):
        raise PresspadError(f"the release has no {LANG_NAMES[lang]} text",
                            hint="choose the other language")
    from presspad.core.formats.sanitize import clean_markup

    if fmt == "site":
        from presspad.core.formats.site.writer import render_site_page

        # The site's CMS renders raw HTML: it gets the HTML export's allow-list.
        text, removed = clean_markup(render_site_page(release, lang))
        return text, [f"site export ({lang}): removed unsafe {what}" for what in removed]
    from presspad.core.formats.markdown import export_markdown

    text = export_markdown(release, lang)
    # Markdown is the user's own text, exported as written; say what a renderer would run.
    return text, [f"Markdown export ({lang}): contains unsafe {what}; a renderer may run it"
                  for what in clean_markup(text)[1]]


def file_name(stem: str, fmt: str, lang: str | None) -> str:
    """``korea.site.en.txt``, ``korea.ru.md`` or ``korea.html``."""
    return stem + _SUFFIXES[fmt].format(lang=lang or "")
