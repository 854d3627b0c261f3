"""Writing thousands of entries in a few statements (imports, upserts).

Entry by entry, an import costs four or five round trips each: harmless for
SQLite in the same process, a minute for 50,000 entries on a server. Here the
store's canonical names are read once, matching and organisation look-ups
happen in memory, ids are reserved in one statement, and every table gets one
``executemany`` (which psycopg sends as a pipeline). All of it still runs in
the caller's one transaction.
"""

from __future__ import annotations

import logging
from typing import Any

from presspad.core.directory.model import DIRECTORY_LANGS, ORG, Entry
from presspad.core.directory.rows import child_rows, search_text
from presspad.core.text.words import fold

logger = logging.getLogger(__name__)


class CanonicalNames:
    """Folded canonical name -> [(entry id, language, kind)], lowest id first."""

    def __init__(self, cur: Any) -> None:
        self._by_name: dict[str, list[tuple[int, str, str]]] = {}
        self._names_of: dict[int, list[str]] = {}
        for entry_id, lang, kind, folded in cur.execute(
                "SELECT n.entry_id, n.lang, e.kind, n.folded FROM names n "
                "JOIN entries e ON e.id = n.entry_id WHERE n.role = 'canonical' "
                "ORDER BY n.entry_id").fetchall():
            self._by_name.setdefault(folded, []).append((entry_id, lang, kind))
            self._names_of.setdefault(entry_id, []).append(folded)

    def find(self, name: str, kind: str | None, lang: str | None = None) -> int | None:
        """As ``Directory._find_id``: the lowest id with that canonical name."""
        langs = (lang,) if lang else DIRECTORY_LANGS
        return next((entry_id for entry_id, row_lang, row_kind in self._by_name.get(
            fold(name), ()) if row_lang in langs and kind in (None, row_kind)), None)

    def put(self, entry_id: int, clean: Entry) -> None:
        """``entry_id`` now has ``clean``'s canonical names (its old ones are gone)."""
        for folded in self._names_of.pop(entry_id, []):
            self._by_name[folded] = [row for row in self._by_name[folded] if row[0] != entry_id]
        for lang in DIRECTORY_LANGS:
            if clean.name(lang):
                folded = fold(clean.name(lang))
                rows = self._by_name.setdefault(folded, [])
                rows.append((entry_id, lang, clean.kind))
                rows.sort()
                self._names_of.setdefault(entry_id, []).append(folded)


def upsert(directory: Any, cur: Any, entries: list[Entry], revision: int) -> tuple[int, int]:
    """Add or update ``entries`` (see ``Directory.upsert_many``); return (added, updated)."""
    names = CanonicalNames(cur)
    reserved = iter(directory.backend.reserve_ids(cur, len(entries)))
    pending: dict[int, tuple[Entry, bool]] = {}   # id -> (clean entry, is new)
    added = updated = 0
    for entry in entries:
        probe = entry.normalised()
        lang = "en" if probe.en else "ru"
        existing = names.find(probe.name(lang), entry.kind, lang)
        is_new = existing is None
        entry.id = next(reserved) if is_new else existing
        for title in entry.titles:
            if title.org_id is None and title.org_name:
                title.org_id = names.find(title.org_name, ORG)
                if title.org_id is None:
                    raise directory._error(f"{entry.label()}: unknown organisation "
                                           f"{title.org_name!r} in a title",
                                           hint="add the organisation first")
        clean = directory._checked(entry)
        clean.id = entry.id
        # Twice in one batch: the later row wins, and is counted as an update.
        pending[entry.id] = (clean, pending[entry.id][1] if entry.id in pending else is_new)
        names.put(entry.id, clean)
        entry.version = 1 if is_new else entry.version
        added += is_new
        updated += not is_new

    fresh = [clean for clean, is_new in pending.values() if is_new]
    changed = [clean for clean, is_new in pending.values() if not is_new]
    cur.executemany("INSERT INTO entries(id, kind, gender, note, search, revision) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [(e.id, e.kind, e.gender, e.note, search_text(e), revision) for e in fresh])
    cur.executemany("UPDATE entries SET kind = ?, gender = ?, note = ?, search = ?, "
                    "revision = ?, row_version = row_version + 1 WHERE id = ?",
                    [(e.kind, e.gender, e.note, search_text(e), revision, e.id)
                     for e in changed])
    # People whose title names a changed organisation show its new name.
    cur.executemany("UPDATE entries SET revision = ? WHERE id IN "
                    "(SELECT entry_id FROM titles WHERE org_id = ?)",
                    [(revision, e.id) for e in changed if e.kind == ORG])
    for table in ("names", "titles"):
        cur.executemany(f"DELETE FROM {table} WHERE entry_id = ?", [(e.id,) for e in changed])
    name_rows: list[tuple] = []
    title_rows: list[tuple] = []
    for clean in (*fresh, *changed):
        names_of, titles_of = child_rows(clean.id, clean)
        name_rows += names_of
        title_rows += titles_of
    cur.executemany("INSERT INTO names(entry_id, lang, role, position, text, folded) "
                    "VALUES (?, ?, ?, ?, ?, ?)", name_rows)
    cur.executemany("INSERT INTO titles(entry_id, position, en, ru, org_id) "
                    "VALUES (?, ?, ?, ?, ?)", title_rows)
    return added, updated
