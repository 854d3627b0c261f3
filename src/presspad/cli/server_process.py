"""The ``presspad server`` process: answers checks on a Unix socket until idle.

:mod:`presspad.cli.server` is the side of a check that finds it, starts it and
asks it (and says how it is found: the socket, its key, the wire format). This
is the other side: it binds the socket, warms up, and runs each request as a
cold process would, with the client's folder, environment, streams and stdin.
"""

from __future__ import annotations

import base64
import contextlib
import io
import logging
import os
import socket
import sys
import time
from pathlib import Path
from typing import Any

from presspad.cli import server as client
from presspad.cli.server import (
    FORWARDED_ENV,
    SERVER_CWD,
    NeedsOwnProcess,
    _receive,
    _send,
    running,
)

logger = logging.getLogger(__name__)


class _Stream(io.TextIOBase):
    """A captured stdout (1) or stderr (2): what is written goes into the request's
    chunks in order; isatty() answers as the client's terminal does."""

    def __init__(self, which: int, tty: bool, chunks: list) -> None:
        super().__init__()
        self._which, self._tty, self._chunks = which, tty, chunks

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if text:
            if self._chunks and self._chunks[-1][0] == self._which:
                self._chunks[-1][1] += text
            else:
                self._chunks.append([self._which, text])
        return len(text)

    def isatty(self) -> bool:
        return self._tty

    @property
    def encoding(self) -> str:
        return "utf-8"


class _CurrentStderr(logging.Handler):
    """Log records go to the stderr of the request being answered."""

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):
            sys.stderr.write(self.format(record) + "\n")


def _freshness() -> tuple:
    """Modification times of what the checks read at start: reload when one moves."""
    from presspad.core.storage import paths

    stamps = []
    for folder in (paths.config_dir(), paths.data_dir()):
        for entry in sorted(folder.rglob("*")):
            if entry.is_file() and "directory-copies" not in entry.parts:
                with contextlib.suppress(OSError):
                    info = entry.stat()
                    stamps.append((str(entry), info.st_mtime_ns, info.st_size))
    return tuple(stamps)


class Server:
    """Answers requests one at a time on a Unix socket until idle for ``idle`` seconds."""

    def __init__(self, path: Path, idle: float, run_command, warm_up=None) -> None:
        # ``run_command(argv) -> int`` is presspad.cli.main.main, passed in (this
        # module is imported by it, and by cmd_check).
        self.path, self.idle = path, idle
        self.run_command, self.warm_up_command = run_command, warm_up
        self.started, self.served = time.time(), 0
        self._fresh: tuple | None = None

    def serve(self) -> None:
        client.IN_SERVER = True   # a batch asks for its own processes (cmd_check)
        root = logging.getLogger()
        root.handlers[:] = [_CurrentStderr()]
        root.handlers[0].setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        with contextlib.suppress(OSError):
            os.chdir(SERVER_CWD)
        stamp = self.path.with_suffix(".starting")
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
            self._bind(listener)
            try:
                listener.listen(8)
                try:
                    self.warm_up()
                except Exception:
                    # No socket is left for checks to find dead, and none starts
                    # another for a while (the stamp says it failed).
                    logger.exception("presspad server: the warm-up failed; leaving")
                    with contextlib.suppress(OSError):
                        stamp.write_text("failed")
                    return
                with contextlib.suppress(OSError):   # up: a check may start one if it dies
                    stamp.unlink()
                # Only checks count as use: a prompt asking for the status every few
                # seconds does not keep an idle server.
                deadline = time.monotonic() + self.idle
                while True:
                    listener.settimeout(max(0.1, deadline - time.monotonic()))
                    try:
                        connection, _ = listener.accept()
                    except TimeoutError:
                        return          # idle: leave, the next check starts cold or anew
                    with connection:
                        kept, checked = self._answer(connection)
                    if not kept:
                        return
                    if checked:
                        deadline = time.monotonic() + self.idle
            finally:
                with contextlib.suppress(OSError):
                    if self.path.exists() and self.path.stat().st_ino == self._inode:
                        self.path.unlink()

    def warm_up(self) -> None:
        """Load what a plain check needs before the first request (regexes compiled too)."""
        if self.warm_up_command is not None:
            self.warm_up_command()
        self._fresh = _freshness()

    def _bind(self, listener: socket.socket) -> None:
        if self.path.exists():
            if running(self.path):
                raise SystemExit(0)     # another server got there first
            self.path.unlink()
        old = os.umask(0o077)
        try:
            listener.bind(str(self.path))
        except OSError:
            raise SystemExit(0) from None   # one started at the same moment bound it first
        finally:
            os.umask(old)
        self._inode = self.path.stat().st_ino

    def _answer(self, connection: socket.socket) -> tuple[bool, bool]:
        """(whether to go on serving, whether it was a check), after one request."""
        connection.settimeout(30)
        try:
            request = _receive(connection)
        except (OSError, ValueError, ConnectionError):
            return True, False
        control = request.get("control")
        # A client that gave up waiting (a long check before this) has hung up: no error.
        if control == "stop":
            with contextlib.suppress(OSError):
                _send(connection, {"stopped": True})
            return False, False
        if control == "status":
            with contextlib.suppress(OSError):
                _send(connection, {"pid": os.getpid(), "started": self.started,
                                   "served": self.served, "socket": str(self.path)})
            return True, False
        try:
            answer = self.run(request)
        except Exception:  # noqa: BLE001 - the client checks in its own process then
            logger.exception("presspad server: request failed; the client checks itself")
            answer = {"fallback": True}
        with contextlib.suppress(OSError):
            _send(connection, answer)
        return True, True

    def run(self, request: dict[str, Any]) -> dict[str, Any]:
        from presspad.core.checks import service

        fresh = _freshness()
        if fresh != self._fresh:
            service.reset_state()       # a dictionary or the directory changed on disk
            self._fresh = fresh
        argv = list(request["argv"])
        saved_env = {name: os.environ.get(name) for name in FORWARDED_ENV}
        saved_streams = sys.stdin, sys.stdout, sys.stderr
        chunks: list = []
        out = _Stream(1, request["tty"]["stdout"], chunks)
        err = _Stream(2, request["tty"]["stderr"], chunks)
        stdin = base64.b64decode(request["stdin"]) if request.get("stdin") else b""
        try:
            os.chdir(request["cwd"])
            for name, value in request["env"].items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
            sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
            sys.stdout, sys.stderr = out, err
            verbose = any(arg in ("-v", "--verbose") for arg in argv)
            logging.getLogger().setLevel(logging.INFO if verbose else logging.WARNING)
            try:
                code = self.run_command(argv)
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None
                                                                        else 2)
            except NeedsOwnProcess:
                return {"fallback": True}
        finally:
            sys.stdin, sys.stdout, sys.stderr = saved_streams
            for name, value in saved_env.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
            os.chdir(SERVER_CWD)    # never a user's folder, which may be gone by now
        self.served += 1
        return {"code": code, "chunks": chunks}
