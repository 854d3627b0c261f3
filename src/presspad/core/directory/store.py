"""The partner directory's store: the same tables and rules on SQLite or PostgreSQL.

:class:`Directory` holds everything a directory does (entries, search,
imports, merges, what changed since a revision); a backend holds what differs
between engines: connecting, transactions, the schema version's home, errors
in plain words and how others' writes are noticed.

- :class:`~.backend_sqlite.SqliteBackend`: a file path, the embedded default.
- :class:`~.backend_postgres.PostgresBackend`: a ``postgresql://`` URL or a
  libpq connection string, for a team (:mod:`.location` tells them apart).

Every write is one transaction that bumps the store's revision and stamps
the entries it touched with it, so a cache asks :meth:`Directory.changes_since`
instead of reloading 50,000 entries. An entry read from the store carries its
row version; saving it after someone else did raises :class:`EditConflict`
with their version, never overwrites it silently.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from presspad.core.directory.location import display, is_server
from presspad.core.directory.migrations import SCHEMA_VERSION, check_version, migrate
from presspad.core.directory.model import DIRECTORY_LANGS, ORG, Entry, Title
from presspad.core.directory.rows import child_rows, search_text
from presspad.core.model.errors import PresspadError
from presspad.core.text.words import fold

logger = logging.getLogger(__name__)

Seed = Callable[[], list[Entry]]


class EditConflict(PresspadError):
    """Someone saved the entry after it was read: ``theirs`` is what they saved."""

    def __init__(self, mine: Entry, theirs: Entry | None) -> None:
        self.mine, self.theirs = mine, theirs
        what = "deleted it" if theirs is None else "changed it"
        super().__init__(f"partner {mine.label()!r}: someone else {what} after you opened it",
                         hint="compare both versions, then save again or keep theirs")


@dataclass
class Changes:
    """What :meth:`Directory.changes_since` found: entries written and ids removed."""

    revision: int
    entries: list[Entry] = field(default_factory=list)
    removed: set[int] = field(default_factory=set)
    # True: ``entries`` is the whole directory (the store was replaced or restored
    # to an older revision than the one asked about): start again from it.
    complete: bool = False

    def __bool__(self) -> bool:
        return bool(self.entries or self.removed or self.complete)


# What partners migrate copies: table -> (columns, order).
_COPIED = {
    "entries": ("id, kind, gender, note, search, row_version", "id"),
    "names": ("entry_id, lang, role, position, text, folded", "entry_id, lang, role, position"),
    "titles": ("entry_id, position, en, ru, org_id", "entry_id, position"),
}


def open_backend(location: str | Path, readonly: bool | None = None) -> Any:
    """The backend for a file path or a PostgreSQL URL / connection string."""
    if is_server(location):
        try:
            from presspad.core.directory.backend_postgres import PostgresBackend
        except ImportError:
            raise PresspadError(f"{display(location)}: PostgreSQL support is not installed",
                                hint="install presspad's psycopg dependency") from None
        return PostgresBackend(str(location).strip(), readonly)
    from presspad.core.directory.backend_sqlite import SqliteBackend

    return SqliteBackend(location, readonly)


class Directory:
    """Organisations and people in a store (see the module docstring)."""

    def __init__(self, location: str | Path, *, seed: Seed | None = None,
                 readonly: bool | None = None) -> None:
        """Open (creating when missing) the store; ``readonly`` None = when not writable."""
        self._backend = open_backend(location, readonly)
        self.engine: str = self._backend.engine
        self.path: Path | None = self._backend.path
        self.location: str = self._backend.location
        # Old files opened read-only keep their columns: rows then have no versions.
        self._legacy = False
        self._backend.open(lambda cur: self._initialise(cur, seed))
        try:
            self._prepare(seed)
            after = getattr(self._backend, "after_prepare", None)
            if after is not None:
                after()
        except BaseException:
            self._backend.close()
            raise

    # -- opening ------------------------------------------------------------------

    def _error(self, message: str, hint: str | None = None) -> PresspadError:
        """An error naming the store: its file as the path, or its server in the text."""
        if self.path is not None:
            return PresspadError(message, path=self.path, hint=hint)
        return PresspadError(f"partner directory {self.location}: {message}", hint=hint)

    @property
    def readonly(self) -> bool:
        return self._backend.readonly

    @property
    def created(self) -> bool:
        return self._backend.created

    @property
    def key(self) -> str:
        """Names the store in caches and snapshots (a resolved path, a password-less URL)."""
        return self._backend.key

    @property
    def backend(self) -> Any:
        return self._backend

    def _initialise(self, cur: Any, seed: Seed | None) -> None:
        version = migrate(cur, self.engine, 0)
        if seed is not None:
            revision = self._bump(cur)
            for entry in seed():
                self._insert(cur, entry, revision)
        self._backend.set_schema_version(cur, version)

    def _prepare(self, seed: Seed | None) -> None:
        version = self._backend.schema_version()
        check_version(version, self.location)
        if version == SCHEMA_VERSION:
            return
        if self.readonly:
            if version >= 1:
                # Readable as it is; searches for a word with ’ may miss, and rows have
                # no versions, until someone with write access opens it and upgrades it.
                logger.warning("%s: old directory format (%d), read-only, not upgraded",
                               self.location, version)
                self._legacy = version < 3
                return
            raise self._error("the partner directory is read-only and has no presspad "
                              "tables yet", hint="ask for write access")
        with self._backend.schema_transaction() as cur:
            # Re-read inside the lock: another instance may have upgraded it meanwhile.
            version = self._backend.read_schema_version(cur)
            check_version(version, self.location)
            if version == SCHEMA_VERSION:
                return
            if version == 0:
                self._initialise(cur, seed)   # an empty file or database someone made
                self._backend.created = True
            else:
                self._backend.set_schema_version(cur, migrate(cur, self.engine, version))

    def close(self) -> None:
        self._backend.close()

    def __enter__(self) -> Directory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[tuple[Any, int]]:
        """One all-or-nothing write transaction and the revision it writes."""
        if self.readonly:
            raise self._error("the partner directory is read-only",
                              hint="ask for write access, or choose another directory file")
        with self._backend.transaction() as cur:
            revision = self._bump(cur)
            yield cur, revision
            self._backend.notify(cur, revision)

    @staticmethod
    def _bump(cur: Any) -> int:
        # First statement of every write: on PostgreSQL its row lock orders the writers.
        return cur.execute("INSERT INTO meta(key, value) VALUES ('revision', 1) "
                           "ON CONFLICT(key) DO UPDATE SET value = meta.value + 1 "
                           "RETURNING value").fetchone()[0]

    # -- reading ----------------------------------------------------------------

    def revision(self) -> int:
        """A number that changes whenever anyone writes to the store."""
        rows = self._backend.read("SELECT value FROM meta WHERE key = 'revision'")
        return int(rows[0][0]) if rows else 0

    def count(self) -> int:
        return self._backend.read("SELECT COUNT(*) FROM entries")[0][0]

    def entries(self, kind: str | None = None) -> list[Entry]:
        """Every entry (of ``kind`` when given), in order of their ids."""
        return self._load("kind = ?", (kind,)) if kind else self._load("1 = 1", ())

    def entries_at(self) -> tuple[list[Entry], int]:
        """Every entry and the revision they are at, read in one snapshot."""
        with self._backend.transaction(write=False) as cur:
            revision = self._revision_in(cur)
            return self._load_in(cur, "1 = 1", ()), revision

    def get(self, entry_id: int) -> Entry | None:
        found = self._load("id = ?", (entry_id,))
        return found[0] if found else None

    def search(self, text: str, kind: str | None = None) -> list[Entry]:
        """Entries any of whose names, titles or note contain ``text`` (ё = е, any case)."""
        needle = fold(text.strip())
        if kind:
            return self._load(f"{self._backend.contains} AND kind = ?", (needle, kind))
        return self._load(self._backend.contains, (needle,))

    def changes_since(self, revision: int) -> Changes:
        """Entries written and ids removed after ``revision``, and the revision now."""
        if self._legacy:
            entries, now = self.entries_at()
            return Changes(now, entries, set())
        with self._backend.transaction(write=False) as cur:
            now = self._revision_in(cur)
            if now == revision:
                return Changes(now)
            if now < revision:   # restored from a backup, or another database
                return Changes(now, self._load_in(cur, "1 = 1", ()), complete=True)
            entries = self._load_in(cur, "revision > ?", (revision,))
            removed = {row[0] for row in cur.execute(
                "SELECT entry_id FROM removed WHERE revision > ?", (revision,)).fetchall()}
        removed -= {e.id for e in entries}   # removed, then an id reused: it is there
        return Changes(now, entries, removed)

    @staticmethod
    def _revision_in(cur: Any) -> int:
        row = cur.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return int(row[0]) if row else 0

    def _load(self, where: str, params: tuple) -> list[Entry]:
        with self._backend.transaction(write=False) as cur:
            return self._load_in(cur, where, params)

    def _load_in(self, cur: Any, where: str, params: tuple) -> list[Entry]:
        """Entries matching the SQL condition ``where`` on the entries table."""
        version = "1" if self._legacy else "row_version"
        by_id: dict[int, Entry] = {}
        for entry_id, kind, gender, note, row_version in cur.execute(
                f"SELECT id, kind, gender, note, {version} FROM entries WHERE {where} "
                "ORDER BY id", params).fetchall():
            by_id[entry_id] = Entry(kind=kind, gender=gender, note=note, id=entry_id,
                                    version=row_version)
        if not by_id:
            return []
        ids = f"(SELECT id FROM entries WHERE {where})"
        for entry_id, lang, role, text in cur.execute(
                f"SELECT entry_id, lang, role, text FROM names WHERE entry_id IN {ids} "
                "ORDER BY entry_id, position", params).fetchall():
            entry = by_id[entry_id]
            if role == "canonical":
                setattr(entry, lang, text)
            else:
                getattr(entry, f"variants_{lang}" if role == "variant" else
                        f"short_{lang}").append(text)
        titles = cur.execute(f"SELECT entry_id, en, ru, org_id FROM titles WHERE entry_id IN "
                             f"{ids} ORDER BY entry_id, position", params).fetchall()
        org_ids = sorted({row[3] for row in titles if row[3] is not None})
        org_names: dict[int, str] = {}
        for start in range(0, len(org_ids), 500):
            chunk = org_ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            # 'ru' first, so the English name wins in the dict.
            org_names.update(cur.execute(
                f"SELECT entry_id, text FROM names WHERE role = 'canonical' "
                f"AND entry_id IN ({marks}) ORDER BY entry_id, lang DESC", chunk).fetchall())
        for entry_id, en, ru, org_id in titles:
            by_id[entry_id].titles.append(
                Title(en, ru, org_id, org_names.get(org_id, "") if org_id else ""))
        return list(by_id.values())

    def find(self, name: str, kind: str | None = None) -> Entry | None:
        """The entry whose canonical name in either language is ``name`` (any case)."""
        with self._backend.transaction(write=False) as cur:
            entry_id = self._find_id(cur, name.strip(), kind)
        return None if entry_id is None else self.get(entry_id)

    # -- writing ----------------------------------------------------------------

    def add(self, entry: Entry) -> int:
        """Store a new entry; return its id."""
        with self._write() as (cur, revision):
            return self._insert(cur, entry, revision)

    def update(self, entry: Entry) -> None:
        """Replace the stored entry with id ``entry.id`` by ``entry``.

        An entry read from the store (``entry.version`` set) is saved only if
        nobody saved it since; otherwise :class:`EditConflict` says so.
        """
        if entry.id is None:
            raise ValueError("update() needs an entry with an id")
        with self._write() as (cur, revision):
            self._replace(cur, entry, revision, expect=entry.version or None)
        if entry.version:
            entry.version += 1

    def delete(self, entry_id: int) -> None:
        with self._write() as (cur, revision):
            # People whose title named this organisation change too (ON DELETE SET NULL).
            self._touch_holders(cur, entry_id, revision)
            cur.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
            cur.execute("INSERT INTO removed(entry_id, revision) VALUES (?, ?)",
                        (entry_id, revision))

    def upsert_many(self, entries: Iterable[Entry]) -> tuple[int, int]:
        """Add or update many entries in ONE transaction; return ``(added, updated)``.

        An entry matches a stored one of the same kind with the same canonical
        English name (or Russian, when it has no English one). Titles may name
        their organisation by ``org_name``; it may be an entry earlier in the batch.
        """
        from presspad.core.directory.batch import upsert

        entries = list(entries)
        with self._write() as (cur, revision):
            return upsert(self, cur, entries, revision)

    def merge(self, keep_id: int, other_ids: Iterable[int]) -> Entry:
        """Fold duplicates into ``keep_id``: their names become short forms of it.

        Titles and variants are pooled, notes joined, and people's titles that
        pointed to a merged organisation point to the kept one.
        """
        others = [i for i in other_ids if i != keep_id]
        with self._write() as (cur, revision):
            keep = self._get_in(cur, keep_id)
            for other_id in others:
                other = self._get_in(cur, other_id)
                for lang in DIRECTORY_LANGS:
                    if not keep.name(lang):
                        setattr(keep, lang, other.name(lang))
                    keep.short(lang).extend(n for n in other.accepted(lang)
                                            if n != keep.name(lang))
                    keep.variants(lang).extend(other.variants(lang))
                keep.titles.extend(t for t in other.titles if t not in keep.titles)
                if other.note and other.note not in keep.note:
                    keep.note = "\n".join(p for p in (keep.note, other.note) if p)
                keep.gender = keep.gender or other.gender
                self._touch_holders(cur, other_id, revision)
                cur.execute("UPDATE titles SET org_id = ? WHERE org_id = ?", (keep_id, other_id))
                cur.execute("DELETE FROM entries WHERE id = ?", (other_id,))
                cur.execute("INSERT INTO removed(entry_id, revision) VALUES (?, ?)",
                            (other_id, revision))
            self._replace(cur, keep, revision)
        merged = self.get(keep_id)
        assert merged is not None
        return merged

    # -- whole-store copies (partners migrate) -------------------------------------

    def rows(self) -> dict[str, list[tuple]]:
        """Every row of the three tables, ids included, read in one snapshot."""
        copied = dict(_COPIED)
        if self._legacy:   # an old file opened read-only: its rows have no versions
            copied["entries"] = ("id, kind, gender, note, search, 1", "id")
        with self._backend.transaction(write=False) as cur:
            return {table: cur.execute(f"SELECT {columns} FROM {table} ORDER BY {order}")
                    .fetchall() for table, (columns, order) in copied.items()}

    def table_counts(self) -> dict[str, int]:
        """Rows per copied table (what ``partners migrate`` compares)."""
        with self._backend.transaction(write=False) as cur:
            return {table: cur.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                    for table in _COPIED}

    def load_rows(self, rows: dict[str, list[tuple]], *, replace: bool = False) -> None:
        """Put ``rows`` (from :meth:`rows`) in this store, ids kept, in ONE transaction.

        A store with entries is refused unless ``replace``. The counts are
        checked before the commit: a copy is whole or not made at all.
        """
        with self._write() as (cur, revision):
            present = cur.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
            if present and not replace:
                raise self._error(f"the target directory already has {present} partners",
                                  hint="use --replace to overwrite them, or another target")
            # Open apps must drop what the copy replaces: each old entry is removed.
            cur.execute("INSERT INTO removed(entry_id, revision) SELECT id, ? FROM entries",
                        (revision,))
            for table in ("titles", "names", "entries"):
                cur.execute(f"DELETE FROM {table}")
            for table, (columns, _order) in _COPIED.items():
                marks = ", ".join("?" * len(columns.split(",")))
                cur.executemany(f"INSERT INTO {table}({columns}) VALUES ({marks})",
                                [tuple(row) for row in rows[table]])
            cur.execute("UPDATE entries SET revision = ?", (revision,))
            self._backend.after_copy(cur)
            for table in _COPIED:
                stored = cur.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                if stored != len(rows[table]):
                    raise self._error(f"copy incomplete: {stored} of {len(rows[table])} rows "
                                      f"of {table}; nothing was changed")

    # -- internals ----------------------------------------------------------------

    def _get_in(self, cur: Any, entry_id: int) -> Entry:
        found = self._load_in(cur, "id = ?", (entry_id,))
        if not found:
            raise self._error(f"no partner with id {entry_id}")
        return found[0]

    def _match(self, cur: Any, entry: Entry) -> int | None:
        entry = entry.normalised()
        lang = "en" if entry.en else "ru"
        return self._find_id(cur, entry.name(lang), entry.kind, lang)

    @staticmethod
    def _find_id(cur: Any, name: str, kind: str | None, lang: str | None = None) -> int | None:
        langs = (lang,) if lang else DIRECTORY_LANGS
        rows = cur.execute(
            "SELECT n.entry_id, n.lang, e.kind FROM names n JOIN entries e ON e.id = n.entry_id "
            "WHERE n.folded = ? AND n.role = 'canonical' ORDER BY n.entry_id",
            (fold(name),)).fetchall()
        return next((entry_id for entry_id, row_lang, row_kind in rows
                     if row_lang in langs and kind in (None, row_kind)), None)

    @staticmethod
    def _touch_holders(cur: Any, org_id: int, revision: int) -> None:
        """People with a title at ``org_id`` show its name: they changed as well."""
        cur.execute("UPDATE entries SET revision = ? WHERE id IN "
                    "(SELECT entry_id FROM titles WHERE org_id = ?)", (revision, org_id))

    def _resolve_titles(self, cur: Any, entry: Entry) -> None:
        """Turn titles' organisation names into ids; an unknown one is an error."""
        for title in entry.titles:
            if title.org_id is None and title.org_name:
                title.org_id = self._find_id(cur, title.org_name, ORG)
                if title.org_id is None:
                    raise self._error(f"{entry.label()}: unknown organisation "
                                      f"{title.org_name!r} in a title",
                                      hint="add the organisation first")

    def _insert(self, cur: Any, entry: Entry, revision: int) -> int:
        self._resolve_titles(cur, entry)
        clean = self._checked(entry)
        [entry.id] = self._backend.reserve_ids(cur, 1)   # never a deleted entry's id
        cur.execute("INSERT INTO entries(id, kind, gender, note, search, revision) "
                    "VALUES (?, ?, ?, ?, ?, ?)", (entry.id, clean.kind, clean.gender,
                                                  clean.note, search_text(clean), revision))
        entry.version = 1
        self._write_children(cur, entry.id, clean)
        return entry.id

    def _replace(self, cur: Any, entry: Entry, revision: int, expect: int | None = None) -> None:
        self._resolve_titles(cur, entry)
        clean = self._checked(entry)
        where, params = "id = ?", [entry.id]
        if expect is not None:
            where, params = "id = ? AND row_version = ?", [entry.id, expect]
        cur.execute("UPDATE entries SET kind = ?, gender = ?, note = ?, search = ?, "
                    f"revision = ?, row_version = row_version + 1 WHERE {where}",
                    (clean.kind, clean.gender, clean.note, search_text(clean), revision,
                     *params))
        if cur.rowcount != 1:
            theirs = self._load_in(cur, "id = ?", (entry.id,))
            if expect is not None:
                raise EditConflict(entry, theirs[0] if theirs else None)
            raise self._error(f"no partner with id {entry.id}")
        if clean.kind == ORG:
            self._touch_holders(cur, entry.id, revision)   # their titles show the new name
        cur.execute("DELETE FROM names WHERE entry_id = ?", (entry.id,))
        cur.execute("DELETE FROM titles WHERE entry_id = ?", (entry.id,))
        self._write_children(cur, entry.id, clean)

    def _checked(self, entry: Entry) -> Entry:
        clean = entry.normalised()
        try:
            clean.validate()
        except ValueError as exc:
            raise self._error(f"cannot store partner {entry.label()!r}: {exc}") from None
        return clean

    @staticmethod
    def _write_children(cur: Any, entry_id: int, entry: Entry) -> None:
        names, titles = child_rows(entry_id, entry)
        cur.executemany("INSERT INTO names(entry_id, lang, role, position, text, folded) "
                        "VALUES (?, ?, ?, ?, ?, ?)", names)
        cur.executemany("INSERT INTO titles(entry_id, position, en, ru, org_id) "
                        "VALUES (?, ?, ?, ?, ?)", titles)
