"""HTML export parsed back with html5lib: valid page, title, paragraphs, emphasis."""

from __future__ import annotations

import datetime as dt

import html5lib
import pytest

from presspad.core.formats.html import cms_fragment, export_html, plain_text
from presspad.core.model.release import LangVersion, MediaLink, Release
from presspad.core.storage import release_file as storage

NS = {"h": "http://www.w3.org/1999/xhtml"}


def parse_strict(page: str):
    """Parse as a browser would; strict mode raises on any HTML5 parse error."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    return parser.parse(page)


def text_of(element) -> str:
    return "".join(element.itertext())


@pytest.fixture
def release() -> Release:
    return Release(
        en=LangVersion(title="Polytech & Korea <together>",
                       body="First *quoted* paragraph.\n\nSecond with **bold** and "
                            "[a link](https://example.org).\n",
                       credit="Prepared by the SPbPU International Office",
                       media=[MediaLink("Break*News*", "https://news.example")]),
        ru=LangVersion(title="Политех и Корея", body="«Первый» абзац.\n"),
        date=dt.date(2020, 10, 29))


def test_one_language_page(release):
    page = export_html(release, ["en"])
    assert page.startswith("<!DOCTYPE html>\n")
    root = parse_strict(page)
    assert root.get("lang") == "en"
    assert text_of(root.find("h:head/h:title", NS)) == "Polytech & Korea <together>"
    assert root.find("h:head/h:meta[@charset='utf-8']", NS) is not None
    assert "font-family" in text_of(root.find("h:head/h:style", NS))
    articles = root.findall(".//h:article", NS)
    assert [a.get("lang") for a in articles] == ["en"]
    article = articles[0]
    assert text_of(article.find("h:h1", NS)) == "Polytech & Korea <together>"
    paragraphs = [p for p in article.findall("h:p", NS) if not p.get("class")]
    assert [text_of(p) for p in paragraphs] == [
        "First quoted paragraph.", "Second with bold and a link."]
    assert text_of(paragraphs[0].find("h:em", NS)) == "quoted"
    assert text_of(paragraphs[1].find("h:strong", NS)) == "bold"
    assert paragraphs[1].find("h:a", NS).get("href") == "https://example.org"
    assert text_of(article.find("h:p[@class='credit']", NS)).startswith("Prepared by")
    media = article.find("h:section[@class='media']", NS)
    assert text_of(media.find("h:h2", NS)) == "Other media sciences to write about this:"
    assert text_of(media.find(".//h:a/h:em", NS)) == "News"
    time = article.find("h:p[@class='date']/h:time", NS)
    assert time.get("datetime") == "2020-10-29"
    assert text_of(time) == "Дата публикации: 2020.10.29"


def test_both_languages_side_by_side(release):
    root = parse_strict(export_html(release))
    main = root.find(".//h:main", NS)
    assert main.get("class") == "releases columns"
    assert [a.get("lang") for a in main.findall("h:article", NS)] == ["en", "ru"]
    assert text_of(root.find("h:head/h:title", NS)) == (
        "Polytech & Korea <together> / Политех и Корея")
    assert text_of(main.findall("h:article", NS)[1].find("h:p", NS)) == "«Первый» абзац."


def test_only_present_language_by_default(release):
    release.en = LangVersion()
    root = parse_strict(export_html(release))
    assert [a.get("lang") for a in root.findall(".//h:article", NS)] == ["ru"]
    assert root.get("lang") == "ru"


def test_sample_exports_as_valid_html(sample_path):
    release = storage.load(sample_path)
    root = parse_strict(export_html(release))
    articles = root.findall(".//h:article", NS)
    assert len(articles) == 2
    assert len([p for p in articles[0].findall("h:p", NS) if not p.get("class")]) == 7
    assert articles[1].find("h:p/h:em", NS) is not None


def test_cms_fragment_is_body_and_credit(release):
    fragment = cms_fragment(release, "en")
    assert "<h1>" not in fragment and "<!DOCTYPE" not in fragment
    assert "<em>quoted</em>" in fragment and 'class="credit"' in fragment
    assert 'rel="noopener noreferrer"' in fragment
    assert "<h1>Polytech &amp; Korea &lt;together&gt;</h1>" in cms_fragment(
        release, "en", include_title=True)
    assert plain_text(release, "en").startswith("Polytech & Korea <together>\n\nFirst *quoted*")


def test_pictures_are_figures_with_their_alt_text_and_unsafe_sources_are_dropped():
    from presspad.core.model.release import ImageRef

    release = Release(en=LangVersion(title="T", body="Text.\n", images=[
        ImageRef("https://example.org/rector.jpg", 'The rector "at work" <b>', "At the signing"),
        ImageRef("javascript:alert(1)", "x")]))
    page = export_html(release, ["en"])
    document = parse_strict(page)
    images = document.findall(".//h:figure/h:img", NS)
    assert images[0].get("src") == "https://example.org/rector.jpg"
    assert images[0].get("alt") == 'The rector "at work" <b>'
    assert text_of(document.find(".//h:figcaption", NS)) == "At the signing"
    assert "javascript:" not in page and "<b>" not in page


def test_preview_writes_a_picture_without_a_source_as_its_alt_text():
    import re

    from presspad.core.formats.html import preview_html
    from presspad.core.model.release import ImageRef

    release = Release(en=LangVersion(
        title="T", body='A ![the <logo> "x"](javascript:alert(1)) and <img src=""> and '
                        "![kept](https://example.com/a.png).",
        images=[ImageRef("javascript:alert(1)", "Campus", "Our campus")]))
    page = preview_html(release, "en")
    images = re.findall(r"<img\b[^>]*>", page)
    assert images and all('src="https://example.com/a.png"' in image for image in images)
    assert "[the &lt;logo&gt; &quot;x&quot;]" in page and "[Campus]" in page
