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

logger = logging.getLogger(__name__)

ALLOWED_TAGS: frozenset[str] = frozenset({
    "article", "section", "header", "footer", "div", "span",
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr",
    "em", "strong", "i", "b", "u", "s", "sub", "sup", "small", "mark",
    "blockquote", "q", "cite", "abbr", "time", "code", "pre",
    "ul", "ol", "li", "a", "img",
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
# (R&D stays R&D, ">>Перейти к новости" stays as the site prints it).

_CODE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ ]{0,3}\1[ \t]*$|\Z)"
                   r"|(`+)[^`\n](?:.*?[^`])??\2(?!`)", re.MULTILINE)
_DANGEROUS_ELEMENT = re.compile(
    r"<(script|style|iframe|object|embed|noscript|template|textarea|title|xmp|svg|math|frameset"
    r"|noembed|applet)\b[^>]*>[\s\S]*?(?:</\1\s*>|\Z)", re.IGNORECASE)
_COMMENT = re.compile(r"<!--[\s\S]*?(?:-->|\Z)|<!\[CDATA\[[\s\S]*?(?:\]\]>|\Z)|<![A-Za-z][^>]*>"
                      r"|<\?[\s\S]*?(?:\?>|\Z)")
_AUTOLINK = re.compile(r"<([A-Za-z][\w+.-]*):[^\s<>]*>")
_TAG = re.compile(r"</?([A-Za-z][\w-]*)(?:\s[^<>]*)?/?>")
_LINK_TARGET = re.compile(r"(\]\(\s*<?)((?:[^()\s>]|\([^()\s]*\))*)")
_REFERENCE = re.compile(r"(^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?)([^\s>]+)", re.MULTILINE)
_SCHEME = re.compile(r"^([A-Za-z][\w+.-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")


def url_allowed(url: str) -> bool:
    """Is ``url`` relative, or absolute with an allowed scheme, as a browser reads it?"""
    import html

    bare = _INVISIBLE.sub("", html.unescape(url))   # "java\tscript:", "&#106;avascript:"
    scheme = _SCHEME.match(bare)
    return scheme is None or scheme.group(1).lower() in ALLOWED_URL_SCHEMES


def clean_markup(text: str) -> tuple[str, list[str]]:
    """``text`` (Markdown) with raw HTML outside the allow-list and unsafe link
    targets removed, and a short description of each removal.

    Code spans and fenced code are text, not HTML, and stay as they are.
    """
    if "<" not in text and "](" not in text and "&" not in text:
        return text, []
    removed: list[str] = []
    pieces: list[str] = []
    last = 0
    for code in _CODE.finditer(text):
        pieces.append(_clean_prose(text[last:code.start()], removed))
        pieces.append(code.group())
        last = code.end()
    pieces.append(_clean_prose(text[last:], removed))
    return "".join(pieces), removed


def _clean_prose(text: str, removed: list[str]) -> str:
    def drop(kind: str):
        def replace(match: re.Match[str]) -> str:
            removed.append(f"{kind} {match.group()[:40]!r}")
            return ""
        return replace

    text = _DANGEROUS_ELEMENT.sub(drop("element"), text)
    text = _COMMENT.sub(drop("markup"), text)

    def autolink(match: re.Match[str]) -> str:
        if url_allowed(match.group()[1:-1]):
            return match.group()
        removed.append(f"link {match.group()[:40]!r}")
        return ""

    text = _AUTOLINK.sub(autolink, text)

    def tag(match: re.Match[str]) -> str:
        name = match.group(1).lower()
        if _AUTOLINK.fullmatch(match.group()):
            return match.group()
        if name not in ALLOWED_TAGS:
            removed.append(f"tag {match.group()[:40]!r}")
            return ""
        if match.group().startswith("</"):
            return f"</{name}>"
        cleaned = clean_html(match.group())
        opening = cleaned[:cleaned.find(">") + 1] if cleaned.startswith(f"<{name}") else ""
        if opening.rstrip("/> ").replace('"', "") != match.group().rstrip("/> ").replace('"', ""):
            removed.append(f"attributes of {match.group()[:40]!r}")
        return opening

    text = _TAG.sub(tag, text)

    def target(match: re.Match[str]) -> str:
        if url_allowed(match.group(2)):
            return match.group()
        removed.append(f"link target {match.group(2)[:40]!r}")
        return match.group(1) + "#"

    return _REFERENCE.sub(target, _LINK_TARGET.sub(target, text))
