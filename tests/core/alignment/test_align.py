"""Paragraph alignment: merges, one-sided paragraphs, stability and incremental re-alignment."""

from __future__ import annotations

from pathlib import Path

import pytest

from presspad.core.alignment.align import align
from presspad.core.alignment.consistency import ConsistencySession
from presspad.core.storage import release_file as storage


@pytest.fixture
def bodies(sample_path) -> tuple[str, str]:
    release = storage.load(sample_path)
    return release.en.body, release.ru.body


def pairs(session: ConsistencySession, en: str, ru: str, incremental: bool = False):
    return [(b.en, b.ru) for b in session.analyse(en, ru, incremental=incremental).beads]


def test_empty_sides():
    assert align([], []) == []
    session = ConsistencySession()
    assert pairs(session, "One.\n\nTwo.", "") == [((0,), ()), ((1,), ())]


def test_beads_cover_every_paragraph_in_order(bodies):
    en, ru = bodies
    beads = ConsistencySession().analyse(en, ru).beads
    assert [i for b in beads for i in b.en] == list(range(7))
    assert [j for b in beads for j in b.ru] == list(range(6))


def test_russian_paragraph_split_in_two_is_a_one_to_two_bead(bodies):
    en, ru = bodies
    ru = ru.replace("Эти соглашения стали", "\n\nЭти соглашения стали")
    assert ((1,), (1, 2)) in pairs(ConsistencySession(), en, ru)


def test_extra_paragraph_on_one_side(bodies):
    en, ru = bodies
    extra = ("Сайт проекта работает на русском и английском языках с прошлого года. "
             "Скоро он получит корейскую версию для партнёров из провинции Кёнгидо. "
             "На нём публикуются новости центра, расписание семинаров и контакты "
             "координаторов, а также отчёты о совместных исследованиях университетов. "
             "Редакция сайта принимает предложения от всех участников.")
    ru = ru.replace("\n\nПомимо СПбПУ", f"\n\n{extra}\n\nПомимо СПбПУ")
    assert pairs(ConsistencySession(), en, ru)[-2:] == [((), (5,)), ((6,), (6,))]


def test_an_edit_does_not_move_unrelated_pairs(bodies):
    en, ru = bodies
    session = ConsistencySession()
    before = pairs(session, en, ru)
    edited = en.replace("The event included a series", "The event, watched online, included "
                        "a long series")
    assert pairs(ConsistencySession(), edited, ru) == before


@pytest.mark.parametrize("edit", [
    lambda en: en.replace("Polytechnic University became", "Polytechnic University, SPbPU, became"),
    lambda en: en.replace("On October 26", "On October 27"),
    lambda en: en.replace("From the first days", "\n\nFrom the first days"),      # split
    lambda en: en.replace("Russian-Korean center\n\nevery year", "Russian-Korean center every "
                          "year"),                                                 # merge
    lambda en: en[:en.index("Polytechnic University became")]
    + en[en.index("“Korea is one"):],                                              # delete
])
def test_incremental_matches_full_alignment(bodies, edit):
    en, ru = bodies
    session = ConsistencySession()
    session.analyse(en, ru)
    new_en = edit(en)
    assert new_en != en
    incremental = session.analyse(new_en, ru, incremental=True)
    full = ConsistencySession().analyse(new_en, ru, incremental=False)
    assert incremental.beads == full.beads
    assert incremental.findings == full.findings


def test_incremental_recheck_extracts_only_the_edited_paragraph(bodies):
    en, ru = bodies
    session = ConsistencySession()
    session.analyse(en, ru)
    misses = session.cache.misses
    analysis = session.analyse(en.replace("On October 26", "On October 27"), ru)
    assert session.cache.misses == misses + 1
    assert [f.code for f in analysis.findings] == ["date-mismatch"]


def test_counterpart(bodies):
    analysis = ConsistencySession().analyse(*bodies)
    assert analysis.counterpart("en", 3) == (2,)
    assert analysis.counterpart("ru", 2) == (2, 3)
    assert analysis.counterpart("ru", 99) == ()


def _sweep_cases():
    """Every paragraph dropped, every adjacent pair merged, in pairs that agree."""
    cases = []
    for name, count in (("en_001/ru_001", 6), ("en_004/ru_003", 4)):   # body paragraphs
        for lang in ("en", "ru"):
            cases += [(name, lang, "drop", k) for k in range(count)]
            cases += [(name, lang, "merge", k) for k in range(count - 1)]
    return cases


CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
# A short last paragraph ("The laboratory will host four PhD students ... in
# 2027.") dropped from the English is taken for part of the paragraph before:
# flagged as number-mismatch (2027) rather than as a missing paragraph.
# And when "Students will spend..." loses its neighbour, its Russian (22% shorter)
# looks less like it than the next Russian paragraph does: the neighbour is
# reported missing instead (one off).
KNOWN_WEAK = {("en_004/ru_003", "en", "drop", 3), ("en_001/ru_001", "en", "drop", 4)}


@pytest.mark.parametrize(("name", "lang", "action", "k"), _sweep_cases())
def test_every_dropped_or_merged_paragraph(request, name, lang, action, k):
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not available")
    if (name, lang, action, k) in KNOWN_WEAK:
        request.applymarker(pytest.mark.xfail(
            strict=True, reason="known limit of length-and-anchor alignment"))
    names = dict(zip(("en", "ru"), name.split("/"), strict=True))
    bodies = {}
    for side, stem in names.items():
        text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
        bodies[side] = text.split("\n", 1)[1].strip()
    paragraphs = bodies[lang].split("\n\n")
    if action == "drop":
        paragraphs = paragraphs[:k] + paragraphs[k + 1:]
    else:
        paragraphs = paragraphs[:k] + [paragraphs[k] + " " + paragraphs[k + 1]] + paragraphs[k + 2:]
    bodies[lang] = "\n\n".join(paragraphs)
    findings = ConsistencySession().analyse(bodies["en"], bodies["ru"]).findings
    if action == "merge":
        assert findings == []
    else:
        other = "ru" if lang == "en" else "en"
        assert [(f.code, f.span.lang) for f in findings] == [
            ("paragraph-missing-translation", other)]
        assert findings[0].params["paragraph"] == k + 1


# The sample's English splits one quote over ¶3-¶4 (0-based 2, 3) where the
# Russian has one ¶3 (2): dropping or merging next to that 2-1 pair is
# ambiguous by nature, so the sweep leaves those out.
SAMPLE_EN_TO_RU = {0: 0, 1: 1, 4: 3, 5: 4, 6: 5}


@pytest.mark.parametrize(("lang", "action", "k"), [
    *[("en", "drop", k) for k in SAMPLE_EN_TO_RU],
    *[("ru", "drop", k) for k in SAMPLE_EN_TO_RU.values()],
    *[("en", "merge", k) for k in (0, 4, 5)],
    *[("ru", "merge", k) for k in (0, 3, 4)],
])
def test_sample_dropped_or_merged_paragraph(bodies, lang, action, k):
    en, ru = bodies
    texts = {"en": en, "ru": ru}
    paragraphs = [p.strip() for p in texts[lang].strip().split("\n\n")]
    if action == "drop":
        paragraphs = paragraphs[:k] + paragraphs[k + 1:]
    else:
        paragraphs = paragraphs[:k] + [paragraphs[k] + " " + paragraphs[k + 1]] + paragraphs[k + 2:]
    texts[lang] = "\n\n".join(paragraphs)
    findings = ConsistencySession().analyse(texts["en"], texts["ru"]).findings
    if action == "merge":
        assert findings == []
        return
    other = "ru" if lang == "en" else "en"
    expected = SAMPLE_EN_TO_RU[k] if lang == "en" else {v: e for e, v in
                                                         SAMPLE_EN_TO_RU.items()}[k]
    assert [(f.code, f.span.lang, f.params["paragraph"]) for f in findings] == [
        ("paragraph-missing-translation", other, expected + 1)]


def test_a_much_shorter_translation_still_aligns_one_to_one(bodies):
    """An English summary (each paragraph without its last sentence) of the Russian."""
    import re

    en, ru = bodies
    if not CORPUS.is_dir():
        pytest.skip("needs the corpus releases in ../shared/corpus for a long enough text")
    extra_en, extra_ru = [], []
    if CORPUS.is_dir():
        for name in ("en_001", "en_004"):
            extra_en.append((CORPUS / f"{name}.txt").read_text(encoding="utf-8")
                            .split("\n", 1)[1].strip())
        for name in ("ru_001", "ru_003"):
            extra_ru.append((CORPUS / f"{name}.txt").read_text(encoding="utf-8")
                            .split("\n", 1)[1].strip())
    paragraphs = "\n\n".join([en.strip(), *extra_en]).split("\n\n")
    shortened = []
    for paragraph in paragraphs:
        sentences = re.split(r"(?<=[.!?”])\s+(?=[A-Z“\"])", paragraph)
        shortened.append(" ".join(sentences[:-1]) if len(sentences) > 1 else paragraph)
    russian = "\n\n".join([ru.strip(), *extra_ru])
    assert len(russian) > 1.4 * len("\n\n".join(shortened))
    beads = ConsistencySession().analyse("\n\n".join(shortened), russian).beads
    pairs = [(b.en, b.ru) for b in beads]
    assert ((2, 3), (2,)) in pairs
    assert all(b.en and b.ru for b in beads)
    assert sum(len(b.en) == len(b.ru) == 1 for b in beads) == len(beads) - 1
