"""Fixing the typography of a release leaves its quote pairing as it was."""

from __future__ import annotations

import pytest

from presspad.core.checks.context import CheckContext
from presspad.core.checks.quotes import check_quote_translation, quote_pairs
from presspad.core.model.release import Release
from presspad.core.quotes.sentences import words
from presspad.core.storage.release_file import load
from presspad.core.typography.fixer import fix_typography

# As published: straight quotes, hyphens for dashes, '' closing a quote, no-break spaces missing.
MESSY = Release()
MESSY.en.body = (
    'Rector: "A campus is not a hostel"\n\n'
    '"We built this house because a campus is not a hostel," said Rector Konstantin Lavrov - '
    '"it is a place where you learn to live with people."\n\n'
    "Prof. Anna Berg added: 'Our students come from 64 countries.''\n")
MESSY.ru.body = (
    'Ректор: "Кампус - это не общежитие"\n\n'
    '"Мы построили этот дом, потому что кампус - не общежитие", - сказал ректор Константин '
    'Лавров. - "Это место, где учатся жить с другими людьми".\n\n'
    'Профессор Анна Берг добавила: "Наши студенты приехали из 64 стран".\n')


def signature(release: Release) -> list[tuple]:
    return [(tuple(words(p.en.text)) if p.en else None, p.en.speaker if p.en else None,
             tuple(words(p.ru.text)) if p.ru else None, p.ru.speaker if p.ru else None)
            for p in quote_pairs(release, CheckContext())]


def fixed(release: Release) -> Release:
    out = Release()
    out.en.body = fix_typography(release.en.body, "en")[0]
    out.ru.body = fix_typography(release.ru.body, "ru")[0]
    return out


@pytest.mark.parametrize("which", ["sample", "messy"])
def test_fix_all_leaves_the_quote_pairs_and_findings_unchanged(which, sample_path):
    release = load(sample_path) if which == "sample" else MESSY
    after = fixed(release)
    assert after.en.body != release.en.body   # the fixes did change the text
    assert signature(after) == signature(release)
    codes = sorted(f.code for f in check_quote_translation(release, CheckContext()))
    assert sorted(f.code for f in check_quote_translation(after, CheckContext())) == codes


def test_unmarked_speech_without_counterpart_is_a_warning_never_an_error():
    from presspad.core.model.findings import Severity

    release = Release()
    release.en.body = ("Nguyen Van Duc, Class of 2016, lead engineer at a turbine plant:\n\n"
                       "I chose BPU because my physics teacher had studied here.\n")
    release.ru.body = "Нгуен Ван Дык окончил БПУ в 2016 году.\n"
    findings = check_quote_translation(release, CheckContext())
    assert [(f.code, f.severity) for f in findings] == [
        ("quote-missing-translation", Severity.WARNING)]
