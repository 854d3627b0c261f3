"""The shared export entry point used by the CLI and File → Export."""

from __future__ import annotations

import pytest

from presspad.core.formats.exporting import file_name, render
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LangVersion, Release
from presspad.core.storage import release_file as storage


def test_every_format(sample_path):
    release = storage.load(sample_path)
    assert render(release, "site", "en").startswith("\n\nPolytech Launches")
    assert render(release, "md", "ru").startswith("# Политех запускает")
    assert render(release, "html", None).count("<article") == 2
    assert render(release, "html", "ru").count("<article") == 1


@pytest.mark.parametrize("fmt, lang, message", [
    ("site", None, "one language per file"),
    ("md", "ru", "no Russian text"),
    ("pdf", "en", "unknown export format"),
])
def test_refusals(fmt, lang, message):
    release = Release(en=LangVersion(title="T", body="B.\n"))
    with pytest.raises(PresspadError, match=message):
        render(release, fmt, lang)


def test_file_names():
    assert file_name("korea", "site", "en") == "korea.site.en.txt"
    assert file_name("korea", "md", "ru") == "korea.ru.md"
    assert file_name("korea", "html", None) == "korea.html"
