"""The partner directory in PostgreSQL: one database a whole office shares.

A ``postgresql://…`` URL or a libpq connection string (``service=presspad``,
``host=… dbname=…``) picks this backend. Passwords follow libpq's conventions
(``~/.pgpass``, ``PGPASSWORD``, ``pg_service.conf``) or come from the system
keyring (:mod:`.credentials`); presspad's settings never hold one.

Connections come from a psycopg pool, in autocommit mode outside explicit
transactions. Every write transaction first bumps the ``revision`` row in
``meta``: the row lock puts concurrent writers in one order, so revisions
commit in the order they are numbered and "what changed since revision N"
never misses a write. Each write sends ``NOTIFY presspad_directory`` with the
new revision; PostgreSQL delivers it at commit, to every app listening.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from presspad.core.directory.credentials import keyring_password, split_password
from presspad.core.model.errors import PresspadError

logger = logging.getLogger(__name__)

CHANNEL = "presspad_directory"
CONNECT_TIMEOUT_S = 5
# Any number: the advisory lock that keeps two apps from creating the schema at once.
_SCHEMA_LOCK = 72_651_107


class ServerUnreachable(PresspadError):
    """The server did not answer: worth waiting for, and working from the last copy."""


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class _Cursor:
    """A psycopg cursor that takes the store's ``?`` placeholders (SQLite's style)."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def execute(self, sql: str, params: tuple | list = ()) -> _Cursor:
        self._cursor.execute(sql.replace("?", "%s"), tuple(params))
        return self

    def executemany(self, sql: str, rows: list) -> _Cursor:
        if rows:
            self._cursor.executemany(sql.replace("?", "%s"), rows)
        return self

    def fetchone(self) -> tuple | None:
        return self._cursor.fetchone()

    def fetchall(self) -> list[tuple]:
        return self._cursor.fetchall()

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount


class PostgresBackend:
    """A PostgreSQL database behind :class:`~presspad.core.directory.store.Directory`."""

    engine = "postgresql"
    contains = "strpos(search, ?) > 0"
    path = None

    def __init__(self, conninfo: str, readonly: bool | None = None) -> None:
        import psycopg  # a missing driver is reported here, in plain words

        self.conninfo = conninfo
        try:
            self.location, password = split_password(conninfo)
        except psycopg.Error as exc:   # not an address libpq can read
            raise PresspadError(f"not a PostgreSQL address libpq understands: "
                                f"{_first_line(exc)}",
                                hint="use postgresql://host/database or service=name") from None
        self._password = password or keyring_password(conninfo)
        self.readonly = bool(readonly)
        self._readonly_asked = readonly is not None
        self.created = False
        self._pool: Any = None
        self._listener: Any = None

    @property
    def key(self) -> str:
        return self.location

    def _connect_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "autocommit": True, "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "presspad",
            # A server that hangs (not one that refuses) is noticed too: TCP
            # keepalives and a send timeout end a dead connection within ~30 s,
            # and no statement waits longer than a minute.
            "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5,
            "keepalives_count": 3, "tcp_user_timeout": 30_000,
            "options": "-c statement_timeout=60000"}
        if self._password:
            kwargs["password"] = self._password
        return kwargs

    def error(self, exc: BaseException) -> PresspadError | None:
        """One line a user can act on, for a psycopg error (None for anything else)."""
        import psycopg
        from psycopg import errors

        if not isinstance(exc, psycopg.Error):
            return None
        where = f"partner directory {self.location}"
        text = _first_line(exc)
        if isinstance(exc, (errors.InsufficientPrivilege, errors.ReadOnlySqlTransaction)):
            return PresspadError(f"{where}: you may read it but not change it",
                                 hint="ask the database's administrator for write access")
        if isinstance(exc, errors.UndefinedTable):
            return PresspadError(f"{where}: this database has no presspad directory in it, "
                                 "or it is damaged", hint="check the database name")
        if isinstance(exc, psycopg.OperationalError):
            if "password" in text.lower() or "authentication" in text.lower():
                return PresspadError(f"{where}: the server refused the login ({text})",
                                     hint="check the user name and the password in "
                                          "Settings → Directory or ~/.pgpass")
            if "does not exist" in text.lower():
                return PresspadError(f"{where}: the server has no such database or user "
                                     f"({text})", hint="check the address in Settings → "
                                     "Directory, or ask the administrator to create it")
            return ServerUnreachable(f"{where}: cannot reach the server ({text})",
                                     hint="check the address in Settings → Directory and the "
                                          "network; presspad works from its last copy "
                                          "meanwhile")
        return PresspadError(f"{where}: database error: {text}")

    def _raise(self, exc: BaseException) -> None:
        translated = self.error(exc)
        if translated is None:
            raise exc
        raise translated from None

    def open(self, initialise: Callable[[Any], None]) -> None:
        """Connect once (to report a bad address or login plainly), then start the pool."""
        import psycopg
        from psycopg_pool import ConnectionPool

        try:
            psycopg.connect(self.conninfo, **self._connect_kwargs()).close()
        except psycopg.Error as exc:
            self._raise(exc)
        self._pool = ConnectionPool(self.conninfo, min_size=1, max_size=4, open=False,
                                    kwargs=self._connect_kwargs(), timeout=CONNECT_TIMEOUT_S,
                                    name="presspad-directory")
        try:
            self._pool.open(wait=True, timeout=CONNECT_TIMEOUT_S)
        except psycopg.Error as exc:   # the server went away between the two
            self.close()
            self._raise(exc)

    def after_prepare(self) -> None:
        """A user with no INSERT right gets a read-only directory, not errors on save."""
        if not self._readonly_asked:
            rows = self.read("SELECT has_table_privilege(current_user, 'entries', 'INSERT')")
            self.readonly = not rows[0][0]

    # -- schema version: a row in meta --------------------------------------------

    def schema_version(self) -> int:
        with self.transaction(write=False) as cur:
            return self.read_schema_version(cur)

    @staticmethod
    def read_schema_version(cur: _Cursor) -> int:
        if cur.execute("SELECT to_regclass('meta')").fetchone()[0] is None:
            return 0
        row = cur.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        return int(row[0]) if row else 0

    @staticmethod
    def set_schema_version(cur: _Cursor, version: int) -> None:
        cur.execute("INSERT INTO meta(key, value) VALUES ('schema', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (version,))

    @contextmanager
    def schema_transaction(self) -> Iterator[_Cursor]:
        """A write transaction that holds the schema lock from before it begins.

        Two apps opening a new database at once: the second waits, then sees
        the schema the first made. The lock is taken on the connection before
        BEGIN (not as the transaction's first statement), so every statement of
        the transaction runs after the first app's commit.
        """
        import psycopg

        try:
            with self._pool.connection() as conn:
                conn.execute("SELECT pg_advisory_lock(%s)", (_SCHEMA_LOCK,))
                try:
                    with conn.transaction():
                        yield _Cursor(conn.cursor())
                finally:
                    conn.execute("SELECT pg_advisory_unlock(%s)", (_SCHEMA_LOCK,))
        except psycopg.Error as exc:
            self._raise(exc)

    # -- transactions -------------------------------------------------------------

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[_Cursor]:
        """All-or-nothing; a read sees one consistent snapshot of the database."""
        import psycopg

        try:
            with self._pool.connection() as conn, conn.transaction():
                if not write:
                    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                yield _Cursor(conn.cursor())
        except psycopg.Error as exc:
            self._raise(exc)

    def read(self, sql: str, params: tuple = ()) -> list[tuple]:
        import psycopg

        try:
            with self._pool.connection() as conn:
                return conn.execute(sql.replace("?", "%s"), params).fetchall()
        except psycopg.Error as exc:
            self._raise(exc)
            raise   # not reached: _raise always raises

    @staticmethod
    def reserve_ids(cur: _Cursor, count: int) -> list[int]:
        """Ids for ``count`` new entries, from the identity's sequence in one statement."""
        if count == 0:
            return []
        return [row[0] for row in cur.execute(
            "SELECT nextval(pg_get_serial_sequence('entries', 'id')) "
            "FROM generate_series(1, ?)", (count,)).fetchall()]

    def after_copy(self, cur: _Cursor) -> None:
        """Rows came with their ids: the identity goes on after the largest."""
        cur.execute("SELECT setval(pg_get_serial_sequence('entries', 'id'), "
                    "COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM entries")

    def notify(self, cur: _Cursor, revision: int) -> None:
        cur.execute("SELECT pg_notify(?, ?)", (CHANNEL, str(revision)))

    # -- watching for other writers -----------------------------------------------

    def wait_for_change(self, timeout: float, stop: threading.Event) -> bool:
        """Wait for a NOTIFY (True) or ``timeout`` (False); a lost server raises."""
        import psycopg

        try:
            if self._listener is None or self._listener.closed:
                self._listener = psycopg.connect(self.conninfo, **self._connect_kwargs())
                self._listener.execute(f"LISTEN {CHANNEL}")
            # Short slices, so that stop() is obeyed within a second.
            remaining = timeout
            while remaining > 0 and not stop.is_set():
                slice_s = min(1.0, remaining)
                for _ in self._listener.notifies(timeout=slice_s, stop_after=1):
                    return True
                remaining -= slice_s
            return False
        except psycopg.Error as exc:
            if self._listener is not None:
                self._listener.close()
            self._listener = None
            self._raise(exc)
            raise

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if self._pool is not None:
            self._pool.close()
            self._pool = None
