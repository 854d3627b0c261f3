"""Merging one source per language into one bilingual release."""

from __future__ import annotations

import datetime as dt

import pytest

from presspad.core.formats.importing import import_sources
from presspad.core.model.errors import PresspadError

PAGE = """

{title}

{body}

Дата публикации: {date}

>>Перейти к новости

>>Перейти ко всем новостям"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_markdown_and_site_page_merge(tmp_path):
    en = write(tmp_path, "en.md", "# English title\n\nEnglish text.\n")
    ru = write(tmp_path, "ru.txt", PAGE.format(title="Заголовок", body="Текст новости.",
                                               date="2021.03.04"))
    release = import_sources([en, ru])
    assert release.en.title == "English title" and release.ru.title == "Заголовок"
    assert release.date == dt.date(2021, 3, 4) and release.profile == "spbpu"


def test_two_sources_for_one_language_are_refused(tmp_path):
    one = write(tmp_path, "a.md", "Title\n\nText.\n")
    two = write(tmp_path, "b.md", "Other\n\nMore text.\n")
    with pytest.raises(PresspadError, match="second English text") as info:
        import_sources([one, two])
    assert str(two) in info.value.user_message() and str(one) in info.value.user_message()


def test_forced_language(tmp_path):
    path = write(tmp_path, "a.md", "Title\n\nText.\n")
    release = import_sources([path], lang="ru")
    assert release.ru.title == "Title" and release.en.title == ""


def test_different_dates_are_refused(tmp_path):
    en = write(tmp_path, "en.txt", PAGE.format(title="Title", body="Text.", date="2021.03.04"))
    ru = write(tmp_path, "ru.txt", PAGE.format(title="Заголовок", body="Текст.",
                                               date="2021.03.05"))
    with pytest.raises(PresspadError, match="published on 2021-03-05 but .* says 2021-03-04"):
        import_sources([en, ru])


def test_unknown_profile_is_refused_before_reading(tmp_path):
    with pytest.raises(PresspadError, match="unknown site profile 'nope'"):
        import_sources([tmp_path / "missing.txt"], profile="nope")


def test_profile_option_forces_markdown_for_a_non_matching_page(tmp_path):
    path = write(tmp_path, "a.txt", "Title\n\nText.\n")
    assert import_sources([path], profile="spbpu").en.body == "Text.\n"


def test_only_releases_and_site_pages_have_a_place_for_the_date(tmp_path, sample_path):
    from presspad.core.formats.loading import can_hold_date, load_any

    draft = tmp_path / "draft.en.md"
    draft.write_text("Title\n\nText.\n", encoding="utf-8")
    plain = tmp_path / "draft.en.txt"
    plain.write_text("Title\n\nText.\n", encoding="utf-8")
    assert not can_hold_date(draft, load_any(draft))
    assert not can_hold_date(plain, load_any(plain))
    assert can_hold_date(sample_path, load_any(sample_path))
    page = tmp_path / "page.en.txt"
    from presspad.core.formats.exporting import render_with_warnings

    page.write_text(render_with_warnings(load_any(sample_path), "site", "en")[0],
                    encoding="utf-8")
    assert can_hold_date(page, load_any(page))
