"""Start-up benches time the app as it is installed: with its bytecode compiled.

An installed presspad (the .deb's bundle, a wheel installed by pip) has
compiled ``.pyc`` files for every module, as have the peers' venvs; a source
checkout may have none (``PYTHONDONTWRITEBYTECODE=1`` is common in CI and
containers), and compiling ~150 modules on every start adds 50-100 ms that no
user pays. ``compile_sources()`` writes them once, before anything is timed.
"""

from __future__ import annotations

import compileall
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[1] / "src"


def compile_sources() -> None:
    """Byte-compile src/ (cheap when already done: only changed files are compiled)."""
    compileall.compile_dir(SOURCES, quiet=1)
