"""``presspad check FILE... [--json]``: run every check and report the findings.

Exit code 0 when nothing is an error, 1 when something is, 2 on bad input
(a file that cannot be read: one line on stderr, nothing else printed).
Line and column numbers count in the language's body (the Markdown text
after the title), as presspad's editor shows it.
"""

from __future__ import annotations

import argparse
import logging
import os

from presspad.cli.output import print_json
from presspad.core.formats.loading import load_any
from presspad.core.model.release import LANGS, Release
from presspad.core.typography.table import FAMILIES

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
    parser.add_argument("--min-severity", choices=("info", "warning", "error"), default="info",
                        help="leave out findings below this severity (default: show all)")
    parser.add_argument("--db", metavar="PATH",
                        help="partner directory to check names against (default: yours)")
    parser.add_argument("--no-directory", action="store_true",
                        help="do not check names against the partner directory")
    parser.add_argument("--skip-family", action="append", choices=FAMILIES, metavar="FAMILY",
                        help="leave out one family of typography rules (repeatable): "
                             + ", ".join(FAMILIES))
    parser.add_argument("--no-spelling", action="store_true", help="do not check spelling")
    parser.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                        help="check files in N processes (default: all cores for 4+ files)")
    parser.set_defaults(run=run)


def check_config(args: argparse.Namespace) -> dict:
    """What to check with: the partner directory, spelling, languages (see check_service)."""
    return {"version": 0, "directory_path": getattr(args, "db", None),
            "use_directory": not getattr(args, "no_directory", False),
            "spelling": not getattr(args, "no_spelling", False),
            "langs": (args.lang,) if getattr(args, "lang", None) else LANGS,
            # The CLI does not read the app's Settings: a newsroom's CI gets the
            # same findings on every machine; --skip-family says it per run.
            "typography_off": {lang: sorted(getattr(args, "skip_family", None) or ())
                               for lang in LANGS}}


def finding_to_dict(finding, release: Release, path: str) -> dict:
    """The public JSON shape of a finding (extra keys after the contract's seven)."""
    from presspad.core.model.messages import render
    from presspad.core.text.positions import locate

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
    if finding.code == "typography":
        data["rule"] = finding.params["rule"]   # the rule's name, as an editor ignores it
    if finding.fix is not None:
        data["fix"] = {"start": finding.fix.span.start, "end": finding.fix.span.end,
                       "replacement": finding.fix.replacement}
    if finding.related is not None:
        data["related"] = {"lang": finding.related.lang, "start": finding.related.start,
                           "end": finding.related.end}
    return data


_SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
def _check_one(path: str, release: Release, args: argparse.Namespace) -> list[dict]:
    """All findings of one release as JSON-ready dicts, in reading order."""
    from presspad.core.checks.service import registry_and_context

    # Built once per process: the registry, the directory snapshot, the spell engine.
    registry, context = registry_and_context(check_config(args))
    findings = registry.run(release, context)
    findings.sort(key=lambda f: (LANGS.index(f.lang), f.span.start, f.code))
    floor = _SEVERITY_RANK[args.min_severity]
    return [finding_to_dict(f, release, path) for f in findings
            if _SEVERITY_RANK[f.severity.value] >= floor]


def _check_all(releases: list[tuple[str, Release]], args: argparse.Namespace) -> list[dict]:
    jobs = args.jobs or ((os.cpu_count() or 1) if len(releases) >= 4 else 1)
    if jobs <= 1 or len(releases) < 2:
        return [item for path, release in releases for item in _check_one(path, release, args)]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from presspad.core.checks.service import registry_and_context

    # Batches use every core. The registry, directory and spell engine are built
    # once, here, and the workers are forked with them (no Qt, no threads in this
    # process): none of them spends a second building its own. Results come back
    # in the order of the files.
    registry_and_context(check_config(args))
    fork = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=min(jobs, len(releases)), mp_context=fork) as pool:
        chunks = pool.map(_check_one, [p for p, _ in releases], [r for _, r in releases],
                          [args] * len(releases), chunksize=max(1, len(releases) // (jobs * 4)))
        return [item for chunk in chunks for item in chunk]


def run(args: argparse.Namespace) -> int:
    # Read every file first: bad input (exit 2) must not leave a half-printed report.
    releases = [(path, load_any(path, args.lang)) for path in args.files]
    results = _check_all(releases, args)
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
