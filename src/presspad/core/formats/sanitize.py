"""Sanitizing HTML made from what users type or paste, with nh3 (Rust's ammonia).

Everything user-controlled that becomes HTML (the Markdown body with any raw
HTML in it, titles, credits, media links) goes through :func:`clean_html`
before it reaches an exported page or the clipboard. The allow-list is
explicit and small: text structure, emphasis, links and images, no styling
attributes, no scripting, no embedding, and only web and mail URL schemes.
"""

from __future__ import annotations

import logging
import re

from presspad.core.text.paragraphs import PARAGRAPH_BREAK_PATTERN

logger = logging.getLogger(__name__)

ALLOWED_TAGS: frozenset[str] = frozenset({
    "article", "section", "header", "footer", "div", "span",
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr",
    "em", "strong", "i", "b", "u", "s", "sub", "sup", "small", "mark",
    "blockquote", "q", "cite", "abbr", "time", "code", "pre",
    "ul", "ol", "li", "a", "img", "figure", "figcaption",
    "table", "thead", "tbody", "tr", "th", "td",
})
# No "style" (CSS expressions, url(javascript:...)), no "id"/"name" (DOM
# clobbering), no on* handlers: none is ever listed.
ALLOWED_ATTRIBUTES: dict[str, frozenset[str]] = {
    "*": frozenset({"lang", "dir", "class", "title"}),
    "a": frozenset({"href"}),
    "img": frozenset({"src", "alt", "width", "height"}),
    "time": frozenset({"datetime"}),
    "ol": frozenset({"start"}),
    "q": frozenset({"cite"}),
    "blockquote": frozenset({"cite"}),
    # python-markdown's tables say a column's alignment so; "style" itself is never allowed.
    "th": frozenset({"align"}),
    "td": frozenset({"align"}),
}
# Relative URLs ("#", "/news/1") pass; absolute ones need one of these schemes,
# so javascript:, vbscript: and data: are dropped.
ALLOWED_URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto", "tel"})


def clean_html(fragment: str) -> str:
    """``fragment`` with everything outside the allow-list removed."""
    import nh3

    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(ALLOWED_URL_SCHEMES),
        strip_comments=True,
        # Links open other sites without handing them our window.
        link_rel="noopener noreferrer",
    )


# ----------------------------------------------------------------- Markdown text
# The site's CMS and any Markdown renderer pass raw HTML through, so text that
# leaves presspad as Markdown (the site format, .md) gets the same allow-list
# applied to its raw HTML and link targets, without HTML-escaping the prose
# (R&D stays R&D, "5 < 7" and ">>Перейти к новости" stay as the site prints them).
# It fails closed: one scan tokenises every "<" that could open markup; what is
# not an allowed tag rebuilt by nh3 or an allowed autolink loses its "<" to
# "&lt;". Code spans get no exemption: renderers disagree on where they end.

_NAME = r"[A-Za-z][A-Za-z0-9-]*"
_ATTRIBUTES = r"(?:\s+[^\s\"'>/=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*"
_MARKUP = re.compile(
    rf"(?P<element><(?P<ename>script|style|iframe|object|embed|noscript|template|textarea"
    rf"|title|xmp|svg|math|frameset|noembed|applet|plaintext)(?=[\s/>]){_ATTRIBUTES}\s*/?>"
    rf"(?:[\s\S]*?</(?P=ename)\s*>)?)"
    rf"|(?P<comment><!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>)"
    rf"|(?P<autolink><[A-Za-z][\w+.-]*:[^\s<>]*>)"
    rf"|(?P<tag></?(?P<tname>{_NAME}){_ATTRIBUTES}\s*/?>)"
    rf"|(?P<open><(?=[A-Za-z/!?]))",
    re.IGNORECASE)
_LINK_TARGET = re.compile(r"(\]\(\s*<?)((?:[^()\s>\\]|\\.|\([^()\s]*\))*)")
# "[x]: url", also inside a block quote and with the address on the next line.
_REFERENCE = re.compile(r"(^[ ]{0,3}(?:>[ ]?)*[ ]{0,3}\[[^\]\n]+\]:[ \t]*\n?[ \t]*(?:>[ ]?)*<?)"
                        r"([^\s>]+)", re.MULTILINE)
_SCHEME = re.compile(r"^([A-Za-z][\w+.-]*):")
_BLANK_LINE = re.compile(f"({PARAGRAPH_BREAK_PATTERN})")   # the one paragraph splitter
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")
_BACKSLASH_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def url_allowed(url: str) -> bool:
    """Is ``url`` relative, or absolute with an allowed scheme, as a browser reads it?"""
    import html

    bare = _BACKSLASH_ESCAPE.sub(r"\1", url)      # Markdown's "javascript\:"
    bare = _INVISIBLE.sub("", html.unescape(bare))  # "java\tscript:", "&#106;avascript:"
    scheme = _SCHEME.match(bare)
    return scheme is None or scheme.group(1).lower() in ALLOWED_URL_SCHEMES


def clean_markup(text: str) -> tuple[str, list[str]]:
    """``text`` (Markdown) with raw HTML outside the allow-list and unsafe link
    targets removed or defused, and a short description of each change."""
    removed: list[str] = []

    def markup(match: re.Match[str]) -> str:
        found = match.group()
        if match.group("autolink"):
            if url_allowed(found[1:-1]):
                return found
            removed.append(f"link {found[:40]!r}")
            return ""
        if match.group("tag"):
            name = match.group("tname").lower()
            if name in ALLOWED_TAGS:
                return _rebuilt_tag(found, name, removed)
            removed.append(f"tag {found[:40]!r}")
            return ""
        if match.group("open"):
            # Not markup we can vouch for: the "<" becomes text, so no renderer reads a tag.
            removed.append(f"markup {match.string[match.start():match.start() + 40]!r}")
            return "&lt;"
        removed.append(f"{'element' if match.group('element') else 'markup'} {found[:40]!r}")
        return ""

    if "<" in text:
        # Block by block: no tag spans a blank line (CommonMark), and a page's
        # parts (title, paragraphs, footer) must never be joined by one.
        text = "".join(_MARKUP.sub(markup, piece) if i % 2 == 0 else piece
                       for i, piece in enumerate(_BLANK_LINE.split(text)))

    def target(match: re.Match[str]) -> str:
        if url_allowed(match.group(2)):
            return match.group()
        removed.append(f"link target {match.group(2)[:40]!r}")
        return match.group(1) + "#"

    if "](" in text:
        text = _LINK_TARGET.sub(target, text)
    if "]:" in text:
        text = _REFERENCE.sub(target, text)
    return text, removed


def _rebuilt_tag(found: str, name: str, removed: list[str]) -> str:
    """An allowed tag as nh3 rebuilds it (attributes outside the list dropped)."""
    if found.startswith("</"):
        return f"</{name}>"
    cleaned = clean_html(found)
    opening = cleaned[:cleaned.find(">") + 1] if cleaned.lower().startswith(f"<{name}") else ""
    kept = re.sub(r'\s+rel="noopener noreferrer"', "", opening)
    if kept and _attribute_names(kept) == _attribute_names(found):
        # nh3 kept every attribute: the tag is allowed as the user wrote it, and
        # stays byte for byte (the page reads back as itself).
        return found
    removed.append(f"attributes of {found[:40]!r}")
    return kept


def _attribute_names(tag: str) -> set[str]:
    return {m.lower() for m in re.findall(r"\s([^\s\"'>/=]+)(?=\s*=|\s|/?>)", tag)}
