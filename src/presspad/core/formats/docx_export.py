"""Word export: a release as a ``.docx``, one language or both side by side (python-docx).

The Markdown body is rendered to HTML by :func:`presspad.core.formats.html.markdown_to_html`
(python-markdown, as every other export), sanitized with the HTML export's allow-list
(:func:`presspad.core.formats.sanitize.clean_html`: no script text, only web and mail links),
parsed with lxml (python-docx's own XML library) and walked into Word paragraphs and
runs: headings get Word's heading styles, emphasis bold/italic runs, links real
hyperlinks, block quotes the "Quote" style, lists the list styles. Around the body
stand the header fields: title, the date as the site profile prints it, pictures
(a local file is embedded, anything else is written as its alt text), the credit
line and the related-media links. Reviewer comments are never written.

Both languages go into a two-column table whose rows pair the paragraphs. The
pairing is the caller's: ``formats`` may not import ``alignment`` (siblings), so the
CLI and the app pass the aligned beads as ``pairs``; without them paragraphs are
paired by order. A paragraph is a run of non-blank lines (:mod:`presspad.core.text.paragraphs`),
each rendered on its own, so a reference-style link whose definition stands in
another paragraph stays text.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Sequence
from itertools import zip_longest
from pathlib import Path

from presspad.core.formats.docx_inline import (
    LANG_TAGS,
    Para,
    attribute,
    child_nodes,
    fragments,
)
from presspad.core.formats.html import markdown_to_html, markdown_to_inline
from presspad.core.formats.site.profiles import (
    DEFAULT_PROFILE,
    LangLabels,
    SiteProfile,
    load_profile,
)
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LANG_NAMES, LANGS, ImageRef, Release
from presspad.core.text.paragraphs import split_paragraphs

logger = logging.getLogger(__name__)

Pairs = Sequence[tuple[Sequence[int], Sequence[int]]]

_PAGE_MM = (210, 297)        # A4
_MARGIN_MM = 20


def export_docx(release: Release, langs: Sequence[str] | None = None, *,
                pairs: Pairs | None = None, base_dir: str | Path | None = None) -> bytes:
    """The ``.docx`` file's bytes: ``langs`` one language, or ``("en", "ru")`` side by side.

    ``langs`` None (or both) means every language the release has; a language without
    text is left out, so a Russian-only release exports as Russian. ``pairs`` are the
    aligned paragraph indices ``(en_indices, ru_indices)`` for the side-by-side table;
    ``base_dir`` is where relative picture paths are looked up (the release's folder).
    """
    langs = _languages(release, langs)
    from docx import Document
    from docx.shared import Mm

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(_PAGE_MM[0]), Mm(_PAGE_MM[1])
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(_MARGIN_MM))
    width = Mm(_PAGE_MM[0] - 2 * _MARGIN_MM)
    properties = document.core_properties
    properties.title = " / ".join(release.version(lang).title.strip() for lang in langs)
    properties.author = properties.comments = properties.last_modified_by = ""
    properties.language = LANG_TAGS[langs[0]]
    profile = _profile(release)
    base = Path(base_dir) if base_dir is not None else None
    if len(langs) == 1:
        _write_one(document, release, langs[0], profile, base, width)
    else:
        _write_side_by_side(document, release, profile, pairs, base, width)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _languages(release: Release, langs: Sequence[str] | None) -> list[str]:
    chosen = list(langs) if langs else list(LANGS)
    for lang in chosen:
        if lang not in LANGS:
            raise PresspadError(f"unknown language '{lang}'", hint=f"use one of {LANGS}")
    present = [lang for lang in chosen if lang in release.langs_present()]
    if not present:
        if len(chosen) == 1:
            raise PresspadError(f"the release has no {LANG_NAMES[chosen[0]]} text",
                                hint="choose the other language")
        raise PresspadError("the release has no text to export",
                            hint="write a title or a body first")
    return [lang for lang in LANGS if lang in present]


def _profile(release: Release) -> SiteProfile | None:
    try:
        return load_profile(release.profile or DEFAULT_PROFILE)
    except PresspadError as exc:
        # The profile only gives the date's format and labels: export without them.
        logger.warning("Word export without site labels: %s", exc.user_message())
        return None


def _labels(profile: SiteProfile | None, lang: str) -> LangLabels:
    return profile.labels(lang) if profile else LangLabels()


# ------------------------------------------------------------------- layout
def _write_one(document, release: Release, lang: str, profile: SiteProfile | None,
               base: Path | None, width) -> None:
    box = _Box(document, lang, base, width)
    _header(box, release, lang, profile)
    box.markdown(release.version(lang).body)
    _footer(box, release, lang, profile)


def _write_side_by_side(document, release: Release, profile: SiteProfile | None,
                        pairs: Pairs | None, base: Path | None, width) -> None:
    paragraphs = {lang: [p.text for p in split_paragraphs(release.version(lang).body)]
                  for lang in LANGS}
    rows = _rows(pairs, len(paragraphs["en"]), len(paragraphs["ru"]))
    table = document.add_table(rows=0, cols=2)
    table.autofit = False
    column = width // 2

    def row():
        cells = table.add_row().cells
        for cell in cells:
            cell.width = column
        return [_Box(cell, lang, base, column) for cell, lang in zip(cells, LANGS, strict=True)]

    for box, lang in zip(row(), LANGS, strict=True):
        _header(box, release, lang, profile)
    for en_indices, ru_indices in rows:
        for box, lang, indices in zip(row(), LANGS, (en_indices, ru_indices), strict=True):
            box.markdown("\n\n".join(paragraphs[lang][i] for i in indices))
    footer = row()
    for box, lang in zip(footer, LANGS, strict=True):
        _footer(box, release, lang, profile)


def _rows(pairs: Pairs | None, en_count: int, ru_count: int) -> list[tuple[tuple[int, ...], ...]]:
    """The table's body rows; without ``pairs`` the paragraphs are paired by order."""
    if pairs is None:
        return [(() if en is None else (en,), () if ru is None else (ru,))
                for en, ru in zip_longest(range(en_count), range(ru_count))]
    rows = [(tuple(en), tuple(ru)) for en, ru in pairs]
    en_seen = sorted(i for en, _ in rows for i in en)
    ru_seen = sorted(i for _, ru in rows for i in ru)
    if en_seen != list(range(en_count)) or ru_seen != list(range(ru_count)):
        # Stale beads (the text changed after aligning) would drop or repeat paragraphs.
        logger.warning("paragraph pairs do not match the bodies; pairing by order")
        return _rows(None, en_count, ru_count)
    return rows


def _header(box: _Box, release: Release, lang: str, profile: SiteProfile | None) -> None:
    version = release.version(lang)
    if version.title.strip():
        box.paragraph("Title").text_run(version.title.strip())
    if release.date is not None:
        shown = (_labels(profile, lang).date_label + profile.format_date(release.date)
                 if profile else release.date.isoformat())
        box.paragraph().text_run(shown, italic=True)


def _footer(box: _Box, release: Release, lang: str, profile: SiteProfile | None) -> None:
    version = release.version(lang)
    for image in version.images:
        box.image(image)
    if version.credit.strip():
        box.paragraph().text_run(version.credit.strip(), italic=True)
    if version.media:
        heading = _labels(profile, lang).media_heading
        if heading:
            box.paragraph("Heading 2").text_run(heading)
        for link in version.media:
            target = box.paragraph("List Bullet")
            target.inline_html(f'<a href="{attribute(link.url)}">'
                               f"{markdown_to_inline(link.text)}</a>")


# --------------------------------------------------------------- HTML → Word
class _Box:
    """Where blocks go: the document, or one cell of the side-by-side table."""

    def __init__(self, container, lang: str, base: Path | None, width) -> None:
        self.container = container
        self.lang = lang
        self.base = base
        self.width = width
        # A new cell holds one empty paragraph: the first block reuses it.
        in_cell = getattr(container, "sections", None) is None
        self._spare = container.paragraphs[0] if in_cell and container.paragraphs else None

    def paragraph(self, style: str | None = None) -> Para:
        if self._spare is not None:
            paragraph, self._spare = self._spare, None
            if style:
                paragraph.style = style
        else:
            paragraph = self.container.add_paragraph(style=style)
        return Para(paragraph, self)

    def markdown(self, text: str) -> None:
        if not text.strip():
            return
        for element in fragments(markdown_to_html(text)):
            self.block(element)

    def block(self, element, quote: bool = False, level: int = 0) -> None:
        if isinstance(element, str):
            if element.strip():
                self.paragraph("Quote" if quote else None).inline_text(element.strip())
            return
        tag = element.tag
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.paragraph(f"Heading {tag[1]}").inline(element)
        elif tag == "blockquote":
            self._children(element, quote=True, level=level)
        elif tag in {"ul", "ol"}:
            self._list(element, quote, level)
        elif tag == "pre":
            paragraph = self.paragraph("Quote" if quote else None)
            for number, line in enumerate(element.text_content().rstrip("\n").split("\n")):
                if number:
                    paragraph.paragraph.add_run().add_break()
                paragraph.text_run(line, code=True)
        elif tag == "hr":
            self.paragraph()
        elif tag == "table":
            self._table(element)
        elif tag in _CONTAINERS:
            self._children(element, quote, level)
        elif tag == "p":
            self.paragraph("Quote" if quote else None).inline(element)
        else:       # inline markup standing on its own (raw HTML in the body)
            self.paragraph("Quote" if quote else None).inline_element(element)

    def _children(self, element, quote: bool, level: int) -> None:
        for child in child_nodes(element):
            self.block(child, quote, level)

    def _list(self, element, quote: bool, level: int) -> None:
        ordered = element.tag == "ol"
        number = int(element.get("start", "1")) if (element.get("start") or "").isdigit() else 1
        depth = "" if level == 0 else f" {min(level + 1, 3)}"
        for item in element:
            if not isinstance(item.tag, str) or item.tag != "li":
                continue
            # Word's "List Number" runs on across separate lists, so a numbered item
            # gets its number as text (``start`` kept) in a plain hanging-indent style.
            paragraph = self.paragraph(("List" if ordered else "List Bullet") + depth)
            if ordered:
                paragraph.text_run(f"{number}. ")
                number += 1
            nested = []
            for child in child_nodes(item):
                if not isinstance(child, str) and child.tag in {"ul", "ol", "blockquote", "pre"}:
                    nested.append(child)
                elif nested:
                    nested.append(child)
                elif isinstance(child, str):
                    paragraph.inline_text(child)
                elif child.tag == "p":
                    paragraph.inline(child)
                else:
                    paragraph.inline_element(child)
            for child in nested:
                if isinstance(child, str) or child.tag not in {"ul", "ol"}:
                    self.block(child, quote, level + 1)
                else:
                    self._list(child, quote, level + 1)

    def _table(self, element) -> None:
        """A Word table: ``th`` cells bold (a first row of them repeats on each page)."""
        rows = [cells for cells in _table_rows(element) if cells]
        if not rows:
            return
        columns = max(len(cells) for cells in rows)
        # In a cell python-docx adds an empty paragraph after the table (a cell must end
        # with one): an unused first paragraph goes, the trailing one takes its place.
        spare, self._spare = self._spare, None
        table = self.container.add_table(rows=len(rows), cols=columns)
        if spare is not None:
            spare._p.getparent().remove(spare._p)
        if getattr(self.container, "sections", None) is None:
            self._spare = self.container.paragraphs[-1]
        if "Table Grid" in table.part.styles:
            table.style = "Table Grid"
        if all(cell.tag == "th" for cell in rows[0]):
            from docx.oxml import OxmlElement

            table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, source in zip(row.cells, cells, strict=False):
                _Box(cell, self.lang, self.base, self.width // columns).cell(source)

    def cell(self, element) -> None:
        """A table cell's content: runs of inline markup as paragraphs, blocks as blocks."""
        style = {"bold": True} if element.tag == "th" else {}
        paragraph = None
        for node in child_nodes(element):
            if not isinstance(node, str) and node.tag in _BLOCKS:
                paragraph = None
                self.block(node)
                continue
            if paragraph is None:
                if isinstance(node, str):
                    node = node.lstrip()
                    if not node:
                        continue
                paragraph = self.paragraph()
            paragraph.inline_node(node, style)
        align = _ALIGNMENTS.get((element.get("align") or "").lower())
        if align is not None:
            from docx.enum.text import WD_ALIGN_PARAGRAPH

            for written in self.container.paragraphs:
                written.alignment = getattr(WD_ALIGN_PARAGRAPH, align)

    def image(self, image: ImageRef) -> None:
        self.paragraph().image(image)
        if image.caption.strip():
            self.paragraph("Caption").inline_text(image.caption.strip())

    def local_file(self, src: str) -> Path | None:
        if not src or re.match(r"^[a-z][a-z0-9+.-]*://", src, re.IGNORECASE):
            return None     # a web address: the export downloads nothing
        path = Path(src.removeprefix("file:"))
        if not path.is_absolute() and self.base is not None:
            path = self.base / path
        return path if path.is_file() else None


_CONTAINERS = {"div", "section", "article", "header", "footer", "main", "figure"}
_BLOCKS = _CONTAINERS | {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol",
                         "pre", "hr", "table"}
_ALIGNMENTS = {"left": "LEFT", "center": "CENTER", "right": "RIGHT", "justify": "JUSTIFY"}


def _table_rows(table) -> list[list]:
    """The ``th``/``td`` cells of each row of ``table`` (not of a table nested in it)."""
    rows = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in {"thead", "tbody", "tfoot"}:
            rows.extend(row for row in child if row.tag == "tr")
    return [[cell for cell in row if cell.tag in {"th", "td"}] for row in rows]
