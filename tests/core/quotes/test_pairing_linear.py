"""Quote pairing scores only nearby candidates now; on every annotated corpus it
gives exactly the pairs the full scoring gave."""

from __future__ import annotations

from pathlib import Path

import pytest

from presspad.core.formats.markdown import release_from_markdown
from presspad.core.quotes import pairing
from presspad.core.quotes.finder import release_quotes
from presspad.core.quotes.pairing import pair_quotes, same_person

DATA = Path(__file__).resolve().parents[2] / "data"
SHARED = Path(__file__).resolve().parents[3].parent / "shared"


def reference_pairs(en, ru, en_len, ru_len, directory=None):
    """The scoring before it was made near-linear: every pair scored (within MAX_DRIFT
    for long lists), then the same order-keeping alignment."""
    m, n = len(en), len(ru)
    band = pairing.MAX_DRIFT if m * n > pairing.BAND_FROM else 2.0

    def score(e, r):
        s = 0.0
        verdict = same_person(e.speaker, r.speaker, directory)
        s += 1.5 if verdict is True else -0.5 if verdict is False else 0.0
        ne, nr = pairing._numbers(e.text), pairing._numbers(r.text)
        if ne and nr:
            s += 0.7 if ne & nr else -0.3
        elif ne or nr:
            s -= 0.2
        we, wr = pairing._word_count(e.text), pairing._word_count(r.text)
        s += min(we, wr) / max(we, wr, 1)
        drift = abs(e.start / max(en_len, 1) - r.start / max(ru_len, 1))
        return s + max(0.0, 1.0 - 2.5 * drift)

    scores = [[score(e, r) if abs(e.start / max(en_len, 1) - r.start / max(ru_len, 1)) < band
               else -1.0 for r in ru] for e in en]
    return pairing.align(en, ru, scores)   # the alignment itself did not change


def _corpus_pairs():
    for folder in [*sorted(DATA.glob("quotes*")), *sorted(SHARED.glob("corpus*"))]:
        for en_path in sorted(folder.glob("en_*.txt")):
            ru_path = folder / en_path.name.replace("en_", "ru_", 1)
            if ru_path.exists():
                yield pytest.param(en_path, ru_path, id=f"{folder.name}/{en_path.stem}")


def _key(pairs):
    return [(p.en and (p.en.start, p.en.text), p.ru and (p.ru.start, p.ru.text)) for p in pairs]


@pytest.mark.parametrize(("en_path", "ru_path"), list(_corpus_pairs()))
def test_the_same_pairs_as_full_scoring(en_path, ru_path):
    en_release = release_from_markdown(en_path.read_text(encoding="utf-8"), "en")
    ru_release = release_from_markdown(ru_path.read_text(encoding="utf-8"), "ru")
    en = [q for q in release_quotes(en_release, "en") if q.part == "body"]
    ru = [q for q in release_quotes(ru_release, "ru") if q.part == "body"]
    lengths = len(en_release.en.body), len(ru_release.ru.body)
    assert _key(pair_quotes(en, ru, *lengths)) == _key(reference_pairs(en, ru, *lengths))


def test_a_long_release_pairs_its_repeated_quotes_in_order():
    from presspad.core.quotes.finder import find_quotes

    en_text = "".join(f"“We will open lab {n} in {2000 + n},” said Rector Ivan Petrov.\n\n"
                      for n in range(300))
    ru_text = "".join(f"«Мы откроем лабораторию {n} в {2000 + n} году», — сказал ректор "
                      f"Иван Петров.\n\n" for n in range(300))
    en, ru = find_quotes(en_text, "en"), find_quotes(ru_text, "ru")
    pairs = pair_quotes(en, ru, len(en_text), len(ru_text))
    assert all(p.en is not None and p.ru is not None for p in pairs) and len(pairs) == 300
    assert all(str(n) in p.en.text and str(n) in p.ru.text for n, p in enumerate(pairs))
