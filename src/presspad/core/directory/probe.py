"""Settings → Directory's "Test Connection": what is at a location, without changing it.

:func:`probe` connects, reads the schema version and counts the partners,
and never creates a file, a table or a row: a typo in a URL must not leave an
empty directory on a server.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from presspad.core.directory.location import display, is_server, network_filesystem
from presspad.core.directory.migrations import SCHEMA_VERSION
from presspad.core.model.errors import PresspadError

logger = logging.getLogger(__name__)


@dataclass
class Probe:
    """What :func:`probe` found."""

    engine: str                # "sqlite" or "postgresql"
    location: str              # as shown (a server's password hidden)
    exists: bool               # False: a new directory will be created on first use
    partners: int = 0
    schema: int = 0
    server_version: str = ""   # PostgreSQL's, e.g. "15.18"
    network_filesystem: str | None = None   # a file on a share: "nfs4", "cifs"…
    newer: bool = False        # written by a newer presspad: it will be refused


def probe(location: str, password: str = "") -> Probe:
    """Look at ``location`` (a file path or a server); raise PresspadError when unusable."""
    if is_server(location):
        return _probe_server(location.strip(), password)
    return _probe_file(Path(location).expanduser())


def _probe_file(path: Path) -> Probe:
    found = Probe("sqlite", str(path), path.exists(),
                  network_filesystem=network_filesystem(path))
    if not found.exists:
        if not path.parent.is_dir():
            raise PresspadError("the folder of the partner directory does not exist",
                                path=path, hint="create it or choose another file")
        return found
    from presspad.core.directory.backend_sqlite import SqliteBackend

    backend = SqliteBackend(path, readonly=True)
    backend.open(lambda cur: None)
    try:
        found.schema = backend.schema_version()
        found.newer = found.schema > SCHEMA_VERSION
        if found.schema:
            found.partners = backend.read("SELECT COUNT(*) FROM entries")[0][0]
    finally:
        backend.close()
    return found


def _probe_server(conninfo: str, password: str) -> Probe:
    import psycopg
    from psycopg.conninfo import make_conninfo

    from presspad.core.directory.backend_postgres import PostgresBackend, _Cursor

    if password:
        conninfo = make_conninfo(conninfo, password=password)
    backend = PostgresBackend(conninfo)
    found = Probe("postgresql", display(conninfo), False)
    try:
        with psycopg.connect(conninfo, **backend._connect_kwargs()) as conn:
            version = conn.info.server_version   # e.g. 150018
            found.server_version = f"{version // 10000}.{version % 10000}"
            cursor = _Cursor(conn.cursor())
            found.schema = PostgresBackend.read_schema_version(cursor)
            found.exists = found.schema > 0
            found.newer = found.schema > SCHEMA_VERSION
            if found.exists:
                found.partners = cursor.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
    except psycopg.Error as exc:
        raise backend.error(exc) from None
    return found
