"""Consistency findings on the sample release, planted differences and corpus pairs."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from presspad.core.alignment.consistency import CODES, ConsistencySession
from presspad.core.checks.consistency import analyse_release
from presspad.core.checks.context import CheckContext
from presspad.core.checks.registry import default_registry
from presspad.core.formats.markdown import release_from_markdown
from presspad.core.model.release import IgnoredFinding, Release
from presspad.core.storage import release_file as storage

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"


@pytest.fixture
def sample(sample_path) -> Release:
    return storage.load(sample_path)


def consistency_findings(release: Release):
    return [f for f in default_registry().run(release) if f.code in CODES]


def text_at(release: Release, span) -> str:
    return release.body(span.lang)[span.start:span.end]


def replace_once(release: Release, lang: str, old: str, new: str) -> Release:
    changed = copy.deepcopy(release)
    body = changed.version(lang).body
    assert body.count(old) == 1, old
    changed.version(lang).body = body.replace(old, new)
    return changed


def test_checks_are_registered():
    registry = default_registry()
    for code in CODES:
        assert code in registry


def test_unchanged_sample_has_no_consistency_findings(sample):
    assert consistency_findings(sample) == []


def test_sample_alignment_pairs_the_split_quote(sample):
    beads = analyse_release(sample).beads
    # The English splits Mr. Lee's quote over paragraphs 3 and 4 (0-based 2, 3).
    assert [(b.en, b.ru) for b in beads] == [
        ((0,), (0,)), ((1,), (1,)), ((2, 3), (2,)), ((4,), (3,)), ((5,), (4,)), ((6,), (5,))]
    assert all(b.score > 0.9 for b in beads)


def test_changed_date_found_once(sample):
    release = replace_once(sample, "ru", "26 октября", "27 октября")
    (finding,) = consistency_findings(release)
    assert finding.code == "date-mismatch" and finding.severity.value == "error"
    assert text_at(release, finding.span) == "27 октября"
    assert text_at(release, finding.related) == "October 26"
    assert finding.params["text"] == "27 октября"


def test_changed_english_date_is_reported_in_the_translation(sample):
    release = replace_once(sample, "en", "On October 26", "On October 25")
    (finding,) = consistency_findings(release)
    assert finding.code == "date-mismatch"
    assert (finding.span.lang, text_at(release, finding.span)) == ("ru", "26 октября")
    assert (finding.related.lang, text_at(release, finding.related)) == ("en", "October 25")


def test_amount_off_by_ten_found_once(sample):
    release = replace_once(sample, "ru", "на 5 млн долларов", "на 50 млн долларов")
    (finding,) = consistency_findings(release)
    assert finding.code == "number-mismatch" and finding.severity.value == "error"
    assert text_at(release, finding.span) == "50 млн"
    assert text_at(release, finding.related) == "5 million"


def test_number_missing_on_one_side_points_at_counterpart_paragraph(sample):
    release = replace_once(sample, "ru", "ещё 3 российские", "ещё несколько российских")
    (finding,) = consistency_findings(release)
    assert finding.code == "number-mismatch"
    assert (finding.span.lang, text_at(release, finding.span)) == ("en", "3")
    assert finding.related.lang == "ru"
    assert text_at(release, finding.related).startswith("Помимо СПбПУ")


def test_number_word_answers_digits(sample):
    release = replace_once(sample, "ru", "ещё 3 российские", "ещё три российские")
    assert consistency_findings(release) == []


def test_dropped_paragraph_found_once(sample):
    body = sample.ru.body
    start = body.index("Политехнический университет стал первым")
    end = body.index("«Корея")
    release = copy.deepcopy(sample)
    release.ru.body = body[:start] + body[end:]
    (finding,) = consistency_findings(release)
    assert finding.code == "paragraph-missing-translation"
    assert finding.severity.value == "warning"
    assert finding.span.lang == "en"
    assert text_at(release, finding.span).startswith("Polytechnic University became the first")
    assert finding.params["paragraph"] == 5
    # Where the translation would go: after the counterpart of the paragraph before.
    assert text_at(release, finding.related).startswith("В качестве почётных гостей")


def test_merged_paragraph_is_not_missing(sample):
    release = replace_once(sample, "ru", "на корейском рынке»*.\n\nПомимо",
                           "на корейском рынке»*. Помимо")
    assert consistency_findings(release) == []
    beads = analyse_release(release).beads
    assert ((5, 6), (4,)) in [(b.en, b.ru) for b in beads]


def with_links(sample: Release, ru_target: str) -> Release:
    release = replace_once(sample, "en", "SPbPU and Powel Corporation",
                           "[SPbPU](https://english.spbstu.ru/news/2020/10/) and Powel Corporation")
    return replace_once(release, "ru", "СПбПУ и компания Powel",
                        f"[СПбПУ]({ru_target}) и компания Powel")


def test_same_link_in_language_versions_is_no_finding(sample):
    assert consistency_findings(with_links(sample, "https://www.spbstu.ru/news/2020/10")) == []


def test_changed_link_found_once(sample):
    release = with_links(sample, "https://www.spbstu.ru/news/2020/11/")
    (finding,) = consistency_findings(release)
    assert finding.code == "link-mismatch" and finding.severity.value == "warning"
    assert text_at(release, finding.span) == "[СПбПУ](https://www.spbstu.ru/news/2020/11/)"
    assert text_at(release, finding.related).startswith("[SPbPU](https://english.spbstu.ru")


def test_each_finding_names_both_places(sample):
    release = replace_once(sample, "ru", "на 5 млн долларов", "на 50 млн долларов")
    release = replace_once(release, "ru", "26 октября", "27 октября")
    findings = consistency_findings(release)
    assert len(findings) == 2
    for finding in findings:
        assert finding.related is not None and finding.related.lang != finding.span.lang


def test_keys_stay_stable_when_other_paragraphs_change(sample):
    release = replace_once(sample, "ru", "на 5 млн долларов", "на 50 млн долларов")
    (before,) = consistency_findings(release)
    edited = replace_once(release, "en", "The event included", "Yesterday, the event included")
    edited = replace_once(edited, "ru", "В ходе мероприятия", "Вчера в ходе мероприятия")
    (after,) = consistency_findings(edited)
    assert after.key() == before.key()
    assert after.span != before.span          # offsets moved, identity did not


def test_ignored_finding_survives_save_and_load(sample, tmp_path):
    release = replace_once(sample, "ru", "на 5 млн долларов", "на 50 млн долларов")
    (finding,) = consistency_findings(release)
    release.ignored.append(IgnoredFinding(finding.code, finding.key(), "checked with the office"))
    path = tmp_path / "ignored.presspad"
    storage.save(release, path)
    loaded = storage.load(path)
    assert loaded.ignored == release.ignored
    assert consistency_findings(loaded) == []
    # Still ignored after an edit elsewhere, and only that one finding is.
    loaded = replace_once(loaded, "ru", "26 октября", "27 октября")
    assert [f.code for f in consistency_findings(loaded)] == ["date-mismatch"]


def test_source_lang_option_moves_paired_findings(sample):
    release = replace_once(sample, "ru", "на 5 млн долларов", "на 50 млн долларов")
    context = CheckContext(options={"source_lang": "ru"})
    (finding,) = [f for f in default_registry().run(release, context) if f.code in CODES]
    assert finding.span.lang == "en" and text_at(release, finding.span) == "5 million"


def test_one_empty_language_gives_no_findings(sample):
    release = copy.deepcopy(sample)
    release.ru.body = ""
    assert consistency_findings(release) == []


def corpus_pair(en: str, ru: str) -> Release:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not available")
    release = release_from_markdown((CORPUS / f"{en}.txt").read_text(encoding="utf-8"), "en")
    release.ru = release_from_markdown((CORPUS / f"{ru}.txt").read_text(encoding="utf-8"),
                                       "ru").ru
    return release


@pytest.mark.parametrize(("en", "ru"), [("en_001", "ru_001"), ("en_004", "ru_003")])
def test_agreeing_corpus_pairs_have_no_findings(en, ru):
    release = corpus_pair(en, ru)
    assert consistency_findings(release) == []
    beads = ConsistencySession().analyse(release.en.body, release.ru.body).beads
    assert all(len(b.en) == len(b.ru) == 1 for b in beads)


def test_corpus_pair_with_missing_paragraph_and_number():
    release = corpus_pair("en_003", "ru_011")
    findings = consistency_findings(release)
    assert sorted(f.code for f in findings) == ["number-mismatch",
                                                "paragraph-missing-translation"]
    number = next(f for f in findings if f.code == "number-mismatch")
    assert text_at(release, number.span) == "621" and text_at(release, number.related) == "612"
    missing = next(f for f in findings if f.code == "paragraph-missing-translation")
    assert text_at(release, missing.span).startswith("Associate Professor Ingrid Dahl")
    # The corpus marks the place at "Кузнецов отметил" in the Russian.
    assert text_at(release, missing.related).startswith("Кузнецов отметил")


@pytest.mark.parametrize(("en", "ru"), [
    ("Students start in September 2027.", "Студенты начнут учёбу в 2027 году."),
    ("It is a 5-year project.", "Это пятилетний проект."),
    ("Twice as many as in 2025: 612.", "Вдвое больше, чем в 2025 году: 612."),
    ("The 12th International Congress opened.", "Открылся XII Международный конгресс."),
    ("It hosted 10 000 guests.", "Он принял 10 000 гостей."),
])
def test_same_facts_written_differently_agree(en, ru):
    assert ConsistencySession().analyse(en, ru).findings == []


@pytest.mark.parametrize(("en", "ru", "code"), [
    ("Students start in September 2027.", "Студенты начнут учёбу в сентябре 2028 года.",
     "date-mismatch"),
    ("It is a 5-year project.", "Это шестилетний проект.", "number-mismatch"),
    ("Applications open on 1 February.", "Приём заявок откроется 1 марта.", "date-mismatch"),
])
def test_different_facts_disagree(en, ru, code):
    assert [f.code for f in ConsistencySession().analyse(en, ru).findings] == [code]


def test_context_session_is_used_incrementally(sample):
    session = ConsistencySession()
    context = CheckContext(options={"consistency_session": session})
    registry = default_registry()
    assert [f for f in registry.run(sample, context) if f.code in CODES] == []
    misses = session.cache.misses
    edited = replace_once(sample, "ru", "на 5 млн долларов", "на 50 млн долларов")
    found = [f.code for f in registry.run(edited, context) if f.code in CODES]
    assert found == ["number-mismatch"]
    assert session.cache.misses == misses + 1        # only the edited paragraph re-read
