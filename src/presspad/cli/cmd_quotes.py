"""``presspad quotes FILE [--lang en|ru] [--json]``: every quotation and who said it."""

from __future__ import annotations

import argparse
import logging

from presspad.cli.help import HelpWithExamples
from presspad.cli.output import print_json
from presspad.core.formats.loading import load_any
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LANG_NAMES, LANGS

logger = logging.getLogger(__name__)


EXAMPLES = """examples:
  presspad quotes release.presspad --lang ru
  presspad quotes release.presspad --json
"""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "quotes", epilog=EXAMPLES,
        formatter_class=HelpWithExamples, help="list the direct quotations and their speakers",
        description="Print every direct quotation of a release with its speaker and title. "
                    "start/end are character offsets of the quoted words (without the marks) "
                    "in that language's body.")
    parser.add_argument("file", metavar="FILE", help="a .presspad release, or a .md/.txt text")
    parser.add_argument("--lang", choices=LANGS,
                        help="only this language (also: the language of a single-language file)")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(run=run)


def collect(release, langs) -> list[dict]:
    """The quotes of ``release`` in ``langs``, in the public JSON shape."""
    from presspad.core.quotes.finder import quote_to_dict, release_quotes

    return [quote_to_dict(q) for lang in langs for q in release_quotes(release, lang)]


def run(args: argparse.Namespace) -> int:
    release = load_any(args.file, args.lang)
    langs = [args.lang] if args.lang else release.langs_present()
    if args.lang and not (release.body(args.lang).strip() or release.title(args.lang).strip()):
        raise PresspadError(f"has no {LANG_NAMES[args.lang]} text", path=args.file,
                            hint="pick the other --lang")
    quotes = collect(release, langs)
    if args.json:
        print_json({"quotes": quotes})
        return 0
    if not quotes:
        print(f"{args.file}: no quotations")
        return 0
    for q in quotes:
        who = q["speaker"] or "(speaker unknown)"
        if q["title"]:
            who += f", {q['title']}"
        text = " ".join(q["text"].split())
        where = "title" if q["part"] == "title" else f"¶{q['paragraph']}"
        unmarked = "" if q["marked"] else " (no quote marks)"
        print(f"{q['lang']} {where} [{q['start']}:{q['end']}] {who}{unmarked}")
        print(f"    {text}")
    return 0
