"""Entry point of the ``presspad`` command: argument parsing and dispatch.

Each sub-command lives in its own module under :mod:`presspad.cli` with
``add_parser(subparsers)`` and ``run(args) -> int``; they are listed in
:data:`COMMANDS`. A :class:`PresspadError` becomes one line on stderr and exit
code 2; nothing reaches the user as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from pathlib import Path

from presspad import __version__
from presspad.cli.help import HelpWithExamples
from presspad.core.model.errors import PresspadError

logger = logging.getLogger(__name__)

# Sub-command modules, in the order ``presspad --help`` lists them.
COMMANDS = [
    "presspad.cli.cmd_info",
    "presspad.cli.cmd_import",
    "presspad.cli.cmd_export",
    "presspad.cli.cmd_fix",
    "presspad.cli.cmd_align",
    "presspad.cli.cmd_quotes",
    "presspad.cli.cmd_check",
    "presspad.cli.cmd_report",
    "presspad.cli.cmd_partners",
    "presspad.cli.cmd_gui",
    "presspad.cli.cmd_completion",
    "presspad.cli.cmd_server",
]

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2

EXAMPLES = """examples:
  presspad release.presspad                open the app on a release
  presspad check news/ --format github     check every release under news/ in CI
  presspad fix draft.ru.md --typography    apply the safe typography fixes
  presspad report r.presspad -o r.html     the review report as one HTML page
  presspad export release.presspad --to site -o out/
  presspad server start                    keep checks loaded for an editor or a hook
  presspad COMMAND --help                  each command's options and examples
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="presspad",
        description="Write, check and publish bilingual English/Russian press releases.",
        epilog=EXAMPLES, formatter_class=HelpWithExamples)
    parser.add_argument("--version", action="version", version=f"presspad {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).add_parser(subparsers)
    parser.set_defaults(command_names=sorted(subparsers.choices))
    return parser


# What a first argument that is no command must look like to be a file to open.
_OPENABLE = (".presspad", ".md", ".markdown", ".txt", ".docx")


def route(argv: list[str], commands: set[str]) -> list[str]:
    """The arguments with the command the user meant: ``presspad FILE`` opens the app.

    The command word decides first (a file named ``check`` in the folder does
    not turn ``presspad check x`` into opening it); then a path-like argument
    (a release's suffix, a folder separator, or an existing file) opens the
    app, also a ``.presspad`` that does not exist yet (a new release there).
    Anything else goes to the parser, which names the commands.
    """
    # Global options may come first: `presspad -v draft.md`.
    at = next((i for i, arg in enumerate(argv) if arg not in _GLOBAL_OPTIONS), len(argv))
    if at == len(argv):
        return argv
    first = argv[at]
    if first in commands or first.startswith("-"):
        return argv
    path = Path(first)
    if path.suffix.lower() in _OPENABLE or "/" in first or path.is_file():
        return [*argv[:at], "gui", *argv[at:]]
    return argv


_GLOBAL_OPTIONS = {"-v", "--verbose"}


# The commands a `presspad server` answers (read-only, mostly start-up cost). Kept
# here so that deciding costs no import: `presspad FILE` opens the app as before.
SERVED_COMMANDS = ("check",)


def _served(arguments: list[str]) -> bool:
    """Whether a running `presspad server` may answer this command line.

    Not: help (argparse prints it for the terminal it sees), verbose logging (a
    warm process has nothing left to log), another directory (``--db``: its
    file or server is not watched by the warm process), libpq settings in the
    environment, shell completion.
    """
    if not arguments or arguments[0] not in SERVED_COMMANDS:
        return False
    if "_ARGCOMPLETE" in os.environ or any(name.startswith("PG") for name in os.environ):
        return False
    for arg in arguments[1:]:
        if arg == "--":
            break
        if arg == "-v" or arg.startswith(("-h", "--he", "--db", "--verb")):
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    from presspad.cli.cmd_completion import complete_if_asked

    if argv is None and _served(sys.argv[1:]):
        # The real command line (not a call from code, nor the server itself):
        # a warm server answers in a tenth of the time, or says to check here.
        from presspad.cli.server import forward

        code = forward(sys.argv[1:])
        if code is not None:
            return code

    parser = build_parser()
    complete_if_asked(parser)
    commands = set(parser.get_default("command_names"))
    args = parser.parse_args(route(sys.argv[1:] if argv is None else argv, commands))
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s: %(message)s")
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    try:
        return args.run(args)
    except PresspadError as exc:
        print(f"presspad: {exc.user_message()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `presspad ... | head` closed the pipe; that is not an error.
        sys.stderr.close()
        return EXIT_OK


def serve(idle_minutes: float) -> None:
    """Be the `presspad server` (started by ``presspad server start`` in the background)."""
    from presspad.cli.server import socket_path
    from presspad.cli.server_process import Server

    Server(socket_path(), idle=max(60.0, idle_minutes * 60), run_command=main,
           warm_up=_warm_up).serve()


def _warm_up() -> None:
    """Build what a plain ``presspad check`` uses and run it on the bundled sample, so
    that the first answer is as quick as the next (a two-line release left half the
    regular expressions and word forms to the first real check: 150 ms, not 70)."""
    from presspad.cli.cmd_check import check_config
    from presspad.core.checks.service import registry_and_context
    from presspad.core.model.package_data import package_file
    from presspad.core.model.release import LangVersion, Release
    from presspad.core.storage import release_file

    args = build_parser().parse_args(["check", "-"])
    registry, context = registry_and_context(check_config(args))
    try:
        release = release_file.load(package_file("presspad.resources", "sample.presspad"))
    except (PresspadError, OSError):
        release = Release(en=LangVersion(title="Warm-up", body="He said: “Hello.”\n"),
                          ru=LangVersion(title="Разогрев", body="Он сказал: «Привет».\n"))
    try:
        registry.run(release, context)
    except Exception:  # noqa: BLE001 - a house check that breaks on our sample only
        # The releases it is written for may check fine; a request that fails
        # falls back to the client's own process anyway.
        logger.warning("a check failed on the warm-up release", exc_info=True)


if __name__ == "__main__":
    raise SystemExit(main())
