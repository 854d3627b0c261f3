"""Spell engine: typos found and suggested, names and Markdown left alone."""

from __future__ import annotations

import sys

import pytest

from presspad.core.checks.context import CheckContext
from presspad.core.checks.registry import default_registry
from presspad.core.checks.spelling import check_spelling
from presspad.core.spelling.engine import FakeSpellEngine, SpellEngine, default_speller
from presspad.core.storage import paths
from presspad.core.storage.release_file import load
from presspad.core.text.words import iter_words

SAMPLE_NAMES = [
    "Powel Corporation", "Gyeonggi Province", "Lee Yong Chol", "Alexander Masaltsev",
    "Vladimir Khizhnyak", "Gazprom", "Exoatlet Global", "Hanyang University",
    "Кёнгидо", "Ли Ён Чоль", "Александр Масальцев", "Владимир Хижняк", "Газпром",
    "Университет Ханьян",
]


@pytest.fixture(scope="module")
def engine() -> SpellEngine:
    return SpellEngine(personal_dir=None)


def bad_words(engine: SpellEngine, text: str, lang: str) -> list[str]:
    return [w for _s, _e, w in engine.misspelled(text, lang)]


def test_hunspell_is_the_provider_for_both_languages(engine):
    assert engine.provider("en") == "hunspell"
    assert engine.provider("ru") == "hunspell"
    assert engine.problems == []


def test_english_typo_found_and_suggested(engine):
    text = "We will recieve the delegation tomorrow."
    assert bad_words(engine, text, "en") == ["recieve"]
    start, end, _ = next(engine.misspelled(text, "en"))
    assert text[start:end] == "recieve"
    assert "receive" in engine.suggest("en", "recieve")


def test_russian_typo_found_and_suggested(engine):
    text = "Меморандум о сотрудничесве подписан."
    assert bad_words(engine, text, "ru") == ["сотрудничесве"]
    assert "сотрудничестве" in engine.suggest("ru", "сотрудничесве")


def test_correct_words_pass_including_yo_hyphens_and_apostrophes(engine):
    assert bad_words(engine, "Учёные посвящённого ёлка ЁЛКА онлайн-формате вице-губернатор",
                     "ru") == []
    assert bad_words(engine, "The world’s world's vice-governor don’t mid-sized", "en") == []
    # A compound is right when its parts are, and only a wrong part is flagged.
    assert bad_words(engine, "Gyeonggi-Russia", "en") == ["Gyeonggi"]
    assert bad_words(engine, "the wrold-class lab", "en") == ["wrold"]


def test_latin_words_in_russian_are_checked_in_english(engine):
    assert bad_words(engine, "компания Samsung Electronics и Univercity", "ru") == ["Univercity"]


def test_mixed_script_word_is_a_typo(engine):
    # "cобака" starts with a Latin c: looks right, is wrong.
    assert bad_words(engine, "cобака", "ru") == ["cобака"]


def test_numbers_acronyms_and_initials_are_skipped(engine):
    text = "In 2020 the 30th KOSDAQ SPbPU COVID-19 30-летию A. B. Smith"
    assert bad_words(engine, text, "en") == []


def test_markdown_urls_and_emails_are_not_flagged(engine):
    text = ("# Headng\n\nSee [the site](https://exampel.com/qwrtzy_news) and "
            "<https://zxqw.org/pqrs>, mail qwrtzy@zxqw.org, visit www.zxqw.ru/novosti or "
            "english.spbpu.ru; run `qwrtzy --flg` and **bold** _emphasis_.\n\n"
            "```\nqwrtzy zxqwv\n```\n")
    assert bad_words(engine, text, "en") == ["Headng"]


def test_directory_names_known_including_russian_cases():
    engine = SpellEngine()
    text_en = "Vladimir Khizhnyak met Gazprom’s board."
    text_ru = "Владимир Хижняк и Хижняку с Масальцевым из Кёнгидо."
    assert "Khizhnyak" in bad_words(engine, text_en, "en")
    engine.set_known_words(SAMPLE_NAMES)
    assert bad_words(engine, text_en, "en") == []
    assert bad_words(engine, text_ru, "ru") == []
    # Replacing the directory's set forgets the old names.
    engine.set_known_words([], source="directory")
    assert "Хижняк" in bad_words(engine, text_ru, "ru")


def test_personal_dictionary_is_saved_per_language():
    engine = SpellEngine()
    assert not engine.check("en", "Exoatlet")
    assert not engine.check("ru", "Кёнгидо")
    engine.add_word("en", "Exoatlet")
    engine.add_word("en", "Кёнгидо")   # a Cyrillic word goes to the Russian list
    assert engine.check("en", "Exoatlet") and engine.check("ru", "Кёнгидо")
    folder = paths.data_dir() / "dictionaries"
    assert (folder / "en.txt").read_text(encoding="utf-8") == "exoatlet\n"
    assert (folder / "ru.txt").read_text(encoding="utf-8") == "кенгидо\n"
    fresh = SpellEngine()
    assert fresh.check("en", "Exoatlet") and fresh.check("ru", "Кёнгидо")


def test_ignore_lasts_for_the_session_only():
    engine = SpellEngine()
    assert not engine.check("en", "Gyeonggi")
    engine.ignore_word("en", "Gyeonggi")
    assert engine.check("en", "Gyeonggi")
    assert not SpellEngine().check("en", "Gyeonggi")
    assert not (paths.data_dir() / "dictionaries" / "en.txt").exists()


def test_missing_dictionary_falls_back_and_names_the_package():
    engine = SpellEngine({"ru": "xx_YY", "en": "en_US"})
    assert engine.check("ru", "абракадабрщ")  # the fake accepts everything
    assert engine.suggest("ru", "абракадабрщ") == []
    assert not engine.available("ru") and engine.available("en")
    messages = engine.status_messages()
    assert len(messages) == 1 and "hunspell-xx-yy" in messages[0]
    assert SpellEngine().status_messages() == []


def test_missing_russian_dictionary_names_hunspell_ru(monkeypatch):
    import enchant

    real = enchant.Broker.request_dict

    def no_russian(self, tag=None):
        if tag == "ru_RU":
            raise enchant.errors.DictNotFoundError("no ru")
        return real(self, tag)

    monkeypatch.setattr(enchant.Broker, "request_dict", no_russian)
    engine = SpellEngine()
    assert not engine.available("ru")
    assert engine.status_messages() == [
        "Spell checking for Russian is off: no ru_RU dictionary. "
        "Install the Debian package hunspell-ru."]
    assert engine.problems[0].params["package"] == "hunspell-ru"
    assert bad_words(engine, "recieve", "en") == ["recieve"]


def test_missing_enchant_library_names_libenchant(monkeypatch):
    monkeypatch.setitem(sys.modules, "enchant", None)  # import enchant -> ImportError
    engine = SpellEngine()
    assert engine.check("en", "recieve")
    assert [p.package for p in engine.problems] == ["libenchant-2-2"]
    assert "libenchant-2-2" in engine.status_messages()[0]


def test_fake_engine_accepts_everything():
    assert list(FakeSpellEngine().misspelled("qwrtzy zxqwv", "en")) == []


def test_default_speller_is_shared():
    assert default_speller() is default_speller()


def test_iter_words_keeps_yo_and_stress_marks():
    words = [w for _s, _e, w in iter_words("Ёжик за\u0301мок _emph_ O’Neil")]
    assert words == ["Ёжик", "за\u0301мок", "emph", "O’Neil"]


def test_spelling_check_on_the_sample(sample_path):
    release = load(sample_path)
    assert check_spelling(release, CheckContext()) == []   # no speller, no findings
    engine = SpellEngine()
    without = check_spelling(release, CheckContext(speller=engine))
    assert {f.params["word"] for f in without} >= {"Gyeonggi", "Кёнгидо", "Хижняк"}
    engine.set_known_words(SAMPLE_NAMES)
    findings = default_registry().run(release, CheckContext(speller=engine), only=["spelling"])
    assert findings == []


def test_spelling_finding_shape():
    from presspad.core.model.release import Release

    release = Release()
    release.en.body = "A mispeled word."
    [finding] = check_spelling(release, CheckContext(speller=SpellEngine()))
    assert finding.code == "spelling" and finding.severity.value == "warning"
    assert (finding.span.lang, finding.span.start, finding.span.end) == ("en", 2, 10)
    assert finding.params == {"word": "mispeled", "text": "mispeled"} and finding.fix is None
    assert finding.key() == "spelling:en:mispeled"


def test_british_english_checks_with_the_british_dictionary():
    # hunspell-en-gb is installed by packaging/install-system-deps.sh (make test's set-up).
    engine = SpellEngine({"en": "en_GB"})
    assert engine.available("en") and engine.problems == []
    assert engine.check("en", "organised") and engine.check("en", "colour")
    assert engine.check("en", "world’s")
    assert not engine.check("en", "color")  # American spelling is a British typo


def _enchant_without_british(monkeypatch):
    """Make Enchant behave as it does where hunspell-en-gb is not installed.

    It does not raise: asked for en_GB it serves the "en" language, i.e. the
    en_US Hunspell dictionary, whose tag is "en".
    """
    import enchant

    real = enchant.Broker.request_dict

    def without_british(self, tag=None):
        return real(self, "en") if tag == "en_GB" else real(self, tag)

    monkeypatch.setattr(enchant.Broker, "request_dict", without_british)


def test_missing_british_dictionary_is_reported_not_replaced_by_american(monkeypatch):
    _enchant_without_british(monkeypatch)
    engine = SpellEngine({"en": "en_GB"})
    assert not engine.available("en")
    assert engine.status_messages() == [
        "Spell checking for English is off: no en_GB dictionary. "
        "Install the Debian package hunspell-en-gb."]
    assert engine.check("en", "color")   # not silently judged by another variant
    assert engine.available("ru")


def test_enchant_language_fallback_is_detected_for_real():
    # No Debian package installs an en_ZA Hunspell dictionary next to ours, so real
    # Enchant falls back to "en" here: the same trap as en_GB, without any fake.
    import enchant

    served = enchant.Broker().request_dict("en_ZA").tag
    assert served != "en_ZA"
    engine = SpellEngine({"en": "en_ZA"})
    assert not engine.available("en")
    assert [p.package for p in engine.problems] == ["hunspell-en-za"]


def test_same_tag_ignores_spelling_of_the_tag():
    from presspad.core.spelling.engine import same_tag

    assert same_tag("en_GB", "en-gb") and same_tag("ru_RU", "ru_RU.UTF-8")
    assert not same_tag("en", "en_GB") and not same_tag("en_US", "en_GB")


def test_the_supplement_knows_everyday_words_hunspell_lacks(engine):
    # "ok", «вебинарах»: words of every release that en_US and ru_RU do not have.
    text_en = "The hackathon was ok, and the roadmap is online."
    text_ru = "Участники вебинаров и хакатона обсудили стартапы и нейросети."
    assert bad_words(engine, text_en, "en") == []
    assert bad_words(engine, text_ru, "ru") == []
    assert bad_words(engine, "Участники вебинарoв", "ru") == ["вебинарoв"]  # a Latin "o"


def test_every_supplement_word_is_one_hunspell_lacks(engine):
    """A reviewed list: a word the dictionary learns later is taken out of it."""
    from presspad.core.spelling.engine import supplement
    from presspad.core.text.wordlists import word_list

    for lang in ("en", "ru"):
        dictionary = engine._dict(lang)
        words = word_list("presspad.core.spelling", f"{lang}_supplement")
        assert words and supplement(lang)
        assert [w for w in words if dictionary.check(w)] == []
