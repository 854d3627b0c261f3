"""The importer decides a title only when the first line looks like one."""

from __future__ import annotations

import pytest

from presspad.core.formats.markdown import looks_like_title, release_from_markdown


@pytest.mark.parametrize(("text", "title"), [
    ("BPU hosts the first forum of deans\n\nThe forum opened on Monday.\n",
     "BPU hosts the first forum of deans"),
    ("# A heading.\n\nBody.\n", "A heading."),
    ("Rector: “A campus is not a hostel” – NTU opens its House\nBody follows.\n",
     "Rector: “A campus is not a hostel” – NTU opens its House"),
    ("Ректор ППУ: «Мы ждём не туристов, а соавторов»\nТекст.\n",
     "Ректор ППУ: «Мы ждём не туристов, а соавторов»"),
])
def test_a_headline_is_the_title(text, title):
    lang = "ru" if "Ректор" in text else "en"
    assert release_from_markdown(text, lang).version(lang).title == title


@pytest.mark.parametrize("text", [
    # a lead sentence, a quote, a line introducing a quote, one paragraph alone
    "On 26 October SPbPU signed a memorandum.\nThe ceremony took place online.\n",
    "“Every engineer should explain their project,” says Maria Castellanos.\nMore.\n",
    "Opening the school, its director told the participants:\n“You will not leave here.”\n",
    "Делегация университета посетила Ташкент, где подписала соглашение о сотрудничестве",
    "A single paragraph without a title and without a final newline",
])
def test_a_first_line_that_is_no_headline_stays_in_the_body(text):
    lang = "ru" if "Делегация" in text else "en"
    version = release_from_markdown(text, lang).version(lang)
    assert version.title == ""
    assert version.body.startswith(text.split("\n")[0])


def test_lines_without_blank_lines_are_paragraphs():
    text = "Headline here\nFirst paragraph.\nSecond paragraph.\nThird.\n"
    release = release_from_markdown(text, "en")
    assert release.en.title == "Headline here"
    assert release.en.body == "First paragraph.\n\nSecond paragraph.\n\nThird.\n"


def test_blank_line_paragraphs_are_kept_as_they_are():
    text = "Title\n\nOne line\nwrapped.\n\nTwo.\n"
    assert release_from_markdown(text, "en").en.body == "One line\nwrapped.\n\nTwo.\n"


def test_looks_like_title_needs_more_text_after_it():
    assert not looks_like_title("Short headline", [])
    assert not looks_like_title("Short headline", ["", "  "])
    assert looks_like_title("Short headline", ["Body."])
    assert not looks_like_title("x " * 40, ["Body."])
