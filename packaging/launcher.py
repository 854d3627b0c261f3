"""Entry script of the frozen presspad (PyInstaller): the full command line."""

from __future__ import annotations

import sys

from presspad.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
