"""``presspad gui [FILE]``: open the desktop app (same as ``presspad-gui``)."""

from __future__ import annotations

import argparse
import logging

from presspad.cli.help import HelpWithExamples

logger = logging.getLogger(__name__)


EXAMPLES = """examples:
  presspad gui release.presspad
  presspad release.presspad
"""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("gui", epilog=EXAMPLES,
                                   formatter_class=HelpWithExamples, help="open the desktop app",
                                   description="Open the presspad window.")
    parser.add_argument("file", metavar="FILE", nargs="?", help="a release to open")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="save a screenshot of the window once shown, then quit")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Qt is imported only here, so that every other command starts fast.
    from presspad.gui.app import run_app

    argv = [args.file] if args.file else []
    if args.screenshot:
        argv += ["--screenshot", args.screenshot]
    return run_app(argv)
