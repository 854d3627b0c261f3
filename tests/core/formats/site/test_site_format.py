"""The site's text format: byte-for-byte round trip, layout kept, bad pages refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from presspad.core.formats.importing import import_sources
from presspad.core.formats.loading import load_any
from presspad.core.formats.site.profiles import load_profile
from presspad.core.formats.site.reader import looks_like_page, parse_page
from presspad.core.formats.site.writer import render_site_page
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import MediaLink
from presspad.core.storage import paths
from presspad.core.storage import release_file as storage

REPO = Path(__file__).resolve().parents[4]
SAMPLE = REPO / "resources" / "sample.presspad"
# The shared folder sits next to the repository (../shared from its root).
SAMPLES = REPO.parent / "shared" / "samples"
EN = SAMPLES / "polytech-korea.site.en.txt"
RU = SAMPLES / "polytech-korea.site.ru.txt"
needs_samples = pytest.mark.skipif(not EN.exists() or not RU.exists(),
                                   reason="../shared/samples is not available")

PAGE = """

Title of the release

First paragraph *with emphasis*.

Second paragraph.

Prepared by the SPbPU International Office

Other media sciences to write about this:

-

Break*News*

[Outlet one](https://one.example/a)



[Outlet two](#)

Дата публикации: 2021.03.04

>>Перейти к новости

>>Перейти ко всем новостям"""


def spbpu():
    return load_profile("spbpu")


@needs_samples
@pytest.mark.parametrize("lang, path", [("en", EN), ("ru", RU)])
def test_sample_pages_round_trip_byte_for_byte(lang, path):
    release = import_sources([EN, RU])
    exported = render_site_page(release, lang).encode("utf-8")
    assert exported == path.read_bytes()
    # Reproduced by the layout rules, not by keeping a verbatim copy.
    assert "verbatim" not in release.version(lang).layout


@needs_samples
def test_round_trip_survives_saving_the_release(tmp_path):
    out = tmp_path / "k.presspad"
    storage.save(import_sources([RU, EN]), out)
    release = storage.load(out)
    assert render_site_page(release, "en").encode() == EN.read_bytes()
    assert render_site_page(release, "ru").encode() == RU.read_bytes()


@needs_samples
def test_odd_site_labels_are_not_corrected():
    release = import_sources([EN])
    page = render_site_page(release, "en")
    assert "Other media sciences to write about this:" in page
    assert "\nBreak*News*\n" in page and "Дата публикации: 2020.10.29" in page


@needs_samples
def test_importing_both_pages_equals_the_bundled_sample():
    assert import_sources([EN, RU]) == storage.load(SAMPLE)


@needs_samples
def test_sample_fields():
    release = import_sources([EN, RU])
    assert release.date == dt.date(2020, 10, 29) and release.profile == "spbpu"
    assert release.en.title == "Polytech Launches Research Projects with Korean Industry"
    assert release.ru.credit == "Материал подготовлен Международной службой СПбПУ"
    assert release.en.media[0] == MediaLink("0.0 00 3000' 000-000 0000.00.000", "#")
    assert len(release.ru.media) == 3
    assert release.en.body.startswith("On October 26, SPbPU")
    assert "Prepared by" not in release.en.body and "Дата" not in release.en.body
    # Body paragraphs are clean Markdown; the site's blank-line run lives in the layout.
    assert "\n\n\n" not in release.en.body
    assert release.en.layout["paragraph_gaps"] == [1, 3, 1, 1, 1, 1]


def test_txt_sniffing_site_page_vs_markdown(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    release = load_any(page)
    assert release.en.credit.startswith("Prepared by") and release.date == dt.date(2021, 3, 4)
    plain = tmp_path / "draft.txt"
    plain.write_text("A title\n\nSome text.\n", encoding="utf-8")
    release = load_any(plain)
    assert release.en.title == "A title" and release.en.body == "Some text.\n"
    assert release.date is None and release.en.layout == {}


def test_parse_then_export_constructed_page():
    release = parse_page(PAGE, spbpu())
    version = release.en
    assert version.title == "Title of the release"
    assert version.body == "First paragraph *with emphasis*.\n\nSecond paragraph.\n"
    assert version.media == [MediaLink("Outlet one", "https://one.example/a"),
                             MediaLink("Outlet two", "#")]
    assert version.layout == {}  # exactly the profile's layout
    assert render_site_page(release, "en") == PAGE


def test_edits_are_exported_with_the_profile_layout():
    release = parse_page(PAGE.replace("Second paragraph.", "Second.\n\n\n\nThird."), spbpu())
    release.en.title = "New title"
    release.en.media.append(MediaLink("Outlet three", "https://three.example"))
    page = render_site_page(release, "en")
    assert page.startswith("\n\nNew title\n\nFirst paragraph")
    assert "Second.\n\n\n\nThird." in page  # the kept blank-line run
    assert page.endswith("[Outlet two](#)\n\n\n\n[Outlet three](https://three.example)\n\n"
                         "Дата публикации: 2021.03.04\n\n>>Перейти к новости\n\n"
                         ">>Перейти ко всем новостям")
    # A paragraph added: the stored gaps no longer fit, the profile's apply.
    release.en.body += "\nFourth.\n"
    assert "Second.\n\nThird.\n\nFourth." in render_site_page(release, "en")


def test_odd_media_block_is_kept_while_links_are_unchanged():
    odd = PAGE.replace("Break*News*\n", "Break*News*\n\nSomething else\n")
    release = parse_page(odd, spbpu())
    assert "media_block" in release.en.layout
    assert render_site_page(release, "en") == odd
    release.en.media.pop()
    assert "Something else" not in render_site_page(release, "en")


def test_unpredictable_page_is_kept_verbatim_until_edited():
    odd = PAGE.replace("Title of the release\n", "Title of the release   \n \t\n", 1)
    release = parse_page(odd, spbpu())
    assert render_site_page(release, "en") == odd
    release.en.body = "Changed.\n"
    assert "Changed." in render_site_page(release, "en")


def test_crlf_page_round_trips():
    crlf = PAGE.replace("\n", "\r\n") + "\r\n"
    release = parse_page(crlf, spbpu())
    assert release.en.title == "Title of the release"
    assert render_site_page(release, "en") == crlf
    assert "verbatim" not in release.en.layout


def test_russian_detected_and_lang_forced():
    ru = PAGE.replace("Title of the release", "Заголовок новости").replace(
        "First paragraph *with emphasis*.", "Первый абзац, *курсив* и ещё текст по-русски.")
    ru = ru.replace("Prepared by the SPbPU International Office",
                    "Материал подготовлен Международной службой СПбПУ")
    assert parse_page(ru, spbpu()).ru.credit.startswith("Материал")
    forced = parse_page(PAGE, spbpu(), lang="ru")
    assert forced.ru.title == "Title of the release" and not forced.en.title
    assert forced.ru.credit == ""  # an English credit is not a Russian credit line


def test_page_without_media_date_or_footer_bits():
    page = "\n\nTitle\n\nBody text.\n\nДата публикации: 2021.03.04"
    release = parse_page(page, spbpu())
    assert release.en.body == "Body text.\n" and release.en.media == []
    assert render_site_page(release, "en") == page


@pytest.mark.parametrize("page, line, what", [
    ("", 1, "empty"),
    ("\n\n\n", 1, "empty"),
    ("\n\nThis first paragraph of the release has no title above it.\n\nMore.\n\n"
     "Дата публикации: 2021.03.04", 3, "missing its title"),
    ("\nДата публикации: 2021.03.04\n", 2, "missing its title"),
    ("Other media sciences to write about this:\n\n[a](#)\n", 1, "missing its title"),
    ("\n\nLine one\nline two\n\nBody.\n\nДата публикации: 2021.03.04", 3, "missing its title"),
    ("\n\nTitle\n\nBody.\n\nДата публикации: 2021.13.45", 7, "'2021.13.45' is not a date"),
    ("\n\nTitle\n\nBody.\n\nДата публикации: вчера", 7, "is not a date written YYYY.MM.DD"),
])
def test_bad_pages_name_the_line(page, line, what):
    with pytest.raises(PresspadError, match=what) as info:
        parse_page(page, spbpu(), path="p.txt")
    assert info.value.line == line
    assert info.value.user_message().startswith(f"p.txt:{line}: ")


def test_second_profile_from_a_user_file_round_trips(tmp_path):
    folder = paths.data_dir() / "profiles"
    folder.mkdir(parents=True)
    (folder / "hse.toml").write_text("""
name = "hse"
date_format = "%d.%m.%Y"
final_newline = true
credit_position = "after_title"
media_link_gap = 1
[languages.en]
credit_prefixes = ["By "]
media_heading = "In the media:"
date_label = "Published: "
footer = ["Back to news"]
""", encoding="utf-8")
    page = ("Campus news\n\nBy the press office\n\nOne.\n\nTwo.\n\nIn the media:\n\n"
            "[Paper](https://paper.example)\n\n[TV](https://tv.example)\n\n"
            "Published: 04.03.2021\n\nBack to news\n")
    path = tmp_path / "hse.txt"
    path.write_text(page, encoding="utf-8")
    release = load_any(path)
    assert release.profile == "hse" and release.date == dt.date(2021, 3, 4)
    assert release.en.credit == "By the press office" and release.en.body == "One.\n\nTwo.\n"
    assert len(release.en.media) == 2 and release.en.layout == {}
    assert render_site_page(release, "en") == page
    assert looks_like_page(page, load_profile("hse"))
    assert not looks_like_page(page, load_profile("spbpu"))


def test_export_without_title_is_refused():
    release = parse_page(PAGE, spbpu())
    release.en.title = " "
    with pytest.raises(PresspadError, match="no title"):
        render_site_page(release, "en")



@pytest.mark.parametrize("page", [
    PAGE.replace("\n", "\r\n") + "\r\n",
    PAGE.replace("Break*News*\n", "Break*News*\n\nSomething else\n").replace(
        "\n\nFirst", "\n\n\nFirst"),
    PAGE.replace("Title of the release\n", "Title of the release  \n \n", 1),
    PAGE.replace(">>Перейти к новости\n\n", ""),
    PAGE.replace("\n", "\r\n", 5),  # mixed line ends
])
def test_kept_layout_survives_the_presspad_file(page, tmp_path):
    path = tmp_path / "x.presspad"
    storage.save(parse_page(page, spbpu()), path)
    assert render_site_page(storage.load(path), "en").encode() == page.encode()
