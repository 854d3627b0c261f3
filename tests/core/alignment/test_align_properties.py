"""Properties of alignment under arbitrary documents and edits (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from presspad.core.alignment.consistency import ConsistencySession

EN = ["On October 26, SPbPU signed a memorandum with 3 partners.",
      "The school will run from 6 to 24 July.",
      "“Korea is one of the priority regions,” said Vladimir Khizhnyak.",
      "A USD 5 million agreement was signed in 2020.",
      "Students will spend the first year in St. Petersburg.",
      "See [the news](https://english.spbstu.ru/news/12/)."]
RU = ["26 октября СПбПУ подписал меморандум с 3 партнёрами.",
      "Школа пройдёт с 6 по 24 июля.",
      "«Корея — один из приоритетных регионов», — отметил Владимир Хижняк.",
      "Соглашение на 5 млн долларов США подписано в 2020 году.",
      "Первый год студенты проведут в Санкт-Петербурге.",
      "См. [новость](https://www.spbstu.ru/news/12)."]

paragraph_lists = st.lists(st.integers(0, len(EN) - 1), max_size=8)


def body(indices, pool):
    return "\n\n".join(pool[i] for i in indices)


def assert_cover(analysis):
    beads = analysis.beads
    assert [i for b in beads for i in b.en] == list(range(len(analysis.en.paragraphs)))
    assert [j for b in beads for j in b.ru] == list(range(len(analysis.ru.paragraphs)))
    assert all(1 <= len(b.en) + len(b.ru) <= 3 and len(b.en) <= 2 and len(b.ru) <= 2
               for b in beads)
    assert all(0.0 <= b.score <= 1.0 for b in beads)


@settings(max_examples=60, deadline=None)
@given(paragraph_lists, paragraph_lists, st.integers(0, 7), st.sampled_from(EN + RU + [""]),
       st.booleans())
def test_beads_always_cover_both_sides_in_order(en, ru, where, replacement, edit_english):
    session = ConsistencySession()
    analysis = session.analyse(body(en, EN), body(ru, RU))
    assert_cover(analysis)
    # One paragraph replaced (or removed) on one side: the incremental result
    # is still a complete, ordered alignment, and agrees on the findings'
    # places with a fresh analysis when the alignments agree.
    side, pool = (en, EN) if edit_english else (ru, RU)
    texts = [pool[i] for i in side]
    if texts:
        texts[where % len(texts)] = replacement
    new_en = "\n\n".join(texts) if edit_english else body(en, EN)
    new_ru = body(ru, RU) if edit_english else "\n\n".join(texts)
    incremental = session.analyse(new_en, new_ru, incremental=True)
    assert_cover(incremental)
    fresh = ConsistencySession().analyse(new_en, new_ru, incremental=False)
    if fresh.beads == incremental.beads:
        assert fresh.findings == incremental.findings


@settings(max_examples=40, deadline=None)
@given(paragraph_lists)
def test_a_faithful_translation_has_no_findings(indices):
    analysis = ConsistencySession().analyse(body(indices, EN), body(indices, RU))
    assert analysis.findings == []
    assert all(len(b.en) == len(b.ru) == 1 for b in analysis.beads)
