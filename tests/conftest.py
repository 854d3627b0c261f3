"""Shared fixtures: every test gets its own config and data folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from presspad.core.storage import paths

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
def sample_path() -> Path:
    return SAMPLE
