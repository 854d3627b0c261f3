"""Word export, inline part: runs of text with their emphasis, links and pictures.

:mod:`presspad.core.formats.docx_export` lays the blocks out (headings, lists,
tables, the side-by-side table); a :class:`Para` fills one Word paragraph from
an HTML fragment of the rendered Markdown, walking it with lxml into runs
(bold, italic, code, language tag), real hyperlinks and embedded pictures.
"""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path
from typing import Any

from presspad.core.formats.sanitize import clean_html
from presspad.core.model.release import ImageRef

logger = logging.getLogger(__name__)

ABSOLUTE_URL = re.compile(r"^(?:https?|mailto|tel):", re.IGNORECASE)
LINK_COLOUR = "1A4F8B"     # the HTML export's link colour (resources/export.css)
MONOSPACE = "Courier New"
LANG_TAGS = {"en": "en-GB", "ru": "ru-RU"}


def attribute(text: str) -> str:
    """``text`` escaped for an HTML attribute value."""
    return html.escape(text, quote=True)


class Para:
    """One Word paragraph being filled with runs from inline HTML.

    ``box`` is docx_export's block container: it gives the language (``lang``),
    the picture width (``width``) and local files (``local_file``).
    """

    def __init__(self, paragraph, box: Any) -> None:
        self.paragraph = paragraph
        self.box = box

    def text_run(self, text: str, *, bold: bool = False, italic: bool = False,
                 code: bool = False, link=None, strike: bool = False, sup: bool = False,
                 sub: bool = False):
        run = self.paragraph.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        if code:
            run.font.name = MONOSPACE
        if strike:
            run.font.strike = True
        if sup:
            run.font.superscript = True
        if sub:
            run.font.subscript = True
        if link is not None:
            from docx.shared import RGBColor

            run.font.underline = True
            run.font.color.rgb = RGBColor.from_string(LINK_COLOUR)
        _set_language(run, self.box.lang)     # last: w:lang follows the other properties
        if link is not None:
            link.append(run._r)     # moves the run into the w:hyperlink element
        return run

    def inline_text(self, text: str) -> None:
        self.inline_html(attribute(text))

    def inline_html(self, fragment: str) -> None:
        for node in fragments(fragment):
            if isinstance(node, str):
                self._walk_text(node, {})
            else:
                self.inline_element(node)

    def inline(self, element) -> None:
        """The content of a block element (its text and children)."""
        self._walk(element, {}, include_self=False)

    def inline_element(self, element) -> None:
        self._walk(element, {}, include_self=True)

    def inline_node(self, node, style: dict) -> None:
        """A text string or an inline element, in ``style`` (a table header cell's bold)."""
        if isinstance(node, str):
            self._walk_text(node, style)
        else:
            self._walk(node, style, include_self=True)

    def _walk_text(self, text: str, style: dict) -> None:
        text = re.sub(r"\s*\n\s*", " ", text)
        if text:
            self.text_run(text, **style)

    def _walk(self, element, style: dict, include_self: bool) -> None:
        if include_self:
            style = self._styled(element, style)
            if style is None:
                return
        if element.text:
            self._walk_text(element.text, style)
        for child in element:
            if isinstance(child.tag, str):
                self._walk(child, style, include_self=True)
            if child.tail:
                self._walk_text(child.tail, style)

    def _styled(self, element, style: dict) -> dict | None:
        """The run formatting inside ``element``; None when the element was written whole."""
        tag = element.tag
        style = dict(style)
        if tag in {"strong", "b"}:
            style["bold"] = True
        elif tag in {"em", "i", "cite"}:
            style["italic"] = True
        elif tag in {"code", "kbd", "samp"}:
            style["code"] = True
        elif tag in {"s", "del", "strike"}:
            style["strike"] = True
        elif tag in {"sup", "sub"}:
            style[tag] = True
        elif tag == "br":
            self.paragraph.add_run().add_break()
            return None
        elif tag == "img":
            self.image(ImageRef(element.get("src") or "", element.get("alt") or ""))
            return None
        elif tag == "a":
            href = (element.get("href") or "").strip()
            if ABSOLUTE_URL.match(href) and "link" not in style:
                style["link"] = self._hyperlink(href)
        return style

    def _hyperlink(self, url: str):
        """A ``w:hyperlink`` to ``url`` (python-docx has no public API for writing one)."""
        from docx.opc.constants import RELATIONSHIP_TYPE
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        rel_id = self.paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK,
                                               is_external=True)
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("r:id"), rel_id)
        self.paragraph._p.append(hyperlink)
        return hyperlink

    def image(self, image: ImageRef) -> None:
        """A local picture file embedded (at most the column's width), else its alt text."""
        path = self.box.local_file(image.src)
        if path is not None:
            from docx.image.exceptions import UnrecognizedImageError

            try:
                shape = self.paragraph.add_run().add_picture(str(path))
            except (UnrecognizedImageError, OSError, ValueError) as exc:
                # python-docx reads PNG, JPEG, GIF, BMP and TIFF only (no SVG, no WebP).
                logger.warning("picture %s not embedded: %s", path, exc)
            else:
                if shape.width > self.box.width:
                    shape.height = int(shape.height * self.box.width / shape.width)
                    shape.width = self.box.width
                shape._inline.docPr.set("descr", image.alt)
                return
        shown = image.alt.strip() or Path(image.src).name or image.src
        self.text_run(f"[{shown}]", italic=True)


def _set_language(run, lang: str) -> None:
    """Mark the run's language, so Word spell-checks Russian as Russian."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = run._r.get_or_add_rPr()
    tag = OxmlElement("w:lang")
    tag.set(qn("w:val"), LANG_TAGS[lang])
    properties.append(tag)


def fragments(fragment: str) -> list:
    """The sanitized fragment's top-level nodes: lxml elements and bare text strings."""
    from lxml import html as lxml_html

    cleaned = clean_html(fragment)
    if not cleaned.strip():
        return []
    nodes = lxml_html.fragments_fromstring(cleaned)
    return [node for node in nodes if isinstance(node, str) or isinstance(node.tag, str)]


def child_nodes(element) -> list:
    """An element's children with the text between them, as ``_fragments`` gives them."""
    nodes: list = [element.text] if element.text else []
    for child in element:
        if isinstance(child.tag, str):
            nodes.append(child)
        if child.tail:
            nodes.append(child.tail)
    return nodes
