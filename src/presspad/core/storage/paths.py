"""Where presspad keeps settings, data and recovery files (platformdirs).

Paths are computed on first use, never at import time, and tests redirect them
with :func:`override_roots`.
"""

from __future__ import annotations

import logging
from pathlib import Path

logger = logging.getLogger(__name__)

APP_NAME = "presspad"
_overrides: dict[str, Path] = {}


def override_roots(config: Path | None = None, data: Path | None = None) -> None:
    """Point the config and data folders elsewhere (tests, portable installs)."""
    _overrides.clear()
    if config is not None:
        _overrides["config"] = Path(config)
    if data is not None:
        _overrides["data"] = Path(data)


def config_dir() -> Path:
    """The user's configuration folder for presspad, created on demand."""
    if "config" in _overrides:
        path = _overrides["config"]
    else:
        import platformdirs

        path = platformdirs.user_config_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """The user's data folder for presspad (directory, dictionaries), created on demand."""
    if "data" in _overrides:
        path = _overrides["data"]
    else:
        import platformdirs

        path = platformdirs.user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def recovery_dir() -> Path:
    """Where autosaved copies of unsaved releases wait for recovery."""
    path = data_dir() / "recovery"
    path.mkdir(parents=True, exist_ok=True)
    return path
