"""``presspad completion bash|zsh|fish``: the shell completion script for presspad.

The script (argcomplete's) asks presspad itself what may follow, so it knows
every command and option as the installed version defines them. The .deb
installs it for all three shells; a pip user sources it:

    presspad completion bash > ~/.local/share/bash-completion/completions/presspad
"""

from __future__ import annotations

import argparse
import logging
import sys

from presspad.cli.help import HelpWithExamples

logger = logging.getLogger(__name__)

SHELLS = ("bash", "zsh", "fish")


EXAMPLES = """examples:
  presspad completion bash > ~/.local/share/bash-completion/completions/presspad
  presspad completion fish > ~/.config/fish/completions/presspad.fish
  eval "$(presspad completion zsh)"
"""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "completion", help="print the shell completion script (bash, zsh, fish)",
        description="Print the completion script for SHELL; source it, or save it where "
                    "your shell loads completions.",
        epilog=EXAMPLES,
        formatter_class=HelpWithExamples)
    parser.add_argument("shell", choices=SHELLS, help="the shell to complete in")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import argcomplete

    sys.stdout.write(argcomplete.shellcode(["presspad"], shell=args.shell))
    return 0


def complete_if_asked(parser: argparse.ArgumentParser) -> None:
    """Answer a completion request from the shell script (it sets _ARGCOMPLETE); else nothing.

    argcomplete is imported only then: a normal run pays nothing for completion.
    """
    import os

    if "_ARGCOMPLETE" in os.environ:
        import argcomplete

        argcomplete.autocomplete(parser)
