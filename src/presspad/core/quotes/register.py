"""The people a text names, for the quote checker's attribution.

A :class:`Register` keeps everyone named so far by surname key, with the
fullest name and the title seen, the gender where the text tells it, and
every mention's offset, so that a pronoun ("she said", «добавил он»), a bare
role ("the rector") or a surname alone finds the person meant.
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass

from presspad.core.quotes import lexicon as lex
from presspad.core.quotes.names import (
    PersonRef,
    is_first_and_patronymic,
    name_gender,
    surname_key,
)
from presspad.core.text.words import fold

logger = logging.getLogger(__name__)


@dataclass
class Person:
    name: str
    title: str | None
    key: str
    attributed: bool = False
    gender: str | None = None
    derived: bool = False   # the name is our nominative of an oblique form


def _extends(title: str, known: str) -> bool:
    """"Vice-Rector for International Affairs" says more than a headline's "Vice-Rector"."""
    return len(title) > len(known) and title.casefold().startswith(known.casefold() + " ")


class Register:
    """The people a text has named so far, by surname."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.people: dict[str, Person] = {}
        self.mentions: list[tuple[int, str]] = []   # (offset, key), in text order
        self._by_word: dict[str, str] = {}          # any word of a name -> key

    def add(self, ref: PersonRef, attributed: bool = False) -> Person | None:
        """Record a mention; names from attributions are in the nominative, so win."""
        if ref.kind != "name" or not ref.name:
            return None
        key = surname_key(ref.name, self.lang)
        if key not in self.people and len(ref.name.split()) == 1:
            key = self._word_owner(ref.name) or key
        elif key not in self.people and self.lang == "ru" and is_first_and_patronymic(ref.name):
            # «Андрей Иванович» is the Андрей already named with a surname.
            key = self._word_owner(ref.name.split()[0]) or key
        variant = None
        if key not in self.people and self.lang == "ru":
            variant = self._oblique_variant(ref.name)
            key = variant or key
        person = self.people.get(key)
        if variant is not None:
            pass  # «по мнению профессора Ли Вэя»: the nominative already known stays
        elif person is None:
            person = self.people[key] = Person(ref.name, ref.title, key, attributed,
                                                ref.gender or name_gender(ref.name, self.lang),
                                                ref.derived)
        else:
            longer = len(ref.name.split()) > len(person.name.split())
            same = len(ref.name.split()) == len(person.name.split())
            patronymic = self.lang == "ru" and is_first_and_patronymic(ref.name)
            # A nominative the text writes beats one we derived, in both directions.
            surer = same and person.derived and not ref.derived
            guess = same and ref.derived and not person.derived
            if not patronymic and not guess and (longer or surer or
                                                 (same and attributed and not person.attributed)):
                person.name = ref.name
                person.derived = ref.derived
                person.attributed = person.attributed or attributed
            if ref.title and (not person.title or _extends(ref.title, person.title) or
                              (attributed and not _extends(person.title, ref.title))):
                person.title = ref.title
            if person.gender is None:
                person.gender = ref.gender or name_gender(ref.name, self.lang)
        self._index(person)
        bisect.insort(self.mentions, (ref.offset, key))   # kept in text order
        return person

    def _oblique_variant(self, name: str) -> str | None:
        """The known person an oblique form of a foreign name pymorphy3 cannot
        inflect points at: «Ли Вэя» is the «Ли Вэй» named before (the last word
        differs by its ending only, the other words agree)."""
        parts = name.split()
        last = fold(parts[-1])
        if len(last) < 3 or lex.morph().word_is_known(last):
            return None
        for key, person in self.people.items():
            known = person.name.split()
            other = fold(known[-1])
            if len(known) == len(parts) and known[:-1] == parts[:-1] and other != last and \
                    abs(len(other) - len(last)) <= 1 and \
                    other[:min(len(other), len(last)) - 1] == last[:min(len(other), len(last)) - 1]:
                return key
        return None

    def _word_owner(self, word: str) -> str | None:
        """The person one of whose names is ``word`` ("says Lin" → Lin Yao)."""
        return self._by_word.get(fold(word))

    def _index(self, person: Person) -> None:
        for word in person.name.split():
            self._by_word[fold(word)] = person.key

    def knows(self, word: str) -> bool:
        return surname_key(word, self.lang) in self.people or self._word_owner(word) is not None

    def last_before(self, offset: int, gender: str | None = None,
                    para_start: int = 0) -> Person | None:
        """The person named last before ``offset`` (of that gender, when known):
        someone known to be of the pronoun's gender ("She agrees" after "Natalia
        Vorontsova … Ole Hansen said") wins over a later person of unknown gender,
        unless that one was named in the quote's own paragraph.
        """
        best: tuple[int, str] | None = None
        exact: tuple[int, str] | None = None  # the last of exactly that gender
        # Backwards from the offset: the first fitting mention is the last one named.
        for at, key in reversed(self.mentions[:bisect.bisect_left(self.mentions, (offset,))]):
            person = self.people[key]
            if gender is not None and person.gender not in (None, gender):
                continue
            if best is None:
                best = (at, key)
                if at >= para_start or gender is None:
                    break
            if person.gender == gender:
                exact = (at, key)
                break
        chosen = best if best is not None and best[0] >= para_start else exact or best
        return self.people[chosen[1]] if chosen else None

    def last_between(self, start: int, end: int) -> Person | None:
        """The person named last in ``[start, end)``, if anyone was."""
        inside = self.mentions[bisect.bisect_left(self.mentions, (start,)):
                               bisect.bisect_left(self.mentions, (end,))]
        return self.people[inside[-1][1]] if inside else None

    def with_role_after(self, role_title: str | None, offset: int, window: int = 800
                        ) -> Person | None:
        """The first person named soon after ``offset`` with that role: "the chair of the
        organising committee said: «…»" and the next paragraph names the chair."""
        roles = lex.roles_of(role_title, self.lang)  # compared as groups: chair = head
        if not roles:
            return None
        candidates = [(at, key) for at, key in self.mentions if offset <= at < offset + window
                      and roles <= lex.roles_of(self.people[key].title, self.lang)]
        return self.people[min(candidates)[1]] if candidates else None

    def with_role(self, role_title: str | None, offset: int) -> Person | None:
        role = lex.role_of(role_title, self.lang)
        if role is None:
            return None
        candidates = [(at, key) for at, key in self.mentions
                      if at < offset and lex.role_of(self.people[key].title, self.lang) == role]
        return self.people[max(candidates)[1]] if candidates else None
