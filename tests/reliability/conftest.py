"""Reliability suite set-up: hypothesis profiles and the totals printed at the end.

``PRESSPAD_FUZZ_PROFILE=soak`` (set by ``make soak``) selects the long fuzzing
profile; the default ``fast`` one keeps ``make test`` quick.
"""

from __future__ import annotations

import logging
import os

from hypothesis import HealthCheck, settings

from tests.reliability.totals import summary

logger = logging.getLogger(__name__)

_COMMON = {"deadline": None, "derandomize": False, "print_blob": True,
           "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.function_scoped_fixture]}
settings.register_profile("fast", max_examples=25, **_COMMON)
settings.register_profile("soak", max_examples=2500, **_COMMON)
PROFILE = os.environ.get("PRESSPAD_FUZZ_PROFILE", "fast")
SOAK = PROFILE == "soak"
# Seconds one input may take before it counts as a hang.
EXAMPLE_TIMEOUT = 20.0


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # noqa: ARG001
    text = summary()
    if text:
        terminalreporter.write_sep("=", f"reliability totals (profile {PROFILE})")
        terminalreporter.write_line(text)
