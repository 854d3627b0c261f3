"""``presspad server start|stop|status``: a warm process that answers ``presspad check``.

See :mod:`presspad.cli.server` for how the client finds it and when it does not.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time

from presspad.cli.help import HelpWithExamples

logger = logging.getLogger(__name__)

EXAMPLES = """examples:
  presspad check draft.presspad      the first check starts a server for the next ones
  presspad server status
  presspad server stop
  presspad server start              start one now (leaves after 30 idle minutes)
  presspad server run --idle 480     be the server in this process (a systemd user unit)
  PRESSPAD_SERVER=auto presspad check r.presspad   in CI too
  PRESSPAD_SERVER=off presspad check r.presspad    never start or ask one
"""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "server", help="keep a warm process for fast `presspad check` runs",
        description="Start, stop or ask about the background process that answers "
                    "`presspad check` with everything already loaded (the dictionaries, "
                    "the directory, the checks): an editor's check on save or a pre-commit "
                    "hook then takes a fifth of the time. A `presspad check` of one release "
                    "starts one when none runs (not in CI: CI, GITHUB_ACTIONS, JENKINS_URL… "
                    "set), which leaves after 15 idle minutes. `check --no-server`, "
                    "PRESSPAD_SERVER=off or PRESSPAD_NO_SERVER=1 check in the calling process.",
        epilog=EXAMPLES, formatter_class=HelpWithExamples)
    parser.add_argument("action", choices=("start", "stop", "status", "run"),
                        help="start one in the background, stop it, say whether one runs, "
                             "or run one here in the foreground")
    parser.add_argument("--idle", type=float, default=30, metavar="MINUTES",
                        help="leave after this many minutes without a request (default 30)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from presspad.cli import server

    try:
        path = server.socket_path()
    except PermissionError as exc:
        print(f"presspad: {exc} (make it 0700, or set XDG_RUNTIME_DIR to a private folder)",
              file=sys.stderr)
        return 2
    if args.action == "run":
        from presspad.cli.main import serve

        serve(args.idle)
        return 0
    if args.action == "start":
        status = server.running(path)
        if status is None:
            if not server.start(idle_minutes=args.idle):
                return 2
            status = server.running(path) or {}
        print(f"presspad server running (pid {status.get('pid')}, {path})")
        return 0
    if args.action == "stop":
        if server.stop(path):
            print("presspad server stopped")
        else:
            print("presspad server was not running")
        return 0
    status = server.running(path)
    if status is None:
        print("presspad server is not running")
        return 3
    up = time.time() - float(status.get("started", time.time()))
    print(f"presspad server running (pid {status['pid']}, {status['served']} checks "
          f"answered, up {up / 60:.0f} min, {path})", file=sys.stdout)
    return 0
