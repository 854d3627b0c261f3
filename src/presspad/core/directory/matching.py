"""Finding the directory's partners in a release body: exact forms and near misses.

The body is cut into words (letters and digits, joined by inner hyphens or
apostrophes; a possessive 's is dropped). A :class:`NameMatcher`, built once
per directory snapshot and language, knows every form of every entry as a
sequence of folded words (case-insensitive, ё = е): canonical names, short
forms, surnames, titles, known wrong variants, and in Russian all their case
forms. :meth:`NameMatcher.find` returns

* the **exact** occurrences, longest first, never overlapping, and
* the **near misses**: word windows that are not an exact form but lie within
  a small edit distance (rapidfuzz Levenshtein) of an accepted form of at
  least six letters, e.g. "Powell Corporation" or "Khizhniak". Candidates are
  compared only with forms sharing their first two letters, which keeps the
  check fast with large directories.

A window never spans a paragraph break.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import NamedTuple

from presspad.core.directory.snapshot import DirectorySnapshot, NameForm
from presspad.core.text.words import fold

logger = logging.getLogger(__name__)

_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
# What may separate the words of one name: spaces, commas and dots ("Co., Ltd."),
# quotes and brackets («Газпром»), but no paragraph break.
_GAP = re.compile(r"[\s,.«»“”\"()]{1,4}")
MIN_FUZZY_LENGTH = 6


class Token(NamedTuple):  # a tuple: thousands are made per release
    text: str
    folded: str
    start: int
    end: int


@dataclass(frozen=True)
class Occurrence:
    """A form of an entry found in the body, exactly or as a near miss."""

    form: NameForm
    start: int
    end: int
    text: str            # the body's text of the span
    exact: bool
    first_token: int
    last_token: int      # exclusive


def tokenize(text: str) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        start, end = match.span()
        if word[-2:].lower() in _POSSESSIVE_ENDINGS:
            stripped = _POSSESSIVE.sub("", word)
            if stripped != word and stripped:
                end -= len(word) - len(stripped)
                word = stripped
        tokens.append(Token(word, fold(word), start, end))
    return tokens


_POSSESSIVE_ENDINGS = {"'s", "’s"}


def joins(text: str, tokens: list[Token]) -> list[bool]:
    """``joins[i]``: tokens i and i + 1 are separated only by a short, in-name gap."""
    out = []
    for a, b in zip(tokens, tokens[1:], strict=False):
        gap = text[a.end:b.start]
        out.append(gap == " " or (_GAP.fullmatch(gap) is not None and gap.count("\n") <= 1))
    return out


def max_distance(length: int) -> int:
    """Edits allowed for a near miss of a form of ``length`` characters."""
    if length < MIN_FUZZY_LENGTH:
        return 0
    if length < 12:
        return 1
    if length < 24:
        return 2
    return 3


def _each_word_close(window: str, form: str) -> bool:
    """Every word is nearly the form's word: short words must match exactly.

    Without this, a long generic word carries a window ("университета на" is
    two edits from "университета Янка").
    """
    for written, wanted in zip(window.split(" "), form.split(" "), strict=True):
        allowed = 0 if len(wanted) <= 3 else 1 if len(wanted) < 9 else 2
        if written != wanted and _levenshtein(written, wanted) > allowed:
            return False
    return True


def _levenshtein(a: str, b: str) -> int:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b)


class NameMatcher:
    """Every form of a snapshot's entries in one language, ready to search a text."""

    def __init__(self, snapshot: DirectorySnapshot, lang: str) -> None:
        self.lang = lang
        self._exact: dict[tuple[str, ...], list[NameForm]] = {}
        # (token count, first two letters) -> [(joined folded words, form)]
        self._fuzzy: dict[tuple[int, str], list[tuple[str, NameForm]]] = {}
        for form in snapshot.forms(lang):
            words = tuple(t.folded for t in tokenize(form.text))
            if not words:
                continue
            self._exact.setdefault(words, []).append(form)
            joined = " ".join(words)
            if form.role != "variant" and len(joined) >= MIN_FUZZY_LENGTH:
                self._fuzzy.setdefault((len(words), joined[:2]), []).append((joined, form))
        # First word -> the word counts of the forms it starts, longest first.
        starts: dict[str, set[int]] = {}
        for words in self._exact:
            starts.setdefault(words[0], set()).add(len(words))
        self._starts = {w: sorted(ns, reverse=True) for w, ns in starts.items()}
        self.fuzzy_lengths = sorted({n for n, _ in self._fuzzy}, reverse=True)
        self._fuzzy_texts = {key: [text for text, _form in pool]
                             for key, pool in self._fuzzy.items()}
        by_key: dict[str, set[int]] = {}
        for n, letters in self._fuzzy:
            by_key.setdefault(letters, set()).add(n)
        self._fuzzy_lengths_by_key = {k: sorted(ns, reverse=True) for k, ns in by_key.items()}

    def find(self, text: str) -> list[Occurrence]:
        """Exact occurrences and near misses in ``text``, in text order."""
        tokens = tokenize(text)
        joined = joins(text, tokens)
        # run[i]: how many tokens from i on are joined into one possible name.
        run = [1] * len(tokens)
        for i in range(len(tokens) - 2, -1, -1):
            if joined[i]:
                run[i] = run[i + 1] + 1
        taken = [False] * len(tokens)
        found = self._find_exact(text, tokens, run, taken)
        found += self._find_fuzzy(text, tokens, run, taken)
        return sorted(found, key=lambda o: o.start)

    def _pick(self, forms: list[NameForm], written: str) -> NameForm:
        """Among forms folding alike, the one written exactly so, else an accepted one."""
        for form in forms:
            if form.text == written:
                return form
        return next((f for f in forms if f.role != "variant"), forms[0])

    def _find_exact(self, text: str, tokens: list[Token], run: list[int],
                    taken: list[bool]) -> list[Occurrence]:
        # Names first, then titles: a title may contain a partner's name
        # ("представитель Посольства ...") and must not hide it.
        names = self._greedy(text, tokens, run, lambda f: f.role != "title", taken)
        titles = self._greedy(text, tokens, run, lambda f: f.role == "title",
                              [False] * len(tokens))
        for occ in titles:
            for k in range(occ.first_token, occ.last_token):
                taken[k] = True
        return names + titles

    def _greedy(self, text: str, tokens: list[Token], run: list[int], wanted,
                taken: list[bool]) -> list[Occurrence]:
        found = []
        i = 0
        while i < len(tokens):
            for n in self._starts.get(tokens[i].folded, ()):
                if n > run[i]:  # past the text's end or across a gap no name has
                    continue
                key = tuple(t.folded for t in tokens[i:i + n])
                forms = [f for f in self._exact.get(key, ()) if wanted(f)]
                if forms:
                    start, end = tokens[i].start, tokens[i + n - 1].end
                    form = self._pick(forms, text[start:end])
                    found.append(_occurrence(text, form, start, end, True, i, i + n))
                    for k in range(i, i + n):
                        taken[k] = True
                    i += n
                    break
            else:
                i += 1
        return found

    def _find_fuzzy(self, text: str, tokens: list[Token], run: list[int],
                    taken: list[bool]) -> list[Occurrence]:
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        candidates = []
        fuzzy, choices, lengths = self._fuzzy, self._fuzzy_texts, self._fuzzy_lengths_by_key
        for i, token in enumerate(tokens):
            first = token.folded
            # Only the word counts of forms that start with these two letters: most
            # words start none (this loop is the hot path of the whole check).
            for key in {(first + " ")[:2], first[:2]}:
                for n in lengths.get(key, ()):
                    pool = fuzzy.get((n, key))
                    if n > run[i] or not pool or any(taken[i:i + n]):
                        continue
                    key_n = (n, key)
                    window = " ".join(t.folded for t in tokens[i:i + n])
                    limit = max_distance(len(window))
                    if not limit:
                        continue
                    close = process.extract(window, choices[key_n], limit=5,
                                            scorer=Levenshtein.distance, score_cutoff=limit)
                    for _, distance, index in close:
                        if distance and _each_word_close(window, pool[index][0]):
                            candidates.append((-n, distance, i, pool[index][1]))
                            break
        found = []
        for negative_n, _distance, i, form in sorted(candidates, key=lambda c: c[:3]):
            n = -negative_n
            if any(taken[i:i + n]):
                continue
            start, end = tokens[i].start, tokens[i + n - 1].end
            found.append(_occurrence(text, form, start, end, False, i, i + n))
            for k in range(i, i + n):
                taken[k] = True
        return found


def _occurrence(text: str, form: NameForm, start: int, end: int, exact: bool,
                first: int, last: int) -> Occurrence:
    # "Co., Ltd." ends with a dot the word tokens leave out; take it in, so a fix
    # that replaces the span does not double it.
    if form.text.endswith(".") and text[end:end + 1] == ".":
        end += 1
    return Occurrence(form, start, end, text[start:end], exact, first, last)


def matcher_for(snapshot: DirectorySnapshot, lang: str) -> NameMatcher:
    """The snapshot's matcher for ``lang``, built on first use."""
    key = f"name-matcher:{lang}"
    if key not in snapshot.cache:
        snapshot.cache[key] = NameMatcher(snapshot, lang)
    return snapshot.cache[key]
