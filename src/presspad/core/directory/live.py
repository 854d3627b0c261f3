"""A directory kept current in memory while colleagues edit it.

:class:`LiveDirectory` holds the open store and its snapshot (entries and
the completion index). A watcher thread waits for other writers — a
PostgreSQL ``NOTIFY``, or a change of the SQLite file — asks the store what
changed since the snapshot's revision, and tells the owner through
``on_pending``. The owner (the GUI's thread) then calls :meth:`apply`, which
updates the snapshot and the completion index incrementally. The thread never
touches the snapshot itself, so lookups need no lock.

When a server stops answering, the directory turns read-only on the last
snapshot (``offline``; completion and checks go on) and the thread tries to
reconnect every few seconds; once back, it catches up on what changed.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from presspad.core.directory.location import display, is_server
from presspad.core.directory.offline import OfflineDirectory, save_copy
from presspad.core.directory.snapshot import DirectorySnapshot, open_default_directory
from presspad.core.directory.store import Changes
from presspad.core.model.errors import PresspadError

logger = logging.getLogger(__name__)

WAIT_S = 5.0          # a watch slice: at least this often the revision is asked anyway
RETRY_S = 5.0         # reconnecting to a server that went away
COPY_EVERY_S = 30.0   # the offline copy of a server directory, at most this often


class LiveDirectory:
    """The directory at ``location`` and a snapshot that follows every writer."""

    def __init__(self, location: str | None,
                 opener: Callable[[str | None], Any] = open_default_directory, *,
                 background: bool = False) -> None:
        """Open the directory now, or (``background``) in the watcher thread.

        The app opens it in the background: a server that does not answer, or
        50,000 entries to load, must not freeze the window. Until the thread
        has it, :attr:`loading` is True and the snapshot is empty; a directory
        that cannot be opened leaves its reason in :attr:`error`.
        """
        self._opener = opener
        # Reconnecting wants the server itself, not (again) its offline copy.
        self._reconnect = (functools.partial(opener, offline_copy=False)
                           if opener is open_default_directory else opener)
        self.location_setting = location
        self._lock = threading.Lock()
        self._pending: Changes | None = None
        self._status_changed = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._on_pending: Callable[[], None] = lambda: None
        self._copy_due = time.monotonic() + COPY_EVERY_S
        self._copied_revision = -1
        self._prepared: DirectorySnapshot | None = None   # built by the thread, see apply()
        self.error = ""
        self.loading = background
        if background:
            shown = display(location) if location else "partner directory"
            self.directory: Any = OfflineDirectory(shown, shown, [], -1, reason="")
            self.snapshot = DirectorySnapshot([], -1)
        else:
            self.directory = opener(location)
            entries, revision = self.directory.entries_at()
            self.snapshot = DirectorySnapshot(entries, revision)
            self._keep_first_copy(entries, revision)

    def _keep_first_copy(self, entries: list, revision: int) -> None:
        if self.directory.engine == "postgresql":
            save_copy(self.directory.key, entries, revision)   # to work from when it is away
            self._copied_revision = revision

    def _open_in_background(self) -> bool:
        """The watcher's first job when the owner asked for ``background``; True when open."""
        directory = None
        try:
            directory = self._opener(self.location_setting)
            entries, revision = directory.entries_at()
        except Exception as exc:   # PresspadError, or anything a bad address raises
            if directory is not None:
                directory.close()
            self.error = (exc.user_message() if isinstance(exc, PresspadError)
                          else f"the partner directory cannot be opened: {exc}")
            self._post(switched=True)
            # A server may come up; a broken file will not mend itself.
            retry = is_server(self.location_setting)
            if not (retry and not self._stop.wait(RETRY_S)):
                self._stop.set()
            return False
        if self._stop.is_set():   # stopped while it was being opened: nobody wants it
            directory.close()
            return False
        self.directory = directory
        self.error = ""
        self._keep_first_copy(entries, revision)
        # The completion index of 50,000 entries takes seconds: built here, not on
        # the owner's (GUI) thread at the first keystroke.
        prepared = DirectorySnapshot(entries, revision)
        prepared.completion  # noqa: B018 - built on access
        self._prepared = prepared
        # ``loading`` turns False when the owner applies this, not before: until
        # then its snapshot is still the empty one.
        self._post(Changes(revision, entries, complete=True), switched=True)
        return True

    # -- what the owner sees --------------------------------------------------------

    @property
    def offline(self) -> bool:
        return isinstance(self.directory, OfflineDirectory) and self.directory.reason != ""

    @property
    def offline_reason(self) -> str:
        return self.directory.reason if self.offline else ""

    def start(self, on_pending: Callable[[], None]) -> None:
        """Watch in a daemon thread; ``on_pending`` is called (from it) when apply() has work."""
        self._on_pending = on_pending
        self._thread = threading.Thread(target=self._watch, name="directory-watch",
                                        daemon=True)
        self._thread.start()

    def apply(self) -> tuple[Changes | None, bool]:
        """Take what the watcher found: (changes applied or None, online/offline switched)."""
        with self._lock:
            changes, self._pending = self._pending, None
            switched, self._status_changed = self._status_changed, False
        if changes is not None and changes.complete:
            prepared, self._prepared = self._prepared, None
            self.snapshot = (prepared if prepared is not None
                             and prepared.revision == changes.revision
                             else DirectorySnapshot(changes.entries, changes.revision))
            self.loading = False
        elif changes is not None and changes.revision > self.snapshot.revision:
            self.snapshot = self.snapshot.updated(changes)
        elif changes is not None:
            changes = None   # older than what this app already has (its own refresh_now)
        return changes, switched

    def refresh_now(self) -> Changes | None:
        """This process wrote: catch up at once instead of waiting for the watcher."""
        try:
            changes = self.directory.changes_since(self._known_revision())
        except PresspadError:
            logger.warning("cannot read the directory's changes", exc_info=True)
            return None
        with self._lock:
            self._pending = _merged(self._pending, changes)
        return self.apply()[0]

    def stop(self) -> None:
        """Stop watching and close the store, without waiting on a slow server.

        The thread closes the store itself when it ends (it may be inside a
        call to a server that does not answer); the owner waits a moment only.
        """
        self._stop.set()
        if self._thread is not None and self._thread.is_alive():
            self._thread.join(timeout=0.3)
            if self._thread.is_alive():
                return   # it closes the store on its way out
        self._close_directory()

    def _close_directory(self) -> None:
        try:
            self.directory.close()
        except Exception:
            logger.debug("closing the partner directory", exc_info=True)

    # -- the watcher thread -----------------------------------------------------------

    def _known_revision(self) -> int:
        with self._lock:
            return self._pending.revision if self._pending else self.snapshot.revision

    def _post(self, changes: Changes | None = None, switched: bool = False) -> None:
        with self._lock:
            if changes is not None:
                self._pending = _merged(self._pending, changes)
            self._status_changed |= switched
        self._on_pending()

    def _watch(self) -> None:
        try:
            opened = not self.loading
            while not opened and not self._stop.is_set():
                opened = self._open_in_background()
            while not self._stop.is_set():
                try:
                    self._watch_once()
                except Exception:   # never let the watcher die silently: log, wait, go on
                    logger.exception("directory watcher")
                    self._stop.wait(RETRY_S)
        finally:
            if self._stop.is_set():
                self._close_directory()

    def _watch_once(self) -> None:
        if self.offline:
            self._try_reconnect()
            return
        try:
            self.directory.backend.wait_for_change(WAIT_S, self._stop)
            if self._stop.is_set():
                return
            changes = self.directory.changes_since(self._known_revision())
            if changes or changes.revision != self._known_revision():
                self._post(changes)
            self._keep_copy()
        except PresspadError as exc:
            self._go_offline(exc)

    def _keep_copy(self) -> None:
        """Refresh the offline copy from the snapshot, when it moved (at most every 30 s)."""
        snapshot = self.snapshot   # replaced, never changed, by the owner: safe to read
        if (self.directory.engine != "postgresql" or time.monotonic() < self._copy_due
                or snapshot.revision == self._copied_revision):
            return
        self._copy_due = time.monotonic() + COPY_EVERY_S
        save_copy(self.directory.key, snapshot.entries, snapshot.revision)
        self._copied_revision = snapshot.revision

    def _go_offline(self, exc: PresspadError) -> None:
        """Serve the snapshot read-only while the server is away."""
        from presspad.core.directory.backend_postgres import ServerUnreachable

        if self._stop.is_set():
            return   # stopping: the connection was closed under the watch, not lost

        if self.directory.engine != "postgresql" or not isinstance(exc, ServerUnreachable):
            logger.warning("partner directory: %s", exc.user_message())
            self._stop.wait(RETRY_S)
            return
        logger.warning("partner directory server lost: %s", exc.user_message())
        snapshot = self.snapshot
        old = self.directory
        self.directory = OfflineDirectory(old.location, old.key, snapshot.entries,
                                          snapshot.revision, exc.user_message())
        try:
            old.close()
        except Exception:
            logger.debug("closing the lost connection", exc_info=True)
        self._post(switched=True)

    def _try_reconnect(self) -> None:
        if self._stop.wait(RETRY_S):
            return
        try:
            directory = self._reconnect(self.location_setting)
        except PresspadError:
            return   # still away
        if isinstance(directory, OfflineDirectory):
            return
        try:
            changes = directory.changes_since(self._known_revision())
        except PresspadError:
            directory.close()   # gone again at once: try later, leak nothing
            return
        if self._stop.is_set():
            directory.close()
            return
        self.directory = directory
        logger.info("partner directory server is back: %s", directory.location)
        self._post(changes, switched=True)


def _merged(first: Changes | None, later: Changes) -> Changes:
    """Two batches of changes as one, the later one winning."""
    if first is None or later.complete:
        return later
    by_id = {e.id: e for e in first.entries}
    removed = set(first.removed)
    for entry_id in later.removed:
        by_id.pop(entry_id, None)
        removed.add(entry_id)
    for entry in later.entries:
        by_id[entry.id] = entry
        removed.discard(entry.id)
    return Changes(max(first.revision, later.revision), list(by_id.values()), removed)
