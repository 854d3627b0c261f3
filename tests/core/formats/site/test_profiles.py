"""Site profiles: the shipped SPbPU profile and profiles an office adds as files."""

from __future__ import annotations

import datetime as dt

import pytest

from presspad.core.formats.site import profiles
from presspad.core.formats.site.profiles import load_profile, profile_from_toml, profile_names
from presspad.core.model.errors import PresspadError
from presspad.core.storage import paths

OTHER = """
name = "hse"
date_format = "%d.%m.%Y"
date_format_hint = "DD.MM.YYYY"
leading_blank_lines = 0
final_newline = true
credit_position = "after_title"

[languages.en]
credit_prefixes = ["By "]
media_heading = "In the media:"
date_label = "Published: "
footer = ["Back to news"]

[languages.ru]
credit_prefixes = ["Автор: "]
media_heading = "СМИ о нас:"
date_label = "Опубликовано: "
footer = ["Назад к новостям"]
"""


def write_user_profile(name: str, text: str) -> None:
    folder = paths.data_dir() / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.toml").write_text(text, encoding="utf-8")


def test_spbpu_profile_has_the_sites_labels():
    profile = load_profile("spbpu")
    assert profile.labels("en").media_heading == "Other media sciences to write about this:"
    assert profile.labels("ru").media_heading == "Другие СМИ пишут об этом:"
    assert profile.labels("en").date_label == "Дата публикации: "
    assert profile.labels("en").media_preamble == ("-", "Break*News*")
    assert profile.labels("ru").footer == (">>Перейти к новости", ">>Перейти ко всем новостям")
    assert profile.leading_blank_lines == 2
    assert profile.format_date(dt.date(2020, 10, 29)) == "2020.10.29"


def test_date_parsing_is_strict():
    profile = load_profile("spbpu")
    assert profile.parse_date("2020.10.29") == dt.date(2020, 10, 29)
    assert profile.parse_date("2020.1.5") is None  # the site always pads
    assert profile.parse_date("2020.13.01") is None
    assert profile.parse_date("29.10.2020") is None


def test_a_second_office_is_a_file_not_code():
    assert "hse" not in profile_names()
    write_user_profile("hse", OTHER)
    assert profile_names() == ["hse", "spbpu"]
    hse = load_profile("hse")
    assert hse.credit_position == "after_title"
    assert hse.labels("ru").date_label == "Опубликовано: "
    assert hse.parse_date("29.10.2020") == dt.date(2020, 10, 29)
    assert hse.source.endswith("hse.toml")


def test_user_file_overrides_the_shipped_profile():
    write_user_profile("spbpu", OTHER.replace('name = "hse"', 'name = "spbpu"'))
    assert load_profile("spbpu").labels("en").date_label == "Published: "


def test_unknown_profile_names_the_available_ones():
    with pytest.raises(PresspadError, match="unknown site profile 'nope'.*spbpu"):
        load_profile("nope")


@pytest.mark.parametrize("text, problem", [
    ("name = ", "not a valid site profile"),
    ('credit_position = "footer"\n[languages.en]\n', "credit_position"),
    ("[languages.de]\n", "unknown language"),
    ("", "languages"),
    ('name = "other"\n[languages.en]\n', "does not match"),
    ("[languages.en]\nfooter = 3\n", "footer must be a list"),
    ("leading_blank_lines = -1\n[languages.en]\n", "leading_blank_lines"),
])
def test_broken_profiles_are_one_clear_error(text, problem):
    with pytest.raises(PresspadError, match=problem) as info:
        profile_from_toml(text, "hse", "/x/hse.toml")
    assert "/x/hse.toml" in info.value.user_message()


def test_broken_user_profile_is_skipped_when_sniffing(caplog):
    write_user_profile("broken", "[[[")
    names = [p.name for p in profiles.iter_profiles()]
    assert names == ["spbpu"]
    assert "broken.toml" in caplog.text
