"""Writing one language of a release in a news site's text format.

The page is laid out by the release's site profile (labels, blank lines);
details an imported page had that the profile does not predict are kept in
``LangVersion.layout`` by :mod:`presspad.core.formats.site.reader` and replayed here,
so an imported page is exported byte for byte. Layout keys (all optional):

``leading_blank_lines`` (int), ``final_newline`` (bool), ``newline`` ("crlf"),
``gaps`` ({section: blank lines before it}; sections ``body``, ``credit``,
``media``, ``date``, ``footer``), ``paragraph_gaps`` ([blank lines between
paragraph i and i+1], used while the paragraph count is unchanged),
``media_block`` (the block's exact text, used while its links equal the
release's media), ``footer`` (the exact text after the date line), and
``verbatim`` or ``verbatim_base64`` + ``verbatim_key`` (the whole page, for
pages the rules above do not reproduce, used while the content is unchanged).

Line ends are never stored as characters: the ``.presspad`` writer's multi-line
strings do not keep a carriage return, so a CRLF page is kept as ``\\n`` text
plus ``newline = "crlf"``, and a page with mixed line ends as base64.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
from dataclasses import dataclass

from presspad.core.formats.site.profiles import DEFAULT_PROFILE, SiteProfile, load_profile
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LANG_NAMES, MediaLink, Release

logger = logging.getLogger(__name__)

# Names of line ends in LangVersion.layout["newline"].
NEWLINES = {"lf": "\n", "crlf": "\r\n"}
# A related-media link as the site prints it: one line "[text](url)".
LINK_RE = re.compile(r"^\[(?P<text>.*)\]\((?P<url>[^()\s]*)\)$")


@dataclass
class Block:
    """A run of non-blank lines, with the number of blank lines before it."""

    lines: list[str]
    lineno: int  # 1-based line number of its first line
    gap: int

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def split_blocks(text: str) -> list[Block]:
    """Cut text (``\\n`` line ends) into blocks of non-blank lines."""
    blocks: list[Block] = []
    current: list[str] = []
    gap = 0
    start = 1
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
            continue
        if current:
            blocks.append(Block(current, start, gap))
            current, gap = [], 0
        gap += 1
    if current:
        blocks.append(Block(current, start, gap))
    return blocks


def join_blocks(parts: list[tuple[int, str]]) -> str:
    """The inverse of :func:`split_blocks` for ``(gap, text)`` pairs."""
    out: list[str] = []
    for index, (gap, text) in enumerate(parts):
        out.append("\n" * (gap if index == 0 else gap + 1))
        out.append(text)
    return "".join(out)


def render_media_block(media: list[MediaLink], profile: SiteProfile, lang: str) -> str:
    """The related-media block as the profile lays it out (empty without links)."""
    if not media:
        return ""
    labels = profile.labels(lang)
    parts: list[tuple[int, str]] = [(0, labels.media_heading)] if labels.media_heading else []
    parts += [(profile.block_gap, line) for line in labels.media_preamble]
    for index, link in enumerate(media):
        gap = profile.block_gap if index == 0 else profile.media_link_gap
        parts.append((gap if parts else 0, f"[{link.text}]({link.url})"))
    return join_blocks(parts)


def media_in_block(text: str) -> list[MediaLink]:
    """The links of a media block's text, in order."""
    links = []
    for line in text.split("\n"):
        match = LINK_RE.match(line.strip())
        if match:
            links.append(MediaLink(text=match["text"], url=match["url"]))
    return links


def content_key(release: Release, lang: str) -> str:
    """A fingerprint of what a page says, to tell whether a verbatim copy is stale."""
    version = release.version(lang)
    data = [version.title, version.body, version.credit,
            [[m.text, m.url] for m in version.media],
            release.date.isoformat() if release.date else None, release.profile]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()[:32]


def release_profile(release: Release) -> SiteProfile:
    """The release's site profile (the default one when it names none)."""
    return load_profile(release.profile or DEFAULT_PROFILE)


def render_site_page(release: Release, lang: str, profile: SiteProfile | None = None) -> str:
    """One language of ``release`` as the site publishes it."""
    profile = profile or release_profile(release)
    version = release.version(lang)
    if not version.title.strip():
        raise PresspadError(f"the {lang} version has no title; a site page needs one",
                            hint="write a title first")
    layout = version.layout
    newline = NEWLINES.get(str(layout.get("newline", "lf")), "\n")
    if layout.get("verbatim_key") == content_key(release, lang):
        if isinstance(layout.get("verbatim_base64"), str):
            return base64.b64decode(layout["verbatim_base64"]).decode("utf-8")
        if isinstance(layout.get("verbatim"), str):
            return _with_newline(layout["verbatim"], newline)
    check_representable(release, lang, profile)
    labels = profile.labels(lang)
    gaps = layout.get("gaps", {})

    def gap(section: str) -> int:
        return int(gaps.get(section, profile.block_gap))

    parts: list[tuple[int, str]] = [
        (int(layout.get("leading_blank_lines", profile.leading_blank_lines)),
         without_blank_lines(version.title))]
    credit = without_blank_lines(version.credit) if profile.credit_position != "none" else ""
    if credit and profile.credit_position == "after_title":
        parts.append((gap("credit"), credit))
    paragraphs = [block.text for block in split_blocks(version.body)]
    paragraph_gaps = layout.get("paragraph_gaps")
    if not isinstance(paragraph_gaps, list) or len(paragraph_gaps) != len(paragraphs) - 1:
        paragraph_gaps = [profile.block_gap] * max(len(paragraphs) - 1, 0)
    for index, paragraph in enumerate(paragraphs):
        parts.append((gap("body") if index == 0 else int(paragraph_gaps[index - 1]),
                      paragraph))
    if credit and profile.credit_position == "before_media":
        parts.append((gap("credit"), credit))
    media_text = layout.get("media_block")
    if not (isinstance(media_text, str) and media_in_block(media_text) == version.media):
        media_text = render_media_block(version.media, profile, lang)
    if media_text:
        parts.append((gap("media"), media_text))
    if release.date is not None and labels.date_label:
        parts.append((gap("date"), labels.date_label + profile.format_date(release.date)))
    footer = layout.get("footer")
    if not isinstance(footer, str):
        footer = join_blocks([(0 if i == 0 else profile.block_gap, line)
                              for i, line in enumerate(labels.footer)])
    if footer:
        parts.append((gap("footer"), footer))
    text = join_blocks(parts)
    if layout.get("final_newline", profile.final_newline):
        text += "\n"
    return _with_newline(text, newline)


_SENTENCE_END = (".", "。")


def without_blank_lines(text: str) -> str:
    """A one-line field as a page holds it: blank lines around it are not part of it."""
    return "\n".join(line for line in text.split("\n") if line.strip())


def title_problem(line: str, profile: SiteProfile) -> tuple[str, str] | None:
    """Why a first line would not read as a title (the reader's rule), and what to
    change, or None."""
    line = line.rstrip()
    if len(line) > profile.title_max_chars:
        return (f"is a paragraph ({len(line)} characters, a title has at most "
                f"{profile.title_max_chars})", "shorten the title")
    if line.endswith(_SENTENCE_END) and not line.endswith(".."):
        return ("ends with a full stop, like a paragraph",
                "remove the full stop at the end of the title")
    if LINK_RE.match(line.strip()):
        return "is a link", "write the title as text, not as a [link](…)"
    return None


def check_representable(release: Release, lang: str, profile: SiteProfile) -> None:
    """Refuse, saying what to change, a release whose page would not read back as itself.

    The reader (:mod:`.reader`) finds a page's parts by their shape: the title
    is the first line, the credit starts with its prefix, the media block with
    its heading, the date with its label, the footer with the site's lines.
    Text shaped like one of those where it would be misread, and links the
    link syntax cannot hold, are refused here rather than silently changed.
    """
    version = release.version(lang)
    labels = profile.labels(lang)
    site_lines = {*labels.footer, labels.media_heading} - {""}

    def refuse(problem: str, hint: str) -> None:
        raise PresspadError(f"the {LANG_NAMES[lang]} site page would not read back: {problem}",
                            hint=hint)

    title = version.title
    if "\n" in title.strip():
        refuse("the title has a line break", "write the title on one line")
    title = title.strip()
    problem = title_problem(title, profile)
    if problem:
        refuse(f"the title {problem[0]}", problem[1])
    if title in site_lines or (labels.date_label and title.startswith(labels.date_label.strip())):
        refuse(f"the title reads as the site's own line '{title[:40]}'", "reword the title")
    credit = version.credit
    prefixes = labels.credit_prefixes
    if credit.strip():
        if "\n" in credit.strip():
            refuse("the credit line has a line break", "write the credit on one line")
        if profile.credit_position == "none":
            refuse("this site prints no credit line", "leave the credit empty")
        if not credit.startswith(prefixes or ("\0",)):
            refuse(f"the credit line does not start with '{(prefixes or [''])[0].strip()}'",
                   f"start it with '{(prefixes or [''])[0]}' or leave the credit empty")
    paragraphs = [block.text for block in split_blocks(version.body)]
    # Without a date line, the footer is found as the page's trailing run of
    # footer lines: body paragraphs ending the page that way would join it.
    trailing = len(paragraphs)
    if release.date is None and not credit.strip() and not version.media:
        while trailing and paragraphs[trailing - 1].strip() in labels.footer:
            trailing -= 1
    for number, paragraph in enumerate(paragraphs, 1):
        if paragraph.strip() == labels.media_heading or number > trailing:
            refuse(f"paragraph {number} is the site's own line '{paragraph.strip()[:40]}'",
                   "remove it: the site adds its own heading and footer")
        if "\n" not in paragraph and labels.date_label and \
                paragraph.startswith(labels.date_label.strip()):
            refuse(f"paragraph {number} reads as the publication date line",
                   "set the date in the release instead, or reword the paragraph")
    credit_slot = {"before_media": -1, "after_title": 0}.get(profile.credit_position)
    if paragraphs and credit_slot is not None and not credit.strip() and prefixes:
        slot = paragraphs[credit_slot]
        if "\n" not in slot and slot.startswith(prefixes):
            refuse(f"the {'last' if credit_slot else 'first'} paragraph reads as the credit line",
                   "move it into the credit field")
    for number, link in enumerate(version.media, 1):
        if re.search(r"[\s()]", link.url):
            refuse(f"media link {number}'s address '{link.url[:40]}' has a space or a "
                   "parenthesis", "write spaces as %20 and ( ) as %28 %29")
        if "\n" in link.text:
            refuse(f"media link {number}'s text has a line break",
                   "write the link's text on one line")


def _with_newline(text: str, newline: str) -> str:
    return text.replace("\n", newline) if newline != "\n" else text
