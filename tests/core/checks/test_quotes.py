"""Each quote finding code on a planted example, the sample, and the corpus pairs."""

from __future__ import annotations

from pathlib import Path

import pytest

from presspad.core.checks.context import CheckContext
from presspad.core.checks.registry import default_registry
from presspad.core.model.findings import Severity
from presspad.core.model.messages import render
from presspad.core.model.release import Release
from presspad.core.storage.release_file import load

SHARED = Path(__file__).resolve().parents[3].parent / "shared"

QUOTE_CODES = {"quote-unbalanced", "quote-style", "quote-unattributed", "quote-split",
               "quote-missing-translation", "speaker-mismatch", "title-mismatch"}


def run(en: str = "", ru: str = "", context: CheckContext | None = None):
    release = Release()
    release.en.body, release.ru.body = en, ru
    return [f for f in default_registry().run(release, context) if f.code in QUOTE_CODES]


def codes(findings) -> list[tuple[str, str]]:
    return [(f.code, f.lang) for f in findings]


def apply_fix(body: str, finding) -> str:
    fix = finding.fix
    return body[:fix.span.start] + fix.replacement + body[fix.span.end:]


def test_checks_are_registered():
    names = default_registry().names()
    for name in ("quote-marks", "quote-style", "quote-split", "quote-attribution",
                 "quote-translation"):
        assert name in names


def test_unbalanced_opening_mark():
    body = ("Director Sergei Morozov smiled. “We built it in eighteen months, he said.\n\n"
            "The end.\n")
    (finding,) = run(en=body)
    assert finding.code == "quote-unbalanced" and finding.severity is Severity.ERROR
    assert body[finding.span.start] == "“" and finding.fix is None
    assert render(finding.code, finding.params, "en") == "Quote mark “ has no matching ”"


def test_unbalanced_stray_closing_guillemet():
    body = "«Они работают с данными», — сказал доцент Олег Фролов. Потом» всё.\n"
    (finding,) = run(ru=body)
    assert finding.code == "quote-unbalanced" and body[finding.span.start] == "»"


def test_a_guillemet_used_as_an_arrow_is_not_a_quote_mark():
    assert run(ru="Все новости университета на сайте. Подробнее »\n") == []


def test_multi_paragraph_quote_is_not_unbalanced():
    body = ("Olga Mironova said: “Half of you come from new partners.\n\n"
            "“Please come to our office with any question.”\n")
    assert run(en=body) == []


@pytest.mark.parametrize(("lang", "body", "fixed"), [
    ("en", '"We started small," said Rector Andrei Volkov.\n',
     "“We started small,” said Rector Andrei Volkov.\n"),
    ("ru", '"Олимпиада помогает нам", - сказал проректор Виктор Сёмин.\n',
     "«Олимпиада помогает нам», - сказал проректор Виктор Сёмин.\n"),
    ("ru", "“Мы готовились три месяца”, — сказал капитан команды Артём Никитин.\n",
     "«Мы готовились три месяца», — сказал капитан команды Артём Никитин.\n"),
    ("en", "\"My colleague wrote 'let us try', and it worked,\" said Dr. Nguyen Thi Lan.\n",
     "“My colleague wrote ‘let us try’, and it worked,” said Dr. Nguyen Thi Lan.\n"),
])
def test_quote_style_and_its_fix(lang, body, fixed):
    (finding,) = run(**{lang: body})
    assert finding.code == "quote-style" and finding.severity is Severity.WARNING
    assert apply_fix(body, finding) == fixed
    assert run(**{lang: fixed}) == []


def test_guillemets_around_english_speech_but_not_around_a_course_title():
    body = ("Courses include «Digital Twins in Industry».\n\n"
            "«We want graduates who can start work on day one,» said Dmitry Belov.\n")
    (finding,) = run(en=body)
    assert finding.code == "quote-style" and body[finding.span.start:].startswith("«We want")
    assert apply_fix(body, finding).endswith("“We want graduates who can start work on day one,”"
                                             " said Dmitry Belov.\n")


def test_a_rank_does_not_clash_with_a_post():
    en = "“We start in May,” said Professor Markus Lindqvist.\n"
    ru = "«Мы начинаем в мае», — сказал декан факультета Маркус Линдквист.\n"
    assert run(en=en, ru=ru) == []


def test_unattributed_quote():
    body = "The day ended.\n\nThe line on the wall: “we will build it together, and soon.”\n"
    (finding,) = run(en=body)
    assert finding.code == "quote-unattributed" and finding.severity is Severity.WARNING
    assert "we will build it together" in render(finding.code, finding.params, "en")


def test_quote_split_inside_the_quote_with_a_join_fix():
    body = ("“Our students will work on\n\nreal projects from the first day,” said Park "
            "Ji-hoon, Dean of International Affairs.\n")
    (finding,) = run(en=body)
    assert finding.code == "quote-split"
    assert apply_fix(body, finding).startswith("“Our students will work on real projects")


def test_no_split_between_finished_paragraphs():
    body = ("“We start in May,” said Rector Andrei Volkov.\n\n"
            "“Applications open in June,” he added.\n")
    assert run(en=body) == []


def _pair(en_name: str, ru_name: str):
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("shared corpus not present")
    return ((corpus / f"{en_name}.txt").read_text(encoding="utf-8"),
            (corpus / f"{ru_name}.txt").read_text(encoding="utf-8"))


def test_corpus_pair_title_mismatch():
    en, ru = _pair("en_004", "ru_003")
    findings = run(en=en, ru=ru)
    titles = [f for f in findings if f.code == "title-mismatch"]
    assert len(titles) == 1
    (finding,) = titles
    assert finding.lang == "ru" and finding.related.lang == "en"
    assert "проректор БПУ Андрей Волков" in ru[finding.span.start:finding.span.end]
    assert finding.params["other_title"] == "Rector"
    assert {f.code for f in findings} == {"title-mismatch", "quote-style"}


def test_corpus_pair_missing_quotes():
    en, ru = _pair("en_003", "ru_011")
    findings = run(en=en, ru=ru)
    assert codes(findings) == [("quote-missing-translation", "en")] * 2
    assert [f.params["text"][:9] for f in findings] == ["There are", "This is o"]


def test_corpus_pair_that_agrees_is_clean():
    en, ru = _pair("en_001", "ru_001")
    assert run(en=en, ru=ru) == []


def test_speaker_mismatch():
    en = "“We start in May,” said Elena Sorokina, Vice-Rector.\n"
    ru = "«Мы начинаем в мае», — сказал проректор Андрей Волков.\n"
    (finding,) = run(en=en, ru=ru)
    assert finding.code == "speaker-mismatch" and finding.severity is Severity.ERROR
    assert finding.params["other_speaker"] == "Elena Sorokina"


def test_sample_gives_exactly_the_split(sample_path):
    release = load(sample_path)
    findings = [f for f in default_registry().run(release) if f.code in QUOTE_CODES]
    assert codes(findings) == [("quote-split", "en")]
    body = release.en.body
    gap = body[findings[0].span.start:findings[0].span.end]
    assert gap.strip() == "" and body[:findings[0].span.start].endswith("Russian-Korean center")


def test_context_langs_limit_the_findings():
    en = '"We started small," said Rector Andrei Volkov.\n'
    ru = '"Мы начинали с малого", - сказал ректор Андрей Волков.\n'
    only_ru = run(en=en, ru=ru, context=CheckContext(langs=("ru",)))
    assert codes(only_ru) == [("quote-style", "ru")]


def test_a_quote_split_differently_is_not_missing():
    en = ("“For ten years our labs have worked side by side,” said Elena Sorokina. "
          "“A double degree is the natural next step.”\n")
    ru = ("«Десять лет наши лаборатории работают бок о бок, и двойной диплом — естественный "
          "следующий шаг», — сказала Елена Сорокина.\n")
    assert run(en=en, ru=ru) == []


def test_a_missing_second_half_is_reported():
    en = ("“The best teams were the most mixed ones,” noted jury chair Vikram Nair. “Nobody had "
          "all the answers, so they had to listen to each other.”\n")
    ru = "«Лучшими оказались самые смешанные команды», — отметил председатель жюри Викрам Наир.\n"
    (finding,) = run(en=en, ru=ru)
    assert finding.code == "quote-missing-translation"
    assert finding.params["text"].startswith("Nobody")
