"""The rows an entry is stored as: its search text and its names' and titles' rows.

Shared by the store's one-entry writes and the batch writer, and by the
offline copy's search, so all three agree on what a name's folded form is.
"""

from __future__ import annotations

from presspad.core.directory.model import DIRECTORY_LANGS, Entry
from presspad.core.text.words import fold


def search_text(entry: Entry) -> str:
    """fold() of every name, title and the note: what ``Directory.search`` looks in."""
    parts = [entry.en, entry.ru, *entry.short_en, *entry.short_ru, *entry.variants_en,
             *entry.variants_ru, entry.note, *(t.en for t in entry.titles),
             *(t.ru for t in entry.titles)]
    return fold("\n".join(p for p in parts if p))


def child_rows(entry_id: int, entry: Entry) -> tuple[list[tuple], list[tuple]]:
    """The rows of ``names`` and ``titles`` for a (normalised) entry."""
    rows = []
    for lang in DIRECTORY_LANGS:
        if entry.name(lang):
            rows.append((entry_id, lang, "canonical", 0, entry.name(lang)))
        rows += [(entry_id, lang, "short", i, t) for i, t in enumerate(entry.short(lang))]
        rows += [(entry_id, lang, "variant", i, t) for i, t in enumerate(entry.variants(lang))]
    return ([(*row, fold(row[4])) for row in rows],
            [(entry_id, i, t.en, t.ru, t.org_id) for i, t in enumerate(entry.titles)])
