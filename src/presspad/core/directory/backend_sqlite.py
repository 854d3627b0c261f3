"""The partner directory in an SQLite file: the embedded default, for one person.

The file uses WAL journaling so readers never block the writer, a busy
timeout so two presspad instances on one machine writing at once wait for
each other instead of failing, and ``BEGIN IMMEDIATE`` transactions so every
write is all-or-nothing. SQLite's file locking is not reliable on network
file systems (its own documentation says so), so a team shares a PostgreSQL
directory instead (:mod:`.backend_postgres`); :func:`.location.network_filesystem`
lets the app warn about a file on a share.

Every SQLite error that reaches the user becomes one :class:`PresspadError`
line (locked, read-only, not a directory file).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from presspad.core.model.errors import PresspadError
from presspad.core.storage.textio import (
    new_file_mode,
    remove_stale_temporaries,
    temporary_prefix,
)

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15000
_SQLITE_HEADER = b"SQLite format 3\x00"


def database_error(exc: sqlite3.Error, path: Path) -> PresspadError:
    """Translate an SQLite error into one line a user can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return PresspadError("the partner directory is locked by another program", path=path,
                             hint="wait a moment and try again")
    if "readonly" in text or "read-only" in text:
        return PresspadError("the partner directory is read-only", path=path,
                             hint="ask for write access, or choose another directory file")
    if "not a database" in text or "malformed" in text or "no such table" in text:
        return PresspadError("this is not a presspad partner directory, or it is damaged",
                             path=path, hint="choose another file or restore a backup")
    if "unable to open" in text:
        return PresspadError("cannot open the partner directory", path=path,
                             hint="check that the folder exists and is reachable")
    return PresspadError(f"partner directory error: {exc}", path=path)


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


class SqliteBackend:
    """One SQLite file behind :class:`~presspad.core.directory.store.Directory`."""

    engine = "sqlite"
    contains = "instr(search, ?) > 0"

    def __init__(self, path: str | Path, readonly: bool | None = None) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        if readonly is None:
            # WAL also needs to create files beside the database: a read-only
            # folder (a read-only share) makes the directory read-only too.
            readonly = self.path.exists() and not (
                os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK))
        self.readonly = readonly
        self.created = False
        # One connection shared by the GUI thread and check workers, used under a lock.
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._seen_state: tuple | None = None   # the file as wait_for_change last saw it

    @property
    def key(self) -> str:
        """Names this store in caches: the same file by any path is the same key."""
        return str(self.path.resolve())

    def error(self, exc: BaseException) -> PresspadError | None:
        return database_error(exc, self.path) if isinstance(exc, sqlite3.Error) else None

    def open(self, initialise: Callable[[sqlite3.Cursor], None]) -> None:
        """Connect, creating the file (through ``initialise``) when it is missing."""
        try:
            if not self.readonly and not self.path.exists():
                self.created = self._create_file(initialise)
            else:
                _check_header(self.path)
            self._conn = self._connect()
            # Seen now, before anything is read: a write from here on is noticed.
            self._seen_state = self._file_state()
        except sqlite3.Error as exc:
            raise database_error(exc, self.path) from None

    def _create_file(self, initialise: Callable[[sqlite3.Cursor], None]) -> bool:
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
                initialise(cur)
                cur.execute("COMMIT")
            finally:
                conn.close()
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.chmod(tmp, new_file_mode())   # as sqlite would have made it, not mkstemp's 0600
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

    # -- schema version: SQLite's own header field ------------------------------

    def schema_version(self) -> int:
        return self.read("PRAGMA user_version")[0][0]

    @staticmethod
    def read_schema_version(cur: sqlite3.Cursor) -> int:
        return cur.execute("PRAGMA user_version").fetchone()[0]

    @staticmethod
    def set_schema_version(cur: sqlite3.Cursor, version: int) -> None:
        cur.execute(f"PRAGMA user_version = {int(version)}")

    # -- transactions -------------------------------------------------------------

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[sqlite3.Cursor]:
        """All-or-nothing; a write takes the file's write lock at once (no deadlocks)."""
        assert self._conn is not None
        with self._lock:
            cur = self._conn.cursor()
            try:
                cur.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            except sqlite3.Error as exc:
                raise database_error(exc, self.path) from None
            try:
                yield cur
                cur.execute("COMMIT")
            except BaseException as exc:
                try:
                    cur.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
                if isinstance(exc, sqlite3.Error):
                    raise database_error(exc, self.path) from None
                raise

    def schema_transaction(self) -> Iterator[sqlite3.Cursor]:
        """A write transaction: BEGIN IMMEDIATE already holds the file's only write lock."""
        return self.transaction()

    def read(self, sql: str, params: tuple = ()) -> list[tuple]:
        assert self._conn is not None
        try:
            with self._lock:
                return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise database_error(exc, self.path) from None

    @staticmethod
    def reserve_ids(cur: sqlite3.Cursor, count: int) -> list[int]:
        """Ids for ``count`` new entries, never one a deleted entry had.

        SQLite by itself gives a new row the largest id + 1, which a just
        deleted entry may have had: an editor's stale save of that entry would
        then land on a different partner. A high-water mark in ``meta`` keeps
        ids going up (the write lock is held: nobody takes them meanwhile).
        """
        top = cur.execute("SELECT MAX(COALESCE((SELECT MAX(id) FROM entries), 0), "
                          "COALESCE((SELECT value FROM meta WHERE key = 'last_id'), 0))"
                          ).fetchone()[0]
        cur.execute("INSERT INTO meta(key, value) VALUES ('last_id', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (top + count,))
        return list(range(top + 1, top + 1 + count))

    def after_copy(self, cur: sqlite3.Cursor) -> None:
        """New rowids follow the largest copied id by themselves."""

    def notify(self, cur: sqlite3.Cursor, revision: int) -> None:
        """Others see the file change (:meth:`wait_for_change`); nothing to send."""

    # -- watching for other writers -----------------------------------------------

    def _file_state(self) -> tuple:
        """What a write by any process changes: the file's and its WAL's size and time."""
        state = []
        for name in (self.path, Path(f"{self.path}-wal")):
            try:
                info = os.stat(name)
                state.append((info.st_mtime_ns, info.st_size))
            except OSError:
                state.append(None)
        return tuple(state)

    def wait_for_change(self, timeout: float, stop: threading.Event) -> bool:
        """Watch the file until it changes (True) or ``timeout`` passes (False).

        A stat of two files every quarter second costs microseconds, works on
        every platform and file system, and sees writes from any process.
        """
        # Compared with the state last seen, not with the state at this call: a
        # write between the last call and this one must not go unnoticed.
        if self._seen_state is None:
            self._seen_state = self._file_state()
        deadline = time.monotonic() + timeout
        while not stop.is_set() and time.monotonic() < deadline:
            if stop.wait(0.25):
                break
            state = self._file_state()
            if state != self._seen_state:
                self._seen_state = state
                return True
        return False

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
