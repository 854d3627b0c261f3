"""Write presspad(1) from the argparse definitions: ``python packaging/build-man.py OUT``.

argparse-manpage renders the parser (every command, option and example), so
the page cannot drift from ``presspad --help``; the .deb installs it gzipped.
"""

from __future__ import annotations

import sys

from build_manpages.manpage import Manpage

from presspad import __version__
from presspad.cli.main import build_parser

DESCRIPTION = "edit and check bilingual English/Russian press releases"
URL = "https://github.com/presspad/presspad"


def main() -> int:
    parser = build_parser()
    parser.prog = "presspad"
    page = Manpage(parser, format="pretty", _data={
        "project_name": "presspad", "version": __version__, "description": DESCRIPTION,
        "url": URL, "authors": ["presspad developers"],
        "manual_title": "presspad manual", "manual_section": "1"})
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        out.write(str(page))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
