"""``presspad check FILE... [--json]``: run every check and report the findings.

Exit code 0 when nothing is an error, 1 when something is, 2 on bad input
(a file that cannot be read: one line on stderr, nothing else printed).
Line and column numbers count in the language's body (the Markdown text
after the title), as presspad's editor shows it.
"""

from __future__ import annotations

import argparse
import logging

from presspad.cli.output import print_json
from presspad.core.document import LANGS, Release
from presspad.core.loading import load_any

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_ERRORS = 0, 1


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check", help="check releases and report what an editor would flag",
        description="Run all checks on each FILE and print the findings as "
                    "FILE:LINE:COLUMN: SEVERITY CODE MESSAGE (or JSON). Exit 0 when there "
                    "are no errors, 1 when there are, 2 on bad input.")
    parser.add_argument("files", metavar="FILE", nargs="+",
                        help="a .presspad release, or one language's .md/.txt text")
    parser.add_argument("--lang", choices=LANGS,
                        help="check only this language (also: the language of a text file)")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(run=run)


def build_context(release: Release, args: argparse.Namespace):
    """The services the checks may consult; the one place to inject more of them.

    The partner directory and the spell engine are plugged in here when
    they exist (``directory=``, ``speller=`` of :class:`CheckContext`).
    """
    from presspad.core.checks import CheckContext

    langs = (args.lang,) if getattr(args, "lang", None) else LANGS
    return CheckContext(langs=langs)


def finding_to_dict(finding, release: Release, path: str) -> dict:
    """The public JSON shape of a finding (extra keys after the contract's seven)."""
    from presspad.core.findings import locate
    from presspad.core.messages import render

    body = release.body(finding.lang)
    start = locate(body, finding.span.start)
    end = locate(body, finding.span.end)
    data = {
        "code": finding.code,
        "severity": finding.severity.value,
        "lang": finding.lang,
        "paragraph": start.paragraph,
        "line": start.line,
        "column": start.column,
        "message": render(finding.code, finding.params, finding.lang),
        "file": path,
        "end_line": end.line,
        "end_column": end.column,
        "start": finding.span.start,
        "end": finding.span.end,
    }
    if finding.fix is not None:
        data["fix"] = {"start": finding.fix.span.start, "end": finding.fix.span.end,
                       "replacement": finding.fix.replacement}
    if finding.related is not None:
        data["related"] = {"lang": finding.related.lang, "start": finding.related.start,
                           "end": finding.related.end}
    return data


def run(args: argparse.Namespace) -> int:
    from presspad.core.checks import default_registry

    # Read every file first: bad input (exit 2) must not leave a half-printed report.
    releases = [(path, load_any(path, args.lang)) for path in args.files]
    registry = default_registry()
    results: list[dict] = []
    for path, release in releases:
        findings = registry.run(release, build_context(release, args))
        findings.sort(key=lambda f: (LANGS.index(f.lang), f.span.start, f.code))
        results.extend(finding_to_dict(f, release, path) for f in findings)
    if args.json:
        print_json({"findings": results})
    else:
        for item in results:
            # The body's language closes the line: line numbers count in that body.
            print(f"{item['file']}:{item['line']}:{item['column']}: {item['severity']} "
                  f"{item['code']} {item['message']} [{item['lang']}]")
        errors = sum(1 for item in results if item["severity"] == "error")
        print(f"{len(results)} finding(s), {errors} error(s) in {len(releases)} file(s)")
    return EXIT_ERRORS if any(item["severity"] == "error" for item in results) else EXIT_OK
