"""Autosaved copies of unsaved work, and finding them again after a crash.

Each running presspad writes its unsaved release to
``<data>/recovery/<pid>-<n>.presspad`` with a JSON sidecar naming the file it
belongs to. A clean save or close deletes them; whatever is left by a process
that is no longer running is offered back at the next start.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from presspad.core.model.errors import PresspadError
from presspad.core.model.release import Release
from presspad.core.storage import paths
from presspad.core.storage import release_file as storage
from presspad.core.storage.textio import atomic_write_text, process_alive

logger = logging.getLogger(__name__)

_counter = itertools.count(1)


@dataclass(frozen=True)
class Recovery:
    """One autosaved release left behind by a process that ended."""

    release_path: Path          # the autosaved copy
    original: Path | None       # the file the user was editing, if it had one
    saved_at: _dt.datetime

    def load(self) -> Release:
        return storage.load(self.release_path)

    def discard(self) -> None:
        for path in (self.release_path, _sidecar(self.release_path)):
            try:
                path.unlink()
            except FileNotFoundError:
                pass


class AutosaveSlot:
    """Where one open window autosaves; unique per process and window."""

    def __init__(self) -> None:
        self.path = paths.recovery_dir() / f"{os.getpid()}-{next(_counter)}{storage.SUFFIX}"

    def write(self, release: Release, original: Path | None) -> None:
        """Autosave ``release`` (atomically, like every save)."""
        storage.save(release, self.path)
        meta = {"original": str(original) if original else None,
                "saved_at": _dt.datetime.now().isoformat(timespec="seconds"),
                "pid": os.getpid()}
        atomic_write_text(_sidecar(self.path), json.dumps(meta) + "\n")

    def clear(self) -> None:
        """The work is saved or deliberately discarded: nothing to recover."""
        for path in (self.path, _sidecar(self.path)):
            try:
                path.unlink()
            except FileNotFoundError:
                pass


def _sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def _alive(pid: int) -> bool:
    return pid == os.getpid() or process_alive(pid)


def pending_recoveries() -> list[Recovery]:
    """Autosaves of processes that are gone, newest first."""
    found: list[Recovery] = []
    for release_path in paths.recovery_dir().glob(f"*{storage.SUFFIX}"):
        try:
            meta = json.loads(_sidecar(release_path).read_text(encoding="utf-8"))
            pid = int(meta.get("pid", release_path.stem.split("-")[0]))
            saved_at = _dt.datetime.fromisoformat(meta["saved_at"])
        except (OSError, ValueError, KeyError):
            pid, saved_at, meta = 0, _dt.datetime.fromtimestamp(
                release_path.stat().st_mtime), {}
        if _alive(pid):
            continue
        original = meta.get("original")
        found.append(Recovery(release_path, Path(original) if original else None, saved_at))
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found


def load_recovery(recovery: Recovery) -> Release | None:
    """The recovered release, or None (and the copy removed) if it is unreadable."""
    try:
        return recovery.load()
    except PresspadError as exc:
        logger.warning("discarding unreadable recovery file: %s", exc)
        recovery.discard()
        return None
