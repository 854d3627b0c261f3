"""Running the checks as the user types: debounced, in a worker thread.

``CheckRunner.schedule(release)`` restarts a short timer on every edit; when
typing pauses, the checks run on a copy of the release in the global thread
pool, and ``findings_ready(release, findings)`` is emitted back on the GUI
thread. Results of a run overtaken by a newer edit are dropped.
"""

from __future__ import annotations

import copy
import logging
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

logger = logging.getLogger(__name__)

DEBOUNCE_MS = 400


class _Relay(QObject):
    done = Signal(int, object, object)   # generation, release, findings


class _CheckJob(QRunnable):
    def __init__(self, generation: int, release: Any, registry: Any, context: Any,
                 relay: _Relay) -> None:
        super().__init__()
        self.generation, self.release = generation, release
        self.registry, self.context, self.relay = registry, context, relay

    def run(self) -> None:
        try:
            findings = self.registry.run(self.release, self.context)
        except Exception:  # a check bug must not take the editor down
            logger.exception("checks failed")
            findings = []
        self.relay.done.emit(self.generation, self.release, findings)


class CheckRunner(QObject):
    """Debounced, off-thread checking of a release."""

    findings_ready = Signal(object, object)   # release snapshot, list[Finding]

    def __init__(self, parent: QObject | None = None, registry: Any = None,
                 context: Any = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        if registry is None:
            from presspad.core.checks import default_registry

            registry = default_registry()
        self.registry, self.context = registry, context
        self._generation = 0
        self._pending: Any = None
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)

    def schedule(self, release: Any) -> None:
        """Check ``release`` once typing pauses (a snapshot is taken now)."""
        self._pending = copy.deepcopy(release)
        self._generation += 1
        self._timer.start()

    def _start(self) -> None:
        if self._pending is None:
            return
        job = _CheckJob(self._generation, self._pending, self.registry, self.context,
                        self._relay)
        self._pending = None
        QThreadPool.globalInstance().start(job)

    def _on_done(self, generation: int, release: Any, findings: list) -> None:
        if generation == self._generation:
            self.findings_ready.emit(release, findings)
