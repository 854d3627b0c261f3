"""``presspad check FILE|DIR|- ... [--format F]``: run every check and report the findings.

Exit code 0 when nothing reaches ``--fail-on`` (default: error), 1 when
something does, 2 on bad input (a file that cannot be read: one line on
stderr and no report; ``--format json-lines`` has streamed the files before
it). Lines and columns are those of the file the
user gave (its title, front matter and the other language counted), so an
editor or a CI annotation lands on the finding; ``body_line`` and
``body_column`` in the JSON count in the language's body, as the app shows it.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from presspad.cli import report
from presspad.cli.help import HelpWithExamples
from presspad.cli.inputs import STDIN, expand, stdin_as_file
from presspad.cli.output import print_json
from presspad.core.model.messages import QT_TRANSLATE_NOOP
from presspad.core.model.release import LANGS, Release
from presspad.core.typography.table import FAMILIES

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_ERRORS = 0, 1
FAIL_ON = ("error", "warning", "never")

EXAMPLES = """examples:
  presspad check release.presspad          findings as FILE:LINE:COLUMN lines
  presspad check releases/ --jobs 4        every release under a folder, on 4 cores
  presspad check - --stdin-filename a.md < draft.md
  presspad check news/ --format github     annotations in a GitHub Actions job
  presspad check news/ --format sarif > presspad.sarif
  presspad check release.presspad --fail-on warning --no-spelling
"""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check", help="check releases and report what an editor would flag",
        description="Run all checks on each FILE and print the findings as "
                    "FILE:LINE:COLUMN: SEVERITY CODE MESSAGE (or JSON, JSON lines, GitHub "
                    "annotations, SARIF). A folder stands for every *.presspad, NAME.en.md, "
                    "NAME.ru.md and NAME.site.LANG.txt under it; - reads standard input. "
                    "Exit 0 when nothing reaches --fail-on, 1 when something does, 2 on "
                    "bad input.",
        epilog=EXAMPLES, formatter_class=HelpWithExamples)
    parser.add_argument("files", metavar="FILE", nargs="+",
                        help="a .presspad release, one language's .md/.txt text, a folder "
                             "of them, or - for standard input")
    parser.add_argument("--lang", choices=LANGS,
                        help="check only this language (also: the language of a text file)")
    parser.add_argument("--format", choices=report.FORMATS, default=None,
                        help="how to print the findings (default: text)")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts "
                        "(the same as --format json)")
    parser.add_argument("--fail-on", choices=FAIL_ON, default="error",
                        help="exit 1 when a finding is at least this severe (default: error)")
    parser.add_argument("--color", "--colour", dest="color", default="auto",
                        choices=("auto", "always", "never"),
                        help="colour the text report (auto: on a terminal, unless NO_COLOR "
                             "is set; FORCE_COLOR turns it on)")
    parser.add_argument("--stdin-filename", metavar="NAME",
                        help="for -: the file name to report, whose suffix gives the type")
    parser.add_argument("--min-severity", choices=("info", "warning", "error"), default="info",
                        help="leave out findings below this severity (default: show all)")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="partner directory to check names against: a file or a "
                             "postgresql:// URL (default: yours)")
    parser.add_argument("--no-directory", action="store_true",
                        help="do not check names against the partner directory")
    parser.add_argument("--skip-family", action="append", choices=FAMILIES, metavar="FAMILY",
                        help="leave out one family of typography rules (repeatable): "
                             + ", ".join(FAMILIES))
    parser.add_argument("--no-spelling", action="store_true", help="do not check spelling")
    parser.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                        help="check files in N processes (default: all cores for 4+ files)")
    parser.add_argument("--no-progress", action="store_true",
                        help="no progress bar (it shows on a terminal for 20+ files)")
    parser.add_argument("--no-server", action="store_true",
                        help="check in this process: ask no `presspad server`, start none")
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


def finding_to_dict(finding, release: Release, path: str, where=None, translate=None) -> dict:
    """The public JSON shape of a finding (extra keys after the contract's seven).

    ``where`` (a :class:`FileLocator`) gives lines and columns in the file; without
    it they count in the body. ``translate`` is the command line's (looked up here
    when not given; a caller with many findings passes it: the lookup reads the
    environment, a tenth of a batch's time when done for each message).
    """
    from presspad.core.formats.file_positions import FileLocator
    from presspad.core.model.messages import render

    if translate is None:
        from presspad.cli.language import cli_language, translator

        translate = translator(cli_language())
    where = where or FileLocator("", release)
    start = where.locate(finding.lang, finding.span.start)
    end = where.locate(finding.lang, finding.span.end)
    data = {
        "code": finding.code,
        "severity": finding.severity.value,
        "lang": finding.lang,
        "paragraph": start.paragraph,
        "line": start.line,
        "column": start.column,
        "message": render(finding.code, finding.params, finding.lang, translate),
        "file": path,
        "end_line": end.line,
        "end_column": end.column,
        "start": finding.span.start,
        "end": finding.span.end,
        "body_line": start.body_line,
        "body_column": start.body_column,
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


def _check_one(source: str, shown: str, args: argparse.Namespace,
               ) -> tuple[list[dict], str | None]:
    """All findings of one file as JSON-ready dicts, in reading order; or why it failed.

    Run in the batch's workers: reading the file is part of the work, and bad
    input comes back as a message (the parent says it and prints no report).
    """
    from presspad.core.checks.service import registry_and_context
    from presspad.core.formats.file_positions import FileLocator
    from presspad.core.formats.loading import can_hold_date, load_any
    from presspad.core.model.errors import PresspadError

    try:
        release = load_any(source, args.lang)
    except PresspadError as exc:
        message = exc.user_message()
        return [], message.replace(source, shown) if source != shown else message
    # Built once per process: the registry, the directory snapshot, the spell engine.
    registry, context = registry_and_context(check_config(args))
    findings = registry.run(release, context)
    if not can_hold_date(source, release):
        findings = [f for f in findings if f.code != "date-missing"]
    findings.sort(key=lambda f: (LANGS.index(f.lang), f.span.start, f.code))
    floor = _SEVERITY_RANK[args.min_severity]
    from presspad.cli.language import cli_language, translator

    where = FileLocator(source, release)
    translate = translator(cli_language())
    return [finding_to_dict(f, release, shown, where, translate) for f in findings
            if _SEVERITY_RANK[f.severity.value] >= floor], None


def _results(files: list[tuple[str, str]], args: argparse.Namespace):
    """(findings, error) per file, in the order of the files, on every core for a batch."""
    jobs = args.jobs or ((os.cpu_count() or 1) if len(files) >= 4 else 1)
    if jobs <= 1 or len(files) < 2:
        for source, shown in files:
            yield _check_one(source, shown, args)
        return
    from presspad.cli import server

    if server.IN_SERVER:
        raise server.NeedsOwnProcess   # the client forks its own workers for a batch
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from presspad.cli.language import cli_language, translator
    from presspad.core.checks.service import registry_and_context

    # The registry, directory and spell engine are built once, here, and the
    # workers are forked with them (no Qt, no threads in this process): none of
    # them spends a second building its own.
    registry_and_context(check_config(args))
    translator(cli_language())  # the message catalogue too, when it is Russian
    fork = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=min(jobs, len(files)), mp_context=fork) as pool:
        yield from pool.map(_check_one, [s for s, _ in files], [n for _, n in files],
                            [args] * len(files),
                            chunksize=max(1, min(8, len(files) // (jobs * 4))))


class _Progress:
    """``[#####.....] 120/1000 files`` on a terminal's stderr; nothing otherwise."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.done = total, 0
        self.enabled = enabled and total >= 20 and sys.stderr.isatty()

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            filled = 30 * self.done // self.total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] "
                             f"{self.done}/{self.total} files")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 60 + "\r")
            sys.stderr.flush()


def _fails(results: list[dict], fail_on: str) -> bool:
    if fail_on == "never":
        return False
    floor = _SEVERITY_RANK[fail_on]
    return any(_SEVERITY_RANK[item["severity"]] >= floor for item in results)


SUMMARY = QT_TRANSLATE_NOOP("CLI", "{findings} finding(s), {errors} error(s) in {files} file(s)")


def _summary(results: list[dict], files: int) -> str:
    # Worded as ever in English (scripts read this line); in Russian under a Russian locale.
    from presspad.cli.language import translate

    errors = sum(1 for item in results if item["severity"] == "error")
    return translate("CLI", SUMMARY).format(findings=len(results), errors=errors, files=files)


def run(args: argparse.Namespace) -> int:
    from presspad import __version__
    from presspad.core.model.messages import summary

    shape = args.format or ("json" if args.json else "text")
    if args.files.count(STDIN) > 1:
        print("presspad: standard input (-) can be read only once", file=sys.stderr)
        return 2
    names = expand(args.files)
    files = [(str(stdin_as_file(args.stdin_filename)), args.stdin_filename or STDIN)
             if name == STDIN else (name, name) for name in names]
    progress = _Progress(len(files), not args.no_progress)
    from presspad.cli import server

    if progress.enabled and server.IN_SERVER:
        raise server.NeedsOwnProcess   # a live bar on the client's terminal: check there
    results: list[dict] = []
    try:
        for items, error in _results(files, args):
            progress.step()
            if error is not None:
                # Bad input: one line, and no half report (json-lines has streamed its part).
                progress.close()
                print(f"presspad: {error}", file=sys.stderr)
                return 2
            if shape == "json-lines":
                for item in items:
                    report.write_json_line(item)
            results.extend(items)
    finally:
        progress.close()
    colour = report.use_colour(args.color, sys.stdout)
    if shape == "json":
        print_json({"findings": results})
    elif shape == "sarif":
        from presspad.cli.language import translate

        print_json(report.sarif_document(
            results, __version__, lambda code: translate("Findings", summary(code))))
    elif shape == "github":
        for item in results:
            print(report.github_line(item))
    elif shape == "text":
        for item in results:
            print(report.text_line(item, colour))
        print(_summary(results, len(files)))
    if shape != "text" and sys.stderr.isatty():
        print(_summary(results, len(files)), file=sys.stderr)
    return EXIT_ERRORS if _fails(results, args.fail_on) else EXIT_OK
