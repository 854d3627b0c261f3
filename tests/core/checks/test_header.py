"""Checks of the header fields: date, related links, pictures' alt text, credit."""

from __future__ import annotations

import datetime as dt

from presspad.core.checks.context import CheckContext
from presspad.core.checks.header import (
    check_credit_missing,
    check_date_missing,
    check_image_alt,
    check_related_links,
)
from presspad.core.formats.loading import load_any
from presspad.core.model.messages import render
from presspad.core.model.release import ImageRef, LangVersion, MediaLink, Release

CONTEXT = CheckContext()


def _release(**kwargs) -> Release:
    return Release(en=LangVersion(title="T", body="Text.\n", **kwargs.pop("en", {})),
                   ru=LangVersion(title="Т", body="Текст.\n", **kwargs.pop("ru", {})),
                   **kwargs)


def test_a_release_without_a_date_is_flagged_once():
    findings = check_date_missing(_release(), CONTEXT)
    assert [(f.code, f.lang, f.params["field"]) for f in findings] == [
        ("date-missing", "en", "date")]
    assert render("date-missing", findings[0].params, "en") == (
        "The release has no publication date")


def test_a_dated_or_empty_release_is_not_flagged():
    assert check_date_missing(_release(date=dt.date(2020, 10, 29)), CONTEXT) == []
    assert check_date_missing(Release(), CONTEXT) == []


def test_the_sample_has_its_date_and_matching_links(sample_path):
    sample = load_any(sample_path)
    assert check_date_missing(sample, CONTEXT) == []
    assert check_related_links(sample, CONTEXT) == []


def test_a_related_link_on_one_side_only_is_reported_on_that_side():
    release = _release(en={"media": [MediaLink("TASS", "https://tass.com/a"),
                                     MediaLink("RIA", "https://ria.ru/b/")]},
                       ru={"media": [MediaLink("ТАСС", "https://TASS.com/a/")]})
    findings = check_related_links(release, CONTEXT)
    assert [(f.lang, f.params["url"]) for f in findings] == [("en", "https://ria.ru/b/")]
    assert "missing from the Russian version" in render(
        findings[0].code, findings[0].params, "en")


def test_anonymised_links_are_compared_by_count():
    release = _release(en={"media": [MediaLink("a", "#"), MediaLink("b", "#")]},
                       ru={"media": [MediaLink("а", "#")]})
    findings = check_related_links(release, CONTEXT)
    assert [(f.lang, f.params["text"]) for f in findings] == [("en", "b")]


def test_one_language_release_has_nothing_to_compare():
    release = Release(en=LangVersion(body="x", media=[MediaLink("a", "#")]))
    assert check_related_links(release, CONTEXT) == []
    assert check_credit_missing(release, CONTEXT) == []


def test_a_picture_without_alt_text_is_flagged():
    release = _release(ru={"images": [ImageRef("a.jpg", "Ректор"), ImageRef("b.jpg", "  ")]})
    findings = check_image_alt(release, CONTEXT)
    assert [(f.lang, f.params["text"]) for f in findings] == [("ru", "b.jpg")]


def test_a_credit_in_one_language_only():
    release = _release(en={"credit": "Prepared by the International Office"})
    findings = check_credit_missing(release, CONTEXT)
    assert [(f.code, f.lang, f.severity.value) for f in findings] == [
        ("credit-missing", "ru", "info")]
