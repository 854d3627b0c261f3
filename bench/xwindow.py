"""Time to first window, measured from outside the app by watching the X server.

A peer such as ReText cannot be told to report its first paint, so every app
(presspad, the bare PySide6 window and the peers) is measured the same way:
spawn it, poll the X server (python-xlib, every 2 ms) until a new top-level
window is mapped (viewable) and at least 200x100 pixels, stop the clock, end the
app. With no window manager under Xvfb, top-level windows are the root
window's children, and a mapped one is on the screen.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.002


def start_xvfb() -> subprocess.Popen | None:
    """Start an Xvfb (``-noreset``) and point DISPLAY at it, unless a display exists."""
    if os.environ.get("DISPLAY"):
        return None
    if not shutil.which("Xvfb"):
        raise RuntimeError("Xvfb is not installed (run `make setup`)")
    for number in range(140, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(
                f"/tmp/.X{number}-lock").exists():
            break
    display = f":{number}"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-noreset",
                             "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline or proc.poll() is not None:
            raise RuntimeError("Xvfb did not start")
        time.sleep(0.05)
    os.environ["DISPLAY"] = display
    return proc


def _viewable_windows(display) -> set[int]:
    """Ids of the root's children that are mapped and window-sized."""
    from Xlib import X
    from Xlib.error import XError

    found = set()
    for window in display.screen().root.query_tree().children:
        try:
            if window.get_attributes().map_state != X.IsViewable:
                continue
            # Toolkits map no helper windows; a real one is bigger than a tooltip.
            geometry = window.get_geometry()
            if geometry.width >= 200 and geometry.height >= 100:
                found.add(window.id)
        except XError:  # the window went away while we looked at it
            continue
    return found


def time_to_window(command: list[str], env: dict[str, str] | None = None,
                   timeout: float = 60.0) -> tuple[float, int]:
    """Seconds from spawning ``command`` to its first mapped top-level window.

    Returns ``(seconds, peak_rss_kib)``: the app is ended (SIGTERM, then
    SIGKILL) right after its window appears and its peak RSS read by wait4.
    """
    from Xlib import display as xdisplay

    conn = xdisplay.Display()
    try:
        before = _viewable_windows(conn)
        start = time.monotonic()
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        while True:
            if _viewable_windows(conn) - before:
                seen = time.monotonic() - start
                break
            # Not proc.poll(): it would reap the child and lose its rusage.
            pid, status, _usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                proc.returncode = os.waitstatus_to_exitcode(status)
                raise RuntimeError(f"{' '.join(command[:3])} exited ({proc.returncode}) "
                                   "before a window showed")
            if time.monotonic() - start > timeout:
                _end(proc)
                raise RuntimeError(f"{' '.join(command[:3])} showed no window in {timeout:.0f} s")
            time.sleep(POLL_SECONDS)
    finally:
        conn.close()
    return seen, _end(proc)


def _end(proc: subprocess.Popen) -> int:
    """Stop ``proc`` and its session (SIGTERM, SIGKILL after 3 s); return its peak RSS in KiB."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return usage.ru_maxrss
        time.sleep(0.01)
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss
