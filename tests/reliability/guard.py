"""Run one fuzzed input: a clear PresspadError is fine, any other exception or a hang is not."""

from __future__ import annotations

import faulthandler
import logging
import signal
import sys
from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

from presspad.core.model.errors import PresspadError
from tests.reliability.totals import TOTALS

logger = logging.getLogger(__name__)


class Hang(Exception):
    """An input took longer than the per-example timeout."""


def _alarm(_signum, _frame):
    raise Hang("no answer within the per-example timeout")


@contextmanager
def time_limit(seconds: float):
    """Raise :class:`Hang` after ``seconds``; dump all stacks and exit if even that is stuck.

    SIGALRM interrupts Python code; a hang inside C code (a regex, a parser)
    never returns to the interpreter, so faulthandler ends the run with the
    stacks after twice the time, rather than letting the suite hang.
    """
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    faulthandler.dump_traceback_later(seconds * 2 + 5, exit=True, file=sys.__stderr__)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        faulthandler.cancel_dump_traceback_later()
        signal.signal(signal.SIGALRM, previous)


def expect_clean(call: Callable[[], Any], timeout: float) -> Any:
    """Run ``call``; return its result, or None after a clear one-line PresspadError."""
    TOTALS["fuzz_examples"] += 1
    try:
        with time_limit(timeout):
            return call()
    except PresspadError as exc:
        message = str(exc)
        assert message.strip(), "a PresspadError with no message"
        assert "\n" not in message, f"a PresspadError message of several lines: {message!r}"
        assert "Traceback" not in message
        TOTALS["clear_errors"] += 1
        return None
    except Hang:
        TOTALS["hangs"] += 1
        raise
    except Exception:
        TOTALS["crashes"] += 1
        raise
