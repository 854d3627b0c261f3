"""Reading a news site's text format (a "site page") into a release.

A page holds one language: leading blank lines, the title, the body (the
site's Markdown-like paragraphs), the credit line, the related-media block,
the publication date and a navigation footer, laid out as the site profile
(:mod:`presspad.core.formats.site.profiles`) says. Whatever the profile does not predict
(blank-line runs, odd media lines) goes into ``LangVersion.layout`` so that
:func:`presspad.core.formats.site.writer.render_site_page` gives the page back byte
for byte; see that module for the layout keys.
"""

from __future__ import annotations

import base64
import datetime as _dt
import logging
from dataclasses import dataclass
from pathlib import Path

from presspad.core.formats.site.profiles import (
    DEFAULT_PROFILE,
    SiteProfile,
    iter_profiles,
    load_profile,
)
from presspad.core.formats.site.writer import (
    Block,
    content_key,
    join_blocks,
    media_in_block,
    render_media_block,
    render_site_page,
    split_blocks,
    title_problem,
)
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LANG_NAMES, Release
from presspad.core.storage.textio import read_text
from presspad.core.text.language import detect_lang

logger = logging.getLogger(__name__)


def _normalise(text: str) -> tuple[str, str | None]:
    """Text with ``\\n`` line ends, and the page's own line end if it was CRLF."""
    text = text.removeprefix("\ufeff")
    if "\r" not in text:
        return text, None
    if text.count("\r\n") == text.count("\n") == text.count("\r"):
        return text.replace("\r\n", "\n"), "\r\n"
    return text.replace("\r\n", "\n").replace("\r", "\n"), None


def _line_set(profile: SiteProfile, attribute: str) -> set[str]:
    return {getattr(labels, attribute) for labels in profile.languages.values()} - {""}


def looks_like_page(text: str, profile: SiteProfile) -> bool:
    """Whether ``text`` has the structure of the profile's pages (heading, date or footer)."""
    lines = {line.strip() for line in _normalise(text)[0].split("\n")}
    if lines & _line_set(profile, "media_heading"):
        return True
    labels = [label.strip() for label in _line_set(profile, "date_label")]
    if any(line.startswith(label) for line in lines for label in labels if label):
        return True
    return any(labels.footer and set(labels.footer) <= lines
               for labels in profile.languages.values())


def sniff_profile(text: str, preferred: str | None = None) -> SiteProfile | None:
    """The first profile whose page structure ``text`` has, or None (not a site page)."""
    for profile in iter_profiles(first=preferred or DEFAULT_PROFILE):
        if looks_like_page(text, profile):
            return profile
    return None


def import_text_file(path: str | Path, lang: str | None = None,
                     profile: str | None = None) -> Release:
    """A ``.txt`` file: a site page when it has a profile's structure, else Markdown."""
    return read_text_file(path, lang, profile)[0]


def lang_from_name(path: Path) -> str | None:
    """The language a page's name gives, as ``presspad export`` names them
    (``korea.site.ru.txt``), so a one-word title needs no --lang."""
    parts = path.name.lower().split(".")
    if len(parts) >= 4 and parts[-3] == "site" and parts[-2] in LANG_NAMES:
        return parts[-2]
    return None


def read_text_file(path: str | Path, lang: str | None = None,
                   profile: str | None = None) -> tuple[Release, SiteProfile | None]:
    """Like :func:`import_text_file`, also saying which profile matched (None: Markdown)."""
    from presspad.core.formats.markdown import release_from_markdown

    path = Path(path)
    text, _encoding = read_text(path)
    lang = lang or lang_from_name(path)
    if profile is not None:
        chosen = load_profile(profile)
        found = chosen if looks_like_page(text, chosen) else None
    else:
        found = sniff_profile(text)
    if found is None:
        logger.info("%s: no site profile matches; reading it as Markdown", path)
        release = release_from_markdown(text, lang, path)
        if profile is not None:
            release.profile = profile
        return release, None
    logger.info("%s: reading it as a '%s' site page", path, found.name)
    return parse_page(text, found, lang=lang, path=path), found


@dataclass
class _Sections:
    """Where a page's parts start, as indexes into its blocks."""

    content_end: int  # title + body + credit are blocks[:content_end]
    media: int | None  # the media heading
    date: int | None  # the date line
    footer: int  # the footer runs to the end


def _find_sections(blocks: list[Block], profile: SiteProfile) -> _Sections:
    """Locate the date line (last), the footer after it, and the media heading."""
    date_labels = _line_set(profile, "date_label")
    footer_lines = {line for labels in profile.languages.values() for line in labels.footer}
    date = next((i for i in range(len(blocks) - 1, -1, -1)
                 if len(blocks[i].lines) == 1
                 and blocks[i].text.startswith(tuple(date_labels) or ("\0",))), None)
    if date is not None:
        footer = date + 1
        content_end = date
    else:
        # Without a date line, the footer is the trailing run of footer lines.
        footer = len(blocks)
        while footer > 1 and blocks[footer - 1].text in footer_lines:
            footer -= 1
        content_end = footer
    headings = _line_set(profile, "media_heading")
    media = next((i for i in range(content_end) if blocks[i].text in headings), None)
    if media is not None:
        content_end = media
    if blocks[0].text in footer_lines:
        content_end = 0
    return _Sections(content_end, media, date, footer)


def _exact_text(blocks: list[Block]) -> str:
    """Blocks joined with the blank lines they had."""
    return join_blocks([(0 if i == 0 else b.gap, b.text) for i, b in enumerate(blocks)])


def parse_page(text: str, profile: SiteProfile, lang: str | None = None,
               path: str | Path | None = None) -> Release:
    """Parse one site page; a PresspadError (file and line) when it is not one."""
    original = text.removeprefix("\ufeff")
    text, newline = _normalise(original)
    blocks = split_blocks(text)
    if not blocks:
        raise PresspadError("the page is empty: it is missing its title", path=path, line=1,
                            hint="a site page starts with its title line")
    sections = _find_sections(blocks, profile)
    _check_title(blocks[0], profile, sections.content_end, path)
    content = blocks[1:sections.content_end]
    lang = _page_lang(lang, blocks[0], content, profile, path)
    labels = profile.labels(lang)

    release = Release(profile=profile.name)
    version = release.version(lang)
    version.title = blocks[0].text
    layout = version.layout
    gaps: dict[str, int] = {}

    def note_gap(section: str, block: Block) -> None:
        if block.gap != profile.block_gap:
            gaps[section] = block.gap

    credit_index = None
    if content and profile.credit_position != "none":
        candidate = 0 if profile.credit_position == "after_title" else len(content) - 1
        block = content[candidate]
        if len(block.lines) == 1 and block.text.startswith(labels.credit_prefixes or ("\0",)):
            credit_index = candidate
            version.credit = block.text
            note_gap("credit", block)
    paragraphs = [b for i, b in enumerate(content) if i != credit_index]
    version.body = "\n\n".join(b.text for b in paragraphs) + "\n" if paragraphs else ""
    if paragraphs:
        note_gap("body", paragraphs[0])
        paragraph_gaps = [b.gap for b in paragraphs[1:]]
        if any(g != profile.block_gap for g in paragraph_gaps):
            layout["paragraph_gaps"] = paragraph_gaps

    if sections.media is not None:
        media_end = sections.date if sections.date is not None else sections.footer
        media_blocks = blocks[sections.media:media_end]
        note_gap("media", media_blocks[0])
        media_text = _exact_text(media_blocks)
        version.media = media_in_block(media_text)
        if media_text != render_media_block(version.media, profile, lang):
            layout["media_block"] = media_text

    if sections.date is not None:
        note_gap("date", blocks[sections.date])
        release.date = _read_date(blocks[sections.date], profile, path)

    footer_blocks = blocks[sections.footer:]
    default_footer = join_blocks([(0 if i == 0 else profile.block_gap, line)
                                  for i, line in enumerate(labels.footer)])
    if _exact_text(footer_blocks) != default_footer:
        layout["footer"] = _exact_text(footer_blocks)
    if footer_blocks:
        note_gap("footer", footer_blocks[0])

    if blocks[0].gap != profile.leading_blank_lines:
        layout["leading_blank_lines"] = blocks[0].gap
    if gaps:
        layout["gaps"] = gaps
    if text.endswith("\n") != profile.final_newline:
        layout["final_newline"] = text.endswith("\n")
    if newline:
        layout["newline"] = "crlf"
    _keep_verbatim_if_needed(release, lang, profile, original, text, path)
    return release


def _page_lang(lang: str | None, title: Block, content: list[Block], profile: SiteProfile,
               path: str | Path | None) -> str:
    """The page's language: as given, else from the script of its title and body."""
    # A few thousand characters tell the script as well as the whole page does.
    lang = lang or detect_lang("\n".join([title.text, *(b.text for b in content)])[:3000])
    if lang is None:
        raise PresspadError("cannot tell whether this page is English or Russian", path=path,
                            hint="give --lang en or --lang ru")
    if lang not in profile.languages:
        raise PresspadError(f"the site profile '{profile.name}' has no {LANG_NAMES[lang]} "
                            "labels", path=path, hint="add them to the profile")
    return lang


def _read_date(block: Block, profile: SiteProfile, path: str | Path | None) -> _dt.date:
    label = next(label for label in _line_set(profile, "date_label")
                 if block.text.startswith(label))
    value = block.text[len(label):].strip()
    date = profile.parse_date(value)
    if date is None:
        raise PresspadError(f"'{value}' is not a date written {profile.date_format_hint}",
                            path=path, line=block.lineno,
                            hint=f"write the date after '{label.strip()}' as "
                                 f"{profile.date_format_hint}")
    return date


def _check_title(block: Block, profile: SiteProfile, content_end: int,
                 path: str | Path | None) -> None:
    """The first block must be a title line, not a paragraph or a label."""
    problem = None
    if content_end == 0:
        problem = f"line {block.lineno} is the site's '{block.lines[0].strip()}' line"
    elif len(block.lines) > 1:
        problem = f"lines {block.lineno}-{block.lineno + len(block.lines) - 1} are a paragraph"
    elif found := title_problem(block.text, profile):
        problem = f"line {block.lineno} {found[0]}"
    if problem:
        raise PresspadError(f"the page is missing its title: {problem}", path=path,
                            line=block.lineno, hint="put the title on the first line")


def _keep_verbatim_if_needed(release: Release, lang: str, profile: SiteProfile,
                             original: str, text: str, path: str | Path | None) -> None:
    """Keep the page itself when the layout rules do not give it back byte for byte."""
    if render_site_page(release, lang, profile) == original:
        return
    logger.info("%s: layout not reproducible from the profile; keeping the page verbatim",
                path)
    layout = release.version(lang).layout
    if "\r" in original and "newline" not in layout:
        # Mixed line ends: a .presspad text value cannot hold a bare CR.
        layout["verbatim_base64"] = base64.b64encode(original.encode("utf-8")).decode("ascii")
    else:
        layout["verbatim"] = text
    layout["verbatim_key"] = content_key(release, lang)
