"""Spell checking for English and Russian prose through pyenchant and Hunspell.

:class:`SpellEngine` is what checks and the editor's highlighter consult:
``check(lang, word)`` answers from a cache (a dict lookup) after the first
time a word is seen, so it is safe on the typing path; ``suggest()`` costs tens
of milliseconds a word in Hunspell and is for the context menu only.

Which dictionary checks a word is decided by the word's script, not the pane:
a Latin name in the Russian text (``Powel Corporation``) is looked up in
English, a Cyrillic word in the Russian dictionary, and a word mixing both
scripts (a Latin "c" typed inside a Russian word) is always wrong.

Enchant serves ``en_US`` through Aspell when aspell-en is installed (Debian's
enchant.ordering says so); we ask for Hunspell first on purpose, so that both
languages behave alike and curly apostrophes (``world’s``) are understood.

When pyenchant, the Enchant library or a dictionary is missing, that language
falls back to a fake dictionary that accepts everything, and
:attr:`SpellEngine.problems` says which Debian package to install; the app
keeps working. A dictionary that Enchant serves for another variant than the
one asked for (``en`` for ``en_GB``) counts as missing.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from presspad.core.model.messages import QT_TRANSLATE_NOOP
from presspad.core.model.release import LANG_NAMES
from presspad.core.text.markup import Protected
from presspad.core.text.wordlists import word_list
from presspad.core.text.words import (
    HYPHENS,
    fold,
    has_inner_capital,
    is_cyrillic,
    iter_words,
    script_lang,
)

logger = logging.getLogger(__name__)


_SUPPLEMENTS = {"en": "en_supplement", "ru": "ru_supplement"}


@functools.lru_cache(maxsize=2)
def supplement(dict_lang: str) -> frozenset[str]:
    """Everyday words the Hunspell lists lack ("ok", «вебинар»): data/LANG_supplement.txt."""
    words = word_list("presspad.core.spelling", _SUPPLEMENTS[dict_lang])
    return frozenset(fold(w) for w in words)


DEFAULT_TAGS = {"en": "en_US", "ru": "ru_RU"}
# Hunspell first (see the module docstring), then whatever else serves the tag.
PROVIDER_ORDER = "hunspell,nuspell,aspell,myspell"
DEBIAN_PACKAGES = {"en_US": "hunspell-en-us", "en_GB": "hunspell-en-gb", "ru_RU": "hunspell-ru"}
ENCHANT_PACKAGE = "libenchant-2-2"
MAX_SUGGESTIONS = 8


# Shown by the GUI through QCoreApplication.translate("Spelling", template).format(**params).
PROBLEM_TEMPLATES = {
    "no-enchant": QT_TRANSLATE_NOOP(
        "Spelling", "Spell checking is off: the Enchant library is missing. "
        "Install the Debian package {package}."),
    "no-dictionary": QT_TRANSLATE_NOOP(
        "Spelling", "Spell checking for {lang_name} is off: no {tag} dictionary. "
        "Install the Debian package {package}."),
}
# The language names (model.release.LANG_NAMES) as the spelling messages use them.
QT_TRANSLATE_NOOP("Spelling", "English")
QT_TRANSLATE_NOOP("Spelling", "Russian")


@dataclass(frozen=True)
class SpellProblem:
    """Why a language is not spell-checked, and what to install."""

    code: str          # a PROBLEM_TEMPLATES key
    lang: str
    tag: str
    package: str

    @property
    def params(self) -> dict[str, str]:
        return {"lang": self.lang, "lang_name": LANG_NAMES.get(self.lang, self.lang),
                "tag": self.tag, "package": self.package}

    def message(self) -> str:
        """The English sentence (the GUI translates the template instead)."""
        return PROBLEM_TEMPLATES[self.code].format(**self.params)


# Russian case endings, so that "Хижняка" and "Масальцевым" match a known
# "Хижняк" or "Масальцев" from the partner directory.
_RU_ENDINGS = ("", "а", "я", "у", "ю", "е", "и", "ы", "ой", "ей", "ом", "ем", "ым", "им",
               "ою", "ею", "ов", "ев", "ам", "ям", "ах", "ях", "ами", "ями", "ого", "его",
               "ому", "ему", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их")
_RU_STEM_DROP = "аяоеёиыйьу"


def debian_package(tag: str) -> str:
    """The Debian package that installs the Hunspell dictionary for ``tag``."""
    return DEBIAN_PACKAGES.get(tag) or "hunspell-" + tag.replace("_", "-").lower()


def same_tag(served: str, requested: str) -> bool:
    """Do two dictionary tags name the same variant (``en_GB`` == ``en-gb``)?"""
    def norm(tag: str) -> str:
        return tag.replace("-", "_").split(".")[0].lower()

    return norm(served) == norm(requested)


class _FakeDict:
    """Accepts every word; stands in for a dictionary that could not be loaded."""

    provider = None

    def check(self, word: str) -> bool:
        return True

    def suggest(self, word: str) -> list[str]:
        return []


class SpellEngine:
    """Spell checking for "en" and "ru" with caching, personal and known words."""

    def __init__(self, tags: dict[str, str] | None = None, *,
                 personal_dir: Path | None = None, known_words: Iterable[str] = (),
                 skip_uppercase: bool = True, use_enchant: bool = True) -> None:
        self.tags = dict(DEFAULT_TAGS, **(tags or {}))
        self.skip_uppercase = skip_uppercase
        self.problems: list[SpellProblem] = []
        self._use_enchant = use_enchant
        self._personal_dir = personal_dir
        self._broker: Any = None
        self._broker_failed = False
        self._dicts: dict[str, Any] = {}
        # Hunspell is not thread-safe; checks may run in a worker thread while
        # the editor's highlighter checks words in the GUI thread.
        self._lock = threading.RLock()
        self._cache: dict[str, dict[str, bool]] = {"en": {}, "ru": {}}
        self._personal: dict[str, set[str] | None] = {"en": None, "ru": None}
        self._ignored: dict[str, set[str]] = {"en": set(), "ru": set()}
        self._known_sources: dict[str, set[str]] = {}
        self._known: set[str] = set()
        self._known_stems: set[str] = set()
        if known_words:
            self.set_known_words(known_words)

    # -- dictionaries ---------------------------------------------------

    def _dict(self, lang: str) -> Any:
        found = self._dicts.get(lang)
        if found is None:
            with self._lock:
                found = self._dicts.get(lang)
                if found is None:
                    found = self._dicts[lang] = self._load(lang)
        return found

    def _load(self, lang: str) -> Any:
        tag = self.tags.get(lang, lang)
        if not self._use_enchant:
            return _FakeDict()
        broker = self._get_broker()
        if broker is None:
            return _FakeDict()
        try:
            broker.set_ordering(tag, PROVIDER_ORDER)
            dictionary = broker.request_dict(tag)
        except Exception as exc:  # enchant.errors.DictNotFoundError and C-level errors
            logger.warning("no %s spelling dictionary: %s", tag, exc)
            return self._missing(lang, tag)
        served = getattr(dictionary, "tag", tag)
        if not same_tag(served, tag):
            # Enchant does not fail for a missing variant: asked for en_GB without
            # hunspell-en-gb it hands back the "en" (en_US) dictionary. Checking British
            # text with American spelling behind the writer's back is worse than no
            # check at all, so this counts as a missing dictionary.
            logger.warning("no %s spelling dictionary (enchant offered %s)", tag, served)
            return self._missing(lang, tag)
        logger.info("spelling %s with %s", tag, dictionary.provider.name)
        return dictionary

    def _missing(self, lang: str, tag: str) -> _FakeDict:
        self.problems.append(SpellProblem("no-dictionary", lang, tag,
                                          debian_package(tag)))
        return _FakeDict()

    def _get_broker(self) -> Any:
        if self._broker is None and not self._broker_failed:
            try:
                import enchant  # lazily: loading libenchant costs start-up time

                self._broker = enchant.Broker()
            except (ImportError, OSError) as exc:
                logger.warning("spell checking off: %s", exc)
                self._broker_failed = True
                self.problems.append(SpellProblem("no-enchant", "", "", ENCHANT_PACKAGE))
        return self._broker

    def available(self, lang: str) -> bool:
        """Is ``lang`` checked by a real dictionary (not the accept-all fallback)?"""
        return not isinstance(self._dict(lang), _FakeDict)

    def provider(self, lang: str) -> str | None:
        """Name of the Enchant provider serving ``lang`` ("hunspell"), None if none."""
        dictionary = self._dict(lang)
        return dictionary.provider.name if dictionary.provider else None

    def status_messages(self) -> list[str]:
        """English sentences for the GUI's status bar (empty when all is well)."""
        for lang in self.tags:
            self._dict(lang)
        return [p.message() for p in self.problems]

    # -- checking -------------------------------------------------------

    def check(self, lang: str, word: str) -> bool:
        """Is ``word`` spelled correctly? ``lang`` is the pane; the script picks the dictionary."""
        first = word[:1]
        dict_lang = "ru" if first and "\u0400" <= first <= "\u04ff" else "en"
        cache = self._cache[dict_lang]
        result = cache.get(word)
        if result is None:
            with self._lock:
                result = cache[word] = self._check_uncached(dict_lang, word)
        return result

    def _check_uncached(self, dict_lang: str, word: str) -> bool:
        if script_lang(word) is None:
            return False  # mixed scripts: a homoglyph typo, whatever the dictionaries say
        folded = fold(word)
        if folded in self._ignored[dict_lang] or folded in self._personal_words(dict_lang):
            return True
        if self._is_known(dict_lang, folded) or folded in supplement(dict_lang):
            return True
        clean = word.replace("\u0301", "")
        dictionary = self._dict(dict_lang)
        if dictionary.check(clean):
            return True
        if "’" in clean and dictionary.check(clean.replace("’", "'")):
            return True  # Aspell, unlike Hunspell, only knows the straight apostrophe
        if ("ё" in clean or "Ё" in clean) \
                and dictionary.check(clean.replace("ё", "е").replace("Ё", "Е")):
            return True  # dictionaries differ on ё; the "е" spelling is acceptable Russian
        if dict_lang == "ru" and clean.endswith("ий") and len(clean) > 5:
            # hunspell-ru 7.5 lacks the genitive plural of some -ие/-ия nouns
            # ("подписаний", "компетенций") while it knows the nominative.
            stem = clean[:-2]
            return dictionary.check(stem + "ие") or dictionary.check(stem + "ия")
        return False

    def _is_known(self, dict_lang: str, folded: str) -> bool:
        if folded in self._known:
            return True
        if dict_lang == "en":
            for suffix in ("'s", "s'", "'"):
                if folded.endswith(suffix) and folded[:-len(suffix)] in self._known:
                    return True
            return False
        stems = self._known_stems
        if not stems:
            return False
        for ending in _RU_ENDINGS:
            if folded.endswith(ending) and folded[:len(folded) - len(ending)] in stems:
                return True
        return False

    def suggest(self, lang: str, word: str) -> list[str]:
        """Corrections for ``word``, best first: slow (tens of ms), for menus only."""
        dict_lang = script_lang(word) or lang
        try:
            with self._lock:
                return list(self._dict(dict_lang).suggest(word))[:MAX_SUGGESTIONS]
        except Exception as exc:  # a provider may reject odd input
            logger.warning("no suggestions for %r: %s", word, exc)
            return []

    def misspelled(self, text: str, lang: str, *,
                   protected: Protected | None = None) -> Iterator[tuple[int, int, str]]:
        """Yield ``(start, end, word)`` for each misspelled word of prose in ``text``."""
        if protected is None:
            protected = Protected(text)
        check = self.check
        skip_uppercase = self.skip_uppercase
        for start, end, word in iter_words(text):
            # Most words are known: the cached lookup comes first, the rest only for misses.
            if check(lang, word):
                continue
            if skip_uppercase and has_inner_capital(word):
                continue
            if protected.overlaps(start, end):
                continue
            if "-" in word or "‐" in word:
                # A compound unknown as a whole is right when each part is.
                position = start
                for part in HYPHENS.split(word):
                    if len(part) > 1 and not has_inner_capital(part) \
                            and not check(lang, part):
                        yield position, position + len(part), part
                    position += len(part) + 1
                continue
            yield start, end, word

    # -- personal dictionary, ignore list, known words ------------------

    def _personal_path(self, dict_lang: str) -> Path:
        if self._personal_dir is not None:
            folder = self._personal_dir
        else:
            from presspad.core.storage.paths import data_dir

            folder = data_dir() / "dictionaries"
        return folder / f"{dict_lang}.txt"

    def _personal_words(self, dict_lang: str) -> set[str]:
        words = self._personal[dict_lang]
        if words is None:
            words = set()
            path = self._personal_path(dict_lang)
            try:
                text = path.read_text(encoding="utf-8")
            except FileNotFoundError:
                text = ""
            except (OSError, UnicodeDecodeError) as exc:
                logger.warning("cannot read personal dictionary %s: %s", path, exc)
                text = ""
            words = {fold(line.strip()) for line in text.splitlines() if line.strip()}
            self._personal[dict_lang] = words
        return words

    def personal_words(self, lang: str) -> list[str]:
        """The words the user added for ``lang`` (folded), sorted."""
        return sorted(self._personal_words(lang))

    def add_word(self, lang: str, word: str) -> None:
        """Add ``word`` to the personal dictionary of its script's language (saved now)."""
        from presspad.core.storage.textio import atomic_write_text

        dict_lang = script_lang(word) or lang
        words = self._personal_words(dict_lang)
        words.add(fold(word))
        path = self._personal_path(dict_lang)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, "".join(f"{w}\n" for w in sorted(words)))
        self._forget(dict_lang)

    def ignore_word(self, lang: str, word: str) -> None:
        """Accept ``word`` until the app closes (not saved)."""
        dict_lang = script_lang(word) or lang
        self._ignored[dict_lang].add(fold(word))
        self._forget(dict_lang)

    def set_known_words(self, words: Iterable[str], source: str = "directory") -> None:
        """Accept these words (e.g. the partner directory's names), replacing ``source``'s set.

        Multi-word names are split into words; Russian ones also match in
        other grammatical cases.
        """
        folded = {fold(w) for text in words for _s, _e, w in iter_words(text)}
        self._known_sources[source] = folded
        self._known = set().union(*self._known_sources.values())
        stems: set[str] = set()
        for word in self._known:
            if len(word) >= 3 and is_cyrillic(word[0]):
                stems.add(word)
                if word[-1] in _RU_STEM_DROP:
                    stems.add(word[:-1])
        self._known_stems = stems
        self._cache = {"en": {}, "ru": {}}

    def _forget(self, dict_lang: str) -> None:
        # Cached "wrong" answers may now be right; correct answers stay correct.
        cache = self._cache[dict_lang]
        for word in [w for w, ok in cache.items() if not ok]:
            del cache[word]


class FakeSpellEngine(SpellEngine):
    """An engine that accepts everything (tests, and when spelling is switched off)."""

    def __init__(self) -> None:
        super().__init__(use_enchant=False)


_default: SpellEngine | None = None


def default_speller() -> SpellEngine:
    """The app's shared engine (created on first use; dictionaries load lazily)."""
    global _default
    if _default is None:
        _default = SpellEngine()
    return _default
