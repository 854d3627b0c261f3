"""Running the checks off the typing path: debounced, in a worker process.

The window calls :meth:`CheckRunner.schedule` on every change; after a pause
the current release is copied and sent to one worker process
(:func:`presspad.core.checks.service.check_release`), so that the checks never
hold the GIL of the process that handles the keyboard. ``results_ready``
delivers the result, unless a newer edit has made it stale.
"""

from __future__ import annotations

import atexit
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from presspad.core.checks.service import CheckResult, check_release, watch_parent
from presspad.core.model.release import Release

if TYPE_CHECKING:  # multiprocessing loads when the worker starts, after the first paint
    from concurrent.futures import Future, ProcessPoolExecutor

logger = logging.getLogger(__name__)

_pool: ProcessPoolExecutor | None = None


def _shared_pool() -> ProcessPoolExecutor:
    """One worker process for the whole app, started on first use."""
    global _pool
    if _pool is None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # "spawn": forking a process that runs Qt threads is not safe.
        _pool = ProcessPoolExecutor(max_workers=1,
                                    mp_context=multiprocessing.get_context("spawn"),
                                    initializer=watch_parent)
        atexit.register(shutdown_pool)
    return _pool


def shutdown_pool() -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None


class CheckRunner(QObject):
    """Debounces edits and runs every registered check in the worker process."""

    results_ready = Signal(object, object)   # release, CheckResult
    _finished = Signal(int, object, object)  # generation, release, CheckResult | None
    _answered = Signal(object, object)       # callback, its result (None if it failed)

    def __init__(self, snapshot: Callable[[], Release], config: Callable[[], dict[str, Any]],
                 delay_ms: int = 400, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._config = config
        self._generation = 0
        self._running: Future | None = None
        self._rerun = False
        self._finished.connect(self._on_done)
        self._answered.connect(lambda callback, result: callback(result))
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.run_now)

    def schedule(self) -> None:
        """Something changed: check again once typing pauses."""
        self._generation += 1
        self._timer.start()

    def warm_up(self) -> None:
        """Start the worker process early, so the first check is not slow."""
        _shared_pool().submit(int)

    def ask(self, function: Callable[..., Any], *args: Any,
            on_done: Callable[[Any], None]) -> None:
        """Run ``function(*args)`` in the worker; ``on_done(result)`` in this thread
        (``None`` when it failed: the caller has a fallback)."""
        try:
            future = _shared_pool().submit(function, *args)
        except RuntimeError:  # the worker died: start anew
            shutdown_pool()
            future = _shared_pool().submit(function, *args)

        def deliver(done: Future) -> None:
            try:
                self._answered.emit(on_done, _result_of(done))
            except RuntimeError:
                pass  # the window closed meanwhile

        future.add_done_callback(deliver)

    def run_now(self) -> None:
        self._timer.stop()
        if self._running is not None and not self._running.done():
            self._rerun = True  # one run at a time; check again when it ends
            return
        generation, release = self._generation, self._snapshot()
        try:
            future = _shared_pool().submit(check_release, release, self._config())
        except RuntimeError:  # BrokenProcessPool is one: the worker died; start anew
            shutdown_pool()
            future = _shared_pool().submit(check_release, release, self._config())
        self._running = future
        # The callback runs in a pool thread; the signal queues it to ours.
        future.add_done_callback(lambda f: self._deliver(generation, release, f))

    def _deliver(self, generation: int, release: Release, future: Future) -> None:
        result = _result_of(future)
        try:
            self._finished.emit(generation, release, result)
        except RuntimeError:
            pass  # the window closed while its last check ran

    def wait(self, timeout: float = 30.0) -> None:
        """Block until the running check finishes (tests, closing the window)."""
        if self._running is not None:
            try:
                self._running.result(timeout=timeout)
            except Exception:  # noqa: BLE001 - reported by _result_of already
                pass

    def _on_done(self, generation: int, release: Release, result: CheckResult | None) -> None:
        self._running = None
        if self._rerun:
            self._rerun = False
            self.run_now()
        if result is not None and generation == self._generation:
            self.results_ready.emit(release, result)


def _result_of(future: Future) -> CheckResult | None:
    try:
        return future.result()
    except Exception:  # a bug in one check must not take the editor down
        logger.exception("checks failed")
        return None
