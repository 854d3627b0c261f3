"""The last copy of a server directory, for working while the server is away.

Each time presspad has read a PostgreSQL directory whole it keeps a copy in
the data folder (``directory-copies/<hash>.json``, the entries in the JSON
shape of ``partners list --json``). When the server cannot be reached,
:class:`OfflineDirectory` serves that copy read-only: completion and the name
checks go on, and edits wait until the server is back.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from pathlib import Path

from presspad.core.directory.model import Entry, entry_from_dict, entry_to_dict
from presspad.core.directory.rows import search_text
from presspad.core.directory.store import Changes
from presspad.core.model.errors import PresspadError
from presspad.core.storage.textio import atomic_write_text
from presspad.core.text.words import fold

logger = logging.getLogger(__name__)

COPY_FORMAT = 1


def copy_path(key: str) -> Path:
    from presspad.core.storage import paths

    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return paths.data_dir() / "directory-copies" / f"{digest}.json"


def save_copy(key: str, entries: list[Entry], revision: int) -> None:
    """Keep ``entries`` as the last copy of the directory ``key`` (never raises)."""
    path = copy_path(key)
    document = {"format": COPY_FORMAT, "directory": key, "revision": revision,
                "saved": time.time(), "partners": [entry_to_dict(e) for e in entries]}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps(document, ensure_ascii=False))
    except (OSError, PresspadError):
        logger.warning("cannot keep a copy of the partner directory in %s", path, exc_info=True)


def load_copy(key: str) -> tuple[list[Entry], int, float] | None:
    """The last copy of ``key``: entries, revision, when saved (None when there is none)."""
    path = copy_path(key)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != COPY_FORMAT or document.get("directory") != key:
            return None
        entries = [entry_from_dict(item) for item in document["partners"]]
        return entries, int(document["revision"]), float(document["saved"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        logger.warning("ignoring a damaged copy of the partner directory: %s", path)
        return None


class OfflineDirectory:
    """A read-only directory over entries kept in memory (the last copy of a server's)."""

    engine = "offline"
    path = None
    readonly = True
    created = False
    offline = True

    def __init__(self, location: str, key: str, entries: list[Entry], revision: int,
                 reason: str, saved: float | None = None) -> None:
        self.location, self.key = location, key
        self.reason = reason            # why the server could not be used, one line
        self.saved = saved              # when the copy was made (None: this session's)
        self._entries = sorted(entries, key=lambda e: e.id or 0)
        self._revision = revision

    def _refuse(self) -> PresspadError:
        return PresspadError(f"partner directory {self.location}: the server cannot be "
                             "reached, so the directory is read-only for now",
                             hint="changes can be made when presspad is connected again")

    def close(self) -> None:
        pass

    def __enter__(self) -> OfflineDirectory:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def revision(self) -> int:
        return self._revision

    def count(self) -> int:
        return len(self._entries)

    def entries(self, kind: str | None = None) -> list[Entry]:
        return [e for e in self._entries if kind in (None, e.kind)]

    def entries_at(self) -> tuple[list[Entry], int]:
        return list(self._entries), self._revision

    def get(self, entry_id: int) -> Entry | None:
        return next((e for e in self._entries if e.id == entry_id), None)

    def search(self, text: str, kind: str | None = None) -> list[Entry]:
        needle = fold(text.strip())
        return [e for e in self.entries(kind) if needle in search_text(e)]

    def find(self, name: str, kind: str | None = None) -> Entry | None:
        wanted = fold(name.strip())
        return next((e for e in self.entries(kind)
                     if wanted in (fold(e.en), fold(e.ru)) and wanted), None)

    def changes_since(self, revision: int) -> Changes:
        return Changes(self._revision)

    def add(self, entry: Entry) -> int:
        raise self._refuse()

    def update(self, entry: Entry) -> None:
        raise self._refuse()

    def delete(self, entry_id: int) -> None:
        raise self._refuse()

    def upsert_many(self, entries) -> tuple[int, int]:
        raise self._refuse()

    def merge(self, keep_id: int, other_ids) -> Entry:
        raise self._refuse()
