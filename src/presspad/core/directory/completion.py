"""Completion of partner names as the writer types: an in-memory prefix index.

After two letters of any word of a name ("Khi" → "Vladimir Khizhnyak", "кён"
→ "администрация провинции Кёнгидо") the editor asks :meth:`CompletionIndex.lookup`
for the best matches. The index is a sorted list of every (folded) word of
every accepted name, with a parallel list of integer sort keys; a lookup is two
``bisect`` calls and a ``heapq.nsmallest`` over the matching slice, all in C,
so it stays well under a millisecond for tens of thousands of entries
(``bench/completion.py``).

Best first means: the typed word begins the name, then canonical names before
short forms, then shorter names. A match on a short form ("SPb" → SPbPU) is
followed by the entry's canonical name, the form a release should use first.
Russian results carry the six case forms of the name
(:mod:`presspad.core.directory.case_forms`), computed only for the results.
"""

from __future__ import annotations

import functools
import heapq
import logging
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from presspad.core.directory.model import DIRECTORY_LANGS, Entry
from presspad.core.text.words import fold

logger = logging.getLogger(__name__)

MIN_PREFIX = 2
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NAME_BITS = 22          # up to 4 million names per language
_MAX_LEN = 1023


@dataclass(frozen=True)
class Completion:
    """One candidate: a form of an entry's name to insert."""

    entry: Entry
    lang: str
    text: str                     # the form to insert (nominative)
    role: str                     # "canonical" or "short"
    forms: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    @property
    def canonical(self) -> str:
        return self.entry.name(self.lang)

    @property
    def other(self) -> str:
        """The name in the other language, to show beside the candidate."""
        return self.entry.name("ru" if self.lang == "en" else "en")


FormsTable = dict[tuple[str, str, str], tuple[tuple[str, str], ...]]

# Case forms computed in another process (the app's check worker, which has
# pymorphy3 loaded anyway): the app's own process then never loads its
# dictionaries (~26 MiB) just to offer "Хижняку" in a completion.
_learned: FormsTable = {}


@functools.lru_cache(maxsize=4096)
def _computed_forms(kind: str, gender: str, text: str) -> tuple[tuple[str, str], ...]:
    from presspad.core.directory.case_forms import case_forms

    return tuple(case_forms(Entry(kind=kind, gender=gender, ru=text)).items())


def _forms(kind: str, gender: str, text: str) -> tuple[tuple[str, str], ...]:
    learned = _learned.get((kind, gender, text))
    return learned if learned is not None else _computed_forms(kind, gender, text)


def forms_table(entries: list[Entry]) -> FormsTable:
    """The Russian case forms of every name completion can offer, keyed as ``_forms``."""
    return {(entry.kind, entry.gender, text): _computed_forms(entry.kind, entry.gender, text)
            for entry in entries for text in entry.accepted("ru")}


def learn_forms(table: FormsTable) -> None:
    """Use ``table`` (from :func:`forms_table`, computed elsewhere) before computing."""
    _learned.clear()
    _learned.update(table)


class CompletionIndex:
    """Prefix index over the accepted names of the directory, per language.

    :meth:`update` applies a colleague's edit in place (a few ``bisect``
    insertions and deletions), so a live directory never rebuilds the index.
    """

    def __init__(self, entries: list[Entry]) -> None:
        self._names: dict[str, list[tuple[Entry, str, str] | None]] = {}
        self._words: dict[str, list[str]] = {}
        self._keys: dict[str, list[int]] = {}
        # entry id -> its name indices per language, for update()
        self._of_entry: dict[int, dict[str, list[int]]] = {}
        self._count = 0
        for lang in DIRECTORY_LANGS:
            names: list[tuple[Entry, str, str] | None] = []
            postings: list[tuple[str, int]] = []
            for entry in entries:
                for name_index, name in self._add_names(entry, lang, names):
                    postings.extend(_postings(name_index, *name[1:]))
            postings.sort()
            self._names[lang] = names
            self._words[lang] = [w for w, _ in postings]
            self._keys[lang] = [k for _, k in postings]

    def _add_names(self, entry: Entry, lang: str, names: list):
        """Append ``entry``'s accepted names in ``lang``; yield (index, name) of each."""
        indices = self._of_entry.setdefault(entry.id if entry.id is not None else -id(entry),
                                            {}).setdefault(lang, [])
        for index, text in enumerate(entry.accepted(lang)):
            role = "canonical" if index == 0 and text == entry.name(lang) else "short"
            name = (entry, text, role)
            indices.append(len(names))
            names.append(name)
            self._count += 1
            yield len(names) - 1, name

    def update(self, changed: list[Entry], removed: set[int] = frozenset()) -> None:
        """Replace the changed entries' names, add new entries', drop removed ones."""
        for entry_id in {e.id for e in changed} | set(removed):
            for lang, indices in self._of_entry.pop(entry_id, {}).items():
                words, keys, names = self._words[lang], self._keys[lang], self._names[lang]
                for name_index in indices:
                    _entry, text, role = names[name_index]
                    for word, key in _postings(name_index, text, role):
                        at = bisect_left(words, word)
                        while words[at] == word and keys[at] != key:
                            at += 1
                        del words[at], keys[at]
                    names[name_index] = None   # its index stays taken: keys encode it
                    self._count -= 1
        for entry in changed:
            if entry.id in removed:
                continue
            for lang in DIRECTORY_LANGS:
                words, keys, names = self._words[lang], self._keys[lang], self._names[lang]
                for name_index, name in self._add_names(entry, lang, names):
                    for word, key in _postings(name_index, *name[1:]):
                        lo = bisect_left(words, word)
                        hi = bisect_left(words, word + "\x00", lo)
                        at = bisect_left(keys, key, lo, hi)
                        words.insert(at, word)
                        keys.insert(at, key)

    def __len__(self) -> int:
        return self._count

    def lookup(self, prefix: str, lang: str, limit: int = 10, with_forms: bool = True,
               min_prefix: int = MIN_PREFIX) -> list[Completion]:
        """The best ``limit`` names in ``lang`` with a word starting with ``prefix``.

        ``min_prefix`` is 2 while typing; a forced popup (Ctrl+Space) passes 1.
        """
        folded = fold(prefix.strip())
        if len(folded) < max(1, min_prefix) or lang not in self._words:
            return []
        parts = [fold(p) for p in _WORD.findall(folded)]
        if not parts:
            return []
        words = self._words[lang]
        lo = bisect_left(words, parts[0])
        hi = bisect_left(words, parts[0] + "\U0010ffff", lo)
        if lo == hi:
            return []
        keys = self._keys[lang]
        mask = (1 << _NAME_BITS) - 1
        if len(parts) > 1:
            # "Gyeonggi-R", "Vladimir Kh": look up the first word, keep the names
            # that go on as typed (rare, so a full sort of the slice is fine).
            best = sorted(keys[lo:hi])
            wanted = " ".join(parts)
        else:
            # Over-fetch a little: one name can match twice (two words with the prefix).
            best = heapq.nsmallest(limit * 2, keys[lo:hi]) if hi - lo > limit * 2 \
                else sorted(keys[lo:hi])
            wanted = ""
        seen: set[int] = set()
        results: list[Completion] = []
        for key in best:
            name_index = key & mask
            if name_index in seen:
                continue
            seen.add(name_index)
            entry, text, role = self._names[lang][name_index]
            if wanted and not _continues(text, wanted):
                continue
            candidates = [(text, role)]
            canonical = entry.name(lang)
            if role == "short" and canonical:
                # "SPb" matched the short form SPbPU: offer the canonical name next.
                candidates.append((canonical, "canonical"))
            for candidate, candidate_role in candidates:
                if any(r.entry is entry and r.text == candidate for r in results):
                    continue
                forms = dict(_forms(entry.kind, entry.gender, candidate)) \
                    if with_forms and lang == "ru" else {}
                results.append(Completion(entry, lang, candidate, candidate_role, forms))
            if len(results) >= limit:
                break
        return results[:limit]


def _postings(name_index: int, text: str, role: str) -> list[tuple[str, int]]:
    """The (folded word, sort key) pairs of one name; the key ends with its index."""
    out: list[tuple[str, int]] = []
    seen: set[str] = set()
    for position, match in enumerate(_WORD.finditer(text)):
        word = fold(match.group(0))
        if word in seen:
            continue
        seen.add(word)
        rank = ((min(position, 1) * 2 + (role != "canonical")) * (_MAX_LEN + 1)
                + min(len(text), _MAX_LEN))
        out.append((word, (rank << _NAME_BITS) | name_index))
    return out


def _continues(text: str, wanted: str) -> bool:
    """True when ``text``'s words, from some word on, begin with ``wanted``'s words."""
    words = [fold(w) for w in _WORD.findall(text)]
    joined = " ".join(words)
    starts = [0] + [i + 1 for i, c in enumerate(joined) if c == " "]
    return any(joined.startswith(wanted, s) for s in starts)


def replacement_start(text_before: str, name: str) -> int:
    """Where inserting ``name`` should start, given the text before the cursor.

    The writer may have typed more than the current word ("Vladimir Kh"): the
    longest tail of ``text_before`` that begins ``name`` (any case, ё = е) and
    starts at a word boundary is replaced, so the name is not doubled; at
    least the word being typed is replaced. Returns an index into ``text_before``.
    """
    folded_name = fold(name)
    limit = min(len(text_before), len(name))
    for length in range(limit, 0, -1):
        start = len(text_before) - length
        if start > 0 and (text_before[start - 1].isalnum() or text_before[start - 1] == "-"):
            continue
        if fold(text_before[start:]) == folded_name[:length]:
            return start
    return len(text_before) - len(current_prefix(text_before))


def current_prefix(text_before: str) -> str:
    """The word (letters, digits, hyphens) being typed at the end of ``text_before``."""
    match = re.search(r"[^\W_][\w-]*$", text_before)
    return match.group(0) if match else ""
