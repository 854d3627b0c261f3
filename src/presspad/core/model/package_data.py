"""Files shipped inside presspad's packages: translations, the icon, word lists, tables.

Every reader here needs a file on disk (Qt loads the icon and the ``.qm`` by
path), and presspad is never run from a zip, so a package's folder is enough.
``importlib.resources`` would give the same answer, but importing it costs
about 2.5 ms on the way to the first window and to every CLI answer.
"""

from __future__ import annotations

import importlib
from pathlib import Path


def package_file(package: str, *parts: str) -> Path:
    """The path of ``parts`` inside ``package`` (which need not exist: callers say what
    is missing)."""
    folders = [Path(folder) for folder in importlib.import_module(package).__path__]
    for folder in folders:
        candidate = folder.joinpath(*parts)
        if candidate.exists():
            return candidate
    return folders[0].joinpath(*parts)
