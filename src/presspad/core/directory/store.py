"""The partner directory's SQLite store: one file a team can share.

The file uses WAL journaling so readers never block the writer, a busy
timeout so two presspad instances writing at once wait for each other instead
of failing, and ``BEGIN IMMEDIATE`` transactions so every write (an entry, an
import of a thousand entries, a merge) is all-or-nothing. SQLite's WAL mode
needs all writers on one machine; on a network drive that cannot share memory
the store falls back to the classic rollback journal, which is slower but safe.

Every SQLite error that reaches the user becomes one :class:`PresspadError`
line (locked, read-only, not a directory file).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from presspad.core.directory.model import DIRECTORY_LANGS, ORG, Entry, Title
from presspad.core.directory.schema import SCHEMA, SCHEMA_VERSION, database_error
from presspad.core.model.errors import PresspadError
from presspad.core.storage.textio import remove_stale_temporaries, temporary_prefix
from presspad.core.text.words import fold

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15000

Seed = Callable[[], list[Entry]]


def _refold(cur: sqlite3.Cursor) -> None:
    """Recompute the folded columns of a version-1 file with today's fold()."""
    names = cur.execute("SELECT rowid, text FROM names").fetchall()
    cur.executemany("UPDATE names SET folded = ? WHERE rowid = ?",
                    [(fold(text), rowid) for rowid, text in names])
    for entry_id, note in cur.execute("SELECT id, note FROM entries").fetchall():
        parts = [text for (text,) in cur.execute(
            "SELECT text FROM names WHERE entry_id = ?", (entry_id,))]
        for en, ru in cur.execute("SELECT en, ru FROM titles WHERE entry_id = ?", (entry_id,)):
            parts += [en, ru]
        search = fold("\n".join(p for p in [*parts, note] if p))
        cur.execute("UPDATE entries SET search = ? WHERE id = ?", (search, entry_id))


def _search_text(entry: Entry) -> str:
    parts = [entry.en, entry.ru, *entry.short_en, *entry.short_ru, *entry.variants_en,
             *entry.variants_ru, entry.note, *(t.en for t in entry.titles),
             *(t.ru for t in entry.titles)]
    return fold("\n".join(p for p in parts if p))


_SQLITE_HEADER = b"SQLite format 3\x00"


def _put_in_place(tmp: str, path: Path) -> bool:
    """Move the finished file to ``path`` unless someone made ``path`` meanwhile.

    A hard link cannot overwrite; where the file system has none (FAT, some
    network shares) a rename after a last look is the next best thing.
    """
    try:
        os.link(tmp, path)
        return True
    except FileExistsError:
        return False   # created meanwhile by another instance: use theirs
    except OSError:
        if path.exists():
            return False
        os.replace(tmp, path)
        return True


def _check_header(path: Path) -> None:
    """Refuse a 0-byte or non-SQLite file instead of opening it as an empty directory."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError:
        return   # sqlite says what is wrong (permission, a folder) in its own words
    if not header:
        raise PresspadError("the partner directory file is empty (0 bytes), probably left by "
                            "a save that failed", path=path,
                            hint="restore it from a backup, or delete it to start a new one")
    if header != _SQLITE_HEADER:
        raise PresspadError("this is not a presspad partner directory (not an SQLite database)",
                            path=path, hint="choose the directory's .sqlite file")


class Directory:
    """Organisations and people in an SQLite file (see the module docstring)."""

    def __init__(self, path: str | Path, *, seed: Seed | None = None,
                 readonly: bool | None = None) -> None:
        """Open (creating when missing) the file; ``readonly`` None = when not writable."""
        self.path = Path(path)
        if readonly is None:
            # WAL also needs to create files beside the database: a read-only
            # folder (a read-only share) makes the directory read-only too.
            readonly = self.path.exists() and not (
                os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK))
        self.readonly = readonly
        self.created = False
        # One connection shared by the GUI thread and check workers, used under a lock.
        self._lock = threading.RLock()
        try:
            if not self.readonly and not self.path.exists():
                self.created = self._create_file(seed)
            else:
                _check_header(self.path)
            self._conn = self._connect()
            self._prepare(seed)
        except sqlite3.Error as exc:
            raise database_error(exc, self.path) from None

    def _create_file(self, seed: Seed | None) -> bool:
        """Write a new directory to a temporary file and link it into place when whole.

        A full disk or a kill mid-way then leaves no half-made (0-byte) file at
        ``path`` that would later open as an empty directory. Returns False when
        another process created the file first (its file is used).
        """
        import tempfile

        if not self.path.parent.is_dir():
            raise PresspadError("the folder of the partner directory does not exist",
                                path=self.path, hint="create it or choose another file")
        remove_stale_temporaries(self.path)   # a creation killed last time
        try:
            fd, tmp = tempfile.mkstemp(prefix=temporary_prefix(self.path), suffix=".tmp",
                                       dir=self.path.parent)
        except OSError as exc:
            raise PresspadError(f"cannot create the partner directory: {exc.strerror}",
                                path=self.path, hint="check the disk space and the folder") \
                from None
        os.close(fd)
        try:
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                cur = conn.cursor()
                cur.execute("BEGIN IMMEDIATE")
                self._initialise(cur, seed)
                cur.execute("COMMIT")
            finally:
                conn.close()
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)   # as sqlite would have made it, not mkstemp's 0600
            return _put_in_place(tmp, self.path)
        except sqlite3.Error as exc:
            raise database_error(exc, self.path) from None
        except OSError as exc:
            raise PresspadError(f"cannot create the partner directory: {exc.strerror}",
                                path=self.path, hint="check the disk space and the folder") \
                from None
        finally:
            for leftover in (tmp, tmp + "-wal", tmp + "-shm"):
                try:
                    os.unlink(leftover)
                except OSError:
                    pass

    def _initialise(self, cur: sqlite3.Cursor, seed: Seed | None) -> None:
        for statement in SCHEMA.split(";"):
            if statement.strip():
                cur.execute(statement)
        if seed is not None:
            for entry in seed():
                self._insert(cur, entry)
        cur.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    # -- connection -----------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        if self.readonly:
            uri = self.path.resolve().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None,
                                   timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        else:
            if not self.path.parent.is_dir():
                raise PresspadError("the folder of the partner directory does not exist",
                                    path=self.path, hint="create it or choose another file")
            conn = sqlite3.connect(self.path, isolation_level=None,
                                   timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not self.readonly:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                logger.warning("%s: WAL journaling unavailable, using %s", self.path, mode)
            conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    def _prepare(self, seed: Seed | None) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise PresspadError("this partner directory was written by a newer presspad",
                                path=self.path, hint="update presspad")
        if version == SCHEMA_VERSION:
            return
        if self.readonly:
            if version == 1:
                # Readable as it is; only searches for a word with ’ may miss until
                # someone with write access opens it and it is refolded.
                logger.warning("%s: old directory format, read-only, not refolded", self.path)
                return
            raise database_error(sqlite3.OperationalError("readonly database"), self.path)
        with self._write() as cur:
            # Re-read inside the lock: another instance may have created it meanwhile.
            version = cur.execute("PRAGMA user_version").fetchone()[0]
            if version == SCHEMA_VERSION:
                return
            if version == 1:
                _refold(cur)
                cur.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            else:
                self._initialise(cur, seed)   # an empty SQLite file someone made
                self.created = True

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Directory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Cursor]:
        """One all-or-nothing write transaction, taken with the write lock at once."""
        with self._lock:
            yield from self._transaction()

    def _transaction(self) -> Iterator[sqlite3.Cursor]:
        cur = self._conn.cursor()
        try:
            cur.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise database_error(exc, self.path) from None
        try:
            yield cur
            cur.execute("INSERT INTO meta(key, value) VALUES ('revision', 1) "
                        "ON CONFLICT(key) DO UPDATE SET value = value + 1")
            cur.execute("COMMIT")
        except BaseException as exc:
            try:
                cur.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            if isinstance(exc, sqlite3.Error):
                raise database_error(exc, self.path) from None
            raise

    def _read(self, sql: str, params: Iterable = ()) -> list[tuple]:
        try:
            with self._lock:
                return self._conn.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            raise database_error(exc, self.path) from None

    # -- reading ----------------------------------------------------------------

    def revision(self) -> int:
        """A number that changes whenever anyone writes to the file."""
        rows = self._read("SELECT value FROM meta WHERE key = 'revision'")
        return rows[0][0] if rows else 0

    def count(self) -> int:
        return self._read("SELECT COUNT(*) FROM entries")[0][0]

    def entries(self, kind: str | None = None) -> list[Entry]:
        """Every entry (of ``kind`` when given), in order of their ids."""
        return self._load("kind = ?", (kind,)) if kind else self._load("1", ())

    def get(self, entry_id: int) -> Entry | None:
        found = self._load("id = ?", (entry_id,))
        return found[0] if found else None

    def search(self, text: str, kind: str | None = None) -> list[Entry]:
        """Entries any of whose names, titles or note contain ``text`` (ё = е, any case)."""
        needle = fold(text.strip())
        if kind:
            return self._load("instr(search, ?) > 0 AND kind = ?", (needle, kind))
        return self._load("instr(search, ?) > 0", (needle,))

    def _load(self, where: str, params: tuple) -> list[Entry]:
        """Entries matching the SQL condition ``where`` on the entries table."""
        by_id: dict[int, Entry] = {}
        for entry_id, kind, gender, note in self._read(
                f"SELECT id, kind, gender, note FROM entries WHERE {where} ORDER BY id", params):
            by_id[entry_id] = Entry(kind=kind, gender=gender, note=note, id=entry_id)
        if not by_id:
            return []
        ids = f"(SELECT id FROM entries WHERE {where})"
        for entry_id, lang, role, text in self._read(
                f"SELECT entry_id, lang, role, text FROM names WHERE entry_id IN {ids} "
                "ORDER BY entry_id, position", params):
            entry = by_id[entry_id]
            if role == "canonical":
                setattr(entry, lang, text)
            else:
                getattr(entry, f"variants_{lang}" if role == "variant" else
                        f"short_{lang}").append(text)
        titles = self._read(f"SELECT entry_id, en, ru, org_id FROM titles WHERE entry_id IN {ids} "
                            "ORDER BY entry_id, position", params)
        org_ids = sorted({row[3] for row in titles if row[3] is not None})
        org_names: dict[int, str] = {}
        for start in range(0, len(org_ids), 500):
            chunk = org_ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            # 'ru' first, so the English name wins in the dict.
            org_names.update(self._read(
                f"SELECT entry_id, text FROM names WHERE role = 'canonical' "
                f"AND entry_id IN ({marks}) ORDER BY entry_id, lang DESC", chunk))
        for entry_id, en, ru, org_id in titles:
            by_id[entry_id].titles.append(
                Title(en, ru, org_id, org_names.get(org_id, "") if org_id else ""))
        return list(by_id.values())

    def find(self, name: str, kind: str | None = None) -> Entry | None:
        """The entry whose canonical name in either language is ``name`` (any case)."""
        try:
            with self._lock:
                entry_id = self._find_id(self._conn.cursor(), name.strip(), kind)
        except sqlite3.Error as exc:
            raise database_error(exc, self.path) from None
        return None if entry_id is None else self.get(entry_id)

    # -- writing ----------------------------------------------------------------

    def add(self, entry: Entry) -> int:
        """Store a new entry; return its id."""
        with self._write() as cur:
            return self._insert(cur, entry)

    def update(self, entry: Entry) -> None:
        """Replace the stored entry with id ``entry.id`` by ``entry``."""
        if entry.id is None:
            raise ValueError("update() needs an entry with an id")
        with self._write() as cur:
            self._replace(cur, entry)

    def delete(self, entry_id: int) -> None:
        with self._write() as cur:
            cur.execute("DELETE FROM entries WHERE id = ?", (entry_id,))

    def upsert_many(self, entries: Iterable[Entry]) -> tuple[int, int]:
        """Add or update many entries in ONE transaction; return ``(added, updated)``.

        An entry matches a stored one of the same kind with the same canonical
        English name (or Russian, when it has no English one). Titles may name
        their organisation by ``org_name``; it may be an entry earlier in the batch.
        """
        added = updated = 0
        with self._write() as cur:
            for entry in entries:
                existing = self._match(cur, entry)
                if existing is None:
                    self._insert(cur, entry)
                    added += 1
                else:
                    entry.id = existing
                    self._replace(cur, entry)
                    updated += 1
        return added, updated

    def merge(self, keep_id: int, other_ids: Iterable[int]) -> Entry:
        """Fold duplicates into ``keep_id``: their names become short forms of it.

        Titles and variants are pooled, notes joined, and people's titles that
        pointed to a merged organisation point to the kept one.
        """
        others = [i for i in other_ids if i != keep_id]
        with self._write() as cur:
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
                cur.execute("UPDATE titles SET org_id = ? WHERE org_id = ?", (keep_id, other_id))
                cur.execute("DELETE FROM entries WHERE id = ?", (other_id,))
            self._replace(cur, keep)
        merged = self.get(keep_id)
        assert merged is not None
        return merged

    # -- internals ----------------------------------------------------------------

    def _get_in(self, cur: sqlite3.Cursor, entry_id: int) -> Entry:
        entry = self.get(entry_id)
        if entry is None:
            raise PresspadError(f"no partner with id {entry_id}", path=self.path)
        return entry

    def _match(self, cur: sqlite3.Cursor, entry: Entry) -> int | None:
        entry = entry.normalised()
        lang = "en" if entry.en else "ru"
        return self._find_id(cur, entry.name(lang), entry.kind, lang)

    @staticmethod
    def _find_id(cur: sqlite3.Cursor, name: str, kind: str | None,
                 lang: str | None = None) -> int | None:
        langs = (lang,) if lang else DIRECTORY_LANGS
        rows = cur.execute(
            "SELECT n.entry_id, n.lang, e.kind FROM names n JOIN entries e ON e.id = n.entry_id "
            "WHERE n.folded = ? AND n.role = 'canonical' ORDER BY n.entry_id",
            (fold(name),)).fetchall()
        return next((entry_id for entry_id, row_lang, row_kind in rows
                     if row_lang in langs and kind in (None, row_kind)), None)

    def _resolve_titles(self, cur: sqlite3.Cursor, entry: Entry) -> None:
        """Turn titles' organisation names into ids; an unknown one is an error."""
        for title in entry.titles:
            if title.org_id is None and title.org_name:
                title.org_id = self._find_id(cur, title.org_name, ORG)
                if title.org_id is None:
                    raise PresspadError(
                        f"{entry.label()}: unknown organisation {title.org_name!r} in a title",
                        path=self.path, hint="add the organisation first")

    def _insert(self, cur: sqlite3.Cursor, entry: Entry) -> int:
        self._resolve_titles(cur, entry)
        clean = self._checked(entry)
        cur.execute("INSERT INTO entries(kind, gender, note, search) VALUES (?, ?, ?, ?)",
                    (clean.kind, clean.gender, clean.note, _search_text(clean)))
        entry.id = cur.lastrowid
        self._write_children(cur, entry.id, clean)
        return entry.id

    def _replace(self, cur: sqlite3.Cursor, entry: Entry) -> None:
        self._resolve_titles(cur, entry)
        clean = self._checked(entry)
        cur.execute("UPDATE entries SET kind = ?, gender = ?, note = ?, search = ? WHERE id = ?",
                    (clean.kind, clean.gender, clean.note, _search_text(clean), entry.id))
        if cur.rowcount != 1:
            raise PresspadError(f"no partner with id {entry.id}", path=self.path)
        cur.execute("DELETE FROM names WHERE entry_id = ?", (entry.id,))
        cur.execute("DELETE FROM titles WHERE entry_id = ?", (entry.id,))
        self._write_children(cur, entry.id, clean)

    def _checked(self, entry: Entry) -> Entry:
        clean = entry.normalised()
        try:
            clean.validate()
        except ValueError as exc:
            raise PresspadError(f"cannot store partner {entry.label()!r}: {exc}",
                                path=self.path) from None
        return clean

    @staticmethod
    def _write_children(cur: sqlite3.Cursor, entry_id: int, entry: Entry) -> None:
        rows = []
        for lang in DIRECTORY_LANGS:
            if entry.name(lang):
                rows.append((entry_id, lang, "canonical", 0, entry.name(lang)))
            rows += [(entry_id, lang, "short", i, t) for i, t in enumerate(entry.short(lang))]
            rows += [(entry_id, lang, "variant", i, t)
                     for i, t in enumerate(entry.variants(lang))]
        cur.executemany("INSERT INTO names(entry_id, lang, role, position, text, folded) "
                        "VALUES (?, ?, ?, ?, ?, ?)", [(*row, fold(row[4])) for row in rows])
        cur.executemany("INSERT INTO titles(entry_id, position, en, ru, org_id) "
                        "VALUES (?, ?, ?, ?, ?)",
                        [(entry_id, i, t.en, t.ru, t.org_id)
                         for i, t in enumerate(entry.titles)])
