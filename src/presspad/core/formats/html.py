"""HTML export: a standalone HTML5 page, and a fragment to paste into a CMS.

The body's Markdown is rendered with python-markdown; the title, credit line,
related-media links and publication date are laid out around it with the
site profile's labels. All of it is sanitized (:mod:`presspad.core.formats.sanitize`)
before it is put into our own fixed page template, so nothing a user types or
pastes can put script into the page.
"""

from __future__ import annotations

import html
import logging
import re
import threading
from collections.abc import Sequence

from presspad import __version__
from presspad.core.formats.sanitize import clean_html
from presspad.core.formats.site.profiles import (
    DEFAULT_PROFILE,
    LangLabels,
    SiteProfile,
    load_profile,
)
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LANGS, Release

logger = logging.getLogger(__name__)

# Defence in depth: even if something slipped past the sanitizer, the browser
# would run no script and load nothing but images from the page.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src https: http:"

_PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="generator" content="presspad {version}">
<title>{title}</title>
<style>
{css}</style>
</head>
<body>
<main class="{main_class}">
{articles}
</main>
</body>
</html>
"""


_local = threading.local()


def markdown_to_html(text: str) -> str:
    """Render Markdown with python-markdown (unsanitized: callers clean it)."""
    # Building a Markdown instance costs more than converting a release, so each
    # thread (the GUI may render its preview off the main thread) keeps one.
    converter = getattr(_local, "markdown", None)
    if converter is None:
        import markdown

        # Tables (a .docx import makes them) say a column's alignment with "align",
        # which the sanitiser keeps, not with "style", which it removes.
        converter = _local.markdown = markdown.Markdown(
            extensions=["sane_lists", "tables"], output_format="html",
            extension_configs={"tables": {"use_align_attribute": True}})
    try:
        return converter.reset().convert(text)
    except RecursionError:
        # python-markdown recurses once per nesting level: thousands of nested
        # list or quote markers (found by tests/reliability) exhaust the stack.
        _local.markdown = None
        raise PresspadError("the text is nested too deeply to convert to HTML",
                            hint="remove the long run of nested list or quote markers") from None


def stylesheet() -> str:
    """The typographic CSS shipped as ``resources/export.css``."""
    from presspad.core.model.package_data import package_file

    return package_file("presspad.resources", "export.css").read_text(encoding="utf-8")


def _profile(release: Release) -> SiteProfile | None:
    try:
        return load_profile(release.profile or DEFAULT_PROFILE)
    except PresspadError as exc:
        # Labels are a nicety in HTML; a missing profile must not block the export.
        logger.warning("HTML export without site labels: %s", exc.user_message())
        return None


def _article_inner(release: Release, lang: str, labels: LangLabels,
                   profile: SiteProfile | None, include_title: bool,
                   include_meta: bool) -> str:
    version = release.version(lang)
    parts: list[str] = []
    if include_title and version.title.strip():
        parts.append(f"<h1>{html.escape(version.title.strip())}</h1>")
    if version.body.strip():
        parts.append(markdown_to_html(version.body))
    if include_meta and version.images:
        parts.append(_pictures_html(version.images))
    if version.credit.strip():
        parts.append(f'<p class="credit">{html.escape(version.credit.strip())}</p>')
    if include_meta and version.media:
        items = "\n".join(
            f'<li><a href="{html.escape(m.url, quote=True)}">{markdown_to_inline(m.text)}</a></li>'
            for m in version.media)
        heading = f"<h2>{html.escape(labels.media_heading)}</h2>\n" if labels.media_heading else ""
        parts.append(f'<section class="media">\n{heading}<ul>\n{items}\n</ul>\n</section>')
    if include_meta and release.date is not None:
        shown = (labels.date_label + profile.format_date(release.date) if profile
                 else release.date.isoformat())
        parts.append(f'<p class="date"><time datetime="{release.date.isoformat()}">'
                     f"{html.escape(shown)}</time></p>")
    return "\n".join(parts)


def _pictures_html(images) -> str:
    """The release's pictures as figures; the sanitizer drops a ``javascript:`` source."""
    figures = []
    for image in images:
        caption = (f"<figcaption>{html.escape(image.caption)}</figcaption>"
                   if image.caption.strip() else "")
        figures.append(f'<figure><img src="{html.escape(image.src, quote=True)}" '
                       f'alt="{html.escape(image.alt, quote=True)}">{caption}</figure>')
    return '<section class="pictures">\n' + "\n".join(figures) + "\n</section>"


def markdown_to_inline(text: str) -> str:
    """Inline Markdown (emphasis) without the wrapping paragraph."""
    rendered = markdown_to_html(text).strip()
    if rendered.startswith("<p>") and rendered.endswith("</p>"):
        rendered = rendered[3:-4]
    return rendered


def article_html(release: Release, lang: str, *, include_title: bool = True,
                 include_meta: bool = True) -> str:
    """One language as a sanitized ``<article lang=..>`` element."""
    profile = _profile(release)
    labels = profile.labels(lang) if profile else LangLabels()
    inner = _article_inner(release, lang, labels, profile, include_title, include_meta)
    return clean_html(f'<article class="release" lang="{lang}">\n{inner}\n</article>')


def cms_fragment(release: Release, lang: str, *, include_title: bool = False) -> str:
    """Sanitized HTML to paste into a CMS editor ("Copy as HTML").

    The body and the credit line; the CMS has its own fields for the title,
    date and related media, so they are left out unless ``include_title``.
    """
    profile = _profile(release)
    labels = profile.labels(lang) if profile else LangLabels()
    return clean_html(_article_inner(release, lang, labels, profile, include_title,
                                     include_meta=False))


def plain_text(release: Release, lang: str) -> str:
    """The text/plain twin of :func:`cms_fragment`: title, Markdown body, credit."""
    version = release.version(lang)
    parts = [version.title.strip(), version.body.strip(), version.credit.strip()]
    return "\n\n".join(part for part in parts if part) + "\n"


def export_html(release: Release, langs: Sequence[str] | None = None) -> str:
    """A standalone HTML5 page: one language, or several side by side in columns.

    ``langs`` defaults to every language the release has (both → two columns).
    """
    if langs is None:
        langs = release.langs_present() or [LANGS[0]]
    langs = list(langs)
    if not langs:
        raise PresspadError("nothing to export", hint="choose a language")
    for lang in langs:
        if lang not in LANGS:
            raise PresspadError(f"unknown language '{lang}'", hint=f"use one of {LANGS}")
    articles = "\n".join(article_html(release, lang) for lang in langs)
    titles = [release.version(lang).title.strip() for lang in langs]
    title = " / ".join(t for t in titles if t) or "presspad"
    return _PAGE.format(
        lang=langs[0], csp=_CSP, version=__version__, title=html.escape(title),
        css=stylesheet(), main_class="releases columns" if len(langs) > 1 else "releases",
        articles=articles)


# Qt's rich-text engine (QTextBrowser) knows a subset of CSS 2 and no grid, so
# the preview lays the two languages out in a table and keeps its CSS simple.
_PREVIEW_CSS = """
body { font-family: "PT Serif", Georgia, serif; font-size: 11pt; color: #1d1d1f; }
h1 { font-family: "PT Sans", Arial, sans-serif; font-size: 16pt; margin-bottom: 10px; }
h2 { font-family: "PT Sans", Arial, sans-serif; font-size: 11pt; margin-top: 6px; }
p { margin-top: 0; margin-bottom: 9px; line-height: 140%; }
p.credit { color: #5b5b66; font-style: italic; }
p.date { color: #5b5b66; font-family: "PT Sans", Arial, sans-serif; font-size: 9pt; }
a { color: #1a4f8b; }
blockquote { color: #5b5b66; margin-left: 16px; }
"""


def preview_html(release: Release, lang: str | None = None, *, stacked: bool = False) -> str:
    """The export as Qt's QTextBrowser can show it: one language, or both in two columns.

    ``stacked`` puts both languages one under the other, for a pane too narrow
    for two readable columns.
    """
    langs = [lang] if lang else (release.langs_present() or [LANGS[0]])
    cells = [article_html(release, code) for code in langs]
    if len(cells) == 1:
        content = cells[0]
    elif stacked:
        content = "<hr>".join(cells)
    else:
        width = 100 // len(cells)
        content = ('<table width="100%" cellspacing="0" cellpadding="10"><tr>'
                   + "".join(f'<td width="{width}%" valign="top">{cell}</td>' for cell in cells)
                   + "</tr></table>")
    return (f'<html><head><meta charset="utf-8"><style>{_PREVIEW_CSS}</style></head>'
            f'<body lang="{langs[0]}">{_sourceless_images_as_alt(content)}</body></html>')


# An <img> in the sanitizer's output: every attribute value double-quoted, '"' escaped.
_IMG_TAG = re.compile(r'<img\b(?:\s+[^\s=>/]+(?:="[^"]*")?)*\s*/?>', re.IGNORECASE)
_ATTRIBUTE = re.compile(r'\s([^\s=>/]+)(?:="([^"]*)")?')
_NO_FILE = re.compile(r"\s*(?:file:/*)?\s*", re.IGNORECASE)


def _sourceless_images_as_alt(fragment: str) -> str:
    """Each picture without a usable source (the sanitizer dropped a ``javascript:`` one)
    as ``[its alt text]``: handed to Qt, it makes QTextDocument open a file with no name."""

    def replace(match: re.Match[str]) -> str:
        attributes = {name.lower(): html.unescape(value or "")
                      for name, value in _ATTRIBUTE.findall(match.group(0)[4:])}
        if not _NO_FILE.fullmatch(attributes.get("src", "")):
            return match.group(0)
        alt = attributes.get("alt", "").strip()
        return f"<i>[{html.escape(alt)}]</i>" if alt else ""

    return _IMG_TAG.sub(replace, fragment)
