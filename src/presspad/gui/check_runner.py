"""Running the checks off the typing path: debounced, in a worker thread.

The window calls :meth:`CheckRunner.schedule` on every change; after a pause
the current release is copied and checked in Qt's thread pool, and
``findings_ready`` delivers the result, unless a newer edit has made it stale.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from presspad.core.checks import CheckContext, CheckRegistry, default_registry
from presspad.core.document import Release

logger = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(int, object, object)  # generation, release, findings


class _CheckJob(QRunnable):
    def __init__(self, generation: int, release: Release, registry: CheckRegistry,
                 context: CheckContext, signals: _Signals) -> None:
        super().__init__()
        self.generation, self.release = generation, release
        self.registry, self.context, self.signals = registry, context, signals

    def run(self) -> None:
        try:
            findings = self.registry.run(self.release, self.context)
        except Exception:  # a bug in one check must not take the editor down
            logger.exception("checks failed")
            findings = []
        self.signals.done.emit(self.generation, self.release, findings)


class CheckRunner(QObject):
    """Debounces edits and runs every registered check in the background."""

    findings_ready = Signal(object, object)  # release, list[Finding]

    def __init__(self, snapshot: Callable[[], Release], context_factory: Callable[[], CheckContext],
                 delay_ms: int = 400, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._context_factory = context_factory
        self._context: CheckContext | None = None
        self._registry: CheckRegistry | None = None
        self._generation = 0
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.run_now)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    def schedule(self) -> None:
        """Something changed: check again once typing pauses."""
        self._generation += 1
        self._timer.start()

    def invalidate_context(self) -> None:
        """Settings changed (directory, dictionaries): rebuild the context next run."""
        self._context = None
        self.schedule()

    def run_now(self) -> None:
        self._timer.stop()
        if self._registry is None:
            self._registry = default_registry()
        if self._context is None:
            self._context = self._context_factory()
        self.pool.start(_CheckJob(self._generation, self._snapshot(), self._registry,
                                  self._context, self._signals))

    def wait(self) -> None:
        """Block until running checks finish (tests, closing the window)."""
        self.pool.waitForDone()

    def _on_done(self, generation: int, release: Release, findings: list) -> None:
        if generation == self._generation:
            self.findings_ready.emit(release, findings)
