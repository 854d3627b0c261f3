"""A warm ``presspad check`` for editors and hooks: one process that stays loaded.

A cold ``presspad check`` spends most of its half second before the first
check: the interpreter, the imports, the Hunspell dictionaries, pymorphy3's
and the directory's case forms, a few hundred regular expressions. An editor
integration or a pre-commit hook pays that on every save. ``presspad server
start`` keeps one process with all of it loaded (as eslint_d or dmypy do);
``presspad check`` then sends it its arguments over a Unix socket and prints
what comes back, paying only for the interpreter and this module.

The client is careful to be right before being fast:

* The socket lives in a folder only the user can open (``$XDG_RUNTIME_DIR/
  presspad`` or ``/tmp/presspad-UID``, mode 0700, owner checked), and its
  name carries a key of everything the answer depends on that is fixed in a
  process: presspad's code (version, location, newest source file), the
  interpreter, the config and data folders. A server of another checkout, an
  upgraded install or another ``HOME`` is never asked.
* The server runs the request with the client's folder, locale and colour
  variables and terminal flags, and reloads its checks when a file in the
  config or data folder changed (a personal dictionary, the directory).
* Anything unexpected (no server, a stale socket, a batch that wants several
  cores, a timeout) makes the client run the command itself, as without a
  server.

This module is the client's side and what both sides share (the socket, its
key, the wire); the server process itself is :mod:`presspad.cli.server_process`.

When none answers, ``presspad check`` starts one in the background (as Gradle
starts its daemon) and checks this time itself, so the first call costs what
it always did and the next ones a fifth of it. The server leaves after
:data:`AUTO_IDLE_MINUTES` without a request. Not in CI (``CI``,
``GITHUB_ACTIONS``, ``JENKINS_URL``… set), where each run is a fresh machine;
``PRESSPAD_SERVER=auto`` starts one there too, ``PRESSPAD_SERVER=off``,
``PRESSPAD_NO_SERVER=1`` or ``check --no-server`` neither start nor ask one.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import logging
import os
import socket
import struct
import sys
import time
from pathlib import Path

logger = logging.getLogger(__name__)

# The variables a command's output depends on, sent with each request.
FORWARDED_ENV = ("PRESSPAD_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR",
                 "FORCE_COLOR", "TERM", "COLUMNS", "LINES")
IDLE_MINUTES = 30          # `presspad server start`
AUTO_IDLE_MINUTES = 15     # a server a check started on its own
# A server that fails to start is not started again by every check meanwhile.
_RESTART_PAUSE_SECONDS = 30
# A failed warm-up (a house check that breaks on the sample, a broken install)
# is not tried again by every check: after a failure, this long.
_FAILED_PAUSE_SECONDS = 600
_OFF = {"off", "never", "no", "0", "false"}
_ON = {"auto", "on", "yes", "1", "true"}
# What CI services set: there, a background process outlives nothing useful.
_CI_VARIABLES = ("CI", "CONTINUOUS_INTEGRATION", "GITHUB_ACTIONS", "GITLAB_CI", "JENKINS_URL",
                 "BUILD_NUMBER", "TEAMCITY_VERSION", "TF_BUILD", "BUILDKITE",
                 "CODEBUILD_BUILD_ID", "bamboo_buildKey")
# What the spell checker and the imports read from the environment once per
# process: a server started under other values is another server (in its key).
_PROCESS_ENV = ("DICPATH", "ENCHANT_CONFIG_DIR", "ENCHANT_MODULE_PATH", "ENCHANT_DATA_DIR",
                "PYTHONPATH", "PYTHONHOME")
# The server's own folder: it holds no user's folder busy (an unmount, a deletion).
SERVER_CWD = "/"
_CONNECT_TIMEOUT = 0.5
_ANSWER_TIMEOUT = 120.0
_HEADER = struct.Struct("!I")

#: Set in the server process: a command that wants its own processes says so.
IN_SERVER = False


class NeedsOwnProcess(Exception):
    """Raised inside the server by a command that would fork (a batch on several cores)."""


# ---------------------------------------------------------------- where and who
def runtime_folder() -> Path:
    """The user's private folder for the socket (created 0700; refused if not ours)."""
    base = os.environ.get("XDG_RUNTIME_DIR")
    folder = Path(base) / "presspad" if base and Path(base).is_dir() else \
        Path("/tmp") / f"presspad-{os.getuid()}"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = folder.stat()
    if info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise PermissionError(f"{folder} is not private to this user")
    return folder


def _newest_source(package: Path) -> int:
    """The newest modification among the package's files: code, and data (word lists,
    rules.toml, translations) the checks read once per process."""
    newest = 0
    for folder, dirs, files in os.walk(package):
        dirs[:] = [name for name in dirs if name != "__pycache__"]
        for name in files:
            newest = max(newest, os.stat(os.path.join(folder, name)).st_mtime_ns)
    return newest


def server_key() -> str:
    """What must match between a client and a server for the answer to be the same."""
    import hashlib

    import presspad
    from presspad.core.storage import paths

    package = Path(presspad.__file__).resolve().parent
    parts = [presspad.__version__, str(package), str(_newest_source(package)), sys.executable,
             str(paths.config_dir()), str(paths.data_dir()),
             *(f"{name}={value}" for name, value in _process_env().items())]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def _process_env() -> dict[str, str]:
    """The _PROCESS_ENV values as the server gets them: PYTHONPATH's entries made
    absolute (it runs in another folder), so that client and server agree on the key."""
    values = {name: os.environ.get(name, "") for name in _PROCESS_ENV}
    if values["PYTHONPATH"]:
        values["PYTHONPATH"] = os.pathsep.join(
            os.path.abspath(entry) if entry else entry
            for entry in values["PYTHONPATH"].split(os.pathsep))
    return values


def socket_path(key: str | None = None) -> Path:
    return runtime_folder() / f"server-{key or server_key()}.sock"


# ------------------------------------------------------------------ the wire
def _send(sock: socket.socket, message: dict) -> None:
    data = json.dumps(message, ensure_ascii=False).encode("utf-8")
    sock.sendall(_HEADER.pack(len(data)) + data)


def _receive(sock: socket.socket) -> dict:
    header = _exactly(sock, _HEADER.size)
    return json.loads(_exactly(sock, _HEADER.unpack(header)[0]).decode("utf-8"))


def _exactly(sock: socket.socket, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = sock.recv(min(left, 1 << 20))
        if not chunk:
            raise ConnectionError("the other side closed the connection")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def ask(message: dict, path: Path | None = None, timeout: float = _ANSWER_TIMEOUT) -> dict:
    """Send one message to the server and return its answer (OSError if none answers)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(_CONNECT_TIMEOUT)
        sock.connect(str(path or socket_path()))
        sock.settimeout(timeout)
        _send(sock, message)
        return _receive(sock)


# ------------------------------------------------------------------ the client
def server_setting(environ=os.environ) -> str:
    """"off" (check here, ask no server), "ask" (a running one answers; none is
    started: CI) or "auto" (and start one when none answers)."""
    setting = environ.get("PRESSPAD_SERVER", "").strip().lower()
    no_server = environ.get("PRESSPAD_NO_SERVER", "").strip().lower()
    if (no_server and no_server not in _OFF) or setting in _OFF:
        return "off"
    if setting in _ON:
        return "auto"
    in_ci = any(environ.get(name, "").strip().lower() not in {"", *_OFF}
                for name in _CI_VARIABLES)
    return "ask" if in_ci else "auto"


def forward(argv: list[str]) -> int | None:
    """Run ``presspad ARGV`` in the server; None when the caller must run it itself."""
    setting = server_setting()
    # argparse takes an option's unambiguous beginning too (--no-serv).
    if setting == "off" or any(len(arg) > 6 and "--no-server".startswith(arg) for arg in argv):
        return None
    try:
        path = socket_path()
        cwd = os.getcwd()
    except (OSError, ValueError):
        return None
    auto = setting == "auto" and _one_release(argv)
    if not path.exists():
        if auto:
            start_in_background(path)
        return None
    stdin = _read_stdin() if "-" in argv[1:] else None
    env = {name: os.environ.get(name) for name in FORWARDED_ENV}
    if sys.stdout.isatty() or sys.stderr.isatty():
        import shutil

        # argparse and the report wrap for the terminal the client has.
        columns, lines = shutil.get_terminal_size()
        env["COLUMNS"], env["LINES"] = str(columns), str(lines)
    request = {"argv": argv, "cwd": cwd, "env": env,
               "tty": {"stdout": sys.stdout.isatty(), "stderr": sys.stderr.isatty()},
               "stdin": base64.b64encode(stdin).decode() if stdin is not None else None}
    try:
        answer = ask(request, path)
    except (OSError, ValueError, ConnectionError) as exc:
        logger.info("presspad server did not answer (%s): checking here", exc)
        if auto and isinstance(exc, ConnectionRefusedError):
            start_in_background(path)    # a server killed left its socket: the next call is warm
        answer = {"fallback": True}
    if answer.get("fallback"):
        if stdin is not None:   # already read: the command here reads it again
            sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
        return None
    try:
        # In the order the command wrote them, as a terminal shows both streams.
        for which, text in answer.get("chunks", []):
            stream = sys.stdout if which == 1 else sys.stderr
            stream.write(text)
            stream.flush()
    except BrokenPipeError:
        # `presspad check ... | head` closed the pipe: not an error (as in cli.main).
        with contextlib.suppress(OSError):
            sys.stderr.close()
        return 0
    return int(answer.get("code", 2))


def _one_release(argv: list[str]) -> bool:
    """Whether the command checks one release (or stdin): what a server answers. A batch
    runs on the caller's cores anyway, so it starts no server that would sit idle."""
    if any(arg.startswith("--jo") or arg.startswith("-j") for arg in argv):
        return False
    paths = [arg for arg in argv[1:] if not arg.startswith("-") and os.path.exists(arg)]
    return len(paths) <= 1 and not any(os.path.isdir(path) for path in paths)


def _read_stdin() -> bytes:
    """Standard input, at most one byte more than a release may be (the command says so)."""
    from presspad.core.storage.textio import LIMITS

    return sys.stdin.buffer.read(LIMITS["release"] + 1)


def _spawn(idle_minutes: float) -> Path:
    """Start a server process (in its own session: it outlives this one); its log."""
    import subprocess

    # The packaged app is one frozen executable, which takes no `-m`. -P: the
    # folder it is started from is not put before the standard library (a user's
    # own email.py there would break it, as it cannot break the console script).
    command = [sys.executable] if getattr(sys, "frozen", False) else \
        [sys.executable, "-P", "-m", "presspad"]
    env = dict(os.environ)
    if env.get("PYTHONPATH"):   # it runs in another folder: relative entries would move
        env["PYTHONPATH"] = _process_env()["PYTHONPATH"]
    log = runtime_folder() / "server.log"
    with open(log, "ab") as errors:
        subprocess.Popen([*command, "server", "run", "--idle", str(float(idle_minutes))],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors,
                         start_new_session=True, close_fds=True, cwd=SERVER_CWD, env=env)
    return log


def start_in_background(path: Path) -> None:
    """Start a server for the next checks without waiting for it (a check's own).

    A stamp next to the socket keeps checks started meanwhile (or after a server
    that failed to start) from starting more.
    """
    stamp = path.with_suffix(".starting")
    try:
        pause = _FAILED_PAUSE_SECONDS if stamp.read_text() == "failed" else \
            _RESTART_PAUSE_SECONDS
        if time.time() - stamp.stat().st_mtime < pause:
            return
    except (OSError, UnicodeDecodeError):
        pass
    try:
        stamp.write_text("starting")
        _spawn(AUTO_IDLE_MINUTES)
    except OSError as exc:
        logger.info("could not start a presspad server: %s", exc)
        return
    if sys.stderr.isatty():
        print("presspad: started a background checker, so the next checks are quick "
              f"(it leaves after {AUTO_IDLE_MINUTES} idle minutes; `presspad server stop` "
              "ends it, PRESSPAD_SERVER=off never starts one)", file=sys.stderr)


def start(idle_minutes: float = IDLE_MINUTES, quiet: bool = False) -> bool:
    """Start a server in the background unless one answers; True once it answers."""
    path = socket_path()
    if running(path):
        return True
    log = _spawn(idle_minutes)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if running(path):
            return True
        time.sleep(0.05)
    if not quiet:
        print(f"presspad: the server did not start; see {log}", file=sys.stderr)
    return False


def running(path: Path | None = None) -> dict | None:
    """The server's status if one answers on ``path``, else None."""
    try:
        return ask({"control": "status"}, path, timeout=5)
    except (OSError, ValueError, ConnectionError):
        return None


def stop(path: Path | None = None) -> bool:
    try:
        ask({"control": "stop"}, path, timeout=5)
    except (OSError, ValueError, ConnectionError):
        return False
    return True
