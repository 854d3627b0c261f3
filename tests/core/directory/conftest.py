"""The directory's tests run on both engines: each ``directory`` is SQLite, then PostgreSQL."""

from __future__ import annotations

import pytest

from presspad.core.directory.store import Directory


@pytest.fixture
def directory(directory_location):
    with Directory(directory_location) as d:
        yield d
