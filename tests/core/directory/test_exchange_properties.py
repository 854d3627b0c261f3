"""Property tests: any directory survives a CSV or TBX round-trip unchanged."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from presspad.core.directory.exchange import entries_to_csv, parse_csv
from presspad.core.directory.model import ORG, PERSON, Entry, Title, clean_name
from presspad.core.directory.tbx import entries_to_tbx, parse_tbx

ALPHABET = ("abcxyzABCXYZ абвёжяАБВЁЖЯ0129 ,.;:'\"«»“”-–()&<>/\\!?№%=+@"
            "\u00e9\u00fc")
name = st.text(ALPHABET, min_size=1, max_size=30).map(clean_name).filter(bool)
names = st.lists(name, max_size=3, unique=True)
note = st.text(ALPHABET + "\n", max_size=60).map(str.strip)


@st.composite
def entries(draw) -> list[Entry]:
    result = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from([ORG, PERSON]))
        en, ru = draw(name), draw(name)
        if draw(st.booleans()):
            en = ""
        titles = []
        if kind == PERSON:
            titles = [Title(draw(name), draw(name), None, draw(name))
                      for _ in range(draw(st.integers(0, 2)))]
        result.append(Entry(
            kind=kind, en=en, ru=ru,
            short_en=[n for n in draw(names) if n != en],
            short_ru=[n for n in draw(names) if n != ru],
            variants_en=draw(names), variants_ru=draw(names), titles=titles,
            gender=draw(st.sampled_from(["", "m", "f"])) if kind == PERSON else "",
            note=draw(note)))
    # Orgs first: both readers return them in that order.
    return sorted((e.normalised() for e in result), key=lambda e: e.kind != ORG)


def same(a: list[Entry], b: list[Entry]) -> None:
    def key(e: Entry) -> tuple:
        return (e.kind, e.en, e.ru, e.short_en, e.short_ru, e.variants_en, e.variants_ru,
                [(t.en, t.ru, t.org_name) for t in e.titles], e.gender, e.note)
    assert [key(e) for e in a] == [key(e) for e in b]


@settings(max_examples=60, deadline=None)
@given(entries())
def test_csv_round_trip(original):
    same(parse_csv(entries_to_csv(original)), original)


@settings(max_examples=60, deadline=None)
@given(entries())
def test_tbx_round_trip(original):
    same(parse_tbx(entries_to_tbx(original)), original)
