"""Entry script of the frozen presspad (PyInstaller): the full command line."""

from __future__ import annotations

import multiprocessing
import sys

from presspad.cli.main import main

if __name__ == "__main__":
    # The app checks releases in a spawned worker process; in a frozen build
    # that process is this same executable, which must act as the worker.
    multiprocessing.freeze_support()
    sys.exit(main())
