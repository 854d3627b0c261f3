"""Fuzzing every importer and the .presspad reader: only clear errors, no crash, no hang.

Each input is written to a file and opened the way the app and the CLI open
it. The only acceptable failure is a :class:`PresspadError` with a one-line
message; anything else (or no answer within the per-example timeout) fails.
``make test`` runs the fast profile, ``make soak`` many more examples.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presspad.core.formats.importing import import_sources
from presspad.core.formats.loading import load_any
from presspad.core.formats.site.reader import import_text_file
from presspad.core.model.release import Release
from presspad.core.storage import release_file as storage
from tests.reliability.conftest import EXAMPLE_TIMEOUT, PROFILE
from tests.reliability.guard import expect_clean
from tests.reliability.inputs import (
    hostile_bytes,
    hostile_docx,
    presspad_like,
    valid_docx,
    valid_texts,
)

logger = logging.getLogger(__name__)

PROFILE_SETTINGS = settings.get_profile(PROFILE)
langs = st.sampled_from([None, "en", "ru"])


def _file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _is_release(result: object) -> None:
    if result is not None:
        assert isinstance(result, Release)


@settings(PROFILE_SETTINGS)
@given(data=hostile_bytes("site"), lang=langs)
def test_site_text_importer(tmp_path_factory, data, lang):
    path = _file(tmp_path_factory.mktemp("site"), "page.site.en.txt", data)
    _is_release(expect_clean(lambda: import_text_file(path, lang), EXAMPLE_TIMEOUT))


@settings(PROFILE_SETTINGS)
@given(data=hostile_bytes("md"), lang=langs, suffix=st.sampled_from([".md", ".markdown"]))
def test_markdown_importer(tmp_path_factory, data, lang, suffix):
    path = _file(tmp_path_factory.mktemp("md"), "draft" + suffix, data)
    _is_release(expect_clean(lambda: load_any(path, lang), EXAMPLE_TIMEOUT))


@settings(PROFILE_SETTINGS)
@given(data=hostile_docx(), lang=langs)
def test_docx_importer(tmp_path_factory, data, lang):
    path = _file(tmp_path_factory.mktemp("docx"), "draft.docx", data)
    _is_release(expect_clean(lambda: load_any(path, lang), EXAMPLE_TIMEOUT))


@settings(PROFILE_SETTINGS)
@given(data=st.one_of(hostile_bytes("presspad"), presspad_like()))
def test_presspad_reader_load(tmp_path_factory, data):
    path = _file(tmp_path_factory.mktemp("pp"), "release.presspad", data)
    _is_release(expect_clean(lambda: storage.load(path), EXAMPLE_TIMEOUT))


@settings(PROFILE_SETTINGS)
@given(text=st.one_of(st.text(max_size=3000),
                      hostile_bytes("presspad").map(lambda b: b.decode("utf-8", "replace")),
                      presspad_like().map(lambda b: b.decode("utf-8"))))
def test_presspad_reader_loads(text):
    _is_release(expect_clean(lambda: storage.loads(text, "release.presspad"), EXAMPLE_TIMEOUT))


_SOURCES = {".txt": lambda: hostile_bytes("site"), ".md": lambda: hostile_bytes("md"),
            ".docx": hostile_docx, ".presspad": lambda: hostile_bytes("presspad")}
source = st.sampled_from(sorted(_SOURCES)).flatmap(
    lambda suffix: st.tuples(st.just(suffix), _SOURCES[suffix]()))


@settings(PROFILE_SETTINGS)
@given(sources=st.lists(source, min_size=1, max_size=3), lang=langs,
       profile=st.sampled_from([None, "spbpu", "no-such-profile"]))
def test_import_sources(tmp_path_factory, sources, lang, profile):
    folder = tmp_path_factory.mktemp("sources")
    paths = [_file(folder, f"part{index}{suffix}", data)
             for index, (suffix, data) in enumerate(sources)]
    _is_release(expect_clean(lambda: import_sources(paths, lang, profile), EXAMPLE_TIMEOUT))


def test_unknown_suffix_and_missing_files_are_clear(tmp_path):
    odd = _file(tmp_path, "release.pdf", b"%PDF-1.7")
    assert expect_clean(lambda: load_any(odd), EXAMPLE_TIMEOUT) is None
    assert expect_clean(lambda: import_sources([tmp_path / "gone.md"]), EXAMPLE_TIMEOUT) is None
    assert expect_clean(lambda: load_any(tmp_path), EXAMPLE_TIMEOUT) is None


@pytest.mark.parametrize("depth", [2_000, 100_000])
def test_deeply_nested_presspad_is_a_clear_error(tmp_path, depth):
    """Found by this suite: tomllib recursed until RecursionError."""
    path = _file(tmp_path, "deep.presspad", b"format = 1\nx = " + b"[" * depth)
    assert expect_clean(lambda: storage.load(path), EXAMPLE_TIMEOUT) is None


def test_valid_inputs_still_import(tmp_path):
    """The generators' seeds are valid: the fuzzing starts from files that work."""
    docx = _file(tmp_path, "draft.docx", valid_docx())
    assert load_any(docx, "en").en.body
    for index, text in enumerate(valid_texts()["site"]):
        page = _file(tmp_path, f"page{index}.txt", text.encode("utf-8"))
        assert load_any(page).langs_present()
    release = storage.loads(valid_texts()["presspad"][0])
    assert release.en.title and release.ru.title
