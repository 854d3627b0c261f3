"""``presspad import SOURCE... -o OUT.presspad``: make one release from its texts.

Each SOURCE is a site page (``.txt`` laid out as a site profile says), a
Markdown or plain-text file, a Word ``.docx`` draft or a release; the English
and the Russian source are merged into one bilingual release, written
atomically (an existing OUT is replaced only once everything has been read).
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from presspad.cli.help import HelpWithExamples
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LANG_NAMES, LANGS

logger = logging.getLogger(__name__)


EXAMPLES = """examples:
  presspad import korea.site.en.txt korea.site.ru.txt -o korea.presspad
  presspad import draft-ru.docx --lang ru -o draft.presspad
"""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import", epilog=EXAMPLES,
        formatter_class=HelpWithExamples,
        help="make a release from site pages, Markdown or Word files",
        description="Import the English and/or Russian text of a release (site page .txt, "
                    "Markdown .md/.txt, Word .docx) into one .presspad release.")
    parser.add_argument("sources", metavar="SOURCE", nargs="+",
                        help="a file per language (site page, .md, .txt or .docx)")
    parser.add_argument("-o", "--output", metavar="OUT.presspad", required=True,
                        help="the release to write (replaced if it exists)")
    parser.add_argument("--lang", choices=LANGS,
                        help="language of the sources (default: detected from the script)")
    parser.add_argument("--profile", metavar="NAME",
                        help="site profile of the pages (default: detected; spbpu)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from presspad.core.formats.importing import import_sources
    from presspad.core.storage import release_file as storage

    output = Path(args.output)
    if output.suffix.lower() != storage.SUFFIX:
        raise PresspadError("the output must be a .presspad file", path=output,
                            hint=f"name it {output.with_suffix(storage.SUFFIX).name}")
    if output.is_dir():
        raise PresspadError("this is a folder", path=output, hint="give a file name")
    release = import_sources(args.sources, args.lang, args.profile)
    storage.save(release, output)
    langs = ", ".join(LANG_NAMES[lang] for lang in release.langs_present())
    print(f"{output}: {langs} ({release.profile} profile"
          f"{', ' + release.date.isoformat() if release.date else ''})")
    return 0
