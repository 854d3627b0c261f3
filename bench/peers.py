"""The peer tools the benchmarks compare against, each in its own venv.

``ensure_venv("retext", ["ReText"])`` creates ``build/peers/retext-venv`` and
installs the packages the first time (from PyPI, with pip), and reuses it
afterwards, so peers never touch presspad's own environment.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import venv
from pathlib import Path

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
PEERS = REPO / "build" / "peers"


def ensure_venv(name: str, packages: list[str]) -> Path:
    """The ``bin`` folder of the peer's venv, created and filled on first use."""
    folder = PEERS / f"{name}-venv"
    stamp = folder / ".installed"
    if not stamp.exists():
        print(f"[peers] creating {folder} and installing {' '.join(packages)} (first run only)",
              file=sys.stderr, flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(folder)
        subprocess.run([str(folder / "bin" / "python"), "-m", "pip", "install", "-q",
                        "--disable-pip-version-check", *packages],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       env=dict(os.environ, PIP_NO_WARN_SCRIPT_LOCATION="1"), timeout=480)
        stamp.write_text(" ".join(packages) + "\n", encoding="utf-8")
    return folder / "bin"


def installed_version(bin_dir: Path, distribution: str) -> str:
    """The version pip installed of ``distribution`` in a peer venv."""
    out = subprocess.run([str(bin_dir / "python"), "-c",
                          "import importlib.metadata as m, sys; "
                          f"print(m.version({distribution!r}))"],
                         capture_output=True, text=True, timeout=30)
    return out.stdout.strip() or "?"
