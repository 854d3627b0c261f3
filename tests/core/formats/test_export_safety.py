"""The site and Markdown exports carry no script further: the site export applies the
HTML export's allow-list to raw HTML and link targets; the Markdown export warns."""

from __future__ import annotations

import logging

import markdown
import pytest

from presspad.core.formats.exporting import render
from presspad.core.formats.sanitize import clean_markup, url_allowed
from presspad.core.model.release import LangVersion, MediaLink, Release
from tests.core.formats.test_sanitize import XSS_VECTORS, assert_harmless


def _release(vector: str) -> Release:
    # The title is one line on a site page (multi-line vectors go in the body only).
    version = LangVersion(title=f"Title {vector.splitlines()[0]}", body=f"Before.\n\n{vector}\n\nAfter {vector} end.\n",
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
            "and <https://spbstu.ru>.\n\n`<script>` in code is text.\n")
    release = Release(en=LangVersion(title="A title", body=body))
    page = render(release, "site", "en")
    assert body.strip().split("\n\n")[0] in page and "`<script>` in code is text." in page
    assert ">>Перейти к новости" in page


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
