"""Shared fixtures: every test gets its own config and data folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from presspad.core.storage import paths

# A `presspad check` run by a test checks in its own process: outside CI it would
# start a background server (cli/server.py) that outlives the test. The server's
# own tests (tests/cli/test_server.py) give their commands an environment of their own.
os.environ["PRESSPAD_SERVER"] = "off"

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = REPO / "resources" / "sample.presspad"


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("presspad-home")
    paths.override_roots(config=root / "config", data=root / "data")
    yield root
    paths.override_roots()


@pytest.fixture
def umask():
    """``umask(0o027)`` sets the process's umask for this test; the old one comes back after.

    Tests run as root here, so a mode test sets its own umask rather than trust the shell's.
    """
    import os

    old = os.umask(0o022)
    os.umask(old)

    def set_umask(mask: int) -> None:
        os.umask(mask)

    yield set_umask
    os.umask(old)


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL cluster in a temporary folder, for the whole test session."""
    from tests.postgres_server import PostgresServer

    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """The URL of a new, empty PostgreSQL database."""
    return postgres_server.create_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def directory_location(request, tmp_path) -> str:
    """Where a test's partner directory lives: an SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "directory.sqlite")
    return request.getfixturevalue("postgres_url")
