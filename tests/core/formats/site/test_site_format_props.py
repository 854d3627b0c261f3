"""Property: any release the profile can express survives export → import → export."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from presspad.core.formats.site.profiles import load_profile
from presspad.core.formats.site.reader import parse_page
from presspad.core.formats.site.writer import render_site_page
from presspad.core.model.release import LangVersion, MediaLink, Release

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщьыэюя"
                        "ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГДЕЁЖЗИЙ0123456789«»“”’—–-*(),;:!?%№#.",
               min_size=1, max_size=12)
LINE = st.lists(WORD, min_size=1, max_size=25).map(" ".join)
TITLE = st.lists(WORD, min_size=1, max_size=10).map(" ".join).filter(
    lambda t: not t.endswith(".") and not t.startswith(("[", ">>")))
PARAGRAPH = LINE.filter(lambda p: not p.startswith(("Prepared by", "Дата публикации")))
LINK = st.builds(MediaLink, text=LINE.filter(lambda t: "](" not in t),
                 url=st.sampled_from(["#", "https://example.org/news/1", "/media/2"]))


@st.composite
def releases(draw) -> Release:
    paragraphs = draw(st.lists(PARAGRAPH, min_size=0, max_size=6))
    gaps = draw(st.lists(st.integers(1, 4), min_size=max(len(paragraphs) - 1, 0),
                         max_size=max(len(paragraphs) - 1, 0)))
    version = LangVersion(
        title=draw(TITLE),
        body="\n\n".join(paragraphs) + "\n" if paragraphs else "",
        credit=draw(st.sampled_from(["", "Prepared by the SPbPU International Office"])),
        media=draw(st.lists(LINK, max_size=4)))
    if any(g != 1 for g in gaps):
        version.layout["paragraph_gaps"] = gaps
    if draw(st.booleans()):
        version.layout["final_newline"] = True
    date = draw(st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))))
    return Release(en=version, date=date)


@settings(max_examples=150, deadline=None)
@given(releases())
def test_export_import_export_is_stable(release):
    profile = load_profile("spbpu")
    page = render_site_page(release, "en", profile)
    again = parse_page(page, profile, lang="en")
    assert (again.en.title, again.en.body, again.en.credit, again.en.media, again.date) == (
        release.en.title, release.en.body, release.en.credit, release.en.media, release.date)
    assert "verbatim" not in again.en.layout
    assert render_site_page(again, "en", profile) == page
