"""Sanitizing HTML made from what users type or paste, with nh3 (Rust's ammonia).

Everything user-controlled that becomes HTML (the Markdown body with any raw
HTML in it, titles, credits, media links) goes through :func:`clean_html`
before it reaches an exported page or the clipboard. The allow-list is
explicit and small: text structure, emphasis, links and images, no styling
attributes, no scripting, no embedding, and only web and mail URL schemes.
"""

from __future__ import annotations

import logging

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
