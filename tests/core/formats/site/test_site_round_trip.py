"""Property: whatever the site export accepts imports back as itself, field by field,
and every file it writes imports (without being told the language); what it cannot
represent it refuses with a message saying what to change.

Releases here are messy on purpose (titles with newlines, full stops, link shapes;
paragraphs that read like the page's own lines; credits without their prefix;
media addresses with spaces), unlike test_site_format_props.py's tidy ones.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presspad.core.formats.exporting import render_with_warnings
from presspad.core.formats.site.profiles import load_profile
from presspad.core.formats.site.reader import import_text_file
from presspad.core.formats.site.writer import split_blocks, without_blank_lines
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LangVersion, MediaLink, Release

PROFILE = load_profile("spbpu")
_LETTERS = {"en": "abcdefghijklmnopqrstuvwxyzABCDEFXYZ", "ru": "абвгдеёжзийклмнопрстуАБВГДЯ"}
_MARKS = "0123456789«»“”’—–-*(),;:!?%№#.[] <>&\"'_/"


def _lines(lang: str) -> list[str]:
    labels = PROFILE.labels(lang)
    return [*labels.footer, labels.media_heading, labels.date_label + "2020.10.29",
            labels.credit_prefixes[0] + "the office", labels.default_credit, *labels.media_preamble,
            "[a link](#)", "[Title](https://x.org/a b)"]


def words(lang: str):
    return st.text(alphabet=_LETTERS[lang] + _MARKS, min_size=1, max_size=10)


def line(lang: str, odd: int = 12):
    """A line of words; one in ``odd`` is one of the page's own lines or a link."""
    plain = st.lists(words(lang), min_size=1, max_size=12).map(" ".join)
    return st.integers(1, odd).flatmap(
        lambda n: st.sampled_from(_lines(lang)) if n == 1 else plain)


@st.composite
def releases(draw, lang: str) -> Release:
    shape = draw(st.integers(1, 12))   # one title in four is badly shaped
    title = draw(st.lists(line(lang), min_size=2, max_size=2).map("\n".join) if shape == 1
                 else line(lang).map(lambda t: t + ".") if shape == 2
                 else line(lang).map(lambda t: f"[{t}](#)") if shape == 3 else line(lang))
    paragraphs = draw(st.lists(st.one_of(line(lang, 30), st.lists(line(lang, 30), min_size=1,
                                                                   max_size=3).map("\n".join)),
                               max_size=5))
    credit = draw(st.sampled_from(["", "", PROFILE.labels(lang).default_credit, "Our office"]))
    media = draw(st.lists(st.builds(MediaLink, text=line(lang, 30), url=st.sampled_from(
        ["#", "https://example.org/news/1", "/media/2", "#", "https://x.org/a b", "a)b"])),
        max_size=3))
    date = draw(st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))))
    version = LangVersion(title=title, body="\n\n".join(paragraphs) + "\n" if paragraphs else "",
                          credit=credit, media=media)
    release = Release(date=date, profile="spbpu")
    setattr(release, lang, version)
    return release


def _paragraphs(body: str) -> list[str]:
    return [block.text for block in split_blocks(body)]


def _round_trip(release: Release, lang: str, tmp_path, outcome: dict) -> None:
    try:
        # The export the user runs: the page, then the allow-list on its raw HTML.
        page, warnings = render_with_warnings(release, "site", lang)
    except PresspadError as exc:
        message = exc.user_message()
        assert "\n" not in message and exc.hint, message   # says what to change
        outcome["refused"] += 1
        return
    path = tmp_path / f"r.site.{lang}.txt"
    path.write_text(page, encoding="utf-8")
    again = import_text_file(path)      # no --lang: the file must say it itself
    if warnings:
        outcome["warned"] = outcome.get("warned", 0) + 1
        return   # the export said what it removed; the rest is checked above
    version, back = release.version(lang), again.version(lang)
    # A one-line field's blank lines around it are not content (a page cannot hold them).
    assert back.title == without_blank_lines(version.title)
    assert back.credit == without_blank_lines(version.credit)
    assert _paragraphs(back.body) == _paragraphs(version.body)
    assert back.media == version.media
    assert again.date == release.date
    outcome["identical"] += 1


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_site_export_round_trips_or_refuses(lang, tmp_path_factory):
    outcome = {"identical": 0, "refused": 0}
    tmp = tmp_path_factory.mktemp("site")

    @settings(max_examples=300, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow])
    @given(releases(lang))
    def run(release):
        _round_trip(release, lang, tmp, outcome)

    run()
    # Messy on purpose, but many releases must still export, and some be refused.
    assert outcome["identical"] >= 30 and outcome["refused"] >= 30, outcome
