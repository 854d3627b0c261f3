"""``presspad fix FILE|- --typography [-o OUT]``: apply the safe typography fixes.

A ``.presspad`` release gets its titles, credit lines and bodies fixed in
both languages; a Markdown or text file is fixed as one language's Markdown
(kept in its own encoding when possible). Without ``-o`` the file is replaced
atomically, so a failure leaves the old file as it was. ``-`` reads standard
input and writes the fixed text to standard output (an editor's "format
buffer", a pre-commit hook); the count of fixes then goes to stderr.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from pathlib import Path

from presspad.cli.help import HelpWithExamples
from presspad.cli.inputs import STDIN, stdin_as_file
from presspad.cli.output import print_json
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LANG_NAMES, LANGS, Release
from presspad.core.typography.table import FAMILIES

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = {".md", ".markdown", ".txt"}


EXAMPLES = """examples:
  presspad fix release.presspad --typography
  presspad fix draft.md --typography -o draft.fixed.md
  presspad fix - --typography --lang ru < draft.md > fixed.md
"""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "fix", help="apply safe fixes (typography) to a release",
        description="Apply the safe typography fixes: quotes, dashes, no-break spaces, "
                    "\"No. 1\". Replaces FILE atomically unless -o is given; - reads "
                    "standard input and writes the fixed text to standard output.",
        epilog=EXAMPLES,
        formatter_class=HelpWithExamples)
    parser.add_argument("files", metavar="FILE", nargs="+",
                        help="a .presspad release or a .md/.txt file (several at once); "
                             "- for standard input")
    parser.add_argument("--stdin-filename", metavar="NAME",
                        help="for -: a file name whose suffix gives the type (.md, .presspad)")
    parser.add_argument("--typography", action="store_true",
                        help="fix typography (quotes, dashes, no-break spaces)")
    parser.add_argument("-o", "--output", metavar="OUT", help="write here instead of FILE")
    parser.add_argument("--lang", choices=LANGS, help="language of a single-language file")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument("--skip-family", action="append", choices=FAMILIES, metavar="FAMILY",
                        help="leave one family of rules alone (repeatable): "
                             + ", ".join(FAMILIES))
    parser.add_argument("--exit-non-zero-on-fix", action="store_true",
                        help="exit 1 when a file was changed (a pre-commit hook's convention)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.typography:
        raise PresspadError("nothing to fix", hint="give --typography")
    if len(args.files) > 1 and (args.output or STDIN in args.files):
        raise PresspadError("-o and - take one file", hint="fix several files in place")
    if args.files == [STDIN] and args.json and not args.output:
        raise PresspadError("--json cannot share standard output with the fixed text",
                            hint="give -o OUT for a JSON report, or leave out --json")
    reports = [_fix_one(name, args) for name in args.files]
    changed = any(any(r["fixes"].values()) for r in reports)
    if args.json:
        # One file: the object as ever; several: {"files": [...]}.
        print_json(reports[0] if len(reports) == 1 else {"files": reports})
    return 1 if changed and args.exit_non_zero_on_fix else 0


def _fix_one(name: str, args: argparse.Namespace) -> dict:
    skip = frozenset(args.skip_family or ())
    piped = name == STDIN
    source = stdin_as_file(args.stdin_filename) if piped else Path(name)
    target = Path(args.output) if args.output else source
    if source.suffix.lower() in TEXT_SUFFIXES and target.suffix.lower() in TEXT_SUFFIXES:
        counts = _fix_text_file(source, target, args.lang, skip)
    else:
        counts = _fix_release_file(source, target, args.lang, skip)
    totals = {lang: sum(rules.values()) for lang, rules in counts.items()}
    parts = [f"{totals[lang]} in {LANG_NAMES[lang]}" for lang in LANGS if lang in totals]
    report = {"file": name if piped else str(source), "output": str(target), "fixes": totals,
              "rules": {lang: dict(sorted(r.items())) for lang, r in counts.items()}}
    if piped and not args.output:
        sys.stdout.buffer.write(target.read_bytes())
        sys.stdout.flush()
        print(f"Typography fixes: {', '.join(parts) or 'none'}", file=sys.stderr)
    elif not args.json:
        changed = any(totals.values())
        where = str(target) if changed or target != source else f"{target} (unchanged)"
        print(f"Typography fixes: {', '.join(parts) or 'none'} → {where}")
    return report


def _fix_release_file(source: Path, target: Path, lang: str | None,
                      skip: frozenset[str]) -> dict[str, Counter]:
    from presspad.core.formats.loading import load_any
    from presspad.core.storage import release_file as storage

    if target.suffix.lower() != storage.SUFFIX:
        raise PresspadError("presspad fix writes a release as .presspad", path=target,
                            hint=f"give -o NAME{storage.SUFFIX}")
    release = load_any(source, lang)
    counts = fix_release(release, {lang: skip for lang in LANGS})
    if any(sum(c.values()) for c in counts.values()) or target != source:
        storage.save(release, target)
    return counts


def fix_release(release: Release,
                off_families: dict[str, frozenset[str]] | None = None) -> dict[str, Counter]:
    """Fix titles, credit lines and bodies in place; count fixes per language and rule.

    A body's slip a reviewer ignored (saved in the release) is left as it is.
    """
    from presspad.core.checks.typography import open_body_fixes
    from presspad.core.model.fixes import apply_fixes
    from presspad.core.typography.fixer import fix_counting

    counts: dict[str, Counter] = {}
    for lang in release.langs_present():
        version = release.version(lang)
        counter: Counter = Counter()
        off = (off_families or {}).get(lang, frozenset())
        for field in ("title", "credit"):
            fixed, found = fix_counting(getattr(version, field), lang, off)
            setattr(version, field, fixed)
            counter.update(found)
        findings = open_body_fixes(release, version.body, lang, off)
        version.body = apply_fixes(version.body, [f.fix for f in findings])
        counter.update(f.params["rule"] for f in findings)
        counts[lang] = counter
    return counts


def _fix_text_file(source: Path, target: Path, lang: str | None,
                   skip: frozenset[str]) -> dict[str, Counter]:
    from presspad.core.storage.textio import atomic_write_bytes, read_text
    from presspad.core.text.language import detect_lang
    from presspad.core.typography.fixer import fix_counting

    text, encoding = read_text(source)
    lang = lang or detect_lang(text)
    if lang is None:
        raise PresspadError("cannot tell whether this text is English or Russian", path=source,
                            hint="give --lang en or --lang ru")
    fixed, found = fix_counting(text, lang, skip)
    counts = {lang: found}
    if found or target != source:
        try:
            data = fixed.encode(encoding)
        except (UnicodeEncodeError, LookupError):
            logger.warning("%s: saved as UTF-8 (%s cannot hold the fixed text)", target, encoding)
            data = fixed.encode("utf-8")
        atomic_write_bytes(target, data)
    return counts
