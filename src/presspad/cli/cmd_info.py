"""``presspad info FILE [--json]``: a release's metadata and word counts."""

from __future__ import annotations

import argparse
import logging

from presspad.cli.help import HelpWithExamples
from presspad.cli.output import print_json
from presspad.core.formats.loading import load_any
from presspad.core.model.release import LANG_NAMES, LANGS
from presspad.core.text.stats import count_chars, count_words

logger = logging.getLogger(__name__)


EXAMPLES = """examples:
  presspad info release.presspad
  presspad info release.presspad --json
"""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "info", epilog=EXAMPLES,
        formatter_class=HelpWithExamples, help="show a release's metadata and word counts",
        description="Print a release's titles, date, credit line and per-language counts.")
    parser.add_argument("file", metavar="FILE", help="a .presspad release (or .md/.txt)")
    parser.add_argument("--lang", choices=LANGS, help="language of a single-language file")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    release = load_any(args.file, args.lang)
    info = {
        "file": args.file,
        "profile": release.profile,
        "date": release.date.isoformat() if release.date else None,
        "languages": {},
    }
    for lang in LANGS:
        version = release.version(lang)
        info["languages"][lang] = {
            "title": version.title,
            "credit": version.credit,
            "words": count_words(version.title) + count_words(version.body),
            "characters": count_chars(version.body),
            "media": len(version.media),
        }
    if args.json:
        print_json(info)
        return 0
    print(f"{args.file}")
    print(f"  profile: {info['profile']}")
    print(f"  date:    {info['date'] or '(none)'}")
    for lang in LANGS:
        data = info["languages"][lang]
        print(f"  {LANG_NAMES[lang]}:")
        print(f"    title:  {data['title'] or '(none)'}")
        print(f"    credit: {data['credit'] or '(none)'}")
        print(f"    words:  {data['words']}  characters: {data['characters']}")
    return 0
