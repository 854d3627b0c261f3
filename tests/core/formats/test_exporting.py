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


@pytest.mark.parametrize("fmt, lang", [("site", "en"), ("site", "ru"), ("md", "en"),
                                       ("md", "ru"), ("html", None), ("html", "en"),
                                       ("html", "ru")])
def test_reviewer_comments_are_never_exported(sample_path, fmt, lang):
    from presspad.core.model.comments import new_comment

    release = storage.load(sample_path)
    for comment_lang, text in (("en", "ZQX reviewer remark"), ("ru", "ЖЩЮ замечание")):
        body = release.body(comment_lang)
        release.comments.append(new_comment(body, comment_lang, 0, body.index(" "), text,
                                            "Reviewer Qwertyson"))
    # Round-tripped through the file, as a saved release would be exported.
    release = storage.loads(storage.dumps(release))
    assert len(release.comments) == 2
    exported = render(release, fmt, lang)
    for needle in ("ZQX", "ЖЩЮ", "Qwertyson", release.comments[0].id):
        assert needle not in exported
