"""``presspad report FILE [-o report.html]``: the review report as one HTML page.

The page an editor-in-chief reads in a minute: a verdict and the counts, the
paragraph alignment as a picture, the quotes side by side with their
speakers, the open findings by severity and language, and what reviewers
ignored, who and why (:mod:`presspad.core.checks.report`). Standalone:
inline CSS, no script. Without ``-o`` the page goes to standard output.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from presspad.cli.cmd_check import check_config
from presspad.cli.help import HelpWithExamples
from presspad.core.typography.table import FAMILIES

logger = logging.getLogger(__name__)

EXAMPLES = """examples:
  presspad report release.presspad -o report.html
  presspad report release.presspad --no-spelling > report.html
"""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report", help="write the review report of a release as an HTML page",
        description="Check FILE and write its review report: a standalone HTML page with "
                    "the verdict and counts, the paragraph alignment, the quotes side by side "
                    "with their speakers, the open findings by severity and language, and "
                    "the ignored ones with who ignored them, when and why. Writes to "
                    "standard output without -o.",
        epilog=EXAMPLES, formatter_class=HelpWithExamples)
    parser.add_argument("file", metavar="FILE", help="a .presspad release (or a page/.md)")
    parser.add_argument("-o", "--output", metavar="OUT", help="the HTML file to write")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="partner directory to check names against: a file or a "
                             "postgresql:// URL (default: yours)")
    parser.add_argument("--no-directory", action="store_true",
                        help="do not check names against the partner directory")
    parser.add_argument("--no-spelling", action="store_true", help="do not check spelling")
    parser.add_argument("--skip-family", action="append", choices=FAMILIES, metavar="FAMILY",
                        help="leave out one family of typography rules (repeatable): "
                             + ", ".join(FAMILIES))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from presspad.cli.language import translate
    from presspad.core.checks.report import review_report
    from presspad.core.formats.loading import can_hold_date, load_any
    from presspad.core.storage.textio import atomic_write_text

    release = load_any(args.file)
    # As `presspad check`: a Markdown draft has no place for a date to be missing from.
    leave_out = frozenset() if can_hold_date(args.file, release) else frozenset({"date-missing"})
    page = review_report(release, check_config(args), name=Path(args.file).name,
                         leave_out=leave_out,
                         translate=translate)
    if args.output:
        atomic_write_text(args.output, page)
        print(f"Review report → {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(page)
    return 0
