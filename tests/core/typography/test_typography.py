"""Typography rules: each fixes what is wrong, leaves what is right, and is idempotent."""

from __future__ import annotations

import pytest

from presspad.core.checks.context import CheckContext
from presspad.core.checks.registry import default_registry
from presspad.core.checks.typography import check_typography
from presspad.core.model.fixes import apply_fixes
from presspad.core.model.release import Release
from presspad.core.storage.release_file import load
from presspad.core.typography.fixer import fix_typography, typography_edits

NB = "\u00a0"

# The rules' own examples (fixes and keeps) live in rules.toml and are run by
# test_rule_table.py; these are whole sentences mixing rules.

RIGHT = [
    ("en", "He said “yes” today, and ‘no’ tomorrow."),
    ("en", "The world’s No. 1 company isn’t done…"),
    ("en", "A state-of-the-art lab in 2019–2020; 5 - 3 = 2 and 1,000 people."),
    ("en", "Korea — our partner—and friend."),
    ("en", f"Over 10{NB}000 and 10\u202f000 students, in 2020 300 came."),
    ("en", 'He measured 5" of rain.'),            # cannot tell: left alone
    ("ru", "Компания «Газпром» готова. Он сказал: «Компания „Газпром“ готова»."),
    ("ru", f"Корея{NB}— один из регионов; 1941-1945 годы; 5 - 3."),
    ("ru", f"компания №{NB}1 в{NB}мире, В.{NB}В.{NB}Путин, 5{NB}млн, 10{NB}000."),
    ("ru", f"онлайн-формат, г-н Ли, т.{NB}е. всё, 2020-й год, СПбПУ."),
    ("ru", "— Прямая речь, абзац начат тире."),
    ("ru", "Телефон +7 812 552 60 94."),
]

MARKDOWN = [
    ("en", '# 1 heading\n\nSee [a link](https://x.org/a--b "t") and `"code" -- ...`.\n'),
    ("en", '```\nprint("a") # 1 -- x...\n```\n'),
    ("en", "Mail a.b@x.org, visit https://x.org/a--b...c or <https://y.org/#1>.\n"),
    ("en", "- item one\n- item two\n\n---\n\n| a | b |\n|---|---|\n"),
    ("ru", "- пункт\n  - вложенный пункт\n\n`в 5 млн`\n"),
    ("ru", '<a title="a - b">текст</a> [ссылка](https://x.ru/a--b)\n'),
]


@pytest.mark.parametrize("lang,text", RIGHT)
def test_correct_text_is_left_alone(lang, text):
    assert typography_edits(text, lang) == []


@pytest.mark.parametrize("lang,text", MARKDOWN)
def test_markdown_urls_and_code_are_left_alone(lang, text):
    assert typography_edits(text, lang) == []


def test_unbalanced_paragraph_quotes_are_not_guessed():
    # The opening mark continues into the next paragraph (English convention).
    text = 'He said "this goes on\n\n"and on." Then he left.'
    assert [e for e in typography_edits(text, "en") if e.rule == "curly-quotes"] == [
        e for e in typography_edits(text, "en") if e.start > text.index("\n\n")
        and e.rule == "curly-quotes"]
    assert fix_typography(text, "en")[0].startswith('He said "this')


def test_sample_number_sign_is_flagged(sample_path):
    release = load(sample_path)
    findings = default_registry().run(release, CheckContext(), only=["typography"])
    number = [f for f in findings if f.params["rule"] == "number-sign"]
    assert len(number) == 1
    f = number[0]
    body = release.body("en")
    assert body[f.span.start:f.span.end] == "#"   # the exact span: "# 1" → "No. 1"
    assert f.fix.replacement == "No." and f.params["text"] == "world’s # 1"
    assert f.params["fixed"] == "world’s No. 1" and f.severity.value == "warning"
    ru_rules = {f.params["rule"] for f in findings if f.lang == "ru"}
    assert {"nbsp-numero", "dash-nbsp", "nbsp-units", "nbsp-short-word"} <= ru_rules


def test_fixing_the_whole_sample_twice_changes_nothing(sample_path):
    release = load(sample_path)
    findings = check_typography(release, CheckContext())
    for lang in ("en", "ru"):
        fixed = apply_fixes(release.body(lang), [f.fix for f in findings if f.lang == lang])
        release.version(lang).body = fixed
    assert check_typography(release, CheckContext()) == []
    assert "world’s No. 1 gas" in release.body("en")
    assert f"Корея{NB}— один" in release.body("ru")


def test_findings_shape_and_language_filter():
    release = Release()
    release.en.body = 'A "b" c'
    release.ru.body = "в парк"
    findings = check_typography(release, CheckContext(langs=("en",)))
    assert [f.lang for f in findings] == ["en", "en"]
    first = findings[0]
    assert first.code == "typography" and first.fix.span == first.span
    # A neighbouring slip in the excerpt: the key's subject reads with it fixed.
    assert set(first.params) == {"rule", "text", "fixed", "subject"}
    assert first.params["text"] == 'A "b"' and first.params["subject"] == 'A "b”'
    assert set(findings[1].params) >= {"rule", "text", "fixed"}
    [ru] = check_typography(release, CheckContext(langs=("ru",)))
    assert ru.severity.value == "info" and ru.fix.replacement == NB


def test_apply_fixes_orders_and_drops_overlaps():
    text = "abcdef"
    assert apply_fixes(text, [(0, 1, "X"), (4, 6, "YZW"), (2, 2, "+")]) == "Xb+cdYZW"
    assert apply_fixes(text, [(1, 3, "1"), (2, 4, "2")]) == "a1def"
    assert apply_fixes(text, [(5, 9, "!")]) == text


FRAGMENTS = {
    "en": ["word", " ", "\n\n", '"', "'", "-", "--", " - ", "#", "# 1", "...", "10 000", "isn't",
           "“", "”", "«", "»", "*", "`code`", "https://x.org/a--b", "5", ",", ".", "(", ")",
           "\u00a0", "—", "‘", "’", "_"],
    "ru": ["слово", " ", "\n\n", '"', "'", "-", "--", " - ", " — ", "№", "№ 1", "в ", "и ",
           "В. В. Путин", "5 млн", "2020 г.", "10 000", "«", "»", "„", "“", "...", "*", ",",
           "'", "\u00a0", "—", "(", "5", "Д'Ар"],
}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_fixing_is_idempotent_on_random_mixes(lang):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=400, deadline=None, derandomize=True)
    @given(st.lists(st.sampled_from(FRAGMENTS[lang]), max_size=30))
    def run(parts):
        once, _ = fix_typography("".join(parts), lang)
        assert fix_typography(once, lang) == (once, 0)

    run()
