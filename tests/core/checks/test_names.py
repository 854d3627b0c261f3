"""name-variant and name-mismatch on the sample release and on planted errors."""

from __future__ import annotations

import pytest

from presspad.core.checks.context import CheckContext
from presspad.core.checks.names import check_name_mismatch, check_name_variant
from presspad.core.checks.registry import default_registry
from presspad.core.directory.snapshot import DirectorySnapshot, directory_words, starter_entries
from presspad.core.formats.loading import load_any
from presspad.core.model.findings import Span
from presspad.core.model.messages import render
from presspad.core.model.release import LangVersion, Release

NAME_CODES = {"name-variant", "name-mismatch"}


@pytest.fixture(scope="module")
def snapshot() -> DirectorySnapshot:
    return DirectorySnapshot(starter_entries())


@pytest.fixture
def sample(sample_path) -> Release:
    return load_any(sample_path)


def run(release, snapshot):
    findings = default_registry().run(release, CheckContext(directory=snapshot))
    return [f for f in findings if f.code in NAME_CODES]


def replace_once(release: Release, lang: str, old: str, new: str) -> None:
    body = release.body(lang)
    assert old in body, old
    release.version(lang).body = body.replace(old, new, 1)


def test_both_checks_are_registered():
    names = default_registry().names()
    assert "name-variant" in names and "name-mismatch" in names


def test_the_sample_has_no_name_findings(sample, snapshot):
    assert run(sample, snapshot) == []


def test_no_directory_no_findings(sample):
    replace_once(sample, "en", "Powel Corporation Co.", "Powell Corporation Co.")
    context = CheckContext(directory=None)
    assert check_name_variant(sample, context) == []
    assert check_name_mismatch(sample, context) == []


def test_planted_variants_are_each_found_once(sample, snapshot):
    plants = [
        # (lang, as in the sample, planted, expected fix)
        ("en", "signed with Powel Corporation,", "signed with Powell Corporation,",
         "Powel Corporation"),                                       # known variant
        ("en", "said Vladimir Khizhnyak,", "said Vladimir Khizhniak,",
         "Vladimir Khizhnyak"),                                      # known variant
        ("en", "campus of Hanyang University", "campus of Hanyng University",
         "Hanyang University"),                                      # near miss
        ("en", "new materials, etc.", "new materials, etc. Khizhniak agrees.",
         "Khizhnyak"),                                               # near miss of a surname
        ("ru", "на базе Университета Ханьян", "на базе Университета Ханян",
         "Университета Ханьян"),                                     # known variant, genitive
        ("ru", "СПбПУ Владимир Хижняк.", "СПбПУ Владимир Хижнак.",
         "Владимир Хижняк"),                                         # near miss
        ("ru", "новые материалы и др.", "новые материалы и др. Слово Владимиру Хижнику.",
         "Владимиру Хижняку"),                                       # near miss, dative
    ]
    for lang, old, new, _ in plants:
        replace_once(sample, lang, old, new)
    findings = run(sample, snapshot)
    got = sorted((f.lang, sample.body(f.lang)[f.span.start:f.span.end], f.fix.replacement)
                 for f in findings)
    expected = sorted((lang, fixed_text, fix) for lang, fixed_text, fix in [
        ("en", "Powell Corporation", "Powel Corporation"),
        ("en", "Vladimir Khizhniak", "Vladimir Khizhnyak"),
        ("en", "Hanyng University", "Hanyang University"),
        ("en", "Khizhniak", "Khizhnyak"),
        ("ru", "Университета Ханян", "Университета Ханьян"),
        ("ru", "Владимир Хижнак", "Владимир Хижняк"),
        ("ru", "Владимиру Хижнику", "Владимиру Хижняку"),
    ])
    assert got == expected
    assert all(f.code == "name-variant" and f.severity.value == "warning" for f in findings)
    assert all(f.fix.span == f.span for f in findings)


def test_fix_keeps_the_trailing_dot_once(snapshot):
    release = Release(en=LangVersion(body="We met Powell Corporation Co., Ltd. today."))
    [finding] = check_name_variant(release, CheckContext(directory=snapshot))
    body = release.en.body
    fixed = body[:finding.span.start] + finding.fix.replacement + body[finding.span.end:]
    assert fixed == "We met Powel Corporation Co., Ltd. today."
    assert render(finding.code, finding.params, "en") == (
        "“Powell Corporation Co., Ltd.” is a variant of the partner name "
        "“Powel Corporation Co., Ltd.”")


def test_partner_missing_from_one_language(sample, snapshot):
    replace_once(sample, "ru", "и будет включён в список KOSDAQ", "и будет включён в список")
    replace_once(sample, "en", "Alexander Masaltsev from the Embassy",
                 "a representative of the Embassy")
    findings = sorted(run(sample, snapshot), key=lambda f: f.lang)
    assert [(f.code, f.lang, f.params["subject"]) for f in findings] == [
        ("name-mismatch", "en", "KOSDAQ"),
        ("name-mismatch", "ru", "Александр Масальцев"),
    ]
    assert sample.body("en")[findings[0].span.start:findings[0].span.end] == "KOSDAQ"
    assert "not in the Russian one" in render("name-mismatch", findings[0].params, "en")


def test_russian_case_forms_count_as_named_and_related_is_the_paragraph(snapshot):
    release = Release(
        en=LangVersion(body="We thank Vladimir Khizhnyak.\n\nGazprom signed."),
        ru=LangVersion(body="Мы благодарим Владимира Хижняка.\n\nПодписание состоялось."))
    [finding] = check_name_mismatch(release, CheckContext(directory=snapshot))
    assert (finding.lang, finding.params["subject"]) == ("en", "Gazprom")
    assert finding.related == Span("ru", 34, 56)
    assert release.ru.body[34:56] == "Подписание состоялось."


def test_one_language_draft_has_no_mismatch(snapshot):
    release = Release(en=LangVersion(body="Gazprom signed."))
    assert check_name_mismatch(release, CheckContext(directory=snapshot)) == []


def test_directory_words_for_the_spell_checker(snapshot):
    en = directory_words(snapshot, "en")
    ru = directory_words(snapshot, "ru")
    assert {"Khizhnyak", "Gyeonggi", "KOSDAQ", "SPbPU", "Exoatlet"} <= en
    assert {"Хижняк", "Хижняком", "Кёнгидо", "Ханьян", "СПбПУ", "Масальцевым"} <= ru
    assert "Khizhniak" not in en and "Powell" not in en   # wrong variants are not words
    assert directory_words(None, "en") == set()


def test_a_long_common_word_does_not_make_a_near_miss():
    from presspad.core.directory.model import ORG, Entry

    snapshot = DirectorySnapshot([Entry(kind=ORG, en="Yanka University",
                                        ru="Университет Янка")])
    release = Release(ru=LangVersion(body="Открылся на базе университета на юге."))
    assert check_name_variant(release, CheckContext(directory=snapshot)) == []
    release.ru.body = "Открылся на базе Университета Янко."
    [finding] = check_name_variant(release, CheckContext(directory=snapshot))
    assert finding.fix.replacement == "Университета Янка"
