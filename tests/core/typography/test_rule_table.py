"""The rule table (rules.toml): every row's examples, and what fixing may never do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from presspad.core.typography.fixer import fix_typography, typography_edits
from presspad.core.typography.table import FAMILIES, all_rules, rule_names, rules_for

DATA = Path(__file__).resolve().parents[2] / "data"
REPO = Path(__file__).resolve().parents[3]


def _lang_of(text: str) -> str:
    return "ru" if re.search("[а-яёА-ЯЁ]", text) else "en"


def _examples(kind: str):
    for number, rule in enumerate(all_rules(), 1):
        for example in getattr(rule, kind):
            text = example[0] if kind == "fixes" else example
            langs = [lang for lang in rule.langs if lang == _lang_of(text)] or list(rule.langs)
            for lang in langs:
                yield pytest.param(rule, lang, example, id=f"{number}-{rule.name}-{lang}")


def test_every_row_is_complete_and_has_examples():
    for rule in all_rules():
        assert rule.family in FAMILIES and rule.langs and rule.why
        assert (rule.pattern is None) == (rule.handler is not None), rule.name
        assert rule.pattern is None or (rule.replace is None) != (rule.inside is None), rule.name
        assert rule.fixes and rule.keeps, f"{rule.name}: a row needs examples both ways"


@pytest.mark.parametrize(("rule", "lang", "example"), list(_examples("fixes")))
def test_the_row_makes_its_fix(rule, lang, example):
    text, expected = example
    assert rule.name in {e.rule for e in typography_edits(text, lang)}, "the row did not fire"
    assert fix_typography(text, lang)[0] == expected


@pytest.mark.parametrize(("rule", "lang", "example"), list(_examples("fixes")))
def test_a_fixed_example_is_found_right(rule, lang, example):
    assert typography_edits(example[1], lang) == []


@pytest.mark.parametrize(("rule", "lang", "text"), list(_examples("keeps")))
def test_the_row_keeps_what_is_right(rule, lang, text):
    assert typography_edits(text, lang) == [], [e for e in typography_edits(text, lang)]


def test_a_family_switched_off_makes_no_edits():
    text = 'Он сказал: "Корея - один из 5 регионов" в 2020 году...'
    rules = {e.family for e in typography_edits(text, "ru")}
    assert {"quotes", "dashes", "spaces", "symbols"} <= rules
    for family in FAMILIES:
        off = frozenset({family})
        assert family not in {e.family for e in typography_edits(text, "ru", off)}
        assert all(rule.family != family for rule in rules_for("ru", off))
    assert fix_typography(text, "ru", frozenset(FAMILIES)) == (text, 0)


def test_rule_names_are_listed_per_language():
    assert "guillemets" in rule_names("ru") and "guillemets" not in rule_names("en")
    assert rule_names("en")[0] == "apostrophe"   # apostrophes first: quotes read them


# ------------------------------------------------------------------ properties

_SPACES_AND_MARKS = re.compile(r"[\s\u00a0\u202f\u2009\"'«»„“”‘’]+")
# Dash runs a rule may turn into a dash; a single hyphen inside a word (из-за,
# state-of-the-art) must stay exactly as it is.
_DASH_RUNS = re.compile(r"-{2,}|[—–]|(?<!\w)-|-(?!\w)")


def _words(text: str) -> str:
    """The text with only its words, digits, stops and word hyphens left: what fixing
    must never change ("No." for "#", "…" for "...", "²" for "2" are the same)."""
    text = text.replace("No.", "#").replace("…", "...").replace("²", "2").replace("³", "3")
    return _SPACES_AND_MARKS.sub("", _DASH_RUNS.sub("", text))


def _corpus_texts():
    shared = REPO.parent / "shared"   # the development corpora, where this checkout has them
    paths = sorted(DATA.glob("quotes*/*.txt")) + sorted(shared.glob("corpus*/*.txt"))
    for path in paths:
        yield pytest.param(path.read_text(encoding="utf-8"), id=path.name)


@pytest.mark.parametrize("text", list(_corpus_texts()))
def test_fixing_a_corpus_text_twice_is_fixing_it_once_and_keeps_its_words(text):
    lang = _lang_of(text)
    once, _ = fix_typography(text, lang)
    assert fix_typography(once, lang) == (once, 0)
    assert typography_edits(once, lang) == []
    assert _words(once) == _words(text)


FRAGMENTS = ["word", "слово", " ", "\n", "\n\n", '"', "'", "-", "--", "---", " - ", " — ", "#",
             "№", "5", "10 000", "50 м2", "кг", "т. е.", "А.С. ", "Пушкин", "XX век", "...",
             "**", "_", "«", "»", "„", "“", "”", "‘", "’", "\u00a0", "—", "(", ")", ",", "!",
             "`code`", "https://x.org/a--b", "{name}", "a@b.org", "'tis", "dpi", "%"]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_random_mixes_fix_to_a_fixed_point_and_keep_their_words(lang):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=500, deadline=None, derandomize=True)
    @given(st.lists(st.sampled_from(FRAGMENTS), max_size=30))
    def run(parts):
        text = "".join(parts)
        once, _ = fix_typography(text, lang)
        assert fix_typography(once, lang) == (once, 0)
        assert _words(once) == _words(text)

    run()


@pytest.mark.parametrize("text", [
    "`\"code\" -- 5 кг` and\n```\n\"a\" -- b\n```\n",
    "https://example.org/a--b?x=1's and www.example.ru/a--b",
    "mail ivan.petrov@mail.ru or o'neil--x@b.org",
    "Dear {first_name}, your {count} items -- {date}, {{ user's \"name\" }} and {a - b}",
    "[a \"link\"](https://x.org/\"a\"--b) <b title=\"a - b\">x</b>",
])
def test_markdown_code_urls_mail_and_placeholders_are_never_touched(text):
    protected = re.findall(r"`[^`]+`|```[\s\S]*?```|https?://\S+|www\.\S+|\S+@\S+|\{\{[^}]+\}\}|\{[^}]+\}|\([^)]*\)"
                           r"|<[^>]+>", text)
    for lang in ("en", "ru"):
        fixed, _ = fix_typography(text, lang)
        for piece in protected:
            assert piece in fixed, (lang, piece, fixed)


def test_every_rule_name_has_words_for_the_findings():
    from presspad.core.model.messages import TYPOGRAPHY_RULES

    assert set(rule_names()) <= set(TYPOGRAPHY_RULES)
