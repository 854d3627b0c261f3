"""The site and Markdown exports carry no script further: the site export applies the
HTML export's allow-list to raw HTML and link targets; the Markdown export warns."""

from __future__ import annotations

import logging

import markdown
import pytest

from presspad.core.formats.exporting import render, render_with_warnings
from presspad.core.formats.sanitize import clean_markup, url_allowed
from presspad.core.model.release import LangVersion, MediaLink, Release
from tests.core.formats.test_sanitize import XSS_VECTORS, assert_harmless


def _release(vector: str) -> Release:
    # The title is one line on a site page (multi-line vectors go in the body only).
    version = LangVersion(title=f"Title {vector.splitlines()[0]}",
                          body=f"Before.\n\n{vector}\n\nAfter {vector} end.\n",
                          credit="Prepared by the office",
                          media=[MediaLink("x", "javascript:alert%281%29")])
    return Release(en=version)


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_site_export_is_harmless_as_text_and_once_rendered(vector):
    page = render(_release(vector), "site", "en")
    assert_harmless(page)
    assert_harmless(markdown.markdown(page))


def test_site_export_keeps_ordinary_text_and_allowed_markup():
    body = ("R&D at SPbPU: 5 < 7 and *emphasis*, <em>kept</em>, a [link](https://x.org/a_(b)) "
            "and <https://spbstu.ru>.\n\nA `code span` too.\n")
    release = Release(en=LangVersion(title="A title", body=body))
    page = render(release, "site", "en")
    assert body.strip() in page and ">>Перейти к новости" in page


# Markdown's own ways in: code-span and fence tricks that renderers end differently,
# quotes inside attributes, namespaced tags, reference definitions, escapes.
MARKDOWN_VECTORS = [
    '<img src="x" alt="<" onerror="alert(1)">',
    '<x:y onmouseover="alert(1)">hover</x:y>',
    "a \\`<img src=x onerror=alert(1)>` b",
    "``<img src=x onerror=alert(1)>`",
    '<img src=x onerror="alert(1)" title="`x`">',
    "```x`\n<img src=x onerror=alert(1)>",
    "````\n```\n````` \n<img src=x onerror=alert(1)>",
    "[x]\n\n[x]: javascript:alert(1)",
    "> [x]: javascript:alert(1)\n\n[x]",
    "[x]:\njavascript:alert(1)\n\n[x]",
    "[x](javascript\\:alert(1))",
    "<scr<script>ipt>alert(1)</script>",
    "<!-- <img src=x onerror=alert(1)> -->",
    "<!-- unclosed <img src=x onerror=alert(1)>",
    "<SVG/ONLOAD=alert(1)>",
    "<a href='jav&#x09;ascript:alert(1)'>x</a>",
]


@pytest.mark.parametrize("vector", MARKDOWN_VECTORS)
def test_markdown_tricks_are_harmless_after_the_site_export(vector):
    release = Release(en=LangVersion(title="A title", body=f"Before.\n\n{vector}\n\nAfter.\n"))
    page = render(release, "site", "en")
    assert_harmless(markdown.markdown(page))
    assert_harmless(markdown.markdown(page, extensions=["extra"]))


def test_an_unclosed_dangerous_element_does_not_swallow_the_page():
    release = Release(en=LangVersion(title="A title", body="We draw icons with the <svg> "
                                     "element.\n\nThe next paragraph.\n",
                                     credit="Prepared by the office"))
    page = render(release, "site", "en")
    assert "The next paragraph." in page and "Prepared by the office" in page
    assert "<svg" not in page


def test_site_export_says_what_it_removed(caplog):
    with caplog.at_level(logging.WARNING):
        page = render(_release('<img src=x onerror="alert(1)">'), "site", "en")
    assert "onerror" not in page
    assert any("removed unsafe" in r.getMessage() for r in caplog.records)


def test_markdown_export_keeps_the_text_and_warns(caplog):
    release = Release(en=LangVersion(title="T", body="Hi <script>alert(1)</script> there.\n"))
    with caplog.at_level(logging.WARNING):
        text = render(release, "md", "en")
    assert "<script>alert(1)</script>" in text
    assert any("a renderer may run it" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(("url", "ok"), [
    ("https://x.org", True), ("#", True), ("/news/1", True), ("mailto:a@b.org", True),
    ("javascript:alert(1)", False), ("JaVaScRiPt:alert(1)", False), ("java\tscript:x", False),
    ("&#106;avascript:x", False), ("data:text/html,x", False), ("vbscript:x", False),
])
def test_url_allowed_reads_urls_as_a_browser_does(url, ok):
    assert url_allowed(url) is ok


def test_clean_markup_leaves_plain_text_untouched():
    text = "Plain text with no markup at all, & an ampersand.\n"
    assert clean_markup(text) == (text, [])


def test_a_stray_angle_bracket_never_joins_the_pages_parts():
    release = Release(en=LangVersion(title="<p", body="A body <b\n\nthat goes on.\n"))
    page, warnings = render_with_warnings(release, "site", "en")
    assert page.strip().split("\n\n")[0] == "&lt;p" and ">>Перейти к новости" in page
    assert "&lt;b" in page and warnings
