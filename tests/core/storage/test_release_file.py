"""The .presspad file: round-trips, atomic saves and clear errors on bad files."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presspad.core.model.errors import DecodeError, PresspadError, UnsupportedFormatError
from presspad.core.model.release import (
    Comment,
    IgnoredFinding,
    ImageRef,
    LangVersion,
    MediaLink,
    Release,
)
from presspad.core.storage import release_file as storage

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"),
               max_size=200)
quotes_and_markdown = st.sampled_from(["“", "”", "«", "»", "„", "“", '"', "'", "*", "_", "#",
                                       "[a](http://x)", "\\", '"""', "\n", "\n\n", "ё", "Ж"])
body = st.lists(st.one_of(text, quotes_and_markdown), max_size=30).map("".join)


@settings(max_examples=150, deadline=None)
@given(en_title=text, ru_title=text, en_body=body, ru_body=body, credit=text,
       date=st.none() | st.dates(min_value=dt.date(1900, 1, 1)))
def test_round_trip_of_random_releases(en_title, ru_title, en_body, ru_body, credit, date):
    release = Release(en=LangVersion(title=en_title, body=en_body, credit=credit),
                      ru=LangVersion(title=ru_title, body=ru_body), date=date)
    assert storage.loads(storage.dumps(release)) == release


def test_round_trip_of_everything(tmp_path):
    release = Release(
        en=LangVersion(title="T", body="Body “q”\n", credit="C",
                       media=[MediaLink("a", "https://x")], layout={"leading": 2}),
        ru=LangVersion(title="Заголовок", body="Текст «цитата»\n"),
        date=dt.date(2020, 10, 29), profile="other",
        ignored=[IgnoredFinding("number-mismatch", "k", "checked with the author")])
    path = tmp_path / "r.presspad"
    storage.save(release, path)
    assert storage.load(path) == release
    assert path.read_text(encoding="utf-8").startswith("# presspad release")


def test_header_fields_ignores_and_comments_round_trip(tmp_path):
    when = dt.datetime(2026, 12, 4, 10, 30, tzinfo=dt.UTC)
    release = Release(
        en=LangVersion(title="T", body="Body “q”\n",
                       images=[ImageRef("photo.jpg", "The rector", "At the signing"),
                               ImageRef("https://x/y.png")]),
        ru=LangVersion(title="Заголовок", body="Текст «цитата»\n"),
        ignored=[IgnoredFinding("number-mismatch", "k", "checked", author="Анна", at=when,
                                message="12 ≠ 13", lang="ru"),
                 IgnoredFinding("speaker-missing", "k2", "")],
        comments=[Comment("c1", "ru", "цитата", "Проверить у автора", start=7, prefix="Текст «",
                           suffix="»", author="Анна", created=when, resolved=True),
                  Comment("c2", "en", "q", "")])
    path = tmp_path / "r.presspad"
    storage.save(release, path)
    assert storage.load(path) == release


def test_a_file_without_the_newer_keys_still_opens():
    text = 'format = 1\n[en]\nbody = "x"\n[[ignored]]\ncode = "c"\nkey = "k"\n'
    release = storage.loads(text)
    assert release.ignored == [IgnoredFinding("c", "k")]
    assert release.comments == [] and release.en.images == []


def test_a_comment_in_an_unknown_language_is_a_clear_error():
    text = 'format = 1\n[[comments]]\nid = "c"\nlang = "de"\nquote = "q"\ntext = "t"\n'
    with pytest.raises(PresspadError, match="lang must be one of en, ru"):
        storage.loads(text)


def test_sample_loads(sample_path):
    release = storage.load(sample_path)
    assert release.en.title.startswith("Polytech Launches")
    assert "Хижняк" in release.ru.body
    assert release.date == dt.date(2020, 10, 29)


def test_failed_save_leaves_old_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "r.presspad"
    storage.save(Release(en=LangVersion(title="old")), path)
    before = path.read_bytes()

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(PresspadError, match="No space left"):
        storage.save(Release(en=LangVersion(title="new" * 1000)), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["r.presspad"]


def test_saving_over_read_only_file_fails_clearly(tmp_path):
    path = tmp_path / "r.presspad"
    storage.save(Release(), path)
    path.chmod(0o444)
    with pytest.raises(PresspadError, match="read-only"):
        storage.save(Release(en=LangVersion(title="x")), path)


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_a_saved_release_gets_the_umask_mode(tmp_path, umask, mask, mode):
    umask(mask)
    path = tmp_path / "r.presspad"
    storage.save(Release(en=LangVersion(title="shared")), path)
    assert path.stat().st_mode & 0o777 == mode


@pytest.mark.parametrize("mode", [0o600, 0o664])
def test_saving_over_a_release_keeps_its_mode(tmp_path, umask, mode):
    umask(0o022)
    path = tmp_path / "r.presspad"
    storage.save(Release(), path)
    path.chmod(mode)
    storage.save(Release(en=LangVersion(title="again")), path)
    assert path.stat().st_mode & 0o777 == mode
    assert storage.load(path).en.title == "again"


def test_newer_format_is_refused_with_advice(tmp_path):
    path = tmp_path / "new.presspad"
    path.write_text("format = 9\n", encoding="utf-8")
    with pytest.raises(UnsupportedFormatError) as err:
        storage.load(path)
    assert "newer presspad" in str(err.value) and "update presspad" in str(err.value)
    assert str(path) in str(err.value)


@pytest.mark.parametrize("content, pattern", [
    (b"format = 1\n[en\n", "not a valid presspad release"),
    (b"title = 'x'\n", "no format version"),
    (b"format = 1\n[en]\ntitle = 5\n", "title must be text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("format = 1\n[ru]\ntitle = 'Пресс-релиз'\n".encode("cp1251"),
     "must be UTF-8 but this file is"),
])
def test_broken_files_get_one_line_messages(tmp_path, content, pattern):
    path = tmp_path / "bad.presspad"
    path.write_bytes(content)
    with pytest.raises((PresspadError, DecodeError)) as err:
        storage.load(path)
    message = str(err.value)
    assert pattern in message and str(path) in message and "\n" not in message


def test_broken_file_names_the_line(tmp_path):
    path = tmp_path / "bad.presspad"
    path.write_text("format = 1\n\n[en]\ntitle = \"unterminated\n", encoding="utf-8")
    with pytest.raises(PresspadError) as err:
        storage.load(path)
    assert err.value.line == 4 and f"{path}:4" in str(err.value)


def test_saving_removes_temporaries_left_by_killed_saves(tmp_path):
    import time

    path = tmp_path / "r.presspad"
    old = tmp_path / ".r.presspad.abc123.tmp"
    fresh = tmp_path / ".r.presspad.def456.tmp"
    other = tmp_path / ".other.presspad.x.tmp"
    for leftover in (old, fresh, other):
        leftover.write_text("half a release", encoding="utf-8")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    os.utime(other, (an_hour_ago, an_hour_ago))
    storage.save(Release(), path)
    assert not old.exists()
    assert fresh.exists()   # may belong to a save running right now
    assert other.exists()   # another release's business
